"""The embedded fonts: DejaVu Sans, shipped in resources/fonts with its licence.

Every text in a briefing uses these TrueType fonts, so reportlab embeds (subsets of) them and
å, ä, ö and the en dash print the same on any printer. The PDF base-14 Helvetica is never
used: it is not embedded and its encoding lacks some of the characters we print.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> None:
    """Register the fonts with reportlab once per process (cheap to call again)."""
    fonts_dir = resources.files("helavb_desktop").joinpath("resources", "fonts")
    for name, file_name in _FILES.items():
        with resources.as_file(fonts_dir.joinpath(file_name)) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> and <i> in paragraphs resolve through this family; italic falls back to upright
    # rather than to a non-embedded Helvetica-Oblique.
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)
