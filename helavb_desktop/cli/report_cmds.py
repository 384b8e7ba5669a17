"""``helavb report``: briefing PDFs per focus area.

    helavb report --focus-area KEY [--from DATE] [--to DATE] [--municipality CODE]
                  [--no-personal-data] --out FILE.pdf
    helavb report --all [same filters] --out-dir DIR      (one PDF per focus area, KEY.pdf)

Input is checked before anything is written; each PDF is written atomically.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from helavb_desktop.cli.common import EXIT_OK, CliContext, UsageError, fail
from helavb_desktop.domain.briefing import BriefingSelection
from helavb_desktop.domain.enums import FocusArea
from helavb_desktop.domain.errors import ValidationError
from helavb_desktop.services.briefing import BriefingService

FOCUS_KEYS = ", ".join(f.value for f in FocusArea)


def register(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "report",
        help="write briefing PDFs (lägesbild) per focus area",
        description="Write a briefing PDF for one focus area (--focus-area ... --out FILE.pdf) "
        "or for all four (--all --out-dir DIR).",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--focus-area", metavar="KEY", help=f"one of: {FOCUS_KEYS}")
    which.add_argument("--all", action="store_true", help="all four focus areas")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="period start, YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="period end, YYYY-MM-DD")
    parser.add_argument("--municipality", metavar="CODE", help="municipality code, e.g. 2481")
    parser.add_argument(
        "--no-personal-data",
        action="store_true",
        help="leave out every dialogue note flagged as containing personal data",
    )
    parser.add_argument("--out", metavar="FILE.pdf", help="the PDF to write (with --focus-area)")
    parser.add_argument("--out-dir", metavar="DIR", help="folder for the PDFs (with --all)")
    parser.set_defaults(func=run_report)


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(option, f"{value!r} is not a date; write YYYY-MM-DD") from None


def _focus_area(key: str) -> FocusArea:
    try:
        return FocusArea(key)
    except ValueError:
        raise ValidationError(
            "--focus-area", f"unknown focus area {key!r}; choose one of: {FOCUS_KEYS}"
        ) from None


def run_report(ctx: CliContext) -> int:
    args = ctx.args
    if args.all and (args.out or not args.out_dir):
        raise UsageError("--all writes one PDF per focus area: give --out-dir DIR, not --out")
    if args.focus_area is not None and (args.out_dir or not args.out):
        raise UsageError("--focus-area writes one PDF: give --out FILE.pdf, not --out-dir")
    areas = list(FocusArea) if args.all else [_focus_area(args.focus_area)]
    date_from = _parse_date(args.date_from, "--from")
    date_to = _parse_date(args.date_to, "--to")
    selections = [
        BriefingSelection(
            focus_area=area,
            date_from=date_from,
            date_to=date_to,
            municipality=args.municipality,
            no_personal_data=args.no_personal_data,
        )
        for area in areas
    ]
    if args.municipality is not None and args.municipality not in ctx.register.municipality_codes:
        return fail(
            f"unknown municipality code {args.municipality!r}; "
            "see the municipalities of Västerbotten (2401–2482)"
        )
    service = BriefingService(ctx.db.sessions, register_path=ctx.db.path)
    for selection in selections:
        target = (
            Path(args.out_dir) / f"{selection.focus_area.value}.pdf" if args.all else Path(args.out)
        )
        service.write(selection, target)
        print(target)
    return EXIT_OK
