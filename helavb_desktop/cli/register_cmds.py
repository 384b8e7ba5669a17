"""Commands on the local register: demo, import, export, list, delete, db check/backup."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from helavb_desktop.cli.common import EXIT_OK, EXIT_REFUSED, CliContext, UsageError, fail
from helavb_desktop.db.maintenance import backup_database, check_database
from helavb_desktop.domain.enums import FocusArea
from helavb_desktop.domain.errors import DomainError
from helavb_desktop.domain.models import DialogueNote, FollowUp, Initiative, Record, RecordType
from helavb_desktop.domain.queries import ListQuery
from helavb_desktop.domain.validation import record_to_json
from helavb_desktop.services.demo import load_demo
from helavb_desktop.services.transfer import export_document, import_document

_LIST_KINDS = {
    "initiatives": RecordType.INITIATIVE,
    "notes": RecordType.NOTE,
    "followups": RecordType.FOLLOWUP,
}
_DELETE_KINDS = {
    "initiative": RecordType.INITIATIVE,
    "note": RecordType.NOTE,
    "followup": RecordType.FOLLOWUP,
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="fill an empty register with realistic sample data")
    p.add_argument("--size", choices=("small", "large"), default="small")
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("import", help="import records from a JSON or CSV file (all or nothing)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="report what would change, write nothing")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="export the register as JSON or CSV")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("list", help="list initiatives, notes or follow-ups")
    p.add_argument("what", choices=tuple(_LIST_KINDS))
    p.add_argument("--focus-area", metavar="KEY")
    p.add_argument("--municipality", metavar="CODE")
    p.add_argument("--status", metavar="S", help="initiative or follow-up status; a note's kind")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="a JSON array in the export format")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("delete", help="delete a record (leaves a tombstone that syncs)")
    p.add_argument("what", choices=tuple(_DELETE_KINDS))
    p.add_argument("id", metavar="ID")
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("db", help="check or back up the register file")
    dbsub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    c = dbsub.add_parser("check", help="SQLite integrity and schema version")
    c.set_defaults(func=cmd_db_check)
    b = dbsub.add_parser("backup", help="a consistent copy, safe while the app runs")
    b.add_argument("--out", metavar="FILE", required=True)
    b.set_defaults(func=cmd_db_backup)


def cmd_demo(ctx: CliContext) -> int:
    def progress(done: int, total: int) -> None:
        if ctx.args.verbose:
            print(f"{done}/{total}", file=sys.stderr)

    result = load_demo(
        ctx.db.sessions,
        size=ctx.args.size,
        seed=ctx.args.seed,
        actor="exempeldata",
        progress=progress,
    )
    print(
        f"Sample data written: {result.initiatives} initiatives, {result.notes} dialogue notes, "
        f"{result.followups} follow-ups ({ctx.settings.register_path})"
    )
    return EXIT_OK


def cmd_import(ctx: CliContext) -> int:
    path = Path(ctx.args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return fail(f"{path}: not a UTF-8 text file")
    report = import_document(
        ctx.db.sessions,
        text,
        actor=ctx.settings.actor(),
        municipalities=ctx.register.municipality_codes,
        filename=path.name,
        dry_run=ctx.args.dry_run,
    )
    print(report.summary())
    return EXIT_OK


def cmd_export(ctx: CliContext) -> int:
    document = export_document(ctx.db.sessions, ctx.args.format)
    if ctx.args.out:
        out = Path(ctx.args.out)
        tmp = out.with_name(f".{out.name}.partial")
        tmp.write_text(document, encoding="utf-8")
        tmp.replace(out)
    else:
        sys.stdout.write(document)
    return EXIT_OK


def _check_filters(ctx: CliContext, kind: RecordType) -> None:
    args = ctx.args
    if args.focus_area and args.focus_area not in {f.value for f in FocusArea}:
        keys = ", ".join(f.value for f in FocusArea)
        raise DomainError(f"--focus-area: {args.focus_area!r} is not one of: {keys}")
    if args.municipality and args.municipality not in ctx.register.municipality_codes:
        raise DomainError(f"--municipality: {args.municipality!r} is not a municipality code")
    if args.status:
        from helavb_desktop.domain.validation import SPECS

        field = "kind" if kind is RecordType.NOTE else "status"
        enum = SPECS[kind][field].enum
        assert enum is not None
        allowed = {str(m.value) for m in enum}
        if args.status not in allowed:
            raise UsageError(
                f"--status for {kind.collection}: choose one of {', '.join(sorted(allowed))}"
            )


def _line(record: Record) -> str:
    if isinstance(record, Initiative):
        return (
            f"{record.id}\t{record.status.label}\t{record.focus_area.short_label}\t{record.title}"
        )
    if isinstance(record, DialogueNote):
        return (
            f"{record.id}\t{record.date.isoformat()}\t{record.place or record.municipality}\t"
            + (record.summary[:80].replace("\n", " "))
        )
    assert isinstance(record, FollowUp)
    due = record.due_date.isoformat() if record.due_date else "—"
    return f"{record.id}\t{due}\t{record.status.label}\t{record.description[:80]}"


def cmd_list(ctx: CliContext) -> int:
    kind = _LIST_KINDS[ctx.args.what]
    _check_filters(ctx, kind)
    query = ListQuery(
        focus_area=ctx.args.focus_area,
        municipality=ctx.args.municipality,
        status=ctx.args.status,
        search=ctx.args.search,
    )
    records = ctx.register.list(kind, query)
    if ctx.args.json:
        out: list[dict[str, Any]] = [record_to_json(r) for r in records]
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        for record in records:
            print(_line(record))
    return EXIT_OK


def cmd_delete(ctx: CliContext) -> int:
    kind = _DELETE_KINDS[ctx.args.what]
    record = ctx.register.delete(kind, ctx.args.id)
    print(f"Deleted {kind.label} {record.id} (kept as a tombstone until it has synced)")
    return EXIT_OK


def cmd_db_check(ctx: CliContext) -> int:
    result = check_database(ctx.db.engine)
    print(f"register:       {ctx.settings.register_path}")
    print(f"integrity:      {'; '.join(result.integrity)}")
    print(
        f"foreign keys:   {'ok' if result.foreign_keys == 0 else f'{result.foreign_keys} broken'}"
    )
    print(f"search index:   {'ok' if result.fts_ok else 'damaged'}")
    print(f"schema version: {result.schema_version} (newest {result.schema_head})")
    if not result.ok:
        return fail("the register failed its check; restore a backup or contact support")
    return EXIT_OK


def cmd_db_backup(ctx: CliContext) -> int:
    source = ctx.settings.register_path
    if not source.exists():
        return fail(f"there is no register at {source}")
    size = backup_database(source, Path(ctx.args.out))
    print(f"Backup written: {ctx.args.out} ({size} bytes, {date.today().isoformat()})")
    return EXIT_REFUSED if size == 0 else EXIT_OK
