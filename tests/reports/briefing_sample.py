"""A small, hand-made register for the briefing tests.

Brobyggare holds three initiatives (one county-wide, one finished in 2025), notes that belong
by focus area or only by a link to one of its initiatives, one note flagged as holding
personal data, and follow-ups of each. Katalysator holds records that must never show up in
a Brobyggare briefing. Framtidsverkstäder is empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from helavb_desktop.db.setup import OpenDatabase
from helavb_desktop.domain.models import RecordType
from helavb_desktop.services.briefing import BriefingService
from helavb_desktop.services.register import RegisterService

# The briefing is "made" at this moment; follow-ups due before it are overdue.
NOW = datetime(2026, 6, 15, 10, 30, tzinfo=UTC)

ASELE_TITLE = "Servicepunkt i Åsele – förstudie"
BROADBAND_TITLE = "Bredband längs Vindelälven"
OLD_TITLE = "Kollektivtrafik Malå–Norsjö"
OTHER_AREA_TITLE = "Företagslotsen i Lycksele"
SECRET_SUMMARY = "Kjell Ödmark berättade om sin sjukdom"
SECRET_PLACE = "Ödmarks gård i Adak"
SECRET_FOLLOWUP = "Ring tillbaka familjen Ödmark"
LINKED_ONLY_SUMMARY = "Dorotea vill samordna med servicepunkten i Åsele"
OVERDUE_FOLLOWUP = "Skicka underlag om öppettider"


@dataclass(frozen=True)
class Sample:
    db: OpenDatabase
    register: RegisterService
    ids: dict[str, str]

    def service(self) -> BriefingService:
        return BriefingService(self.db.sessions, register_path=self.db.path, clock=lambda: NOW)


def _create(register: RegisterService, kind: RecordType, values: dict[str, Any]) -> str:
    return register.create(kind, values).id


def build_sample(db: OpenDatabase, register: RegisterService) -> Sample:
    ini, note, fup = RecordType.INITIATIVE, RecordType.NOTE, RecordType.FOLLOWUP
    ids: dict[str, str] = {}
    ids["asele"] = _create(
        register,
        ini,
        {
            "title": ASELE_TITLE,
            "focus_area": "brobyggare",
            "status": "ongoing",
            "municipalities": ["2463", "2425"],
            "start_date": "2026-01-10",
            "end_date": "2026-12-31",
            "responsible": "Örjan Åkesson",
            "diarienummer": "101-1234-2026",
        },
    )
    ids["broadband"] = _create(
        register,
        ini,
        {
            "title": BROADBAND_TITLE,
            "focus_area": "brobyggare",
            "status": "planned",
            "responsible": "Anna Lind",
        },
    )
    ids["old"] = _create(
        register,
        ini,
        {
            "title": OLD_TITLE,
            "focus_area": "brobyggare",
            "status": "completed",
            "municipalities": ["2418", "2417"],
            "start_date": "2025-01-01",
            "end_date": "2025-06-30",
            "responsible": "Per Öberg",
        },
    )
    ids["other"] = _create(
        register,
        ini,
        {
            "title": OTHER_AREA_TITLE,
            "focus_area": "katalysator",
            "status": "ongoing",
            "municipalities": ["2481"],
            "responsible": "Lena Berglund",
        },
    )
    ids["visit"] = _create(
        register,
        note,
        {
            "date": "2026-03-14",
            "municipality": "2463",
            "place": "Folkets hus",
            "kind": "visit",
            "women": 5,
            "men": 3,
            "girls": 1,
            "boys": 2,
            "focus_areas": ["brobyggare"],
            "initiatives": [ids["asele"]],
            "summary": "Samtal om lanthandelns framtid & servicepunktens öppettider.",
        },
    )
    ids["secret"] = _create(
        register,
        note,
        {
            "date": "2026-04-02",
            "municipality": "2418",
            "place": SECRET_PLACE,
            "kind": "meeting",
            "women": 1,
            "men": 1,
            "focus_areas": ["brobyggare"],
            "summary": SECRET_SUMMARY,
            "personal_data": True,
        },
    )
    ids["linked"] = _create(
        register,
        note,
        {
            "date": "2026-05-05",
            "municipality": "2425",
            "place": "Kommunhuset",
            "kind": "visit",
            "women": 2,
            "men": 2,
            "focus_areas": ["katalysator"],
            "initiatives": [ids["asele"]],
            "summary": LINKED_ONLY_SUMMARY,
        },
    )
    ids["old_note"] = _create(
        register,
        note,
        {
            "date": "2025-03-01",
            "municipality": "2418",
            "kind": "visit",
            "focus_areas": ["brobyggare"],
            "initiatives": [ids["old"]],
            "summary": "Gammalt besök om busslinjen.",
        },
    )
    ids["other_note"] = _create(
        register,
        note,
        {
            "date": "2026-06-01",
            "municipality": "2481",
            "kind": "meeting",
            "focus_areas": ["katalysator"],
            "initiatives": [ids["other"]],
            "summary": "Företagarfrukost i Lycksele.",
        },
    )
    ids["f_overdue"] = _create(
        register,
        fup,
        {
            "description": OVERDUE_FOLLOWUP,
            "owner": "Anna Lind",
            "due_date": "2026-04-01",
            "note": ids["visit"],
            "initiative": ids["asele"],
        },
    )
    ids["f_later"] = _create(
        register,
        fup,
        {
            "description": "Boka uppföljningsmöte i Vindeln",
            "owner": "Anna Lind",
            "due_date": "2027-01-15",
            "initiative": ids["broadband"],
        },
    )
    ids["f_secret"] = _create(
        register,
        fup,
        {
            "description": SECRET_FOLLOWUP,
            "owner": "Per Öberg",
            "due_date": "2026-07-01",
            "note": ids["secret"],
        },
    )
    ids["f_done"] = _create(
        register,
        fup,
        {
            "description": "Klar uppgift som inte ska synas",
            "status": "done",
            "initiative": ids["asele"],
        },
    )
    ids["f_other"] = _create(
        register,
        fup,
        {
            "description": "Bjud in till företagarfrukost",
            "initiative": ids["other"],
        },
    )
    return Sample(db, register, ids)
