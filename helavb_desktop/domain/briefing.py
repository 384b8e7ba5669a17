"""What a briefing PDF is made from: the selection a person makes and the records it finds.

Plain values only, so the report layer (``helavb_desktop.reports``) and the dialog
(``helavb_desktop.ui.briefing_dialog``) share them without touching the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from helavb_desktop.domain.enums import FocusArea
from helavb_desktop.domain.errors import ValidationError
from helavb_desktop.domain.models import DialogueNote, FollowUp, Initiative, Municipality

# Shown in the footer when the register has no file name worth naming.
DEFAULT_SOURCE = "HelaVB lokalt register"


@dataclass(frozen=True, slots=True)
class BriefingSelection:
    """One briefing's scope. ``None`` dates and municipality mean "no limit"."""

    focus_area: FocusArea
    date_from: date | None = None
    date_to: date | None = None
    municipality: str | None = None
    no_personal_data: bool = False

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError("period", "the start date is after the end date")


@dataclass(frozen=True, slots=True)
class BriefingData:
    """Everything one briefing shows, already filtered to the selection.

    ``notes`` never holds a note flagged ``personal_data`` when the selection says
    ``no_personal_data``; the report trusts that and does not filter again.
    ``last_sync_at`` is ``None`` for a register that has never synchronised.
    Times are timezone-aware so the report can show them in local time.
    """

    selection: BriefingSelection
    initiatives: tuple[Initiative, ...]
    notes: tuple[DialogueNote, ...]
    followups: tuple[FollowUp, ...]
    municipalities: tuple[Municipality, ...]
    generated_at: datetime
    last_sync_at: datetime | None = None
    source: str = DEFAULT_SOURCE
    # Notes left out because of --no-personal-data: a count only, never their content.
    withheld_notes: int = 0

    @property
    def today(self) -> date:
        """The day "overdue" is measured against: the day the briefing was made."""
        return self.generated_at.date()

    @property
    def is_empty(self) -> bool:
        return not (self.initiatives or self.notes or self.followups)
