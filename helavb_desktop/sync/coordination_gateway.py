"""The HTTP side of coordinator work: ``services.coordination.HubGateway`` over ``HubClient``.

Services may not import the sync client, so this module (in the sync layer, which may import
services) supplies the gateway and ``build_coordination_service``, the one way the app and the
CLI construct a ``CoordinationService``. Sync failures become the service's Swedish errors.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from helavb_desktop.services.coordination import (
    CoordinationError,
    CoordinationService,
    HistoryEntry,
    MergeResult,
    NeedsHub,
    NotAllowed,
    UnknownConflict,
)
from helavb_desktop.services.sync_credentials import Credentials
from helavb_desktop.services.sync_local import LocalSync
from helavb_desktop.settings import Settings
from helavb_desktop.sync.client import (
    AuthRequired,
    Forbidden,
    HubClient,
    HubRefused,
    HubUnreachable,
    SyncError,
)
from helavb_desktop.sync.engine import SyncEngine, SyncResult
from helavb_desktop.sync.protocol import MergeRequest, UnmergeRequest


@contextmanager
def _translated() -> Iterator[None]:
    """Sync failures as messages for a coordinator (Swedish, with the English in brackets)."""
    try:
        yield
    except Forbidden as exc:
        raise NotAllowed(
            f"Navet nekade: din roll får inte göra detta (endast samordnare och admin) [{exc}]"
        ) from exc
    except AuthRequired as exc:
        raise NeedsHub(
            f"Navet godtog inte inloggningen; logga in igen (helavb login) [{exc}]"
        ) from exc
    except HubUnreachable as exc:
        raise NeedsHub(f"Navet svarar inte; samordning kräver kontakt med navet [{exc}]") from exc
    except HubRefused as exc:
        if exc.status == 404 or (exc.status == 422 and "no conflict" in exc.detail):
            raise UnknownConflict(f"Finns inte på navet: {exc.detail}") from exc
        if exc.status == 409:
            raise CoordinationError(f"Navet nekade: {exc.detail}") from exc
        raise CoordinationError(f"Navet nekade ({exc.status}): {exc.detail}") from exc
    except SyncError as exc:
        raise CoordinationError(str(exc)) from exc


class HttpGateway:
    """One connection's worth of coordinator calls to the hub."""

    def __init__(
        self,
        creds: Credentials,
        local: LocalSync,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
    ) -> None:
        self._http = httpx.Client(timeout=timeout, transport=transport)
        self.client = HubClient(creds.hub_url, creds.token, client=self._http)
        self.local = local
        self.last_pull: SyncResult | None = None

    def resolve(self, conflict_id: int, value: Any, note: str) -> int:
        with _translated():
            return self.client.resolve(conflict_id, value, note).version

    def merge(
        self, table: str, keep: str, other: str, take_from_other: Sequence[str]
    ) -> MergeResult:
        request = MergeRequest(table=table, keep=keep, other=other, take=list(take_from_other))
        with _translated():
            answer = self.client.merge(request)
        return MergeResult(
            merge_id=answer.merge_id,
            keep=answer.keep,
            other=answer.other,
            relinked_notes=answer.relinked_notes,
            relinked_followups=answer.relinked_followups,
        )

    def unmerge(self, table: str, other: str) -> list[str]:
        with _translated():
            return self.client.unmerge(UnmergeRequest(table=table, other=other)).kept_fields

    def history(self, table: str, row_id: str) -> list[HistoryEntry]:
        with _translated():
            answer = self.client.history(table, row_id)
        return [
            HistoryEntry(
                version=e.version,
                when=e.when,
                who=e.who,
                action=e.action,
                field=e.field,
                old=e.old,
                new=e.new,
                note=e.note,
            )
            for e in answer.entries
        ]

    def pull(self) -> None:
        """Pull only: the coordinator's decision arrives; pending local edits wait for a sync."""
        result = SyncResult()
        with _translated():
            SyncEngine(self.local, self.client).pull(result)
        self.last_pull = result

    def close(self) -> None:
        self._http.close()


def build_coordination_service(
    db: Any,  # db.setup.OpenDatabase (sync may not import db; only .sessions is used)
    data_dir: Path,
    settings: Settings | None = None,
    *,
    transport: httpx.BaseTransport | None = None,
) -> CoordinationService:
    """The coordination service for one register, talking to the hub it is logged in to."""
    local = LocalSync(db.sessions)

    def connect(creds: Credentials) -> HttpGateway:
        return HttpGateway(creds, local, transport=transport)

    actor = settings.actor() if settings is not None else ""
    return CoordinationService(db.sessions, data_dir, connect=connect, actor=actor)
