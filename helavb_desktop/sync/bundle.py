"""Sync bundles: the pending ops of one laptop in a ``.helavb`` file, for places with no network.

Layout::

    HELAVB-SYNC-BUNDLE\\n
    {"format": 1, "length": N, "sha256": "..."}\\n
    N bytes: gzip of the JSON payload {device_id, user, created_at, sample_data, ops}

The hub applies a bundle with the same idempotent rules as a push (same op ids), so a bundle
imported twice, or imported and later also pushed over the network, changes nothing the
second time. Anything that is not exactly this (another file, a newer format, a truncated or
altered payload) is refused before a single op is applied.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from helavb_desktop.sync.protocol import Op

MAGIC = b"HELAVB-SYNC-BUNDLE\n"
FORMAT = 1
SUFFIX = ".helavb"


class BundleError(Exception):
    """A file that cannot be applied; the message says why. Nothing was changed."""


@dataclass(frozen=True, slots=True)
class Bundle:
    device_id: str
    user: str
    created_at: str
    sample_data: bool
    ops: list[Op]


def write_bundle(path: Path, bundle: Bundle) -> int:
    """Write atomically (temp file + rename); returns the file size."""
    payload = json.dumps(
        {
            "device_id": bundle.device_id,
            "user": bundle.user,
            "created_at": bundle.created_at,
            "sample_data": bundle.sample_data,
            "ops": [op.model_dump() for op in bundle.ops],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()
    body = gzip.compress(payload, mtime=0)
    header = json.dumps(
        {"format": FORMAT, "length": len(body), "sha256": hashlib.sha256(body).hexdigest()}
    ).encode()
    data = MAGIC + header + b"\n" + body
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return len(data)


def read_bundle(path: Path) -> Bundle:
    """Read and check a bundle; raises BundleError with a plain reason."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if not data.startswith(MAGIC):
        raise BundleError(f"{path.name} is not a HelaVB sync bundle")
    header_end = data.find(b"\n", len(MAGIC))
    try:
        if header_end < 0:
            raise ValueError
        header = json.loads(data[len(MAGIC) : header_end])
        fmt, length, digest = int(header["format"]), int(header["length"]), str(header["sha256"])
    except (ValueError, KeyError, TypeError):
        raise BundleError(f"{path.name} is damaged (unreadable header)") from None
    if fmt > FORMAT:
        raise BundleError(
            f"{path.name} was written by a newer HelaVB (bundle format {fmt}); update the hub"
        )
    body = data[header_end + 1 :]
    if len(body) != length or hashlib.sha256(body).hexdigest() != digest:
        raise BundleError(f"{path.name} is damaged (checksum mismatch); export it again")
    try:
        payload = json.loads(gzip.decompress(body))
        return Bundle(
            device_id=str(payload["device_id"]),
            user=str(payload.get("user", "")),
            created_at=str(payload.get("created_at", "")),
            sample_data=bool(payload.get("sample_data", False)),
            ops=[Op.model_validate(op) for op in payload["ops"]],
        )
    except (OSError, ValueError, KeyError, TypeError, ValidationError) as exc:
        raise BundleError(f"{path.name} is damaged ({exc.__class__.__name__})") from None
