"""`helavb history KIND ID`: a record's changes (who, when, which field, old → new), conflict
resolutions and merges included, from the hub plus this laptop's unsent changes."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from helavb_desktop.cli.common import EXIT_OK, CliContext
from helavb_desktop.domain.models import RecordType

_ACTIONS = {
    "created": "skapad",
    "edited": "ändrad",
    "deleted": "raderad",
    "restored": "återställd",
    "resolved": "konflikt löst",
    "merged": "sammanslagen",
    "unmerged": "sammanslagning ångrad",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("history", help="a record's history: who changed what, when")
    p.add_argument("kind", choices=[k.value for k in RecordType], metavar="KIND",
                   help="initiative, note or followup")  # fmt: skip
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help="a JSON object: complete flag and entries")
    p.set_defaults(func=cmd_history)


def _text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def cmd_history(ctx: CliContext) -> int:
    from helavb_desktop.sync.coordination_gateway import build_coordination_service

    service = build_coordination_service(ctx.db, ctx.data_dir, ctx.settings)
    history = service.history_detail(RecordType(ctx.args.kind), ctx.args.id)
    if ctx.args.json:
        out = {
            "complete": history.complete,
            "message": history.message,
            "entries": [asdict(e) for e in history.entries],
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        for e in history.entries:
            when = "ej skickad / not sent" if e.pending else f"#{e.version} {e.when}"
            what = _ACTIONS.get(e.action, e.action)
            line = f"{when}\t{e.who}\t{what}"
            if e.field is not None:
                line += f"\t{e.field}: {_text(e.old)} → {_text(e.new)}"
            if e.note:
                line += f"\t({e.note})"
            print(line)
        if not history.entries:
            print("Ingen historik / no history")
    if not history.complete:
        print(
            f"helavb: endast lokala ändringar; hela historiken kräver navet ({history.message})",
            file=sys.stderr,
        )
    return EXIT_OK
