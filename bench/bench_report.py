"""Benchmark of the briefing PDF (issue 6). Figures are ratios against a baseline measured in
the same run.

The briefing for the largest focus area of the large sample register (20,000 initiatives,
100,000 notes) is timed end to end (gathering from the register, layout, charts, page
numbers) against reportlab laying out the same tables without charts: the same rows in
Paragraph cells, the same fonts, a plain SimpleDocTemplate. Target: ratio <= 3.
"""

from __future__ import annotations

import io
import sys
import time
from datetime import UTC, datetime
from datetime import time as clock_time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import TODAY, median_seconds, report, sample_register
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from helavb_desktop.db.setup import open_database
from helavb_desktop.domain.briefing import BriefingData, BriefingSelection
from helavb_desktop.domain.enums import FocusArea, FollowUpStatus, InitiativeStatus
from helavb_desktop.domain.models import RecordType
from helavb_desktop.domain.queries import ListQuery
from helavb_desktop.reports.briefing import render_briefing
from helavb_desktop.reports.fonts import REGULAR, register_fonts
from helavb_desktop.services.briefing import BriefingService
from helavb_desktop.services.register import RegisterService

REPEAT = 2


def baseline_layout(data: BriefingData) -> bytes:
    """reportlab alone: the briefing's tables (initiatives by status, notes, follow-ups)."""
    register_fonts()
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=10.8)
    names = {m.code: m.name for m in data.municipalities}
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#C9D1D9"),
        ]
    )
    story: list[object] = []
    for status in InitiativeStatus:
        rows = [
            [
                Paragraph(i.title, cell),
                Paragraph(", ".join(names.get(c, c) for c in i.municipalities), cell),
                Paragraph(f"{i.start_date} – {i.end_date}", cell),
                Paragraph(i.responsible, cell),
            ]
            for i in data.initiatives
            if i.status is status
        ]
        header = [Paragraph(h, cell) for h in ("Insats", "Kommuner", "Period", "Ansvarig")]
        table = Table([header, *rows], colWidths=[68 * mm, 46 * mm, 24 * mm, 32 * mm], repeatRows=1)
        table.setStyle(style)
        story.append(table)
    for note in sorted(data.notes, key=lambda n: n.date, reverse=True)[:10]:
        story.append(Paragraph(f"{note.date} {note.place}", cell))
        story.append(Paragraph(note.summary, cell))
    rows = [
        [
            Paragraph(f.description, cell),
            Paragraph(f.owner, cell),
            Paragraph(str(f.due_date), cell),
            Paragraph(f.status.label, cell),
        ]
        for f in data.followups
        if f.status is FollowUpStatus.OPEN
    ]
    header = [Paragraph(h, cell) for h in ("Uppföljning", "Ansvarig", "Senast", "Status")]
    table = Table([header, *rows], colWidths=[92 * mm, 32 * mm, 22 * mm, 24 * mm], repeatRows=1)
    table.setStyle(style)
    story.append(table)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)  # type: ignore[arg-type]
    return out.getvalue()


def main() -> None:
    folder = sample_register("large")
    db = open_database(folder / "register.sqlite", durable=False)
    register = RegisterService(db.sessions, actor="bench")
    counts = {
        area: register.count(RecordType.INITIATIVE, ListQuery(focus_area=area.value))
        for area in FocusArea
    }
    largest = max(counts, key=lambda a: counts[a])
    made = datetime.combine(TODAY, clock_time(12, 0), tzinfo=UTC)
    service = BriefingService(db.sessions, register_path=db.path, clock=lambda: made)
    selection = BriefingSelection(largest)

    start = time.perf_counter()
    data = service.gather(selection)
    gather = time.perf_counter() - start
    pdf = render_briefing(data)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    print(
        f"briefing for {largest.value}: {len(data.initiatives)} initiatives, "
        f"{len(data.notes)} notes, {len(data.followups)} follow-ups; "
        f"{pages} pages, {len(pdf) / 1e6:.1f} MB; gathering took {gather * 1000:.0f} ms"
    )
    baseline = median_seconds(lambda: baseline_layout(data), REPEAT)
    full = median_seconds(lambda: service.render(selection), REPEAT)
    layout_only = median_seconds(lambda: render_briefing(data), REPEAT)
    report("briefing end to end (gather, layout, charts, Sida X av Y)", full, baseline, "<= 3")
    report("briefing layout alone (data already gathered)", layout_only, baseline, "info")
    db.engine.dispose()


if __name__ == "__main__":
    main()
