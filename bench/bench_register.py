"""Benchmarks of the offline register (issue 2). Figures are ratios against baselines measured
in the same run; absolute times on shared machines are noisy.

1. Writing the large sample (20,000 initiatives, 100,000 notes, ~40,000 follow-ups) through
   the demo path vs a plain sqlite3 executemany of the same rows into the same tables, indexes
   and triggers (target: the demo path at no less than a third of that rate, ratio <= 3).
2. Full-text search over the large register, as the app's list runs it (ordered ids of every
   match plus the first page of records): median (target < 50 ms), and the ratio to a bare
   FTS5 MATCH count.
3. Opening the large register, from process start to the first query answered, vs the small
   one (target ratio <= 2).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT, TODAY, median_seconds, report, sample_register

from helavb_desktop.db.setup import open_database
from helavb_desktop.domain.models import RecordType
from helavb_desktop.domain.queries import ListQuery
from helavb_desktop.services.demo import generate, write_generated
from helavb_desktop.services.register import RegisterService

SEARCHES = [
    "bredband",
    "skol",
    "Tärnaby",
    "åsele",
    "framtidsverkstad",
    "lanthandelns ekonomi",
    "byalag",
    "Örträsk möte",
    "vägunderhållet",
    "kollektivtrafiken",
]


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _fresh(name: str) -> Path:
    folder = OUT / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    open_database(folder / "register.sqlite", durable=False).engine.dispose()
    return folder / "register.sqlite"


def bench_write() -> None:
    print("Writing the large sample")
    t0 = time.perf_counter()
    data = generate("large", seed=1, today=TODAY)
    gen = time.perf_counter() - t0

    # Baseline: the same rows (and their outbox ops) by plain executemany, JSON pre-encoded.
    path = _fresh("bench-executemany")
    now = datetime(2026, 11, 28, 12).isoformat(sep=" ")
    plan = [("initiative", data.initiatives), ("note", data.notes), ("followup", data.followups)]
    prepared = []
    for table, rows in plan:
        cols = [*rows[0].keys(), "updated_at", "updated_by", "deleted"]
        values = [(*(_plain(r[c]) for c in rows[0]), now, "b", 0) for r in rows]
        ops = [
            (
                op,
                i + 1,
                table,
                r["id"],
                None,
                "upsert",
                json.dumps(
                    {k: _plain(v) for k, v in r.items() if k != "id"},
                    ensure_ascii=False,
                    default=str,
                ),
                now,
                "pending",
            )
            for i, (r, op) in enumerate(zip(rows, data.op_ids[table], strict=True))
        ]
        prepared.append((table, cols, values, ops))
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA cache_size=-65536")
    t0 = time.perf_counter()
    conn.execute("BEGIN")
    seq = 0
    for table, cols, values, ops in prepared:
        marks = ",".join("?" * len(cols))
        conn.executemany(f"INSERT INTO {table} ({','.join(cols)}) VALUES ({marks})", values)
        ops = [(o[0], o[1] + seq, *o[2:]) for o in ops]
        seq += len(ops)
        conn.executemany(
            "INSERT INTO outbox (op_id, device_seq, table_name, row_id, base_version, kind, "
            "fields, created_at, state) VALUES (?,?,?,?,?,?,?,?,?)",
            ops,
        )
    conn.execute("COMMIT")
    baseline = time.perf_counter() - t0
    conn.close()

    path = _fresh("bench-demo")
    db = open_database(path, durable=False)
    t0 = time.perf_counter()
    write_generated(db.sessions, data, actor="bench")
    demo = time.perf_counter() - t0
    db.engine.dispose()
    report("demo write path vs plain executemany", demo, baseline, "<= 3")
    report("demo generate + write vs plain executemany", demo + gen, baseline, "<= 3")


def bench_search() -> None:
    print("Full-text search over the large register")
    folder = sample_register("large")
    db = open_database(folder / "register.sqlite", durable=False)
    register = RegisterService(db.sessions, actor="bench")
    raw = sqlite3.connect(folder / "register.sqlite")

    def app_search() -> None:
        for word in SEARCHES:
            q = ListQuery(search=word)
            ids = register.list_ids(RecordType.NOTE, q)
            register.get_many(RecordType.NOTE, ids[:100])

    def bare_match() -> None:
        for word in SEARCHES:
            expr = " ".join(f'"{w}"*' for w in word.split())
            raw.execute("SELECT count(*) FROM note_fts WHERE note_fts MATCH ?", (expr,)).fetchone()

    app_search()  # warm the page cache, as a running app has it
    per_query = median_seconds(app_search, 7) / len(SEARCHES)
    bare = median_seconds(bare_match, 7) / len(SEARCHES)
    counts = [register.count(RecordType.NOTE, ListQuery(search=w)) for w in SEARCHES]
    print(f"  matches per query: {counts}")
    report("search (all matching ids + first page), per query", per_query, bare, "< 50 ms")
    db.engine.dispose()


def _open_and_query(folder: Path) -> float:
    code = (
        "import time; t=time.perf_counter(); from pathlib import Path;"
        "from helavb_desktop.db.setup import open_database;"
        "from helavb_desktop.services.register import RegisterService;"
        "from helavb_desktop.domain.models import RecordType;"
        f"db=open_database(Path({str(folder / 'register.sqlite')!r}));"
        "RegisterService(db.sessions, actor='b').list(RecordType.NOTE, "
        "__import__('helavb_desktop.domain.queries', fromlist=['ListQuery']).ListQuery(limit=100))"
    )
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - t0


def bench_open() -> None:
    print("Opening a register: process start to first query answered")
    small, large = sample_register("small"), sample_register("large")
    _open_and_query(small), _open_and_query(large)
    s = statistics.median(_open_and_query(small) for _ in range(5))
    lg = statistics.median(_open_and_query(large) for _ in range(5))
    report("open large register vs small", lg, s, "<= 2")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    which = set(sys.argv[1:]) or {"write", "search", "open"}
    if "write" in which:
        bench_write()
    if "search" in which:
        bench_search()
    if "open" in which:
        bench_open()
