"""`helavb duplicates`: records that likely describe the same initiative or visit, and merging
them (coordinator work on the hub; the merge syncs to every laptop)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from helavb_desktop.cli.common import EXIT_OK, CliContext, UsageError, fail
from helavb_desktop.db.records import RecordStore
from helavb_desktop.domain.errors import NotFoundError
from helavb_desktop.domain.models import RecordType
from helavb_desktop.domain.validation import SPECS
from helavb_desktop.services.duplicates import DuplicateService

_KINDS = {"initiatives": RecordType.INITIATIVE, "notes": RecordType.NOTE}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("duplicates", help="find and merge likely duplicates (coordinators)")
    dsub = p.add_subparsers(dest="duplicates_command", metavar="ACTION", required=True)
    lst = dsub.add_parser("list", help="list duplicate candidates, best first, with reasons")
    lst.add_argument("--kind", choices=tuple(_KINDS), default="initiatives")
    lst.add_argument("--json", action="store_true", help="a JSON array of candidates")
    lst.set_defaults(func=cmd_list)

    merge = dsub.add_parser(
        "merge",
        help="merge OTHER into KEEP on the hub (samordnare/admin): links move to KEEP, "
        "OTHER is kept as merged_into KEEP",
    )
    merge.add_argument("keep", metavar="KEEP", help="id of the record that stays")
    merge.add_argument("other", metavar="OTHER", help="id of the duplicate merged into KEEP")
    merge.add_argument(
        "--take",
        nargs="+",
        default=[],
        metavar="FIELD",
        help="fields whose value comes from OTHER (default: every value from KEEP)",
    )
    merge.set_defaults(func=cmd_merge)

    unmerge = dsub.add_parser("unmerge", help="undo a merge (ID = the merged-away record)")
    unmerge.add_argument("id", metavar="ID")
    unmerge.set_defaults(func=cmd_unmerge)


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


def _kind_of(ctx: CliContext, record_id: str) -> RecordType:
    """Which kind of record ``record_id`` is in this register (merged and deleted ones too)."""
    with ctx.db.sessions.begin() as session:
        store = RecordStore(session)
        for kind in RecordType:
            if store.get(kind, record_id, include_deleted=True) is not None:
                return kind
    raise NotFoundError("post", record_id)


def cmd_merge(ctx: CliContext) -> int:
    from helavb_desktop.sync.coordination_gateway import build_coordination_service

    keep, other = ctx.args.keep, ctx.args.other
    kind = _kind_of(ctx, keep)
    if _kind_of(ctx, other) is not kind:
        return fail("KEEP och OTHER är olika sorters poster / KEEP and OTHER differ in kind")
    unknown = [f for f in ctx.args.take if f == "id" or f not in SPECS[kind]]
    if unknown:
        raise UsageError(
            f"--take: {', '.join(unknown)} is not a field of {kind.value} "
            f"(fields: {', '.join(f for f in SPECS[kind] if f != 'id')})"
        )
    service = build_coordination_service(ctx.db, ctx.data_dir, ctx.settings)
    result = service.merge(kind, keep, other, take_from_other=ctx.args.take)
    print(
        f"{other} sammanslagen med / merged into {keep}: {result.relinked_notes} anteckningar och "
        f"{result.relinked_followups} uppföljningar länkade om (merge {result.merge_id})"
    )
    return EXIT_OK


def cmd_unmerge(ctx: CliContext) -> int:
    from helavb_desktop.sync.coordination_gateway import build_coordination_service

    kind = _kind_of(ctx, ctx.args.id)
    service = build_coordination_service(ctx.db, ctx.data_dir, ctx.settings)
    kept = service.unmerge_detail(kind, ctx.args.id)
    print(f"sammanslagningen av {ctx.args.id} är ångrad / merge undone")
    if kept:
        print(
            "fält som ändrats efter sammanslagningen behölls / fields changed since were kept: "
            + ", ".join(kept)
        )
    return EXIT_OK
