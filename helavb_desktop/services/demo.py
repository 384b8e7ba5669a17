"""Sample data: a realistic register for trying the app, demos and benchmarks.

The same seed and the same ``today`` give the same register. Dates are laid out around
``today`` (default: the real date) so the sample always has recent notes and some overdue
follow-ups. Records go in through the bulk path with their outbox ops, and the register is
flagged ``sample_data`` so sync can refuse to send it to a real hub.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from sqlalchemy import func, select

from helavb_desktop.db.bulk import bulk_insert, random_uuid
from helavb_desktop.db.convert import sort_columns
from helavb_desktop.db.engine import SessionFactory
from helavb_desktop.db.outbox import set_state
from helavb_desktop.db.schema import SYNCED_ROWS
from helavb_desktop.domain.enums import (
    FocusArea,
    FollowUpStatus,
    InitiativeStatus,
    NoteKind,
    RecordClass,
)
from helavb_desktop.domain.errors import DomainError
from helavb_desktop.domain.models import RecordType
from helavb_desktop.domain.reference import load_municipalities
from helavb_desktop.services import demo_data as D

Size = Literal["small", "large"]
SIZES: dict[str, tuple[int, int]] = {"small": (200, 1_000), "large": (20_000, 100_000)}
CHUNK = 5_000

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class DemoResult:
    initiatives: int
    notes: int
    followups: int


@dataclass(slots=True)
class _Generated:
    initiatives: list[dict[str, Any]]
    notes: list[dict[str, Any]]
    followups: list[dict[str, Any]]
    op_ids: dict[str, list[str]]


class _Generator:
    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.munis = load_municipalities()
        self.codes = [m.code for m in self.munis]
        self.names = {m.code: m.name for m in self.munis}
        # Priority municipalities see more activity, as the drive intends.
        self.weights = [3 if m.priority else 1 for m in self.munis]
        self.officers = [
            f"{self.rng.choice(D.FIRST_NAMES)} {self.rng.choice(D.LAST_NAMES)}" for _ in range(12)
        ]

    def uid(self) -> str:
        return random_uuid(self.rng.getrandbits(128))

    def muni(self) -> str:
        return self.rng.choices(self.codes, self.weights)[0]

    def initiative(self) -> dict[str, Any]:
        rng = self.rng
        area = rng.choice(list(FocusArea))
        county_wide = rng.random() < 0.08
        code = self.muni()
        codes = (
            [] if county_wide else sorted({code, *rng.sample(self.codes, rng.choice((0, 0, 1)))})
        )
        place = rng.choice(D.PLACES[code])
        title = rng.choice(D.TITLES[area]).format(place=place, muni=self.names[code])
        start = self.today - timedelta(days=rng.randint(-120, 3 * 365))
        status = rng.choices(list(InitiativeStatus), (2, 4, 3, 1))[0]
        end: date | None = start + timedelta(days=rng.randint(30, 700))
        if status is InitiativeStatus.PLANNED:
            start = self.today + timedelta(days=rng.randint(5, 200))
            end = start + timedelta(days=rng.randint(30, 400))
        elif status is InitiativeStatus.COMPLETED and end is not None and end > self.today:
            end = self.today - timedelta(days=rng.randint(1, 60))
            start = min(start, end - timedelta(days=30))
        elif status is InitiativeStatus.ONGOING and rng.random() < 0.3:
            end = None
        title += rng.choice(D.QUALIFIERS).format(year=start.year)
        topic = rng.choice(D.TOPICS)
        row = {
            "id": self.uid(),
            "title": title,
            "focus_area": area.value,
            "status": status.value,
            "municipalities": codes,
            "start_date": start,
            "end_date": end,
            "responsible": rng.choice(self.officers),
            "description": (
                f"Insatsen rör {topic} i {self.names[code]} kommun. "
                + rng.choice(D.MIDDLES).format(topic=topic)
            ),
            "outcome": rng.choice(D.OUTCOMES) if status is InitiativeStatus.COMPLETED else "",
            "tags": sorted(set(rng.sample(D.TAGS, rng.randint(0, 3)))),
            "diarienummer": (
                f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{start.year}"
                if rng.random() < 0.6
                else ""
            ),
        }
        row.update(sort_columns(RecordType.INITIATIVE, row))
        return row

    def reentry(self, original: dict[str, Any]) -> dict[str, Any]:
        """The same initiative typed in again on another laptop: what duplicate search finds."""
        rng = self.rng
        title = original["title"]
        variants = [
            title.replace(" i ", " "),
            title.lower(),
            title.replace("å", "a").replace("ä", "a").replace("ö", "o"),
            title + " (kopia)",
        ]
        code = original["municipalities"][0] if original["municipalities"] else None
        if code:
            variants.append(f"{title} – {self.names[code]}s kommun")
        row = {
            **original,
            "id": self.uid(),
            "title": rng.choice(variants),
            "start_date": original["start_date"] + timedelta(days=rng.randint(-10, 10)),
            "responsible": rng.choice(self.officers),
            "description": original["description"][:80],
            "diarienummer": "",
        }
        if row["end_date"] is not None and row["end_date"] < row["start_date"]:
            row["end_date"] = row["start_date"]
        row.update(sort_columns(RecordType.INITIATIVE, row))
        return row

    def note(self, initiatives: list[dict[str, Any]]) -> dict[str, Any]:
        rng = self.rng
        code = self.muni()
        place = rng.choice(D.PLACES[code])
        orgs = sorted(
            {
                rng.choice(D.ORGS).format(place=place, muni=self.names[code])
                for _ in range(rng.randint(1, 3))
            }
        )
        linked = [] if rng.random() < 0.35 else [rng.choice(initiatives)]
        areas = {FocusArea(i["focus_area"]) for i in linked} or {rng.choice(list(FocusArea))}
        if rng.random() < 0.15:
            areas.add(rng.choice(list(FocusArea)))
        kind = rng.choices(list(NoteKind), (5, 4, 2, 2, 1))[0]
        personal = rng.random() < 0.05
        topic = rng.choice(D.TOPICS)
        summary = " ".join(
            (
                rng.choice(D.OPENINGS).format(orgs=" och ".join(orgs[:2]), place=place),
                rng.choice(D.MIDDLES).format(topic=topic),
                rng.choice(D.PERSONAL) if personal else "",
                rng.choice(D.CLOSINGS),
            )
        ).replace("  ", " ")
        big = kind is NoteKind.WORKSHOP
        row = {
            "id": self.uid(),
            "date": self.today - timedelta(days=int(rng.triangular(0, 3 * 365, 0))),
            "municipality": code,
            "place": place,
            "kind": kind.value,
            "organisations": orgs,
            "women": rng.randint(0, 25 if big else 6),
            "men": rng.randint(0, 25 if big else 6),
            "girls": rng.randint(0, 8) if big or rng.random() < 0.1 else 0,
            "boys": rng.randint(0, 8) if big or rng.random() < 0.1 else 0,
            "focus_areas": sorted(a.value for a in areas),
            "initiatives": [i["id"] for i in linked],
            "summary": summary,
            "personal_data": personal,
            "record_class": (
                RecordClass.OFFICIAL_NOTE if rng.random() < 0.3 else RecordClass.WORKING_NOTE
            ).value,
            "author": rng.choice(self.officers),
        }
        row.update(sort_columns(RecordType.NOTE, row))
        return row

    def followup(self, note: dict[str, Any]) -> dict[str, Any]:
        rng = self.rng
        org = note["organisations"][0] if note["organisations"] else note["place"]
        description = rng.choice(D.FOLLOWUPS).format(
            topic=rng.choice(D.TOPICS), org=org, place=note["place"]
        )
        due = note["date"] + timedelta(days=rng.randint(7, 60))
        status = FollowUpStatus.OPEN
        if due < self.today and rng.random() < 0.85:
            status = FollowUpStatus.DONE if rng.random() < 0.9 else FollowUpStatus.CANCELLED
        row = {
            "id": self.uid(),
            "description": description,
            "owner": note["author"],
            "due_date": due,
            "status": status.value,
            "note": note["id"],
            "initiative": note["initiatives"][0] if note["initiatives"] else None,
        }
        row.update(sort_columns(RecordType.FOLLOWUP, row))
        return row

    def generate(self, n_init: int, n_notes: int) -> _Generated:
        initiatives: list[dict[str, Any]] = []
        for _ in range(n_init):
            # About one in a hundred is entered twice, as happens when two officers work offline.
            if initiatives and self.rng.random() < 0.01:
                initiatives.append(self.reentry(self.rng.choice(initiatives)))
            else:
                initiatives.append(self.initiative())
        notes = [self.note(initiatives) for _ in range(n_notes)]
        followups = [self.followup(n) for n in notes if self.rng.random() < 0.4]
        op_ids = {
            "initiative": [self.uid() for _ in initiatives],
            "note": [self.uid() for _ in notes],
            "followup": [self.uid() for _ in followups],
        }
        return _Generated(initiatives, notes, followups, op_ids)


def generate(size: Size = "small", *, seed: int = 1, today: date | None = None) -> _Generated:
    """The sample rows without writing them (the benchmark times the write on its own)."""
    if size not in SIZES:
        raise DomainError(f"unknown sample size {size!r}: choose small or large")
    n_init, n_notes = SIZES[size]
    return _Generator(seed, today or date.today()).generate(n_init, n_notes)


def write_generated(
    sessions: SessionFactory, data: _Generated, *, actor: str, progress: Progress | None = None
) -> DemoResult:
    """Write generated rows in one transaction: all of the sample, or nothing."""
    plan = [
        ("initiative", data.initiatives),
        ("note", data.notes),
        ("followup", data.followups),
    ]
    total = sum(len(rows) for _, rows in plan)
    done = 0
    with sessions.begin() as session:
        for table, _ in plan:
            row_cls = SYNCED_ROWS[table]
            if session.scalar(select(func.count()).select_from(row_cls)):
                raise DomainError(
                    "the register already holds records; sample data goes only into an empty "
                    "register (use another --data-dir)"
                )
        for table, rows in plan:
            ops = data.op_ids[table]
            for start in range(0, len(rows), CHUNK):
                chunk = rows[start : start + CHUNK]
                bulk_insert(session, table, chunk, actor=actor, op_ids=ops[start : start + CHUNK])
                done += len(chunk)
                if progress:
                    progress(done, total)
        set_state(session, "sample_data", "1")
    return DemoResult(len(data.initiatives), len(data.notes), len(data.followups))


def load_demo(
    sessions: SessionFactory,
    *,
    size: Size = "small",
    seed: int = 1,
    actor: str = "exempeldata",
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoResult:
    """Fill an empty register with sample data in all focus areas and municipalities."""
    return write_generated(
        sessions, generate(size, seed=seed, today=today), actor=actor, progress=progress
    )
