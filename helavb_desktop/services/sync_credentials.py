"""Where the hub token lives: the OS keyring when one works, else a file only the user can read.

The token file is written with mode 0600 from the start (never created readable, then
tightened). Set HELAVB_KEYRING=off to skip the keyring (tests do, so they never touch the
user's real keyring).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SERVICE = "helavb-hub"
TOKEN_FILE = "hub_token.json"


@dataclass(frozen=True, slots=True)
class Credentials:
    hub_url: str
    user: str
    token: str
    role: str = ""


def _keyring() -> Any | None:
    if os.environ.get("HELAVB_KEYRING", "").lower() in {"off", "0", "no"}:
        return None
    try:
        import keyring  # optional: not a dependency
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or backend.priority <= 0:
            return None
    except Exception:  # a broken D-Bus session or similar: fall back to the file
        log.info("keyring unusable; storing the hub token in a file", exc_info=True)
        return None
    return keyring


class TokenStore:
    """Saves and loads the credentials of one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / TOKEN_FILE

    @property
    def _account(self) -> str:
        return str(self.data_dir.resolve())

    def save(self, creds: Credentials) -> str:
        """Store; returns where ("keyring" or the file path)."""
        payload = json.dumps(
            {"hub_url": creds.hub_url, "user": creds.user, "token": creds.token, "role": creds.role}
        )
        ring = _keyring()
        if ring is not None:
            try:
                ring.set_password(SERVICE, self._account, payload)
                self.path.unlink(missing_ok=True)
                return "keyring"
            except Exception:
                log.warning("could not write to the keyring; using a private file", exc_info=True)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        return str(self.path)

    def load(self) -> Credentials | None:
        raw: str | None = None
        ring = _keyring()
        if ring is not None:
            try:
                raw = ring.get_password(SERVICE, self._account)
            except Exception:
                log.warning("could not read the keyring", exc_info=True)
        if raw is None and self.path.exists():
            raw = self.path.read_text(encoding="utf-8")
        if not raw:
            return None
        try:
            data = json.loads(raw)
            return Credentials(data["hub_url"], data["user"], data["token"], data.get("role", ""))
        except (ValueError, KeyError, TypeError):
            log.warning("stored hub credentials unreadable; log in again")
            return None

    def clear(self) -> None:
        ring = _keyring()
        if ring is not None:
            try:
                ring.delete_password(SERVICE, self._account)
            except Exception:
                log.debug("nothing to delete in the keyring", exc_info=True)
        self.path.unlink(missing_ok=True)
