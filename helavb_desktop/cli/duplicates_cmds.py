"""`helavb duplicates`: records that likely describe the same initiative or visit."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from helavb_desktop.cli.common import EXIT_OK, CliContext
from helavb_desktop.domain.models import RecordType
from helavb_desktop.services.duplicates import DuplicateService

_KINDS = {"initiatives": RecordType.INITIATIVE, "notes": RecordType.NOTE}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("duplicates", help="find likely duplicates (coordinators)")
    dsub = p.add_subparsers(dest="duplicates_command", metavar="ACTION", required=True)
    lst = dsub.add_parser("list", help="list duplicate candidates, best first, with reasons")
    lst.add_argument("--kind", choices=tuple(_KINDS), default="initiatives")
    lst.add_argument("--json", action="store_true", help="a JSON array of candidates")
    lst.set_defaults(func=cmd_list)


def cmd_list(ctx: CliContext) -> int:
    kind = _KINDS[ctx.args.kind]
    candidates = DuplicateService(ctx.db.sessions).candidates(kind)
    if ctx.args.json:
        out = [{**asdict(c), "kind": c.kind.value, "reasons": list(c.reasons)} for c in candidates]
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for c in candidates:
        print(f"{c.score:.2f}\t{c.first}\t{c.second}\t{c.first_label} ↔ {c.second_label}")
        print(f"\t{'; '.join(c.reasons)}")
    if not candidates:
        print("Inga troliga dubbletter.")
    return EXIT_OK
