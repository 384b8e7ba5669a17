"""Issue 5's must-hold properties against a real hub process (SQLite and PostgreSQL hubs):
duplicates found after two laptops sync, merge and unmerge converge everywhere, a coordinator's
CLI resolution converges, and a field officer is refused (403) without changing anything."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coord_helpers import log_in
from sqlalchemy import select
from sync_fixtures import Hub, Laptop, hub_view

from helavb_desktop.db.schema import SYNCED_ROWS
from helavb_desktop.domain.models import RecordType
from helavb_desktop.services.duplicates import DuplicateService

INI = RecordType.INITIATIVE


def merged_into(laptop: Laptop) -> dict[tuple[str, str], str | None]:
    out: dict[tuple[str, str], str | None] = {}
    with laptop.db.sessions() as s:
        for kind in RecordType:
            row_cls = SYNCED_ROWS[kind.value]
            for rid, target in s.execute(select(row_cls.id, row_cls.merged_into)):
                out[(kind.value, rid)] = target
    return out


def hub_merged_into(hub: Hub) -> dict[tuple[str, str], str | None]:
    from helavb_desktop.hub.db import open_hub
    from helavb_desktop.hub.models import RecordRow

    engine, sessions = open_hub(hub.db_url)
    try:
        with sessions() as s:
            return {(r.table_name, r.id): r.merged_into for r in s.scalars(select(RecordRow))}
    finally:
        engine.dispose()


def converged(hub: Hub, *laptops: Laptop) -> None:
    view, links = hub_view(hub), hub_merged_into(hub)
    for laptop in laptops:
        assert laptop.rows() == view, laptop.user
        assert merged_into(laptop) == links, laptop.user


def _offline_twins(a: Laptop, b: Laptop) -> tuple[Any, Any, Any, Any, Any]:
    """The same initiative typed on two laptops before either synced, each with a note."""
    first = a.register.create(
        INI,
        {
            "title": "Laddinfrastruktur i Tärnaby",
            "focus_area": "katalysator",
            "municipalities": ["2421"],
            "start_date": "2026-10-01",
            "responsible": "Anna",
        },
    )
    second = b.register.create(
        INI,
        {
            "title": "Laddinfrastruktur Tärnaby",
            "focus_area": "katalysator",
            "municipalities": ["2421"],
            "start_date": "2026-10-05",
            "description": "Laddstolpar vid skidbacken",
        },
    )
    note_a = a.register.create(
        RecordType.NOTE,
        {"date": "2026-10-02", "municipality": "2421", "place": "Tärnaby",
         "initiatives": [first.id], "summary": "Möte om laddning"},
    )  # fmt: skip
    note_b = b.register.create(
        RecordType.NOTE,
        {"date": "2026-10-06", "municipality": "2421", "place": "Tärnaby",
         "initiatives": [second.id], "summary": "Samtal med byaföreningen"},
    )  # fmt: skip
    follow = b.register.create(
        RecordType.FOLLOWUP, {"description": "Offert på laddstolpar", "initiative": second.id}
    )
    return first, second, note_a, note_b, follow


def test_duplicates_found_merged_and_unmerged_everywhere(
    hub: Hub, make_laptop: Callable[..., Laptop], cli: Callable[..., int]
) -> None:
    a, b, s = make_laptop("a", "anna"), make_laptop("b", "bertil"), make_laptop("s", "sam")
    first, second, note_a, note_b, follow = _offline_twins(a, b)
    for laptop in (a, b, a, s):
        laptop.sync()

    # (a) listed as duplicates on each laptop once both have synced
    pair = tuple(sorted((first.id, second.id)))
    for laptop in (a, b):
        found = {(c.first, c.second) for c in DuplicateService(laptop.db.sessions).candidates(INI)}
        assert pair in found, laptop.user

    # (b) the coordinator merges from the command line; every laptop converges on the survivor
    folder = log_in(s, hub)
    assert cli(folder, "duplicates", "merge", first.id, second.id, "--take", "description") == 0
    for laptop in (a, b):
        laptop.sync()
    converged(hub, a, b, s)
    for laptop in (a, b, s):
        assert merged_into(laptop)[("initiative", second.id)] == first.id
        assert laptop.register.get(RecordType.NOTE, note_b.id).initiatives == (first.id,)
        assert laptop.register.get(RecordType.NOTE, note_a.id).initiatives == (first.id,)
        assert laptop.register.get(RecordType.FOLLOWUP, follow.id).initiative == first.id
        survivor = laptop.register.get(INI, first.id)
        assert survivor.description == "Laddstolpar vid skidbacken"
        assert survivor.responsible == "Anna"
        assert [i.id for i in laptop.register.list(INI)] == [first.id]  # lists hide merged
        found = {(c.first, c.second) for c in DuplicateService(laptop.db.sessions).candidates(INI)}
        assert pair not in found

    # unmerge restores both records and their links everywhere
    assert cli(folder, "duplicates", "unmerge", second.id) == 0
    for laptop in (a, b):
        laptop.sync()
    converged(hub, a, b, s)
    for laptop in (a, b, s):
        assert merged_into(laptop)[("initiative", second.id)] is None
        assert laptop.register.get(RecordType.NOTE, note_b.id).initiatives == (second.id,)
        assert laptop.register.get(RecordType.NOTE, note_a.id).initiatives == (first.id,)
        assert laptop.register.get(RecordType.FOLLOWUP, follow.id).initiative == second.id
        assert laptop.register.get(INI, first.id).description == ""
        assert sorted(i.id for i in laptop.register.list(INI)) == sorted(pair)


def _conflict(hub: Hub, a: Laptop, b: Laptop) -> Any:
    rec = a.register.create(INI, {"title": "Lokal matproduktion", "focus_area": "katalysator"})
    a.sync()
    b.sync()
    a.register.update(INI, rec.id, {"responsible": "Anna"})
    b.register.update(INI, rec.id, {"responsible": "Bertil"})
    a.sync()
    b.sync()
    return rec


def test_cli_resolution_converges_on_all_laptops(
    hub: Hub, make_laptop: Callable[..., Laptop], cli: Callable[..., int]
) -> None:
    a, b, s = make_laptop("a", "anna"), make_laptop("b", "bertil"), make_laptop("s", "sam")
    rec = _conflict(hub, a, b)
    s.sync()
    [conflict] = hub.conflicts()
    folder = log_in(s, hub)
    code = cli(
        folder, "conflicts", "resolve", str(conflict.id),
        "--value", "Anna och Bertil", "--note", "Delat ansvar",
    )  # fmt: skip
    assert code == 0
    # The coordinator's laptop pulled at once: it shows the chosen value without a sync.
    assert s.register.get(INI, rec.id).responsible == "Anna och Bertil"
    [done] = hub.conflicts()
    assert (done.status, done.resolved_by, done.chosen_value, done.resolution_note) == (
        "resolved", "sam", "Anna och Bertil", "Delat ansvar",
    )  # fmt: skip
    assert done.resolved_at is not None
    for laptop in (a, b):
        laptop.sync()
        assert laptop.register.get(INI, rec.id).responsible == "Anna och Bertil"
        assert laptop.local.conflicts() == []
    converged(hub, a, b, s)


def test_field_officer_is_refused_and_nothing_changes(
    hub: Hub, make_laptop: Callable[..., Laptop], cli: Callable[..., int], capsys: Any
) -> None:
    a, b = make_laptop("a", "anna"), make_laptop("b", "bertil")
    _conflict(hub, a, b)
    first, second, *_ = _offline_twins(a, b)
    for laptop in (a, b, a):
        laptop.sync()
    [conflict] = hub.conflicts()
    folder = log_in(a, hub)
    before = (hub.records(), hub_merged_into(hub), hub.conflicts(), hub.change_log())
    local_before = (a.rows(), merged_into(a), a.local.conflicts(status=None))
    capsys.readouterr()

    assert cli(folder, "conflicts", "resolve", str(conflict.id), "--take", "client") == 1
    assert cli(folder, "duplicates", "merge", first.id, second.id) == 1
    assert cli(folder, "duplicates", "unmerge", second.id) == 1
    err = capsys.readouterr().err
    assert err.count("endast samordnare och admin") == 3, err

    after = (hub.records(), hub_merged_into(hub), hub.conflicts(), hub.change_log())
    assert _comparable(after) == _comparable(before)
    assert (a.rows(), merged_into(a), a.local.conflicts(status=None)) == local_before


def _comparable(state: tuple[Any, ...]) -> tuple[Any, ...]:
    records, links, conflicts, log = state
    return (
        records,
        links,
        [(c.id, c.status, c.chosen_value, c.seq) for c in conflicts],
        [(c.seq, c.table_name, c.row_id, c.kind, c.fields) for c in log],
    )
