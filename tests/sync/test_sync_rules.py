"""Hypothesis property tests for the merge rules (DESIGN.md §3), hub side and laptop side."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from helavb_desktop.hub.apply import apply_ops
from helavb_desktop.hub.db import open_hub
from helavb_desktop.hub.models import ConflictRow, RecordRow
from helavb_desktop.services.sync_merge import merge_pulled
from helavb_desktop.sync.protocol import Op
from helavb_desktop.sync.rules import Verdict, judge_field

values = st.one_of(st.none(), st.integers(-3, 3), st.text(max_size=3))
versions = st.one_of(st.none(), st.integers(0, 20))
devices = st.sampled_from(["A", "B", "C"])


@given(versions, versions, devices, devices, values, values)
def test_judge_field(
    base: int | None, clock: int | None, clock_dev: str, dev: str, hub: Any, client: Any
) -> None:
    verdict = judge_field(
        base_version=base,
        clock_version=clock,
        clock_device=clock_dev if clock is not None else None,
        device=dev,
        hub_value=hub,
        client_value=client,
    )
    if hub == client:
        assert verdict is Verdict.SAME  # same value never conflicts
    elif clock is None or clock <= (base or 0) or clock_dev == dev:
        assert verdict is Verdict.APPLY  # nobody else changed it since the base
    else:
        assert verdict is Verdict.CONFLICT


fields = st.sampled_from(["title", "description", "outcome", "status", "deleted"])
rows = st.dictionaries(fields, values)


@given(rows, rows, st.sets(fields))
def test_merge_pulled(local: dict[str, Any], hub: dict[str, Any], pending: set[str]) -> None:
    merged = merge_pulled(local, hub, pending)
    for name in set(local) | set(hub):
        if name in pending and name in local:
            assert merged[name] == local[name]  # a pending edit is never overwritten
        elif name in hub:
            assert merged[name] == hub[name]
    assert merge_pulled(local, hub, set()) == hub
    assert merge_pulled(local, merged, pending) == merged  # an echo changes nothing


@pytest.fixture(scope="module")
def hub_sessions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sessionmaker[Session]]:
    engine, sessions = open_hub(str(tmp_path_factory.mktemp("rules") / "hub.sqlite"))
    yield sessions
    engine.dispose()


TEXT_FIELDS = ["title", "description", "outcome", "responsible"]
edit = st.tuples(st.sampled_from(TEXT_FIELDS), st.text(alphabet="xyz", min_size=1, max_size=2))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(edit, max_size=4),
    st.lists(edit, max_size=4),
    st.randoms(use_true_random=False),
)
def test_hub_keeps_every_value_and_is_order_blind_for_disjoint_fields(
    hub_sessions: sessionmaker[Session],
    edits_a: list[tuple[str, str]],
    edits_b: list[tuple[str, str]],
    rnd: Any,
) -> None:
    """Two devices edit one record from the same base, ops interleaved at random."""
    sessions = hub_sessions
    rid = str(uuid.uuid4())
    start = {"title": "t0", "focus_area": "brobyggare", "description": "d0", "outcome": "o0"}
    start["responsible"] = "r0"
    with sessions.begin() as s:
        [created] = apply_ops(s, [_op(rid, 1, None, start)], device_id="Z", user="z")
    base = created.version
    # Values carry the device letter: equal values from two devices are test 3's subject.
    edits_a = [(f, "A" + v) for f, v in edits_a]
    edits_b = [(f, "B" + v) for f, v in edits_b]
    ops_a = [("A", _op(rid, n, base, {f: v})) for n, (f, v) in enumerate(edits_a)]
    ops_b = [("B", _op(rid, n, base, {f: v})) for n, (f, v) in enumerate(edits_b)]
    # Any interleaving that keeps each device's own order (a device sends in device_seq order).
    merged = _interleave(ops_a, ops_b, rnd)
    for device, op in merged:
        with sessions.begin() as s:
            apply_ops(s, [op], device_id=device, user=device)
    with sessions.begin() as s:
        data = s.scalar(select(RecordRow.data).where(RecordRow.id == rid))
        conflicts = list(s.scalars(select(ConflictRow).where(ConflictRow.row_id == rid)))
    assert data is not None
    kept = {(c.field, v) for c in conflicts for v in (c.client_value, c.hub_value)}
    for device_edits in (edits_a, edits_b):
        last = dict(device_edits)  # each device's final value per field
        for name, value in last.items():
            assert data[name] == value or (name, value) in kept, (name, value, data, kept)
        others = edits_b if device_edits is edits_a else edits_a
        for name in set(last) - {f for f, _ in others}:
            assert data[name] == last[name]  # uncontested: the device's last value stands
    touched_a = {f for f, _ in edits_a}
    touched_b = {f for f, _ in edits_b}
    if not touched_a & touched_b:
        assert conflicts == []


def _op(rid: str, seq: int, base: int | None, fields: dict[str, Any]) -> Op:
    return Op(
        op_id=str(uuid.uuid4()),
        device_seq=seq,
        table="initiative",
        row_id=rid,
        base_version=base,
        kind="upsert",
        fields=fields,
    )


def _interleave(a: list[Any], b: list[Any], rnd: Any) -> list[Any]:
    slots = [0] * len(a) + [1] * len(b)
    rnd.shuffle(slots)
    ia, ib = iter(a), iter(b)
    return [next(ia) if s == 0 else next(ib) for s in slots]


def test_interleave_keeps_each_order() -> None:
    import random

    out = _interleave([1, 2, 3], [4, 5], random.Random(1))
    assert [x for x in out if x < 4] == [1, 2, 3] and [x for x in out if x > 3] == [4, 5]
    assert len(list(itertools.chain(out))) == 5
