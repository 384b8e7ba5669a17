from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from helavb_desktop.db.setup import OpenDatabase
from helavb_desktop.domain.errors import NotFoundError, ValidationError
from helavb_desktop.domain.models import DialogueNote, Initiative, RecordType
from helavb_desktop.domain.queries import ListQuery, SortOrder
from helavb_desktop.services.register import RegisterService

INI, N, F = RecordType.INITIATIVE, RecordType.NOTE, RecordType.FOLLOWUP


def _titles(register: RegisterService, query: ListQuery | None = None) -> list[str]:
    return [r.title for r in register.list(INI, query) if isinstance(r, Initiative)]


def test_create_edit_and_list_with_swedish_order(register: RegisterService) -> None:
    for title in ["Örträsk bygdegård", "Ammarnäs fjällby", "Åsele framtid", "Zinkverket", "Ängel"]:
        register.create(INI, {"title": title, "focus_area": "katalysator"})
    assert _titles(register) == [
        "Ammarnäs fjällby",
        "Zinkverket",
        "Åsele framtid",
        "Ängel",
        "Örträsk bygdegård",
    ]


def test_update_keeps_fields_not_given(register: RegisterService) -> None:
    created = register.create(
        INI,
        {
            "title": "Bredband i Adak",
            "focus_area": "landsbygdsmyndigheten",
            "municipalities": ["2418"],
            "tags": ["bredband"],
            "responsible": "Karin",
        },
    )
    updated = register.update(INI, created.id, {"status": "ongoing"})
    assert isinstance(updated, Initiative)
    assert updated.status.value == "ongoing"
    assert updated.municipalities == ("2418",) and updated.tags == ("bredband",)
    assert updated.responsible == "Karin"
    assert updated.meta.updated_by == "testare"


def test_bad_update_is_refused_and_nothing_changes(register: RegisterService) -> None:
    created = register.create(
        INI, {"title": "Skola", "focus_area": "brobyggare", "start_date": "2026-03-01"}
    )
    before = register.pending_changes()
    with pytest.raises(ValidationError) as err:
        register.update(INI, created.id, {"end_date": "2026-01-01"})
    assert err.value.field == "end_date"
    assert register.get(INI, created.id) == created
    assert register.pending_changes() == before


def test_search_is_case_insensitive_with_swedish_letters(register: RegisterService) -> None:
    initiative = register.create(INI, {"title": "Älvdalens BYASKOLA", "focus_area": "brobyggare"})
    register.create(
        N,
        {
            "date": "2026-10-02",
            "municipality": "2463",
            "place": "Åsele",
            "summary": "Samtal om ÖVERGIVNA fäbodar",
            "initiatives": [initiative.id],
        },
    )
    register.create(
        N,
        {
            "date": "2026-10-03",
            "municipality": "2463",
            "place": "Asele by",
            "summary": "Ingen träff här",
        },
    )
    assert _titles(register, ListQuery(search="älvdalens byaskola")) == ["Älvdalens BYASKOLA"]
    assert _titles(register, ListQuery(search="byask")) == ["Älvdalens BYASKOLA"]  # as you type
    notes = register.list(N, ListQuery(search="övergivna"))
    assert [n.place for n in notes if isinstance(n, DialogueNote)] == ["Åsele"]
    assert len(register.list(N, ListQuery(search="ÅSELE"))) == 1  # å is not a
    assert register.list(N, ListQuery(search='"; DROP TABLE note; --')) == []


def test_filters(register: RegisterService) -> None:
    a = register.create(
        INI,
        {
            "title": "A",
            "focus_area": "brobyggare",
            "municipalities": ["2421"],
            "tags": ["turism"],
            "start_date": "2025-01-01",
            "end_date": "2025-06-30",
            "status": "completed",
        },
    )
    register.create(INI, {"title": "B", "focus_area": "katalysator", "municipalities": ["2425"]})
    assert _titles(register, ListQuery(focus_area="brobyggare")) == ["A"]
    assert _titles(register, ListQuery(municipality="2425")) == ["B"]
    assert _titles(register, ListQuery(tag="turism")) == ["A"]
    assert _titles(register, ListQuery(status="completed")) == ["A"]
    assert _titles(register, ListQuery(date_from=date(2025, 7, 1))) == ["B"]  # open-ended B
    note = register.create(
        N,
        {
            "date": "2025-02-01",
            "municipality": "2421",
            "initiatives": [a.id],
            "focus_areas": ["brobyggare"],
            "author": "Nils",
        },
    )
    assert [n.id for n in register.list(N, ListQuery(initiative=a.id))] == [note.id]
    assert [n.id for n in register.list(N, ListQuery(tag="turism"))] == [note.id]
    assert [n.id for n in register.list(N, ListQuery(focus_area="brobyggare", author="Nils"))] == [
        note.id
    ]
    register.create(F, {"description": "Ring byalaget", "note": note.id, "due_date": "2025-03-01"})
    assert register.count(F, ListQuery(focus_area="brobyggare")) == 1
    assert register.count(F, ListQuery(municipality="2425")) == 0


def test_delete_leaves_a_tombstone_and_undo_restores(register: RegisterService) -> None:
    note = register.create(N, {"date": "2026-11-02", "municipality": "2418", "place": "Adak"})
    register.delete(N, note.id)
    assert register.count(N) == 0
    with pytest.raises(NotFoundError):
        register.get(N, note.id)
    restored = register.restore(N, note.id)
    assert restored == note
    assert register.count(N) == 1
    assert register.pending_changes() == 3  # create, delete, restore all sync


def test_paging_keeps_order(register: RegisterService) -> None:
    for day in range(1, 11):
        register.create(N, {"date": f"2026-01-{day:02d}", "municipality": "2401"})
    ids = register.list_ids(N, ListQuery(order=SortOrder.DATE))
    page = register.list(N, ListQuery(order=SortOrder.DATE, limit=3, offset=3))
    assert [n.id for n in page] == ids[3:6]
    assert [n.id for n in register.get_many(N, ids[:4])] == ids[:4]


def test_links_to_a_merged_away_record_show_under_the_survivor(
    register: RegisterService, db: OpenDatabase
) -> None:
    """A coordinator merged OTHER into KEEP on the hub; a laptop that was offline then still
    links its new note and follow-up to OTHER. They belong beside KEEP."""
    keep = register.create(INI, {"title": "Servicepunkt i Gunnarn", "focus_area": "brobyggare"})
    other = register.create(INI, {"title": "Gunnarn servicepunkt", "focus_area": "brobyggare"})
    with db.engine.begin() as conn:  # as a pull of the hub's merge leaves it
        conn.execute(
            text("UPDATE initiative SET merged_into = :k WHERE id = :o"),
            {"k": keep.id, "o": other.id},
        )
    note = register.create(
        N, {"date": "2026-11-20", "municipality": "2421", "initiatives": [other.id]}
    )
    followup = register.create(F, {"description": "Ring", "initiative": other.id, "note": note.id})
    assert [n.id for n in register.list(N, ListQuery(initiative=keep.id))] == [note.id]
    assert [f.id for f in register.list(F, ListQuery(initiative=keep.id))] == [followup.id]
    assert _titles(register) == ["Servicepunkt i Gunnarn"]  # the merged-away one is hidden
