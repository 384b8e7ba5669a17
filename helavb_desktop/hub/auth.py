"""Hub users, argon2 password hashes and bearer tokens."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from helavb_desktop.domain.enums import Role
from helavb_desktop.hub.models import HubUserRow, TokenRow

_hasher = PasswordHasher()
ROLES = tuple(r.value for r in Role)


class AuthError(Exception):
    """Wrong user or password (the hub answers 401 and says no more)."""


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def generate_password() -> str:
    """A one-time password that survives being read aloud over a phone line."""
    return secrets.token_urlsafe(12)


def add_user(session: Session, name: str, role: str, password: str) -> None:
    """Create a user, or set a new role and password for an existing one (revoking its tokens)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
    if not name.strip():
        raise ValueError("the user name is empty")
    if len(password) < 8:
        raise ValueError("the password is shorter than 8 characters")
    row = session.get(HubUserRow, name)
    digest = _hasher.hash(password)
    if row is None:
        session.add(HubUserRow(name=name, role=role, password_hash=digest, created_at=utcnow()))
    else:
        # A new password also ends every session of the old one (a lost laptop, a leak).
        row.role, row.password_hash, row.active = role, digest, True
        session.execute(delete(TokenRow).where(TokenRow.user_name == name))


def login(session: Session, name: str, password: str) -> tuple[str, str]:
    """Check the password and issue a new bearer token; returns (token, role)."""
    row = session.get(HubUserRow, name)
    if row is None or not row.active:
        # Hash anyway so a wrong name costs the same time as a wrong password.
        _hasher.hash(password)
        raise AuthError
    try:
        _hasher.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise AuthError from None
    token = secrets.token_urlsafe(32)
    session.add(TokenRow(digest=token_digest(token), user_name=name, created_at=utcnow()))
    return token, row.role


def user_for_token(session: Session, token: str) -> HubUserRow | None:
    stmt = (
        select(HubUserRow)
        .join(TokenRow, TokenRow.user_name == HubUserRow.name)
        .where(TokenRow.digest == token_digest(token), HubUserRow.active.is_(True))
    )
    return session.scalar(stmt)
