from __future__ import annotations

from datetime import date

import pytest

from helavb_desktop.db.outbox import get_state
from helavb_desktop.db.setup import OpenDatabase, open_database
from helavb_desktop.domain.enums import FocusArea
from helavb_desktop.domain.errors import DomainError
from helavb_desktop.domain.models import DialogueNote, FollowUp, RecordType
from helavb_desktop.domain.queries import ListQuery
from helavb_desktop.domain.validation import build_record, coerce_fields, record_to_json
from helavb_desktop.services.demo import load_demo
from helavb_desktop.services.register import RegisterService
from helavb_desktop.services.transfer import export_document

TODAY = date(2026, 11, 28)


def test_small_sample_covers_the_county(db: OpenDatabase, register: RegisterService) -> None:
    result = load_demo(db.sessions, size="small", seed=3, today=TODAY)
    assert (result.initiatives, result.notes) == (200, 1000)
    for area in FocusArea:
        assert register.count(RecordType.INITIATIVE, ListQuery(focus_area=area.value)) > 10
        assert register.count(RecordType.NOTE, ListQuery(focus_area=area.value)) > 50
    notes = [n for n in register.list(RecordType.NOTE) if isinstance(n, DialogueNote)]
    assert {n.municipality for n in notes} == register.municipality_codes
    assert any(n.personal_data for n in notes) and not all(n.personal_data for n in notes)
    assert any(n.organisations and n.place and n.participants for n in notes)
    followups = [f for f in register.list(RecordType.FOLLOWUP) if isinstance(f, FollowUp)]
    assert any(f.is_overdue(TODAY) for f in followups)
    assert register.pending_changes() == result.initiatives + result.notes + result.followups
    with db.sessions.begin() as session:
        assert get_state(session, "sample_data") == "1"


def test_every_sample_record_passes_validation(db: OpenDatabase, register: RegisterService) -> None:
    load_demo(db.sessions, size="small", seed=5, today=TODAY)
    codes = register.municipality_codes
    for kind in RecordType:
        for record in register.list(kind):
            values = coerce_fields(kind, record_to_json(record), codes)
            assert build_record(kind, values, codes) == record


def test_same_seed_same_data(db: OpenDatabase) -> None:
    load_demo(db.sessions, size="small", seed=11, today=TODAY)
    other = open_database(db.path.with_name("same.sqlite"), durable=False)
    load_demo(other.sessions, size="small", seed=11, today=TODAY)
    assert export_document(other.sessions) == export_document(db.sessions)
    other.engine.dispose()


def test_sample_data_only_goes_into_an_empty_register(
    db: OpenDatabase, register: RegisterService
) -> None:
    register.create(RecordType.INITIATIVE, {"title": "Riktig insats", "focus_area": "brobyggare"})
    with pytest.raises(DomainError, match="empty register"):
        load_demo(db.sessions, size="small")
    assert register.count(RecordType.INITIATIVE) == 1
