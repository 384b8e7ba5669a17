"""What the start view and the navigation show: counts and what waits.

One call gathers everything in one read transaction, so the GUI asks the worker once.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from helavb_desktop.db import overview_queries as q
from helavb_desktop.db.engine import SessionFactory
from helavb_desktop.domain.models import FollowUp

# The start view lists at most this many per group; the count says how many there are.
LIST_LIMIT = 200


@dataclass(frozen=True, slots=True)
class Overview:
    today: date
    totals: dict[str, int] = field(default_factory=dict)  # RecordType value -> live count
    initiatives_per_focus: dict[str, int] = field(default_factory=dict)
    notes_per_focus: dict[str, int] = field(default_factory=dict)
    initiatives_per_municipality: dict[str, int] = field(default_factory=dict)
    notes_per_municipality: dict[str, int] = field(default_factory=dict)
    overdue: list[FollowUp] = field(default_factory=list)
    overdue_count: int = 0
    due_this_week: list[FollowUp] = field(default_factory=list)
    due_this_week_count: int = 0
    has_records: bool = False
    counts_loaded: bool = False  # False: the start view only; counts follow (``with_counts``)

    @property
    def is_empty(self) -> bool:
        return not self.has_records


def week_end(today: date) -> date:
    """The first day after this week (Monday-based, as in Sweden)."""
    return today + timedelta(days=7 - today.weekday())


class OverviewService:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def overview(self, today: date | None = None) -> Overview:
        """Everything: what waits and every count."""
        return self.with_counts(self.start_view(today))

    def start_view(self, today: date | None = None) -> Overview:
        """What waits (overdue, due this week) and whether the register is empty: fast, so
        the window is usable at once; the counts over the whole register come after."""
        today = today or date.today()
        end = week_end(today)
        with self._sessions.begin() as session:
            return Overview(
                today=today,
                has_records=q.has_live_records(session),
                overdue=q.open_followups_due(
                    session, before=today, on_or_after=None, limit=LIST_LIMIT
                ),
                overdue_count=q.count_open_followups_due(session, before=today, on_or_after=None),
                due_this_week=q.open_followups_due(
                    session, before=end, on_or_after=today, limit=LIST_LIMIT
                ),
                due_this_week_count=q.count_open_followups_due(
                    session, before=end, on_or_after=today
                ),
            )

    def with_counts(self, overview: Overview) -> Overview:
        """``overview`` plus the counts per kind, focus area and municipality."""
        with self._sessions.begin() as session:
            per_focus = q.initiatives_per_focus_area(session)
            notes_per_municipality = q.notes_per_municipality(session)
            # Every initiative has one focus area and every note one municipality, so the
            # totals are sums: two fewer scans of the largest tables.
            totals = {
                "initiative": sum(per_focus.values()),
                "note": sum(notes_per_municipality.values()),
                "followup": q.count_followups(session),
            }
            return replace(
                overview,
                totals=totals,
                initiatives_per_focus=per_focus,
                notes_per_focus=q.notes_per_focus_area(session),
                initiatives_per_municipality=q.initiatives_per_municipality(session),
                notes_per_municipality=notes_per_municipality,
                counts_loaded=True,
            )
