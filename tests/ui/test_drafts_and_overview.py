"""The two services written for the desktop app: drafts on disk and the overview counts."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from helavb_desktop.domain.models import RecordType
from helavb_desktop.services.drafts import DraftStore, new_draft_id
from helavb_desktop.services.overview import OverviewService, week_end


def test_draft_written_atomically_listed_and_removed(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    assert store.list() == []
    draft_id = new_draft_id()
    store.save(draft_id, "note", None, {"place": "Ammarnäs", "women": 3}, title="Ammarnäs")
    store.save(draft_id, "note", None, {"place": "Ammarnäs by", "women": 4}, title="Ammarnäs")
    drafts = store.list()
    assert [(d.kind, d.values["place"], d.values["women"]) for d in drafts] == [
        ("note", "Ammarnäs by", 4)
    ]
    # No temp files left behind by the atomic replace.
    assert sorted(p.suffix for p in (tmp_path / "drafts").iterdir()) == [".json"]
    store.remove(draft_id)
    assert store.list() == []


@pytest.mark.logs_warnings  # the unreadable draft is reported in the log, on purpose
def test_broken_draft_is_kept_aside_not_deleted(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "x.json").write_text("{not json", encoding="utf-8")
    assert DraftStore(folder).list() == []
    assert (folder / "x.broken").exists()


def test_week_end_is_next_monday() -> None:
    assert week_end(date(2026, 11, 26)) == date(2026, 11, 30)  # Thursday -> Monday
    assert week_end(date(2026, 11, 30)) == date(2026, 12, 7)  # Monday -> next Monday


def test_overview_counts_and_what_waits(db: Any, register: Any) -> None:
    service = OverviewService(db.sessions)
    assert service.overview().is_empty
    today = date(2026, 11, 26)
    ini = register.create(
        RecordType.INITIATIVE,
        {"title": "A", "focus_area": "brobyggare", "municipalities": ["2422", "2421"]},
    )
    register.create(
        RecordType.NOTE,
        {"date": "2026-01-01", "municipality": "2422", "focus_areas": ["brobyggare"]},
    )
    gone = register.create(RecordType.NOTE, {"date": "2026-01-02", "municipality": "2422"})
    register.delete(RecordType.NOTE, gone.id)
    register.create(RecordType.FOLLOWUP, {"description": "late", "due_date": "2026-11-01"})
    register.create(
        RecordType.FOLLOWUP, {"description": "soon", "due_date": str(today + timedelta(days=2))}
    )
    register.create(
        RecordType.FOLLOWUP,
        {"description": "done", "due_date": "2026-11-01", "status": "done", "initiative": ini.id},
    )
    quick = service.start_view(today)
    assert not quick.is_empty and not quick.counts_loaded
    ov = service.overview(today)
    assert ov.totals == {"initiative": 1, "note": 1, "followup": 3}
    assert ov.initiatives_per_focus == {"brobyggare": 1}
    assert ov.notes_per_focus == {"brobyggare": 1}
    assert ov.initiatives_per_municipality == {"2422": 1, "2421": 1}
    assert ov.notes_per_municipality == {"2422": 1}
    assert [f.description for f in ov.overdue] == ["late"] and ov.overdue_count == 1
    assert [f.description for f in ov.due_this_week] == ["soon"]
    assert os.environ.get("HELAVB_DATA_DIR")  # the autouse fixture isolates the data folder
