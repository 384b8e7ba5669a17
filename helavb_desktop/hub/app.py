"""The hub's HTTP API (FastAPI). Every route but /health needs a bearer token.

401 for missing or wrong credentials, 403 for an action the user's role may not take; neither
changes anything.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from helavb_desktop.hub import auth
from helavb_desktop.hub.apply import apply_ops
from helavb_desktop.hub.db import open_hub
from helavb_desktop.hub.models import ConflictRow
from helavb_desktop.hub.pull import conflict_info, pull_page
from helavb_desktop.hub.resolve import ResolveError, resolve_conflict
from helavb_desktop.sync.protocol import (
    ConflictInfo,
    Health,
    LoginRequest,
    LoginResponse,
    NewUser,
    PullResponse,
    PushRequest,
    PushResponse,
    Resolution,
    Resolved,
)

log = logging.getLogger(__name__)

MAX_OPS_PER_PUSH = 1000


def hub_time() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def session_dep(request: Request) -> Iterator[Session]:
    factory: sessionmaker[Session] = request.app.state.sessions
    with factory() as session:
        yield session


SessionDep = Annotated[Session, Depends(session_dep)]


@dataclass(frozen=True, slots=True)
class HubUser:
    name: str
    role: str


def current_user(request: Request, session: SessionDep) -> HubUser:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(
            401, "inloggning krävs (bearer token)", headers={"WWW-Authenticate": "Bearer"}
        )
    row = auth.user_for_token(session, token.strip())
    user = HubUser(row.name, row.role) if row is not None else None
    session.rollback()  # end the read; handlers open their own transaction
    if user is None:
        raise HTTPException(
            401, "ogiltig eller utgången token", headers={"WWW-Authenticate": "Bearer"}
        )
    return user


UserDep = Annotated[HubUser, Depends(current_user)]


def require(user: HubUser, *roles: str) -> None:
    if user.role not in roles:
        raise HTTPException(403, f"rollen {user.role} får inte göra detta")


def create_app(db_url: str, *, test_hub: bool = False) -> FastAPI:
    """The hub app over the database at ``db_url`` (migrated to head on start)."""
    engine, sessions = open_hub(db_url)
    app = FastAPI(title="HelaVB hub", version="1")
    app.state.engine = engine
    app.state.sessions = sessions

    @app.get("/health")
    def health() -> Health:
        return Health(test_hub=test_hub, hub_time=hub_time())

    @app.post("/login")
    def login(body: LoginRequest, session: SessionDep) -> LoginResponse:
        try:
            with session.begin():
                token, role = auth.login(session, body.user, body.password)
        except auth.AuthError:
            raise HTTPException(
                401, "fel användarnamn eller lösenord", headers={"WWW-Authenticate": "Bearer"}
            ) from None
        return LoginResponse(token=token, user=body.user, role=role)

    @app.post("/push")
    def push(body: PushRequest, user: UserDep, session: SessionDep) -> PushResponse:
        if len(body.ops) > MAX_OPS_PER_PUSH:
            raise HTTPException(413, f"at most {MAX_OPS_PER_PUSH} ops per push")
        with session.begin():
            results = apply_ops(session, body.ops, device_id=body.device_id, user=user.name)
        return PushResponse(results=results, hub_time=hub_time())

    @app.get("/pull")
    def pull(
        user: UserDep,
        session: SessionDep,
        cursor: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1)] = 500,
    ) -> PullResponse:
        with session.begin():
            return pull_page(session, cursor, limit, hub_time())

    @app.get("/conflicts")
    def conflicts(user: UserDep, session: SessionDep, status: str = "open") -> list[ConflictInfo]:
        with session.begin():
            rows = session.scalars(
                select(ConflictRow).where(ConflictRow.status == status).order_by(ConflictRow.id)
            )
            return [conflict_info(c) for c in rows]

    @app.post("/conflicts/{conflict_id}/resolve")
    def resolve(conflict_id: int, body: Resolution, user: UserDep, session: SessionDep) -> Resolved:
        require(user, "samordnare", "admin")
        try:
            with session.begin():
                seq = resolve_conflict(
                    session, conflict_id, body.value, user=user.name, note=body.note
                )
        except ResolveError as exc:
            raise HTTPException(409 if "already" in str(exc) else 422, str(exc)) from None
        return Resolved(conflict_id=conflict_id, version=seq)

    @app.post("/users", status_code=201)
    def add_user(body: NewUser, user: UserDep, session: SessionDep) -> dict[str, str]:
        require(user, "admin")
        try:
            with session.begin():
                auth.add_user(session, body.name, body.role, body.password)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
        return {"name": body.name, "role": body.role}

    from helavb_desktop.hub.coordination import router as coordination  # after app's names exist

    app.include_router(coordination)
    return app
