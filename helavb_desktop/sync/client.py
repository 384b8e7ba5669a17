"""HTTP transport to the hub: a thin typed wrapper over an injected ``httpx.Client``.

Known failures become ``SyncError`` subclasses with a message a person can act on.
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from helavb_desktop.sync.protocol import (
    Health,
    HistoryResponse,
    LoginRequest,
    LoginResponse,
    MergeRequest,
    MergeResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    Resolution,
    Resolved,
    UnmergeRequest,
    UnmergeResponse,
)

M = TypeVar("M", bound=BaseModel)


class SyncError(Exception):
    """A sync failure a person can act on (the message says how)."""


class HubUnreachable(SyncError):
    pass


class AuthRequired(SyncError):
    pass


class Forbidden(SyncError):
    pass


class HubRefused(SyncError):
    """The hub answered 4xx/5xx (not 401/403); ``status`` and ``detail`` say what it said."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"the hub answered {status}: {detail}")
        self.status = status
        self.detail = detail


class HubClient:
    """Calls to one hub. ``client`` is injected so tests can wrap or replace the transport."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        client: httpx.Client | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self._client = client or httpx.Client(timeout=timeout)
        self._owns_client = client is None

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def _request(
        self, method: str, path: str, extra_headers: dict[str, str] | None = None, **kwargs: Any
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        headers.update(extra_headers or {})
        try:
            response = self._client.request(method, self.base_url + path, headers=headers, **kwargs)
        except httpx.TimeoutException as exc:
            raise HubUnreachable(f"the hub at {self.base_url} did not answer in time") from exc
        except httpx.TransportError as exc:
            raise HubUnreachable(f"cannot reach the hub at {self.base_url}: {exc}") from exc
        if response.status_code == 401:
            raise AuthRequired(
                "the hub refused the login (wrong password or an old token); log in again"
            )
        if response.status_code == 403:
            raise Forbidden(f"the hub refused: {_detail(response)}")
        if response.status_code >= 400:
            raise HubRefused(response.status_code, _detail(response))
        return response

    def _parse(self, model: type[M], response: httpx.Response) -> M:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise SyncError(f"{self.base_url} does not answer like a HelaVB hub") from exc

    def health(self) -> Health:
        return self._parse(Health, self._request("GET", "/health", timeout=5.0))

    def login(self, user: str, password: str) -> LoginResponse:
        body = LoginRequest(user=user, password=password).model_dump()
        return self._parse(LoginResponse, self._request("POST", "/login", json=body))

    def push(self, request: PushRequest) -> PushResponse:
        response = self._request(
            "POST",
            "/push",
            content=request.model_dump_json().encode(),
            extra_headers={"Content-Type": "application/json"},
        )
        return self._parse(PushResponse, response)

    def resolve(self, conflict_id: int, value: Any, note: str = "") -> Resolved:
        """A coordinator's decision on a conflict (403 for other roles)."""
        response = self._request(
            "POST",
            f"/conflicts/{conflict_id}/resolve",
            json=Resolution(value=value, note=note).model_dump(),
        )
        return self._parse(Resolved, response)

    def merge(self, request: MergeRequest) -> MergeResponse:
        """Merge two records on the hub (samordnare/admin; 403 for other roles)."""
        response = self._request("POST", "/merge", json=request.model_dump())
        return self._parse(MergeResponse, response)

    def unmerge(self, request: UnmergeRequest) -> UnmergeResponse:
        response = self._request("POST", "/unmerge", json=request.model_dump())
        return self._parse(UnmergeResponse, response)

    def history(self, table: str, row_id: str) -> HistoryResponse:
        """A record's changes on the hub, newest first (any logged-in role)."""
        return self._parse(HistoryResponse, self._request("GET", f"/history/{table}/{row_id}"))

    def pull(self, cursor: int, limit: int) -> PullResponse:
        response = self._request("GET", "/pull", params={"cursor": cursor, "limit": limit})
        return self._parse(PullResponse, response)


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    return str(detail) if detail else response.reason_phrase
