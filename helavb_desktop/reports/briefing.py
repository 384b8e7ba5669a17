"""The briefing PDF for one focus area: a printed lägesbild for meetings and leadership.

``render_briefing(data)`` returns the PDF as bytes. It trusts ``data`` to be filtered already
(period, municipality, personal data) and only arranges it:

1. title page: focus area, period, municipality, when made, when last synchronised;
2. key figures and charts (initiatives by status, visits per municipality with the
   SOU 2017:1 priority municipalities highlighted);
3. initiatives grouped by status;
4. the most recent dialogue notes;
5. open and overdue follow-ups.

An empty selection gives a one-page briefing that says so.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from helavb_desktop.domain.briefing import BriefingData
from helavb_desktop.domain.collation import swedish_sort_key
from helavb_desktop.domain.enums import FollowUpStatus, InitiativeStatus, NoteKind
from helavb_desktop.domain.models import DialogueNote, FollowUp, Initiative, Municipality
from helavb_desktop.reports import charts
from helavb_desktop.reports.fonts import register_fonts
from helavb_desktop.reports.layout import (
    ACCENT,
    CELL_FONT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    NAVY,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    STATUS_COLOURS,
    ZEBRA,
    Styles,
    canvas_maker,
    data_table,
    footer_decorator,
    make_styles,
    text,
)

# Order of the status sections: what is going on now first.
STATUS_ORDER = (
    InitiativeStatus.ONGOING,
    InitiativeStatus.PLANNED,
    InitiativeStatus.COMPLETED,
    InitiativeStatus.CANCELLED,
)
STATUS_HEADINGS = {
    InitiativeStatus.ONGOING: "Pågående insatser",
    InitiativeStatus.PLANNED: "Planerade insatser",
    InitiativeStatus.COMPLETED: "Genomförda insatser",
    InitiativeStatus.CANCELLED: "Avbrutna insatser",
}
STATUS_PLURAL = {
    InitiativeStatus.ONGOING: "pågående",
    InitiativeStatus.PLANNED: "planerade",
    InitiativeStatus.COMPLETED: "genomförda",
    InitiativeStatus.CANCELLED: "avbrutna",
}
# In-person contacts in the municipality count as visits (a framtidsverkstad is held on site).
VISIT_KINDS = frozenset({NoteKind.VISIT, NoteKind.WORKSHOP})
HIGHLIGHTS = 10
# Room a table heading needs below it (header row and two or three rows) to start on a page.
TABLE_START = 40 * mm
SUMMARY_CHARS = 420
NEVER_SYNCED = "aldrig synkroniserad"


# -- formatting ----------------------------------------------------------------------------


def fmt_date(value: date | None) -> str:
    return value.isoformat() if value else "–"


def fmt_time(value: datetime) -> str:
    """Local time, minutes: what a person compares with the clock on the wall."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def fmt_period(start: date | None, end: date | None) -> str:
    if start and end:
        return f"{start.isoformat()} – {end.isoformat()}"
    if start:
        return f"från och med {start.isoformat()}"
    if end:
        return f"till och med {end.isoformat()}"
    return "hela registret (ingen tidsgräns)"


def fmt_number(value: int) -> str:
    """Swedish digit grouping from five digits on (11 828), with a no-break space."""
    return f"{value:,}".replace(",", "\u00a0") if abs(value) >= 10_000 else str(value)


def _capitalised(value: str) -> str:
    return value[:1].upper() + value[1:]


def _shorten(value: str, limit: int) -> str:
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0].rstrip(",.;:") + " …"


def _count(n: int, one: str, many: str) -> str:
    return f"{fmt_number(n)} {one if n == 1 else many}"


class _Context:
    """Lookups shared by the sections."""

    def __init__(self, data: BriefingData) -> None:
        self.data = data
        self.styles: Styles = make_styles()
        self.by_code: dict[str, Municipality] = {m.code: m for m in data.municipalities}
        self.initiative_titles = {i.id: i.title for i in data.initiatives}
        self.today = data.today

    def municipality_name(self, code: str) -> str:
        found = self.by_code.get(code)
        return found.name if found else code

    def municipality_names(self, codes: Iterable[str]) -> str:
        names = sorted((self.municipality_name(c) for c in codes), key=swedish_sort_key)
        return ", ".join(names) if names else "Hela länet"

    @property
    def scope(self) -> str:
        """The selection in words, for the empty-briefing message."""
        sel = self.data.selection
        where = f" i {self.municipality_name(sel.municipality)}" if sel.municipality else ""
        return f"{sel.focus_area.label}{where}, period {fmt_period(sel.date_from, sel.date_to)}"


