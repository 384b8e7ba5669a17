"""Merge and unmerge details: concurrent laptop edits meet the merge through the normal field
rules, and an unmerge never clobbers what people changed after the merge."""

from __future__ import annotations

from collections.abc import Callable

from coord_helpers import log_in
from sync_fixtures import Hub, Laptop, hub_view

from helavb_desktop.domain.models import RecordType
from helavb_desktop.sync.client import HubClient
from helavb_desktop.sync.coordination_gateway import build_coordination_service
from helavb_desktop.sync.protocol import UnmergeRequest

INI, NOTE = RecordType.INITIATIVE, RecordType.NOTE


def test_concurrent_edits_and_unmerge_after_later_changes(
    hub: Hub, make_laptop: Callable[..., Laptop]
) -> None:
    a, b, s = make_laptop("a", "anna"), make_laptop("b", "bertil"), make_laptop("s", "sam")
    keep = a.register.create(INI, {"title": "Byskola i Ammarnäs", "focus_area": "katalysator"})
    other = a.register.create(
        INI, {"title": "Byskolan Ammarnäs", "focus_area": "katalysator", "description": "Från B"}
    )
    third = a.register.create(INI, {"title": "Skolskjuts", "focus_area": "katalysator"})
    note = a.register.create(
        NOTE, {"date": "2026-10-02", "municipality": "2462", "initiatives": [other.id]}
    )
    both = a.register.create(
        NOTE, {"date": "2026-10-03", "municipality": "2462", "initiatives": [keep.id, other.id]}
    )
    for laptop in (a, b, s):
        laptop.sync()

    # Bertil edits offline while the coordinator merges: the link he changes and the merge's
    # re-link of the same field meet the field rules (a conflict for a person, nothing lost);
    # his edit of the merged-away record applies to its kept data.
    b.register.update(NOTE, note.id, {"initiatives": [other.id, third.id]})
    b.register.update(INI, other.id, {"responsible": "Bertil"})
    service = build_coordination_service(s.db, log_in(s, hub))
    result = service.merge(INI, keep.id, other.id, take_from_other=["description"])
    assert (result.relinked_notes, result.relinked_followups) == (2, 0)
    assert s.register.get(NOTE, both.id).initiatives == (keep.id,)  # no repeats
    b.sync()
    [conflict] = hub.conflicts()
    assert (conflict.table_name, conflict.row_id, conflict.field) == (
        "note",
        note.id,
        "initiatives",
    )
    assert conflict.hub_value == [keep.id] and conflict.client_value == [other.id, third.id]
    assert hub.records()[("initiative", other.id)]["responsible"] == "Bertil"

    # After the merge Anna rewrites the survivor's description and re-links the first note.
    a.sync()
    a.register.update(INI, keep.id, {"description": "Anna skrev om"})
    a.register.update(NOTE, note.id, {"initiatives": [third.id]})
    a.sync()

    client = HubClient(hub.url, hub.tokens["sam"])
    try:
        answer = client.unmerge(UnmergeRequest(table="initiative", other=other.id))
    finally:
        client.close()
    assert answer.kept_fields == ["description"]
    for laptop in (a, b, s):
        laptop.sync()
        assert laptop.rows() == hub_view(hub)
        assert laptop.register.get(INI, keep.id).description == "Anna skrev om"  # not clobbered
        assert laptop.register.get(NOTE, note.id).initiatives == (third.id,)  # moved on: stays
        assert laptop.register.get(NOTE, both.id).initiatives == (keep.id, other.id)


def test_merging_notes_moves_their_follow_ups_and_back(
    hub: Hub, make_laptop: Callable[..., Laptop]
) -> None:
    a, s = make_laptop("a", "anna"), make_laptop("s", "sam")
    keep = a.register.create(NOTE, {"date": "2026-11-20", "municipality": "2421"})
    other = a.register.create(NOTE, {"date": "2026-11-20", "municipality": "2421"})
    follow = a.register.create(
        RecordType.FOLLOWUP, {"description": "Skicka protokollet", "note": other.id}
    )
    a.sync()
    s.sync()
    service = build_coordination_service(s.db, log_in(s, hub))
    result = service.merge(NOTE, keep.id, other.id)
    assert (result.relinked_notes, result.relinked_followups) == (0, 1)
    a.sync()
    assert a.register.get(RecordType.FOLLOWUP, follow.id).note == keep.id
    assert [n.id for n in a.register.list(NOTE)] == [keep.id]
    assert service.unmerge_detail(NOTE, other.id) == []
    a.sync()
    assert a.register.get(RecordType.FOLLOWUP, follow.id).note == other.id
    assert sorted(n.id for n in a.register.list(NOTE)) == sorted([keep.id, other.id])
    assert a.rows() == s.rows() == hub_view(hub)
