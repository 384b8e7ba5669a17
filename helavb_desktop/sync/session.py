"""What the desktop app needs of sync, in one Qt-free object built by the composition root.

Each method is a blocking call meant for a worker thread: the UI controller
(``ui/sync_status.py``) never calls them on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from helavb_desktop.services.sync_credentials import Credentials, TokenStore
from helavb_desktop.services.sync_local import LocalSync
from helavb_desktop.sync.client import HubClient, SyncError
from helavb_desktop.sync.engine import CancelFlag, SyncEngine, SyncProgress, SyncResult

log = logging.getLogger(__name__)

PROBE_TIMEOUT = 3.0


@dataclass(frozen=True, slots=True)
class LocalStatus:
    configured: bool  # logged in to a hub
    hub_url: str
    pending: int
    last_sync_at: str | None


class NotConfigured(SyncError):
    pass


class SyncSession:
    """Probe, sync and local status for one register and its stored hub login."""

    def __init__(
        self,
        local: LocalSync,
        tokens: TokenStore,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.local = local
        self.tokens = tokens
        self._transport = transport  # injected in tests (a proxy that drops connections)
        self._timeout = timeout

    def _http(self, timeout: float) -> httpx.Client:
        return httpx.Client(timeout=timeout, transport=self._transport)

    def status(self) -> LocalStatus:
        creds = self.tokens.load()
        return LocalStatus(
            configured=creds is not None,
            hub_url=creds.hub_url if creds else "",
            pending=self.local.pending_count(),
            last_sync_at=self.local.last_sync_at(),
        )

    def probe(self) -> bool:
        """Does the hub answer /health? (Quick; False when not logged in.)"""
        creds = self.tokens.load()
        if creds is None:
            return False
        with self._http(PROBE_TIMEOUT) as http:
            try:
                return HubClient(creds.hub_url, client=http).health().status == "ok"
            except SyncError as exc:
                log.info("hub not reachable: %s", exc)
                return False

    def run(
        self,
        cancel: CancelFlag | None = None,
        progress: Callable[[SyncProgress], None] | None = None,
    ) -> SyncResult:
        creds = self.tokens.load()
        if creds is None:
            raise NotConfigured("not logged in to a hub; log in under Settings")
        with self._http(self._timeout) as http:
            client = HubClient(creds.hub_url, creds.token, client=http)
            return SyncEngine(self.local, client, progress=progress, cancel=cancel).run()

    def login(self, hub_url: str, user: str, password: str) -> Credentials:
        with self._http(15.0) as http:
            client = HubClient(hub_url, client=http)
            answer = client.login(user, password)
        creds = Credentials(client.base_url, answer.user, answer.token, answer.role)
        self.tokens.save(creds)
        return creds
