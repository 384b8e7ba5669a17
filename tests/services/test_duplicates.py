from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from helavb_desktop.cli import main
from helavb_desktop.db.setup import OpenDatabase
from helavb_desktop.domain.enums import FocusArea
from helavb_desktop.domain.matching import place_names, title_key
from helavb_desktop.domain.models import Initiative, RecordType
from helavb_desktop.domain.reference import load_municipalities
from helavb_desktop.domain.validation import new_id
from helavb_desktop.services.duplicates import (
    DuplicateService,
    initiative_pairs,
    naive_initiative_pairs,
)
from helavb_desktop.services.register import RegisterService

MUNIS = load_municipalities()
PLACES = place_names(m.name for m in MUNIS)


def test_title_key_understands_swedish() -> None:
    assert title_key("Storumans kommun", PLACES) == title_key("Storuman", PLACES)
    assert title_key("Byskolan i Åsele", PLACES) == title_key("åsele BYSKOLAN", PLACES)
    assert title_key("Asele byskolan", PLACES) == title_key("Åsele byskolan", PLACES)
    assert title_key("Framtidsverkstad i Tärnaby") != title_key("Framtidsverkstad i Hemavan")


def _ini(
    title: str,
    code: str | None = "2421",
    start: date | None = date(2026, 3, 1),
    area: FocusArea = FocusArea.BROBYGGARE,
) -> Initiative:
    return Initiative(
        id=new_id(),
        title=title,
        focus_area=area,
        municipalities=(code,) if code else (),
        start_date=start,
    )


def test_the_same_initiative_typed_twice_is_found_and_explained() -> None:
    records = [
        _ini("Bredbandsutbyggnad i Storumans kommun"),
        _ini("Storuman: bredbandsutbyggnad", start=date(2026, 3, 4)),
        _ini("Bredbandsutbyggnad i Dorotea", code="2425"),  # another place: not a twin
        _ini("Laddinfrastruktur längs vägarna i Storuman"),
        _ini("Bredbandsutbyggnad i Storuman", start=date(2024, 1, 1)),  # years apart
    ]
    found = initiative_pairs(records, MUNIS)
    pairs = {frozenset((c.first, c.second)) for c in found}
    assert frozenset((records[0].id, records[1].id)) in pairs
    assert all(records[2].id not in p and records[3].id not in p for p in pairs)
    assert frozenset((records[0].id, records[4].id)) not in pairs
    best = found[0]
    assert best.score >= 0.9
    assert "samma kommun: Storuman" in best.reasons
    assert any("dagar isär" in r for r in best.reasons)


def test_blocking_finds_what_all_pairs_finds(db: OpenDatabase, register: RegisterService) -> None:
    from helavb_desktop.services.demo import load_demo

    load_demo(db.sessions, size="small", seed=4, today=date(2026, 11, 28))
    records = [r for r in register.list(RecordType.INITIATIVE) if isinstance(r, Initiative)]
    fast = {(c.first, c.second) for c in initiative_pairs(records, MUNIS)}
    slow = {(c.first, c.second) for c in naive_initiative_pairs(records, MUNIS)}
    assert slow, "the sample should hold some re-entered initiatives"
    assert fast == slow


def test_warning_before_saving_a_new_initiative(
    register: RegisterService, db: OpenDatabase
) -> None:
    existing = register.create(
        RecordType.INITIATIVE,
        {
            "title": "Framtidsverkstad om boende i Tärnaby",
            "focus_area": "framtidsverkstader",
            "municipalities": ["2421"],
        },
    )
    service = DuplicateService(db.sessions)
    hits = service.similar_initiatives("tärnaby framtidsverkstad boende")
    assert [h[0].id for h in hits] == [existing.id]
    assert service.similar_initiatives("Laddstolpar i Malå") == []
    # The cache notices new records.
    twin = register.create(
        RecordType.INITIATIVE, {"title": "Laddstolpar i Malå", "focus_area": "katalysator"}
    )
    assert [h[0].id for h in service.similar_initiatives("Laddstolpar Malå")] == [twin.id]
    assert service.similar_initiatives("Laddstolpar Malå", exclude_id=twin.id) == []


def test_duplicate_visits(register: RegisterService, db: OpenDatabase) -> None:
    base = {
        "municipality": "2463",
        "place": "Fredrika",
        "kind": "visit",
        "author": "Åsa",
        "summary": "Träffade byalaget i Fredrika om skolans framtid och bredbandet.",
    }
    a = register.create(RecordType.NOTE, {**base, "date": "2026-10-01"})
    b = register.create(
        RecordType.NOTE, {**base, "date": "2026-10-02", "summary": base["summary"].upper()}
    )
    register.create(RecordType.NOTE, {**base, "date": "2026-10-20"})  # weeks later
    found = DuplicateService(db.sessions).candidates(RecordType.NOTE)
    assert [{c.first, c.second} for c in found] == [{a.id, b.id}]


def test_cli_lists_candidates(
    data_dir: object, register: RegisterService, capsys: pytest.CaptureFixture[str]
) -> None:
    start = date(2026, 2, 1)
    for title, delta in (("Servicepunkt i Gunnarn", 0), ("Gunnarn servicepunkt", 3)):
        register.create(
            RecordType.INITIATIVE,
            {
                "title": title,
                "focus_area": "landsbygdsmyndigheten",
                "municipalities": ["2421"],
                "start_date": (start + timedelta(days=delta)).isoformat(),
            },
        )
    assert main(["duplicates", "list", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out) == 1 and out[0]["kind"] == "initiative" and out[0]["score"] >= 0.9
    assert main(["duplicates", "list"]) == 0
    assert "Gunnarn" in capsys.readouterr().out
