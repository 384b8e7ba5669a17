"""Drafts of open forms, kept as small JSON files so typing survives a crash or power cut.

A draft is written (temp file + fsync + ``os.replace``) while the person types, removed when
the form is saved or cancelled, and listed at the next start so it can be restored. Files,
not the register: a draft must be safe even when the database is busy, locked or damaged.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

_SUFFIX = ".json"


@dataclass(frozen=True, slots=True)
class Draft:
    """What a form held: ``kind`` is a RecordType value, ``record_id`` None for a new record."""

    draft_id: str
    kind: str
    record_id: str | None
    values: dict[str, Any] = field(default_factory=dict)
    saved_at: str = ""
    title: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "draft_id": self.draft_id,
            "kind": self.kind,
            "record_id": self.record_id,
            "values": self.values,
            "saved_at": self.saved_at,
            "title": self.title,
        }


def new_draft_id() -> str:
    return str(uuid.uuid4())


class DraftStore:
    """The drafts folder. Every method is cheap file work; none touches the database."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, draft_id: str) -> Path:
        # The id is ours (a UUID), but never let a name escape the folder.
        safe = "".join(ch for ch in draft_id if ch.isalnum() or ch == "-")
        return self.folder / f"{safe}{_SUFFIX}"

    def save(
        self,
        draft_id: str,
        kind: str,
        record_id: str | None,
        values: Mapping[str, Any],
        *,
        title: str = "",
    ) -> Draft:
        """Write the draft atomically; a crash mid-write leaves the previous version intact."""
        draft = Draft(
            draft_id=draft_id,
            kind=kind,
            record_id=record_id,
            values=dict(values),
            saved_at=datetime.now(UTC).isoformat(timespec="seconds"),
            title=title,
        )
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".draft-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(draft.to_json(), fh, ensure_ascii=False, default=str)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self._path(draft_id))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return draft

    def remove(self, draft_id: str) -> None:
        self._path(draft_id).unlink(missing_ok=True)

    def load(self, draft_id: str) -> Draft | None:
        return _read(self._path(draft_id))

    def list(self) -> list[Draft]:
        """All readable drafts, oldest first. Unreadable files are kept aside, not deleted."""
        if not self.folder.is_dir():
            return []
        drafts = [d for p in sorted(self.folder.glob(f"*{_SUFFIX}")) if (d := _read(p))]
        return sorted(drafts, key=lambda d: d.saved_at)


def _read(path: Path) -> Draft | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Draft(
            draft_id=str(data["draft_id"]),
            kind=str(data["kind"]),
            record_id=data.get("record_id"),
            values=dict(data.get("values") or {}),
            saved_at=str(data.get("saved_at", "")),
            title=str(data.get("title", "")),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        # Never delete what might be someone's only copy: rename it so it stops being offered.
        log.warning("draft %s unreadable (%s); kept as .broken", path, exc)
        with contextlib.suppress(OSError):
            path.rename(path.with_suffix(".broken"))
        return None
