"""The merge rules, as pure functions both sides share (and Hypothesis tests).

``judge_field`` decides one field of one op on the hub. Its laptop-side counterpart,
``services.sync_merge.merge_pulled``, merges a pulled row into a row with pending changes.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class Verdict(StrEnum):
    APPLY = "apply"  # take the client's value
    SAME = "same"  # the hub already holds this value: nothing to do, no conflict
    CONFLICT = "conflict"  # another device changed it since the op's base: a person decides


def judge_field(
    *,
    base_version: int | None,
    clock_version: int | None,
    clock_device: str | None,
    device: str,
    hub_value: Any,
    client_value: Any,
) -> Verdict:
    """Decide one changed field of an op.

    The field is applied when no *other* device changed it after the op's base version. An
    earlier op of the same device never conflicts with a later one (a laptop editing a field
    twice before it syncs). There is deliberately no timestamp argument: versions decide.
    """
    if hub_value == client_value:
        return Verdict.SAME
    concurrent = (
        clock_version is not None and clock_version > (base_version or 0) and clock_device != device
    )
    return Verdict.CONFLICT if concurrent else Verdict.APPLY
