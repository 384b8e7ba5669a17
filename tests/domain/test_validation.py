from __future__ import annotations

from datetime import date

import pytest

from helavb_desktop.domain.enums import FocusArea, InitiativeStatus
from helavb_desktop.domain.errors import ValidationError
from helavb_desktop.domain.models import DialogueNote, Initiative, RecordType
from helavb_desktop.domain.reference import load_municipalities
from helavb_desktop.domain.validation import build_record, coerce_fields, new_id

CODES = frozenset(m.code for m in load_municipalities())


def _initiative(**values: object) -> Initiative:
    base: dict[str, object] = {"id": new_id(), "title": "Byaträff", "focus_area": "brobyggare"}
    base.update(values)
    record = build_record(
        RecordType.INITIATIVE, coerce_fields(RecordType.INITIATIVE, base, CODES), CODES
    )
    assert isinstance(record, Initiative)
    return record


def test_reference_data_has_fifteen_municipalities_eight_priority() -> None:
    munis = load_municipalities()
    assert len(munis) == 15
    priority = {m.name for m in munis if m.priority}
    assert len(priority) == 8
    assert {"Storuman", "Sorsele", "Dorotea", "Åsele", "Malå"} <= priority
    assert all(m.priority_source for m in munis if m.priority)


def test_valid_initiative_gets_defaults() -> None:
    record = _initiative(municipalities=["2421", "2421", "2425"], start_date="2026-01-05")
    assert record.focus_area is FocusArea.BROBYGGARE
    assert record.status is InitiativeStatus.PLANNED
    assert record.municipalities == ("2421", "2425")  # repeats dropped, order kept
    assert record.start_date == date(2026, 1, 5)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"title": "  "}, "title"),
        ({"focus_area": "okänt"}, "focus_area"),
        ({"status": "klar"}, "status"),
        ({"municipalities": ["9999"]}, "municipalities"),
        ({"start_date": "2026-02-30"}, "start_date"),
        ({"start_date": "2026-05-01", "end_date": "2026-04-30"}, "end_date"),
        ({"id": "not-a-uuid"}, "id"),
        ({"title": "två\nrader"}, "title"),
        ({"tags": "bredband"}, "tags"),
    ],
)
def test_bad_initiative_values_are_refused_naming_the_field(
    values: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        _initiative(**values)
    assert err.value.field == field
    assert field in str(err.value)


@pytest.mark.parametrize("count", [-1, 1.5, "3", True])
def test_participant_counts_must_be_whole_and_not_negative(count: object) -> None:
    raw = {"id": new_id(), "date": "2026-11-01", "municipality": "2421", "women": count}
    with pytest.raises(ValidationError) as err:
        coerce_fields(RecordType.NOTE, raw, CODES)
    assert err.value.field == "women"


def test_csv_cells_are_read_as_text() -> None:
    raw = {
        "id": new_id(),
        "date": "2026-11-01",
        "municipality": "2463",
        "women": "4",
        "girls": "",
        "personal_data": "true",
        "organisations": "Åsele byalag | Fredrika IF",
        "focus_areas": "brobyggare|katalysator",
    }
    values = coerce_fields(RecordType.NOTE, raw, CODES, from_text=True)
    note = build_record(RecordType.NOTE, values, CODES)
    assert isinstance(note, DialogueNote)
    assert note.women == 4 and note.girls == 0 and note.personal_data is True
    assert note.organisations == ("Åsele byalag", "Fredrika IF")
    assert note.children == 0 and note.participants == 4


def test_unknown_field_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        coerce_fields(RecordType.FOLLOWUP, {"colour": "blå"}, CODES)
    assert err.value.field == "colour"
