"""Sync speed (issue 4), against a real hub process on 127.0.0.1 with an SQLite hub database.

1. Push 10,000 pending ops from laptop A and pull them onto laptop B, against copying the same
   rows directly from A's register file into B's (target: at most 5x).
2. A sync with nothing to do: median milliseconds (target: under 50 ms).
3. Bytes a no-op sync sends, on a small and on a large register (must not grow with it).
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent))

from helavb_desktop.db.bulk import bulk_insert
from helavb_desktop.db.schema import SYNCED_ROWS
from helavb_desktop.db.setup import OpenDatabase, open_database
from helavb_desktop.hub import auth
from helavb_desktop.hub.db import open_hub
from helavb_desktop.hub.process import HubProcess
from helavb_desktop.services.demo import generate
from helavb_desktop.services.sync_local import LocalSync
from helavb_desktop.sync.client import HubClient
from helavb_desktop.sync.engine import SyncEngine, SyncResult

N_OPS = 10_000
TABLES = ("initiative", "note", "followup")


def fill(db: OpenDatabase, n: int, seed0: int) -> int:
    """Write ``n`` sample rows with one pending op each (the outbox of a busy field season)."""
    written, seed = 0, seed0
    with db.sessions.begin() as session:
        while written < n:
            data = generate("small", seed=seed)
            seed += 1
            for table, rows in (
                ("initiative", data.initiatives),
                ("note", data.notes),
                ("followup", data.followups),
            ):
                take = rows[: n - written]
                if take:
                    ops = data.op_ids[table][: len(take)]
                    bulk_insert(session, table, take, actor="bench", op_ids=ops)
                    written += len(take)
    return written


def copy_rows(src: OpenDatabase, dst: OpenDatabase) -> int:
    """The baseline: the same rows read from one register file and written into another."""
    copied = 0
    with src.sessions.begin() as s_in, dst.sessions.begin() as s_out:
        for table in TABLES:
            t = SYNCED_ROWS[table].__table__
            rows = [dict(r) for r in s_in.execute(select(t)).mappings()]
            for r in rows:
                r.pop("pk")
            if rows:
                s_out.execute(t.insert(), rows)  # type: ignore[attr-defined]
            copied += len(rows)
    return copied


class Counter:
    def __init__(self) -> None:
        self.sent = 0
        self.received = 0

    def on_request(self, request: httpx.Request) -> None:
        head = f"{request.method} {request.url.raw_path.decode()} HTTP/1.1\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in request.headers.items()) + "\r\n"
        self.sent += len(head.encode()) + len(request.content)

    def on_response(self, response: httpx.Response) -> None:
        response.read()
        self.received += len(response.content)


def laptop(
    path: Path, url: str, token: str, counter: Counter | None = None
) -> tuple[OpenDatabase, SyncEngine]:
    db = open_database(path, durable=True)
    hooks: dict[str, list[Any]] = {}
    if counter:
        hooks = {"request": [counter.on_request], "response": [counter.on_response]}
    client = HubClient(url, token, client=httpx.Client(timeout=120, event_hooks=hooks))
    return db, SyncEngine(LocalSync(db.sessions), client)


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="helavb-bench-sync-"))
    try:
        run(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(work: Path) -> None:
    hub_url = f"sqlite+pysqlite:///{work / 'hub.sqlite'}"
    engine, sessions = open_hub(hub_url)
    with sessions.begin() as s:
        auth.add_user(s, "bench", "faltpersonal", "bench-losenord")
    engine.dispose()

    # Baseline: direct file-to-file copy of the same 10,000 rows.
    src = open_database(work / "src" / "register.sqlite")
    fill(src, N_OPS, 1)
    dst = open_database(work / "dst" / "register.sqlite")
    start = time.perf_counter()
    copied = copy_rows(src, dst)
    baseline = time.perf_counter() - start
    src.engine.dispose()
    dst.engine.dispose()

    with HubProcess(hub_url, test_hub=True) as hub:
        token = HubClient(hub.url).login("bench", "bench-losenord").token
        db_a, eng_a = laptop(work / "a" / "register.sqlite", hub.url, token)
        assert fill(db_a, N_OPS, 1) == copied
        counter_b = Counter()
        db_b, eng_b = laptop(work / "b" / "register.sqlite", hub.url, token, counter_b)

        start = time.perf_counter()
        eng_a.push(SyncResult())
        pushed = time.perf_counter() - start
        start = time.perf_counter()
        result_b = eng_b.run()
        pulled = time.perf_counter() - start
        assert result_b.pulled == N_OPS, result_b
        total = pushed + pulled
        print(
            f"  baseline: copy {copied} rows between two register files  {baseline * 1000:8.0f} ms"
        )
        print(f"  push {N_OPS} ops from laptop A                          {pushed * 1000:8.0f} ms")
        print(f"  pull them onto laptop B                                {pulled * 1000:8.0f} ms")
        print(f"  push + pull vs direct copy: ratio {total / baseline:5.2f}  (target <= 5)")

        eng_a.run()  # A takes its own echo, so both are up to date
        times = []
        for _ in range(30):
            start = time.perf_counter()
            eng_b.run()
            times.append(time.perf_counter() - start)
        median_ms = statistics.median(times) * 1000
        print(
            f"  no-op sync (large register, {N_OPS} rows): median {median_ms:6.1f} ms (target < 50)"
        )

        before = counter_b.sent
        eng_b.run()
        large_bytes = counter_b.sent - before

        counter_c = Counter()
        db_c, eng_c = laptop(work / "c" / "register.sqlite", hub.url, token, counter_c)
        # A small register: a laptop holding a handful of its own records on another hub.
        with HubProcess(f"sqlite+pysqlite:///{work / 'hub2.sqlite'}", test_hub=True) as small:
            engine2, sessions2 = open_hub(small.db_url)
            with sessions2.begin() as s:
                auth.add_user(s, "bench", "faltpersonal", "bench-losenord")
            engine2.dispose()
            token2 = HubClient(small.url).login("bench", "bench-losenord").token
            eng_c.hub = HubClient(
                small.url,
                token2,
                client=httpx.Client(
                    event_hooks={
                        "request": [counter_c.on_request],
                        "response": [counter_c.on_response],
                    }
                ),
            )
            fill(db_c, 20, 99)
            eng_c.run()
            before = counter_c.sent
            eng_c.run()
            small_bytes = counter_c.sent - before
        print(
            f"  bytes sent by a no-op sync: small register (20 rows) {small_bytes} B, "
            f"large register ({N_OPS} rows) {large_bytes} B  ratio {large_bytes / small_bytes:4.2f}"
            "  (target: ~1, no growth)"
        )
        for db in (db_a, db_b, db_c):
            db.engine.dispose()


if __name__ == "__main__":
    os.environ.setdefault("HELAVB_KEYRING", "off")
    main()
