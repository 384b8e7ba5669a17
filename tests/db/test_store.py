from __future__ import annotations

import pytest
from sqlalchemy import select, text

from helavb_desktop.db.records import RecordStore
from helavb_desktop.db.schema import OutboxRow
from helavb_desktop.db.setup import OpenDatabase
from helavb_desktop.domain.models import Initiative, RecordType
from helavb_desktop.domain.validation import new_id


def _initiative(title: str = "Servicepunkt i Gunnarn") -> Initiative:
    from helavb_desktop.domain.enums import FocusArea

    return Initiative(
        id=new_id(),
        title=title,
        focus_area=FocusArea.LANDSBYGDSMYNDIGHETEN,
        municipalities=("2421",),
    )


def test_each_change_writes_its_outbox_op_in_the_same_transaction(db: OpenDatabase) -> None:
    record = _initiative()
    with db.sessions.begin() as session:
        RecordStore(session, actor="åsa").insert(record)
    with db.sessions.begin() as session:
        store = RecordStore(session, actor="åsa")
        stored = store.get(RecordType.INITIATIVE, record.id)
        assert stored is not None
        changed = store.update(stored, Initiative(**{**_fields(stored), "title": "Ny titel"}))
        assert changed == {"title": "Ny titel"}
        store.set_deleted(stored, True)
    with db.sessions.begin() as session:
        ops = session.scalars(select(OutboxRow).order_by(OutboxRow.device_seq)).all()
        assert [(o.kind, o.row_id) for o in ops] == [
            ("upsert", record.id),
            ("upsert", record.id),
            ("delete", record.id),
        ]
        assert ops[0].fields["title"] == "Servicepunkt i Gunnarn"
        assert ops[0].base_version is None
        assert ops[1].fields == {"title": "Ny titel"}
        assert [o.device_seq for o in ops] == [1, 2, 3]
        assert all(o.state == "pending" for o in ops)


def test_a_failed_transaction_leaves_neither_row_nor_op(db: OpenDatabase) -> None:
    record = _initiative()
    with pytest.raises(RuntimeError), db.sessions.begin() as session:
        RecordStore(session).insert(record)
        raise RuntimeError("power cut")
    with db.sessions.begin() as session:
        assert RecordStore(session).get(RecordType.INITIATIVE, record.id) is None
        assert session.scalar(select(OutboxRow.op_id)) is None


def test_unchanged_update_writes_no_op(db: OpenDatabase) -> None:
    record = _initiative()
    with db.sessions.begin() as session:
        RecordStore(session).insert(record)
    with db.sessions.begin() as session:
        store = RecordStore(session)
        stored = store.get(RecordType.INITIATIVE, record.id)
        assert stored is not None
        assert store.update(stored, stored) == {}
        assert session.execute(text("SELECT count(*) FROM outbox")).scalar() == 1


def _fields(record: Initiative) -> dict[str, object]:
    from helavb_desktop.domain.models import record_values

    return record_values(record)
