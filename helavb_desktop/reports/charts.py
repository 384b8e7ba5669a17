"""The briefing's two charts, drawn with reportlab.graphics (vector, embedded fonts).

Every label sets ``fontName`` explicitly: reportlab's chart defaults are the base-14
Helvetica, which would appear in the PDF unembedded.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from helavb_desktop.reports.fonts import BOLD, REGULAR
from helavb_desktop.reports.layout import ACCENT, LIGHT_BAR, MUTED, NAVY, RULE


def _axis_scale(largest: int, ticks: int = 5) -> tuple[int, int]:
    """A whole-number step and maximum so the value axis reads 0, step, 2·step, ..."""
    if largest <= 0:
        return 1, 1
    raw = largest / ticks
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    return step, step * math.ceil(largest / step)


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # The renderer starts each drawing in this font (default: Helvetica, unembedded).
    drawing.initialFontName = REGULAR
    return drawing


def status_chart(
    labels: Sequence[str], values: Sequence[int], bar_colours: Sequence[colors.Color], width: float
) -> Drawing:
    """Horizontal bars: initiatives per status, each bar labelled with its count."""
    height = 16 * mm + 9 * mm * len(labels)
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = 28 * mm
    chart.y = 8 * mm
    chart.width = width - chart.x - 12 * mm
    chart.height = height - chart.y - 4 * mm
    # reportlab draws the first category at the bottom; reverse so the list reads top-down.
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    step, top = _axis_scale(max(values, default=0))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.barWidth = 6 * mm
    chart.groupSpacing = 3 * mm
    chart.bars.strokeColor = None
    for index, colour in enumerate(reversed(list(bar_colours))):
        chart.bars[(0, index)].fillColor = colour
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 8
    chart.barLabels.fillColor = NAVY
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def municipality_chart(
    names: Sequence[str], values: Sequence[int], priority: Sequence[bool], width: float
) -> Drawing:
    """Vertical bars per municipality; SOU 2017:1 priority municipalities in the accent colour.

    The legend names SOU 2017:1 as the source of the priority flag.
    """
    height = 82 * mm
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x = 12 * mm
    chart.y = 30 * mm
    chart.width = width - chart.x - 2 * mm
    chart.height = height - chart.y - 6 * mm
    chart.data = [list(values)]
    chart.categoryAxis.categoryNames = list(names)
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.dx = 2
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = RULE
    step, top = _axis_scale(max(values, default=0))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.bars.strokeColor = None
    chart.groupSpacing = 2.2 * mm
    for index, is_priority in enumerate(priority):
        chart.bars[(0, index)].fillColor = ACCENT if is_priority else LIGHT_BAR
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = NAVY
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    drawing.add(chart)
    _legend(drawing, x=chart.x, y=3 * mm)
    return drawing


def _legend(drawing: Drawing, *, x: float, y: float) -> None:
    """A two-entry legend drawn by hand, so its fonts and wording are ours."""
    entries = (
        (ACCENT, "Prioriterad kommun enligt SOU 2017:1"),
        (LIGHT_BAR, "Övriga kommuner"),
    )
    cursor = x
    for colour, label in entries:
        drawing.add(Rect(cursor, y, 3.2 * mm, 3.2 * mm, fillColor=colour, strokeColor=None))
        drawing.add(
            String(
                cursor + 5 * mm,
                y + 0.6 * mm,
                label,
                fontName=REGULAR,
                fontSize=7.5,
                fillColor=colors.black,
            )
        )
        cursor += 5 * mm + float(stringWidth(label, REGULAR, 7.5)) + 8 * mm
