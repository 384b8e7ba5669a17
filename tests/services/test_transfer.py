from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import text

from helavb_desktop.db.setup import OpenDatabase, open_database
from helavb_desktop.domain.errors import DomainError, ValidationError
from helavb_desktop.domain.models import Initiative, RecordType
from helavb_desktop.services.demo import load_demo
from helavb_desktop.services.register import RegisterService
from helavb_desktop.services.transfer import export_document, import_document


def _import(db: OpenDatabase, register: RegisterService, doc: str, **kw: object) -> object:
    return import_document(
        db.sessions, doc, actor="t", municipalities=register.municipality_codes, **kw
    )  # type: ignore[arg-type]


def _snapshot(db: OpenDatabase) -> tuple[str, int]:
    with db.engine.connect() as conn:
        ops = conn.execute(text("SELECT count(*) FROM outbox")).scalar()
    return export_document(db.sessions), int(ops or 0)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_import_export_is_the_same_document(
    db: OpenDatabase, register: RegisterService, tmp_path: object, fmt: str
) -> None:
    load_demo(db.sessions, size="small", seed=7, today=date(2026, 11, 28))
    first = export_document(db.sessions, fmt)
    other = open_database(db.path.with_name("other.sqlite"), durable=False)
    report = _import(other, register, first, filename=f"x.{fmt}")
    assert report.created[RecordType.NOTE] == 1000  # type: ignore[attr-defined]
    assert export_document(other.sessions, fmt) == first
    other.engine.dispose()


def test_one_bad_record_refuses_the_whole_file(db: OpenDatabase, register: RegisterService) -> None:
    existing = register.create(RecordType.INITIATIVE, {"title": "Kvar", "focus_area": "brobyggare"})
    before = _snapshot(db)
    doc = {
        "initiatives": [
            {"id": existing.id, "title": "Ändrad"},
            {"title": "Ny insats", "focus_area": "katalysator"},
        ],
        "notes": [
            {"date": "2026-11-01", "municipality": "2421"},
            {"date": "2026-11-02", "municipality": "2421", "women": -3},
        ],
    }
    with pytest.raises(ValidationError) as err:
        _import(db, register, json.dumps(doc))
    assert err.value.position == "notes[1]" and err.value.field == "women"
    assert "notes[1]" in str(err.value)
    assert _snapshot(db) == before


def test_update_changes_only_the_fields_given(db: OpenDatabase, register: RegisterService) -> None:
    rec = register.create(
        RecordType.INITIATIVE,
        {"title": "Titel", "focus_area": "brobyggare", "responsible": "Göran", "tags": ["skola"]},
    )
    doc = json.dumps({"initiatives": [{"id": rec.id, "status": "ongoing"}]})
    report = _import(db, register, doc)
    assert report.updated[RecordType.INITIATIVE] == 1  # type: ignore[attr-defined]
    after = register.get(RecordType.INITIATIVE, rec.id)
    assert isinstance(after, Initiative)
    assert after.status.value == "ongoing" and after.responsible == "Göran"
    assert after.tags == ("skola",)


def test_dry_run_reports_and_writes_nothing(db: OpenDatabase, register: RegisterService) -> None:
    before = _snapshot(db)
    doc = json.dumps({"initiatives": [{"title": "Ny", "focus_area": "brobyggare"}]})
    report = _import(db, register, doc, dry_run=True)
    assert report.created[RecordType.INITIATIVE] == 1  # type: ignore[attr-defined]
    assert "would be" in report.summary()  # type: ignore[attr-defined]
    assert _snapshot(db) == before


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"projects": []}', "unknown key"),
        ('{"notes": {}}', "must be an array"),
        (
            '{"notes": [{"date": "2026-01-01", "municipality": "2421", "initiatives": '
            '["0b7f3c1e-1111-4111-8111-111111111111"]}]}',
            "does not exist",
        ),
        (
            '{"initiatives": [{"id": "0b7f3c1e-1111-4111-8111-111111111111", "title": "a",'
            ' "focus_area": "brobyggare"}, {"id": "0b7f3c1e-1111-4111-8111-111111111111",'
            ' "title": "b", "focus_area": "brobyggare"}]}',
            "repeats the id",
        ),
    ],
)
def test_bad_files_get_clear_messages(
    db: OpenDatabase, register: RegisterService, doc: str, message: str
) -> None:
    before = _snapshot(db)
    with pytest.raises(DomainError, match=message):
        _import(db, register, doc, filename="in.json")
    assert _snapshot(db) == before


def test_csv_errors_name_the_line(db: OpenDatabase, register: RegisterService) -> None:
    doc = "record_type,title,focus_area\ninitiative,Bra,brobyggare\ninitiative,Dålig,okänd\n"
    with pytest.raises(ValidationError) as err:
        _import(db, register, doc, filename="in.csv")
    assert err.value.position == "line 3" and err.value.field == "focus_area"
    assert register.count(RecordType.INITIATIVE) == 0
