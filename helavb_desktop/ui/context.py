"""What the composition root hands the interface: settings, services, the task runner.

No globals: every widget that needs a service gets this object from its parent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from helavb_desktop.domain.models import Municipality
from helavb_desktop.services.drafts import DraftStore
from helavb_desktop.services.overview import OverviewService
from helavb_desktop.services.register import RegisterService
from helavb_desktop.settings import Settings
from helavb_desktop.ui.models import Lookup
from helavb_desktop.ui.tasks import TaskRunner

# load_demo(progress) fills the register with sample data; progress(done, total).
DemoLoader = Callable[[Callable[[int, int], None]], Any]


@dataclass
class AppContext:
    settings: Settings
    register: RegisterService
    overview: OverviewService
    drafts: DraftStore
    runner: TaskRunner
    demo_loader: DemoLoader | None = None
    set_language: Callable[[str], None] | None = None  # installs translators (app.py)
    # build(BriefingSelection) -> PDF bytes; runs on the worker (BriefingDialog's ``build``).
    briefing_build: Callable[[Any], Any] | None = None
    # ui.sync_status.SyncController when sync is available (issue 4), else None.
    sync: Any = None
    # services.coordination.CoordinationService (issue 5) and services.duplicates.DuplicateService
    # when those parts are installed, else None (the coordinator screens stay hidden).
    coordination: Any = None
    duplicates: Any = None
    lookup: Lookup = field(default_factory=Lookup)
    municipalities: list[Municipality] = field(default_factory=list)

    def set_municipalities(self, municipalities: list[Municipality]) -> None:
        self.municipalities = list(municipalities)
        self.lookup.municipality_names = {m.code: m.name for m in municipalities}
        self.lookup.priority = {m.code for m in municipalities if m.priority}

    def save_settings(self) -> None:
        """Settings are a small JSON file; written from the GUI thread on purpose (no SQL)."""
        self.settings.save()
