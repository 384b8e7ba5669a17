"""Shared helpers for the benchmarks: cached sample registers, timing, printing ratios."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from helavb_desktop.db.setup import open_database
from helavb_desktop.services.demo import load_demo

OUT = Path(__file__).resolve().parent / "out"
TODAY = date(2026, 11, 28)  # fixed, so every run measures the same register


def sample_register(size: str, seed: int = 1) -> Path:
    """A data folder with the sample register of that size, built once and reused."""
    folder = OUT / f"{size}-{seed}"
    done = folder / ".complete"
    if not done.exists():
        folder.mkdir(parents=True, exist_ok=True)
        for f in folder.glob("register.sqlite*"):
            f.unlink()
        db = open_database(folder / "register.sqlite", durable=False)
        load_demo(db.sessions, size=size, seed=seed, today=TODAY)  # type: ignore[arg-type]
        db.engine.dispose()
        done.touch()
    return folder


def empty_register() -> Path:
    folder = OUT / "empty"
    folder.mkdir(parents=True, exist_ok=True)
    open_database(folder / "register.sqlite", durable=False).engine.dispose()
    return folder


def median_seconds(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, value: float, baseline: float, target: str) -> None:
    print(
        f"  {name:<58} {value * 1000:9.1f} ms  vs baseline {baseline * 1000:9.1f} ms"
        f"  ratio {value / baseline:5.2f}  (target {target})"
    )