# -- sections ------------------------------------------------------------------------------


def _title_page(ctx: _Context) -> list[Flowable]:
    s, data, sel = ctx.styles, ctx.data, ctx.data.selection
    municipality = (
        f"{ctx.municipality_name(sel.municipality)} ({sel.municipality})"
        if sel.municipality
        else "Alla kommuner i Västerbottens län"
    )
    sync = fmt_time(data.last_sync_at) if data.last_sync_at else NEVER_SYNCED
    if sel.no_personal_data:
        personal = (
            "Utelämnade: dialoganteckningar markerade med personuppgifter ingår inte "
            f"({_count(data.withheld_notes, 'anteckning', 'anteckningar')})."
        )
    else:
        personal = "Ingår: anteckningar markerade med personuppgifter visas och är märkta."
    meta = [
        ("Period", _capitalised(fmt_period(sel.date_from, sel.date_to))),
        ("Kommun", municipality),
        ("Framställd", fmt_time(data.generated_at)),
        ("Senaste synkronisering", sync),
        ("Personuppgifter", personal),
        ("Källa", data.source),
    ]
    rows = [[Paragraph(escape(k), s.meta_label), Paragraph(text(v), s.meta_value)] for k, v in meta]
    meta_table = Table(rows, colWidths=[48 * mm, FRAME_WIDTH - 48 * mm])
    meta_table.setStyle(
        TableStyle(
            [
                *CELL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, NAVY),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story: list[Flowable] = [
        Paragraph("LÄNSSTYRELSEN VÄSTERBOTTEN · LÄGESBILD", s.kicker),
        Spacer(1, 38 * mm),
        Paragraph("Hela Västerbotten", s.title),
        Spacer(1, 5 * mm),
        Paragraph("Insatsområde", s.kicker),
        Paragraph(escape(sel.focus_area.label), s.subtitle),
        Spacer(1, 16 * mm),
        meta_table,
        Spacer(1, 10 * mm),
    ]
    if not data.is_empty:
        story.append(Paragraph("I korthet", s.h2))
        story.append(Paragraph(_summary(ctx), s.lead))
        story.append(Spacer(1, 6 * mm))
    if data.is_empty:
        story.append(
            Paragraph(
                "<b>Inget att redovisa.</b> Det finns inga insatser, dialoganteckningar eller "
                f"uppföljningar för {text(ctx.scope)}. Det finns alltså inget i den här "
                "perioden att sammanfatta.",
                s.notice,
            )
        )
    notes = [
        "Underlaget bygger på HelaVB-registret på den dator där det framställdes. Ändringar "
        "som gjorts på andra datorer efter den senaste synkroniseringen ingår inte."
    ]
    if sel.date_from or sel.date_to:
        notes.append(
            "Insatser ingår när deras egen period överlappar den valda perioden (insatser utan "
            "slutdatum räknas som pågående); dialoganteckningar när de är daterade i perioden."
        )
    if sel.municipality:
        notes.append(
            "Med kommunurval ingår insatser som anger kommunen; insatser för hela länet ingår "
            "inte. Dialoganteckningar ingår när mötet hölls i kommunen."
        )
    notes.append("Datum skrivs ÅÅÅÅ-MM-DD.")
    story.append(Paragraph(escape(" ".join(notes)), s.small))
    return story


def _summary(ctx: _Context) -> str:
    """One paragraph of the figures a reader wants before the meeting starts."""
    data = ctx.data
    by_status = Counter(i.status for i in data.initiatives)
    open_items = [f for f in data.followups if f.status is FollowUpStatus.OPEN]
    overdue = sum(1 for f in open_items if f.is_overdue(ctx.today))
    visits = sum(1 for n in data.notes if n.kind in VISIT_KINDS)
    initiatives = _count(len(data.initiatives), "insats", "insatser")
    notes = _count(len(data.notes), "dialoganteckning", "dialoganteckningar")
    return (
        f"{initiatives} i urvalet, varav {fmt_number(by_status[InitiativeStatus.ONGOING])} "
        f"pågående och {fmt_number(by_status[InitiativeStatus.PLANNED])} planerade. "
        f"{notes}, varav {fmt_number(visits)} besök. "
        f"{_count(len(open_items), 'öppen uppföljning', 'öppna uppföljningar')}"
        + (f", varav <b>{_count(overdue, 'försenad', 'försenade')}</b>." if overdue else ".")
    )


def _tile(ctx: _Context, value: int | str, label: str, *, alert: bool = False) -> list[Flowable]:
    return [
        Paragraph(
            escape(fmt_number(value) if isinstance(value, int) else value),
            ctx.styles.figure_alert if alert else ctx.styles.figure,
        ),
        Paragraph(escape(label), ctx.styles.figure_label),
    ]


def _key_figures(ctx: _Context) -> list[Flowable]:
    data = ctx.data
    by_status = Counter(i.status for i in data.initiatives)
    notes = data.notes
    visits = [n for n in notes if n.kind in VISIT_KINDS]
    priority = {m.code for m in data.municipalities if m.priority}
    followups = [f for f in data.followups if f.status is FollowUpStatus.OPEN]
    overdue = sum(1 for f in followups if f.is_overdue(ctx.today))
    women = sum(n.women for n in notes)
    men = sum(n.men for n in notes)
    children = sum(n.children for n in notes)
    grid = [
        [
            _tile(ctx, len(data.initiatives), "insatser totalt"),
            *(_tile(ctx, by_status[st], STATUS_PLURAL[st]) for st in STATUS_ORDER),
        ],
        [
            _tile(ctx, len(notes), "dialoganteckningar"),
            _tile(ctx, len(visits), "besök (inkl. framtidsverkstäder)"),
            _tile(ctx, women, "deltagare: kvinnor"),
            _tile(ctx, men, "deltagare: män"),
            _tile(ctx, children, "deltagare: barn"),
        ],
        [
            _tile(ctx, len(followups), "öppna uppföljningar"),
            _tile(ctx, overdue, "varav försenade", alert=overdue > 0),
            _tile(ctx, len({n.municipality for n in visits}), "kommuner med besök"),
            _tile(
                ctx,
                sum(1 for n in visits if n.municipality in priority),
                "besök i prioriterade kommuner (SOU 2017:1)",
            ),
            _tile(ctx, women + men + children, "deltagare totalt"),
        ],
    ]
    width = FRAME_WIDTH / 5
    table = Table(grid, colWidths=[width] * 5)
    table.setStyle(
        TableStyle(
            [
                *CELL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                ("LINEABOVE", (0, 0), (-1, -1), 1.5, colors.white),
                ("LINEBEFORE", (1, 0), (-1, -1), 1.5, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return [Paragraph("Nyckeltal", ctx.styles.h1), table]


def _charts(ctx: _Context) -> list[Flowable]:
    s, data = ctx.styles, ctx.data
    by_status = Counter(i.status for i in data.initiatives)
    story: list[Flowable] = [
        Paragraph("Insatser per status", s.h2),
        charts.status_chart(
            [st.label for st in STATUS_ORDER],
            [by_status[st] for st in STATUS_ORDER],
            [STATUS_COLOURS[st.value] for st in STATUS_ORDER],
            FRAME_WIDTH,
        ),
    ]
    if data.selection.municipality:
        # One municipality: a chart of fifteen bars with one non-zero says less than a line.
        town = ctx.by_code.get(data.selection.municipality)
        count = sum(1 for n in data.notes if n.kind in VISIT_KINDS)
        name = ctx.municipality_name(data.selection.municipality)
        line = f"Besök i {name} under perioden: {count}."
        if town is not None and town.priority:
            line += " Kommunen är prioriterad enligt SOU 2017:1."
        story += [Paragraph("Besök", s.h2), Paragraph(escape(line), s.body)]
        return story
    visits = Counter(n.municipality for n in data.notes if n.kind in VISIT_KINDS)
    towns = sorted(data.municipalities, key=lambda m: swedish_sort_key(m.name))
    priority = [m for m in towns if m.priority]
    chart = charts.municipality_chart(
        [m.name for m in towns],
        [visits[m.code] for m in towns],
        [m.priority for m in towns],
        FRAME_WIDTH,
    )
    caption = (
        "Besök och framtidsverkstäder per kommun under perioden. Markerade staplar: de "
        f"{len(priority)} kommuner som prioriteras enligt SOU 2017:1 "
        f"({', '.join(m.name for m in priority)}). Källa för prioriteringen: HelaVB:s "
        "referensdata över länets kommuner."
    )
    story += [
        KeepTogether(
            [Paragraph("Besök per kommun", s.h2), chart, Paragraph(escape(caption), s.small)]
        )
    ]
    return story


def _initiative_rows(ctx: _Context, items: Sequence[Initiative]) -> list[list[Flowable]]:
    s = ctx.styles
    rows: list[list[Flowable]] = []
    for ini in sorted(items, key=lambda i: swedish_sort_key(i.title)):
        title = f"<b>{text(ini.title)}</b>"
        if ini.diarienummer:
            title += f"<br/><font size=7.5 color='#5B6770'>Dnr {text(ini.diarienummer)}</font>"
        if ini.start_date and ini.end_date:
            period = f"{fmt_date(ini.start_date)} –<br/>{fmt_date(ini.end_date)}"
        elif ini.start_date:
            period = f"från<br/>{fmt_date(ini.start_date)}"
        elif ini.end_date:
            period = f"till<br/>{fmt_date(ini.end_date)}"
        else:
            period = "–"
        rows.append(
            [
                Paragraph(title, s.cell),
                Paragraph(escape(ctx.municipality_names(ini.municipalities)), s.cell),
                Paragraph(period, s.cell),
                Paragraph(text(ini.responsible or "–"), s.cell),
            ]
        )
    return rows


INITIATIVE_HEADER = ["Insats", "Kommuner", "Period", "Ansvarig"]
INITIATIVE_WIDTHS = [68 * mm, 46 * mm, 24 * mm, FRAME_WIDTH - 138 * mm]


def _initiatives(ctx: _Context) -> list[Flowable]:
    s = ctx.styles
    story: list[Flowable] = [Paragraph("Insatser", s.h1)]
    if not ctx.data.initiatives:
        story.append(Paragraph("Inga insatser inom urvalet.", s.body))
        return story
    groups: dict[InitiativeStatus, list[Initiative]] = {st: [] for st in STATUS_ORDER}
    for ini in ctx.data.initiatives:
        groups[ini.status].append(ini)
    for status in STATUS_ORDER:
        items = groups[status]
        if not items:
            continue
        # A new page only when the heading and a few rows would not fit; a heading glued to
        # the whole table (keepWithNext) would push it all over and leave half a page blank.
        story.append(CondPageBreak(TABLE_START))
        story.append(Paragraph(f"{STATUS_HEADINGS[status]} ({len(items)})", s.h2_table))
        # The status names the first column, so a page that continues the table says which.
        header = [STATUS_HEADINGS[status], *INITIATIVE_HEADER[1:]]
        story.append(data_table(header, _initiative_rows(ctx, items), INITIATIVE_WIDTHS, s))
    return story


def _note_heading(ctx: _Context, note: DialogueNote) -> str:
    place = ctx.municipality_name(note.municipality)
    if note.place:
        place += f", {note.place}"
    parts = [f"<b>{fmt_date(note.date)}</b>", text(place), note.kind.label]
    if note.participants:
        parts.append(f"{note.women} kvinnor, {note.men} män, {note.children} barn")
    return " · ".join(parts)


def _highlights(ctx: _Context) -> list[Flowable]:
    s = ctx.styles
    notes = sorted(ctx.data.notes, key=lambda n: (n.date, n.id), reverse=True)[:HIGHLIGHTS]
    story: list[Flowable] = [CondPageBreak(TABLE_START), Paragraph("Dialog i urval", s.h1)]
    if not notes:
        story.append(Paragraph("Inga dialoganteckningar inom urvalet.", s.body))
        return story
    story.append(
        Paragraph(
            f"De {len(notes)} senaste av {len(ctx.data.notes)} dialoganteckningar inom urvalet.",
            s.small,
        )
    )
    for note in notes:
        summary = text(_shorten(note.summary, SUMMARY_CHARS)) or "<i>Ingen sammanfattning.</i>"
        if note.personal_data:
            summary += " <font color='#C25E00'>[innehåller personuppgifter]</font>"
        linked = [ctx.initiative_titles[i] for i in note.initiatives if i in ctx.initiative_titles]
        block: list[Flowable] = [
            Spacer(1, 2.5 * mm),
            Paragraph(_note_heading(ctx, note), s.cell),
            Paragraph(summary, s.body),
        ]
        if linked:
            block.append(Paragraph("Insats: " + text("; ".join(linked)), s.small))
        story.append(KeepTogether(block))
    return story


def _followup_sort_key(ctx: _Context, item: FollowUp) -> tuple[int, date, str]:
    return (0 if item.is_overdue(ctx.today) else 1, item.due_date or date.max, item.id)


def _followups(ctx: _Context) -> list[Flowable]:
    s = ctx.styles
    open_items = sorted(
        (f for f in ctx.data.followups if f.status is FollowUpStatus.OPEN),
        key=lambda f: _followup_sort_key(ctx, f),
    )
    overdue = sum(1 for f in open_items if f.is_overdue(ctx.today))
    story: list[Flowable] = [
        CondPageBreak(TABLE_START),
        Paragraph("Öppna och försenade uppföljningar", s.h1),
    ]
    if not open_items:
        story.append(Paragraph("Inga öppna uppföljningar inom urvalet.", s.body))
        return story
    story.append(
        Paragraph(
            f"{_count(len(open_items), 'öppen uppföljning', 'öppna uppföljningar')}, varav "
            f"{overdue} försenade (förfallodag före {ctx.today.isoformat()}). "
            "Försenade visas först.",
            s.small,
        )
    )
    rows: list[list[Flowable]] = []
    extra: list[tuple[object, ...]] = []
    for index, item in enumerate(open_items, start=1):
        what = text(item.description)
        if item.initiative and item.initiative in ctx.initiative_titles:
            what += (
                "<br/><font size=7.5 color='#5B6770'>Insats: "
                f"{text(ctx.initiative_titles[item.initiative])}</font>"
            )
        late = item.is_overdue(ctx.today)
        status = "<b>Försenad</b>" if late else "Öppen"
        rows.append(
            [
                Paragraph(what, s.cell),
                Paragraph(text(item.owner or "–"), s.cell),
                Paragraph(fmt_date(item.due_date), s.cell),
                Paragraph(status, s.cell),
            ]
        )
        if late:
            extra.append(("TEXTCOLOR", (3, index), (3, index), ACCENT))
    widths = [92 * mm, 32 * mm, 22 * mm, FRAME_WIDTH - 146 * mm]
    table = data_table(["Uppföljning", "Ansvarig", "Senast", "Status"], rows, widths, s, extra)
    story.append(table)
    return story


def build_story(data: BriefingData, *, with_charts: bool = True) -> list[Flowable]:
    """The briefing's flowables (the bench lays them out with and without charts)."""
    ctx = _Context(data)
    story = _title_page(ctx)
    if data.is_empty:
        return story
    story.append(PageBreak())
    story += _key_figures(ctx)
    if with_charts:
        story += _charts(ctx)
    # The initiatives start a new page unless most of this one is still free.
    story.append(CondPageBreak(80 * mm))
    story += _initiatives(ctx)
    story += _highlights(ctx)
    story += _followups(ctx)
    return story


def render_briefing(data: BriefingData) -> bytes:
    """The briefing as PDF bytes (A4, Swedish, fonts embedded)."""
    register_fonts()
    sel = data.selection
    out = io.BytesIO()
    made = fmt_time(data.generated_at)
    doc = BaseDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"Hela Västerbotten – lägesbild: {sel.focus_area.short_label}",
        author="Länsstyrelsen Västerbotten",
        subject=f"{sel.focus_area.label}, {fmt_period(sel.date_from, sel.date_to)}",
        creator="HelaVB Desktop",
        lang="sv-SE",
    )
    # Zero padding: text lines up with the header and footer rules drawn at the margins.
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    running = f"Lägesbild: {sel.focus_area.short_label}"
    decorate = footer_decorator(data.source, made, running)
    doc.build(build_story(data), canvasmaker=canvas_maker(decorate))
    return out.getvalue()
