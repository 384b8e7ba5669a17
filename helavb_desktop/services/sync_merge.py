"""The laptop's merge rule for pulled rows (a pure function, tested with Hypothesis)."""

from __future__ import annotations

from collections.abc import Mapping, Set
from typing import Any


def merge_pulled(
    local: Mapping[str, Any], hub: Mapping[str, Any], pending: Set[str]
) -> dict[str, Any]:
    """A pulled row merged into a local row with pending changes.

    Fields edited locally and not yet acknowledged stay local (the hub judges them when they
    arrive); every other field takes the hub's value. With nothing pending this is the hub row.
    """
    merged = dict(hub)
    for name in pending:
        if name in local:
            merged[name] = local[name]
    return merged
