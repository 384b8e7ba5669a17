"""The client sync engine: push pending ops, then pull from the cursor (DESIGN.md §3).

Qt-free and synchronous: the app runs it on its worker thread, the CLI in the foreground. The
HTTP transport is injected (``HubClient``), progress goes to a callback, and a cancel flag is
checked between round trips; stopping anywhere is safe, because ops are acknowledged only with
the hub's answer and the cursor moves only with the rows it covers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from helavb_desktop.services.sync_local import LocalSync, OutgoingOp, PulledRow
from helavb_desktop.sync.client import HubClient, SyncError
from helavb_desktop.sync.protocol import Change, Op, PullResponse, PushRequest

log = logging.getLogger(__name__)

CLOCK_WARNING_SECONDS = 300


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


class SyncCancelled(SyncError):
    pass


class SampleDataRefused(SyncError):
    pass


@dataclass(frozen=True, slots=True)
class SyncProgress:
    phase: str  # "push" | "pull"
    done: int  # ops sent or rows pulled so far
    pending: int = 0  # ops still waiting (push)
    cursor: int = 0  # pull cursor after this step


@dataclass(slots=True)
class SyncResult:
    pushed: int = 0
    applied: int = 0
    unchanged: int = 0
    replayed: int = 0
    rejected: int = 0
    new_conflicts: int = 0
    pulled: int = 0
    merged: int = 0
    conflicts_received: int = 0
    cursor: int = 0
    last_sync_at: str = ""
    clock_skew_seconds: float = 0.0
    messages: list[str] = field(default_factory=list)

    @property
    def clock_warning(self) -> bool:
        return abs(self.clock_skew_seconds) > CLOCK_WARNING_SECONDS


def _skew(hub_time: str) -> float:
    try:
        hub = datetime.fromisoformat(hub_time.replace("Z", "+00:00"))
    except ValueError:
        return 0.0
    return (datetime.now(UTC) - hub).total_seconds()


def outgoing_op(o: OutgoingOp) -> Op:
    """An outbox op as the wire format carries it (push and bundles alike)."""
    return Op(
        op_id=o.op_id,
        device_seq=o.device_seq,
        table=o.table,
        row_id=o.row_id,
        base_version=o.base_version,
        kind=o.kind,  # type: ignore[arg-type]
        fields=o.fields,
        created_at=o.created_at,
    )


def _pulled(c: Change) -> PulledRow:
    return PulledRow(
        table=c.table,
        row_id=c.row_id,
        version=c.version,
        deleted=c.deleted,
        merged_into=c.merged_into,
        data=c.data,
        updated_by=c.updated_by,
    )


class SyncEngine:
    """One sync = push everything pending, then pull to the end of the hub's feed."""

    def __init__(
        self,
        local: LocalSync,
        hub: HubClient,
        *,
        push_batch: int = 1000,  # the hub's per-push limit; fewer round trips and commits
        page_size: int = 1000,
        progress: Callable[[SyncProgress], None] | None = None,
        cancel: CancelFlag | None = None,
        allow_sample_data: bool = False,
    ) -> None:
        self.local = local
        self.hub = hub
        self.push_batch = push_batch
        self.page_size = page_size
        self.progress = progress
        self.cancel = cancel
        self.allow_sample_data = allow_sample_data

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise SyncCancelled("sync cancelled; it resumes where it stopped next time")

    def _report(self, step: SyncProgress) -> None:
        if self.progress is not None:
            self.progress(step)

    def check_sample_data(self) -> None:
        """A register holding demo data may sync only with a test hub (or when asked to)."""
        if self.allow_sample_data or not self.local.has_sample_data():
            return
        if not self.hub.health().test_hub:
            raise SampleDataRefused(
                "this register holds sample (demo) data; it is not sent to a real hub. Use a "
                "test hub (`helavb hub serve --test-hub`) or pass --allow-sample-data"
            )

    def run(self) -> SyncResult:
        result = SyncResult()
        self.check_sample_data()
        self._check_cancel()
        self.push(result)
        self.pull(result)
        result.last_sync_at = self.local.mark_synced()
        if result.clock_warning:
            result.messages.append(
                f"this computer's clock is off by {abs(result.clock_skew_seconds) / 60:.0f} "
                "minutes from the hub's; dates shown may be wrong (sync itself is not affected)"
            )
        return result

    def push(self, result: SyncResult) -> None:
        device_id = self.local.device_id()
        while True:
            outgoing = self.local.pending_ops(self.push_batch)
            if not outgoing:
                return
            ops = [outgoing_op(o) for o in outgoing]
            response = self.hub.push(PushRequest(device_id=device_id, ops=ops))
            answered = {r.op_id for r in response.results}
            missing = [o.op_id for o in outgoing if o.op_id not in answered]
            if missing:
                raise SyncError(f"the hub left {len(missing)} changes unanswered; try again")
            current = [_pulled(r.record) for r in response.results if r.record is not None]
            self.local.acknowledge([o.op_id for o in outgoing], current)
            result.clock_skew_seconds = _skew(response.hub_time)
            for r in response.results:
                result.pushed += 1
                if r.replay:
                    result.replayed += 1  # applied by an earlier attempt whose answer was lost
                elif r.status == "applied":
                    result.applied += 1
                elif r.status == "conflict":
                    result.new_conflicts += r.conflicts
                elif r.status == "rejected":
                    result.rejected += 1
                    log.warning("the hub refused op %s: %s", r.op_id, r.message)
                else:
                    result.unchanged += 1
            self._report(SyncProgress("push", result.pushed, self.local.pending_count()))
            self._check_cancel()

    def pull(self, result: SyncResult) -> None:
        cursor = self.local.cursor()
        while True:
            page = self.hub.pull(cursor, self.page_size)
            if page.cursor < cursor:
                # The hub's feed is behind this laptop: restored from a backup, or another hub.
                # Fetch everything again (overwriting is idempotent; pending edits are merged).
                log.info("hub feed at %s is behind this laptop's %s", page.cursor, cursor)
                result.messages.append(
                    "the hub knows fewer changes than this laptop has seen (restored from a "
                    "backup?); all records were fetched again"
                )
                cursor = 0
                continue
            self.apply_page(page, result)
            cursor = page.cursor
            result.cursor = cursor
            result.clock_skew_seconds = _skew(page.hub_time)
            self._report(SyncProgress("pull", result.pulled, cursor=cursor))
            if not page.more:
                return
            self._check_cancel()

    def apply_page(self, page: PullResponse, result: SyncResult) -> None:
        rows = [_pulled(c) for c in page.changes]
        conflicts = [
            {
                "id": c.id,
                "table_name": c.table,
                "row_id": c.row_id,
                "field": c.field,
                "kind": c.kind,
                "base_value": c.base_value,
                "hub_value": c.hub_value,
                "client_value": c.client_value,
                "status": c.status,
                "device_id": c.device_id,
                "user_name": c.user,
                "created_at": c.created_at,
                "seq": c.seq,
            }
            for c in page.conflicts
        ]
        result.merged += self.local.apply_pulled(rows, conflicts, page.cursor)
        result.pulled += len(rows)
        result.conflicts_received += len(conflicts)
