"""Briefing PDFs read back: content for the selection, Swedish text, fonts, personal data."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from briefing_sample import (
    ASELE_TITLE,
    BROADBAND_TITLE,
    LINKED_ONLY_SUMMARY,
    OLD_TITLE,
    OTHER_AREA_TITLE,
    OVERDUE_FOLLOWUP,
    SECRET_FOLLOWUP,
    SECRET_PLACE,
    SECRET_SUMMARY,
    Sample,
)
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from helavb_desktop.db.outbox import set_state
from helavb_desktop.domain.briefing import BriefingSelection
from helavb_desktop.domain.enums import FocusArea
from helavb_desktop.domain.errors import ValidationError
from helavb_desktop.domain.models import RecordType
from helavb_desktop.services.briefing import write_atomically

BROBYGGARE = BriefingSelection(FocusArea.BROBYGGARE)
BASE14 = {
    "Courier",
    "Helvetica",
    "Times-Roman",
    "Symbol",
    "ZapfDingbats",
    "Times-Bold",
    "Helvetica-Bold",
    "Courier-Bold",
    "Helvetica-Oblique",
    "Times-Italic",
}


def _write(sample: Sample, tmp_path: Path, selection: BriefingSelection, name: str) -> Path:
    return sample.service().write(selection, tmp_path / name)


def _flat(text: str) -> str:
    """Text with line breaks folded, so wrapped cells still match."""
    return " ".join(text.split())


def _key_figures(layout: str) -> dict[str, int]:
    """Key figure tiles from ``pdftotext -layout``: each label sits under its number."""
    lines = layout.splitlines()
    figures: dict[str, int] = {}
    for row, line in enumerate(lines):
        for match in re.finditer(r"\S+(?: \S+)*", line):
            above = next((ln for ln in reversed(lines[:row]) if ln.strip()), "")
            number = re.match(r"\d+", above[match.start() :])
            if number and not re.fullmatch(r"[\d ]+", line.strip()):
                figures[match.group()] = int(number.group())
    return figures


def test_gather_picks_the_focus_areas_records(sample: Sample) -> None:
    data = sample.service().gather(BROBYGGARE)
    ids = sample.ids
    assert {i.id for i in data.initiatives} == {ids["asele"], ids["broadband"], ids["old"]}
    # By focus area, or only by linking one of the area's initiatives.
    assert {n.id for n in data.notes} == {
        ids["visit"],
        ids["secret"],
        ids["linked"],
        ids["old_note"],
    }
    assert {f.id for f in data.followups} == {
        ids["f_overdue"],
        ids["f_later"],
        ids["f_secret"],
        ids["f_done"],
    }
    assert data.last_sync_at is None and data.withheld_notes == 0


def test_period_and_municipality_filters(sample: Sample) -> None:
    ids = sample.ids
    in_2026 = BriefingSelection(
        FocusArea.BROBYGGARE, date_from=date(2026, 1, 1), date_to=date(2026, 12, 31)
    )
    data = sample.service().gather(in_2026)
    # The open-ended county-wide initiative overlaps every period; the 2025 one does not.
    assert {i.id for i in data.initiatives} == {ids["asele"], ids["broadband"]}
    assert ids["old_note"] not in {n.id for n in data.notes}

    dorotea = BriefingSelection(FocusArea.BROBYGGARE, municipality="2425")
    data = sample.service().gather(dorotea)
    assert {i.id for i in data.initiatives} == {ids["asele"]}
    assert {n.id for n in data.notes} == {ids["linked"]}

    with pytest.raises(ValidationError):
        sample.service().gather(BriefingSelection(FocusArea.BROBYGGARE, municipality="9999"))
    with pytest.raises(ValidationError):
        BriefingSelection(FocusArea.BROBYGGARE, date(2026, 2, 1), date(2026, 1, 1))


def test_briefing_shows_the_selection(
    sample: Sample,
    tmp_path: Path,
    pdf_text: Callable[[Path], str],
    pdf_layout: Callable[[Path], str],
) -> None:
    path = _write(sample, tmp_path, BROBYGGARE, "brobyggare.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    text = pdf_text(path)
    flat = _flat(text)
    pages = len(PdfReader(path).pages)
    for expected in (
        "Hela Västerbotten",
        "Länsstyrelsen – en brobyggare",
        "aldrig synkroniserad",
        "Hela registret (ingen tidsgräns)",
        ASELE_TITLE,
        BROADBAND_TITLE,
        OLD_TITLE,
        "Dorotea, Åsele",  # municipality names, Swedish order
        "Hela länet",
        "Örjan Åkesson",
        "2026-01-10",
        LINKED_ONLY_SUMMARY,
        OVERDUE_FOLLOWUP,
        "Försenad",
        "Pågående insatser (1)",
        "Planerade insatser (1)",
        "Genomförda insatser (1)",
        f"Sida 1 av {pages}",
        f"Sida {pages} av {pages}",
        "Källa: HelaVB lokalt register (register.sqlite)",
        "Framställd 2026-06-15",
    ):
        assert expected in flat, expected
    for absent in (OTHER_AREA_TITLE, "Företagarfrukost", "Klar uppgift som inte ska synas"):
        assert absent not in flat
    # Key figures: 3 initiatives, 4 notes; participants 8 kvinnor, 6 män, 3 barn.
    figures = _key_figures(pdf_layout(path))
    assert figures["insatser totalt"] == 3
    assert figures["pågående"] == figures["planerade"] == figures["genomförda"] == 1
    assert figures["avbrutna"] == 0
    assert figures["dialoganteckningar"] == 4
    assert figures["deltagare: kvinnor"] == 8
    assert figures["deltagare: män"] == 6
    assert figures["deltagare: barn"] == 3
    assert figures["öppna uppföljningar"] == 3
    assert figures["varav försenade"] == 1


def test_swedish_characters_survive_both_readers(
    sample: Sample, tmp_path: Path, pypdf_pages: Callable[[Path], list[str]]
) -> None:
    path = _write(sample, tmp_path, BROBYGGARE, "b.pdf")
    text = _flat(" ".join(pypdf_pages(path)))
    assert ASELE_TITLE in text  # å and the en dash
    assert "Länsstyrelsen – en brobyggare" in text
    assert "Örjan Åkesson" in text
    assert "ÅÅÅÅ-MM-DD" in text


def _fonts(reader: PdfReader) -> list[dict[str, Any]]:
    fonts: list[dict[str, Any]] = []

    def walk(resources: Any) -> None:
        if isinstance(resources, IndirectObject):
            resources = resources.get_object()
        if not resources:
            return
        for font in (resources.get("/Font") or {}).values():
            fonts.append(font.get_object())
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if "/Resources" in xobject:
                walk(xobject["/Resources"])

    for page in reader.pages:
        walk(page.get("/Resources"))
    return fonts


def test_every_font_is_embedded(sample: Sample, tmp_path: Path) -> None:
    for selection, name in (
        (BROBYGGARE, "full.pdf"),
        (BriefingSelection(FocusArea.FRAMTIDSVERKSTADER), "empty.pdf"),
    ):
        fonts = _fonts(PdfReader(_write(sample, tmp_path, selection, name)))
        assert fonts
        for font in fonts:
            base = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            assert base not in BASE14, f"{name}: unembedded base-14 font {base}"
            assert base.startswith("DejaVuSans")
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{name}: {base} is not embedded"


def test_no_personal_data_leaves_flagged_notes_out(
    sample: Sample, tmp_path: Path, pdf_text: Callable[[Path], str]
) -> None:
    with_data = _flat(pdf_text(_write(sample, tmp_path, BROBYGGARE, "with.pdf")))
    assert SECRET_SUMMARY in with_data and SECRET_PLACE in with_data  # the control
    assert "[innehåller personuppgifter]" in with_data

    selection = BriefingSelection(FocusArea.BROBYGGARE, no_personal_data=True)
    data = sample.service().gather(selection)
    assert all(not n.personal_data for n in data.notes)
    assert data.withheld_notes == 1
    path = _write(sample, tmp_path, selection, "without.pdf")
    text = _flat(pdf_text(path))
    raw = path.read_bytes()
    for secret in (SECRET_SUMMARY, SECRET_PLACE, SECRET_FOLLOWUP, "Kjell", "Adak"):
        assert secret not in text
        assert secret.encode() not in raw
    assert "Utelämnade" in text and "(1 anteckning)" in text
    assert len(data.notes) == 3


def test_empty_selection_says_there_is_nothing(
    sample: Sample, tmp_path: Path, pdf_text: Callable[[Path], str]
) -> None:
    selection = BriefingSelection(
        FocusArea.FRAMTIDSVERKSTADER, date_from=date(2026, 1, 1), date_to=date(2026, 1, 31)
    )
    path = _write(sample, tmp_path, selection, "empty.pdf")
    text = _flat(pdf_text(path))
    assert "Inget att redovisa" in text
    assert "inget i den här perioden" in text
    assert "2026-01-01 – 2026-01-31" in text
    assert "Sida 1 av 1" in text


def test_last_sync_time_is_shown(
    sample: Sample, tmp_path: Path, pdf_text: Callable[[Path], str]
) -> None:
    with sample.db.sessions.begin() as session:
        set_state(session, "last_sync_at", "2026-06-14T08:05:00")
    data = sample.service().gather(BROBYGGARE)
    assert data.last_sync_at is not None
    local = data.last_sync_at.astimezone().strftime("%Y-%m-%d %H:%M")
    text = _flat(pdf_text(_write(sample, tmp_path, BROBYGGARE, "synced.pdf")))
    assert f"Senaste synkronisering {local}" in text
    assert "aldrig synkroniserad" not in text


def test_long_tables_break_with_repeated_headers_and_no_overflow(
    sample: Sample, tmp_path: Path, pdf_text: Callable[[Path], str]
) -> None:
    long_title = "Långsiktig samverkan för hållbara jobb och service på landsbygden " * 4
    for n in range(60):
        sample.register.create(
            RecordType.INITIATIVE,
            {
                "title": f"{long_title.strip()} nr {n:02d}",
                "focus_area": "brobyggare",
                "status": "ongoing",
                "municipalities": ["2401", "2403", "2404", "2409", "2417", "2418", "2421"],
                "responsible": "Ann-Charlotte Östlund-Wikström",
            },
        )
    path = _write(sample, tmp_path, BROBYGGARE, "long.pdf")
    pages = pdf_text(path).split("\f")
    continued = [p for p in pages if "nr 30" in p or "nr 59" in p]
    assert continued
    for page in continued:
        assert "Pågående insatser" in page and "Kommuner" in page and "Ansvarig" in page
    # No word may run past the right margin (A4 595 pt wide, 20 mm margin ≈ 57 pt).
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox)]
    assert right_edges and max(right_edges) <= 595.28 - 56


def test_failed_write_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.mkdir()  # os.replace cannot put a file over a directory
    with pytest.raises(OSError):
        write_atomically(target, b"%PDF-1.4 ...")
    assert list(tmp_path.iterdir()) == [target]
    assert list(target.iterdir()) == []

    good = tmp_path / "ok.pdf"
    write_atomically(good, b"%PDF-1.4 whole")
    assert good.read_bytes() == b"%PDF-1.4 whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.pdf", "report.pdf"]
