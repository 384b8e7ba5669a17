"""Page furniture and typography shared by the briefing: styles, colours, header, footer.

The footer says "Sida X av Y", which needs the page count before the first page is finished;
:class:`NumberedCanvas` keeps each page's state and draws the footers once the count is known.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from helavb_desktop.reports.fonts import BOLD, REGULAR

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

# A restrained palette: one dark blue for structure, one accent, greys for the rest.
NAVY = colors.HexColor("#1B365D")
ACCENT = colors.HexColor("#C25E00")  # priority municipalities, overdue follow-ups
MUTED = colors.HexColor("#5B6770")
RULE = colors.HexColor("#C9D1D9")
ZEBRA = colors.HexColor("#F3F5F8")
HEADER_BG = colors.HexColor("#E4EAF1")
LIGHT_BAR = colors.HexColor("#8DA9C4")
STATUS_COLOURS = {
    "planned": colors.HexColor("#8DA9C4"),
    "ongoing": colors.HexColor("#1B365D"),
    "completed": colors.HexColor("#3C7A5A"),
    "cancelled": colors.HexColor("#9AA3AB"),
}


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    kicker: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h2_table: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    figure: ParagraphStyle
    figure_alert: ParagraphStyle
    lead: ParagraphStyle
    figure_label: ParagraphStyle
    meta_label: ParagraphStyle
    meta_value: ParagraphStyle
    notice: ParagraphStyle


def make_styles() -> Styles:
    def style(name: str, **kw: Any) -> ParagraphStyle:
        kw.setdefault("fontName", REGULAR)
        kw.setdefault("fontSize", 9.5)
        kw.setdefault("leading", kw["fontSize"] * 1.3)
        kw.setdefault("textColor", colors.black)
        return ParagraphStyle(name, **kw)

    return Styles(
        title=style("title", fontName=BOLD, fontSize=30, leading=36, textColor=NAVY),
        subtitle=style("subtitle", fontName=BOLD, fontSize=17, leading=22, textColor=NAVY),
        kicker=style("kicker", fontName=BOLD, fontSize=10, textColor=MUTED, spaceAfter=4),
        h1=style(
            "h1",
            fontName=BOLD,
            fontSize=15,
            leading=19,
            textColor=NAVY,
            spaceBefore=10,
            spaceAfter=6,
            keepWithNext=True,
        ),
        h2=style(
            "h2",
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            textColor=NAVY,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=True,
        ),
        h2_table=style(
            "h2_table",
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            textColor=NAVY,
            spaceBefore=10,
            spaceAfter=4,
        ),
        body=style("body", spaceAfter=4),
        small=style("small", fontSize=8, textColor=MUTED),
        cell=style("cell", fontSize=8.5, leading=10.8),
        cell_bold=style("cell_bold", fontName=BOLD, fontSize=8.5, leading=10.8),
        cell_head=style("cell_head", fontName=BOLD, fontSize=8, leading=10, textColor=NAVY),
        cell_right=style("cell_right", fontSize=8.5, leading=10.8, alignment=TA_RIGHT),
        figure=style("figure", fontName=BOLD, fontSize=20, leading=24, textColor=NAVY),
        figure_alert=style(
            "figure_alert", fontName=BOLD, fontSize=20, leading=24, textColor=ACCENT
        ),
        lead=style("lead", fontSize=11, leading=16),
        figure_label=style("figure_label", fontSize=8, leading=10, textColor=MUTED),
        meta_label=style("meta_label", fontSize=9.5, textColor=MUTED),
        meta_value=style("meta_value", fontName=BOLD, fontSize=10.5, leading=14),
        notice=style(
            "notice",
            fontSize=10.5,
            leading=15,
            borderColor=RULE,
            borderWidth=0.8,
            borderPadding=10,
            # Indents equal to the padding keep the box inside the text column.
            leftIndent=10,
            rightIndent=10,
            backColor=ZEBRA,
            spaceBefore=16,
            spaceAfter=20,
            alignment=TA_LEFT,
        ),
    )


def text(value: str) -> str:
    """Record text made safe for Paragraph markup (records may hold <, > and &)."""
    return escape(value).replace("\n", "<br/>")


# Tables set a cell font even when every cell is a Paragraph; without this they would pull
# the unembedded base-14 Helvetica into the PDF.
CELL_FONT: list[tuple[Any, ...]] = [("FONTNAME", (0, 0), (-1, -1), REGULAR)]


def data_table(
    header: list[str],
    rows: list[list[Any]],
    widths: list[float],
    styles: Styles,
    extra: list[tuple[Any, ...]] | None = None,
) -> Table:
    """A table that breaks across pages and repeats its header row on each of them."""
    head = [Paragraph(escape(h), styles.cell_head) for h in header]
    table = Table([head, *rows], colWidths=widths, repeatRows=1, splitByRow=True)
    commands: list[tuple[Any, ...]] = [
        *CELL_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    commands.extend(extra or [])
    table.setStyle(TableStyle(commands))
    return table


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """A canvas that draws header and footer after the last page, knowing the page count.

    ``decorate(canvas, page_number, page_count)`` is set on the class by ``canvas_maker``.
    """

    decorate: Callable[[Canvas, int, int], None] = staticmethod(lambda c, n, t: None)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The default initial font is the base-14 Helvetica, which would be referenced (not
        # embedded) on every page; start every page in the embedded font instead.
        # (The doc template passes these keys explicitly as None, hence "or".)
        kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
        kwargs["lang"] = kwargs.get("lang") or "sv-SE"
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            type(self).decorate(self, number, total)
            super().showPage()
        super().save()


def canvas_maker(decorate: Callable[[Canvas, int, int], None]) -> type[NumberedCanvas]:
    """A NumberedCanvas subclass bound to one document's header/footer function."""
    return type("BoundNumberedCanvas", (NumberedCanvas,), {"decorate": staticmethod(decorate)})


def footer_decorator(
    source: str, made: str, running_title: str
) -> Callable[[Canvas, int, int], None]:
    """Header (from page 2) and footer (every page) for one briefing."""

    def decorate(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        if page > 1:
            y = PAGE_HEIGHT - MARGIN_TOP + 8 * mm
            canvas.setFont(REGULAR, 8)
            canvas.setFillColor(MUTED)
            canvas.drawString(MARGIN_LEFT, y, "Hela Västerbotten · Länsstyrelsen Västerbotten")
            canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, y, running_title)
            canvas.line(MARGIN_LEFT, y - 2.5 * mm, PAGE_WIDTH - MARGIN_RIGHT, y - 2.5 * mm)
        y = MARGIN_BOTTOM - 10 * mm
        canvas.line(MARGIN_LEFT, y + 4 * mm, PAGE_WIDTH - MARGIN_RIGHT, y + 4 * mm)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_LEFT, y, f"Källa: {source} · Framställd {made}")
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(NAVY)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, y, f"Sida {page} av {total}")
        canvas.restoreState()

    return decorate
