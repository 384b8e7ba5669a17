"""Every table model passes pytest-qt's qtmodeltester, empty and filled."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from helavb_desktop.domain.enums import FocusArea, FollowUpStatus
from helavb_desktop.domain.models import DialogueNote, FollowUp, Initiative, RecordType
from helavb_desktop.domain.validation import new_id
from helavb_desktop.ui.models import PAGE_SIZE, Lookup, PagedRecordModel, RecordTableModel


def _records(kind: RecordType, n: int) -> list[Any]:
    out: list[Any] = []
    for i in range(n):
        if kind is RecordType.INITIATIVE:
            out.append(
                Initiative(
                    id=new_id(),
                    title=f"Insats {i}",
                    focus_area=FocusArea.BROBYGGARE,
                    municipalities=("2422",) if i % 2 else (),
                    start_date=date(2026, 1, 1),
                )
            )
        elif kind is RecordType.NOTE:
            out.append(
                DialogueNote(
                    id=new_id(), date=date(2026, 3, i % 28 + 1), municipality="2422", women=i
                )
            )
        else:
            out.append(
                FollowUp(
                    id=new_id(),
                    description=f"Ring {i}",
                    due_date=date(2026, 1, 1) if i % 2 else None,
                    status=FollowUpStatus.OPEN,
                )
            )
    return out


@pytest.fixture
def lookup() -> Lookup:
    return Lookup({"2422": "Sorsele"}, {"2422"}, date(2026, 6, 1))


@pytest.mark.parametrize("kind", list(RecordType))
def test_record_table_model(qtmodeltester: Any, lookup: Lookup, kind: RecordType) -> None:
    model = RecordTableModel(kind, lookup)
    qtmodeltester.check(model)
    model.set_rows(_records(kind, 7))
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    model.set_rows([])
    qtmodeltester.check(model)


@pytest.mark.parametrize("kind", list(RecordType))
def test_paged_model_fetches_pages_on_demand(
    qtmodeltester: Any, qtbot: Any, lookup: Lookup, kind: RecordType
) -> None:
    model = PagedRecordModel(kind, lookup)
    qtmodeltester.check(model)
    records = _records(kind, PAGE_SIZE * 2 + 5)
    requested: list[tuple[int, int, list[str]]] = []
    model.page_needed.connect(lambda g, p, ids: requested.append((g, p, ids)))
    generation = model.set_ids([r.id for r in records], records[:PAGE_SIZE])
    qtmodeltester.check(model)
    assert model.rowCount() == len(records)
    # Rows on a page not fetched yet show a placeholder and ask for that page once.
    row = PAGE_SIZE + 3
    assert model.data(model.index(row, 0)) == "…"
    assert model.data(model.index(row + 1, 0)) == "…"
    pages = [p for _g, p, _ids in requested]
    assert 1 in pages and pages.count(1) == 1
    with qtbot.waitSignal(model.dataChanged):
        model.set_page(generation, 1, records[PAGE_SIZE : 2 * PAGE_SIZE])
    assert model.record_at(row) == records[row]
    # A page for an older list is ignored.
    model.set_ids([r.id for r in records[:3]])
    model.set_page(generation, 2, records[2 * PAGE_SIZE :])
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_overdue_followup_is_marked(lookup: Lookup) -> None:
    from PySide6.QtCore import Qt

    model = RecordTableModel(RecordType.FOLLOWUP, lookup)
    model.set_rows(_records(RecordType.FOLLOWUP, 2))
    overdue = model.index(1, 0)  # due 2026-01-01, open, today 2026-06-01
    assert model.data(overdue, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(overdue) == "2026-01-01"
