"""Applying a sync bundle on the hub: the same idempotent rules as a network push."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from helavb_desktop.hub.apply import apply_ops
from helavb_desktop.sync.bundle import Bundle, BundleError
from helavb_desktop.sync.protocol import OpResult

BATCH = 500


def import_bundle(
    sessions: sessionmaker[Session], bundle: Bundle, *, allow_sample_data: bool = False
) -> list[OpResult]:
    """Apply every op of ``bundle``. A bundle of demo data is refused unless allowed."""
    if bundle.sample_data and not allow_sample_data:
        raise BundleError(
            "the bundle comes from a register holding sample (demo) data; it is not imported "
            "into a real hub (pass --allow-sample-data for a test hub)"
        )
    results: list[OpResult] = []
    user = bundle.user or "bundle"
    for start in range(0, len(bundle.ops), BATCH):
        with sessions.begin() as session:
            results += apply_ops(
                session, bundle.ops[start : start + BATCH], device_id=bundle.device_id, user=user
            )
    return results
