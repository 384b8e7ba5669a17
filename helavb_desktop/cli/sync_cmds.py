"""``helavb login``, ``helavb sync`` and ``helavb conflicts list``: the laptop's side of sync."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import asdict
from pathlib import Path

from helavb_desktop.cli.common import CliContext, fail
from helavb_desktop.services.sync_credentials import Credentials, TokenStore
from helavb_desktop.services.sync_local import LocalSync, utc_iso


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    login = sub.add_parser("login", help="log in to a hub and store the token")
    login.add_argument("--hub", required=True, metavar="URL", help="e.g. https://hub.example.se")
    login.add_argument("--user", required=True, metavar="NAME")
    login.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    login.set_defaults(func=_login)

    sync = sub.add_parser("sync", help="send local changes to the hub and fetch everyone else's")
    sync.add_argument(
        "--export-bundle",
        metavar="FILE",
        help="instead of the network: write the pending changes to a .helavb file",
    )
    sync.add_argument(
        "--allow-sample-data",
        action="store_true",
        help="send even though this register holds sample (demo) data",
    )
    sync.add_argument(
        "--resend-all",
        action="store_true",
        help="send every change this laptop ever made again (after the hub was restored from a "
        "backup; the hub skips what it already has)",
    )
    sync.add_argument("--page-size", type=int, default=1000, help=argparse.SUPPRESS)
    sync.set_defaults(func=_sync)

    conflicts = sub.add_parser("conflicts", help="conflicts the hub reported")
    conflicts_sub = conflicts.add_subparsers(dest="conflicts_command", metavar="CMD", required=True)
    listing = conflicts_sub.add_parser("list", help="open conflicts concerning this register")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(func=_conflicts_list)
    resolve = conflicts_sub.add_parser(
        "resolve", help="decide a conflict on the hub (samordnare/admin); the decision syncs"
    )
    resolve.add_argument(
        "id", type=int, metavar="ID", help="the conflict's number (conflicts list)"
    )
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--take", choices=("hub", "client", "base"), help="keep one side's value")
    choice.add_argument(
        "--value", metavar="TEXT", help="a merged value, written like in a CSV cell"
    )
    resolve.add_argument("--note", default="", metavar="TEXT", help="why (kept on the hub)")
    resolve.set_defaults(func=_conflicts_resolve)


def _login(ctx: CliContext) -> int:
    from helavb_desktop.sync.client import HubClient, SyncError

    if ctx.args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Lösenord för {ctx.args.user}: ")
    hub = HubClient(ctx.args.hub)
    try:
        answer = hub.login(ctx.args.user, password)
    except SyncError as exc:
        return fail(str(exc))
    finally:
        hub.close()
    where = TokenStore(ctx.data_dir).save(
        Credentials(hub_url=hub.base_url, user=answer.user, token=answer.token, role=answer.role)
    )
    settings = ctx.settings
    settings.hub_url, settings.user_name = hub.base_url, answer.user
    settings.save()
    print(f"logged in to {hub.base_url} as {answer.user} ({answer.role}); token stored in {where}")
    return 0


def _sync(ctx: CliContext) -> int:
    if ctx.args.export_bundle:
        return _export_bundle(ctx, Path(ctx.args.export_bundle))
    from helavb_desktop.sync.client import HubClient, SyncError
    from helavb_desktop.sync.engine import SyncEngine

    creds = TokenStore(ctx.data_dir).load()
    if creds is None:
        return fail("not logged in to a hub; run `helavb login --hub URL --user NAME` first")
    local = LocalSync(ctx.db.sessions)
    if ctx.args.resend_all:
        print(f"{local.resend_all()} earlier changes queued to be sent again")
    hub = HubClient(creds.hub_url, creds.token)
    engine = SyncEngine(
        local,
        hub,
        page_size=max(1, ctx.args.page_size),
        allow_sample_data=ctx.args.allow_sample_data,
    )
    try:
        result = engine.run()
    except SyncError as exc:
        waiting = local.pending_count()
        return fail(f"{exc} ({waiting} changes still waiting to be sent)")
    finally:
        hub.close()
    print(
        f"sent {result.pushed} changes ({result.applied} applied, {result.unchanged} unchanged, "
        f"{result.rejected} refused), fetched {result.pulled} records, "
        f"{result.new_conflicts} new conflicts; last sync {result.last_sync_at}"
    )
    for message in result.messages:
        print(f"warning: {message}", file=sys.stderr)
    return 0


def _export_bundle(ctx: CliContext, path: Path) -> int:
    from helavb_desktop.sync.bundle import SUFFIX, Bundle, write_bundle
    from helavb_desktop.sync.engine import outgoing_op

    local = LocalSync(ctx.db.sessions)
    outgoing = local.pending_ops(limit=10_000_000)
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    ops = [outgoing_op(o) for o in outgoing]
    size = write_bundle(
        path,
        Bundle(
            device_id=local.device_id(),
            user=ctx.settings.actor(),
            created_at=utc_iso(),
            sample_data=local.has_sample_data(),
            ops=ops,
        ),
    )
    # The ops stay pending: only the hub's answer acknowledges them, and a later network sync
    # resends the same op ids, which the hub recognises.
    print(f"wrote {len(ops)} changes to {path} ({size} bytes)")
    return 0


def _conflicts_list(ctx: CliContext) -> int:
    conflicts = LocalSync(ctx.db.sessions).conflicts()
    if ctx.args.json:
        json.dump([asdict(c) for c in conflicts], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not conflicts:
        print("no open conflicts")
        return 0
    for c in conflicts:
        who = "this laptop" if c.mine else c.user
        print(
            f"#{c.id} {c.kind} {c.table} {c.row_id} field {c.field}: "
            f"base {json.dumps(c.base_value, ensure_ascii=False)}, "
            f"hub {json.dumps(c.hub_value, ensure_ascii=False)}, "
            f"{who} {json.dumps(c.client_value, ensure_ascii=False)}"
        )
    return 0


def _conflicts_resolve(ctx: CliContext) -> int:
    from helavb_desktop.domain.models import RecordType
    from helavb_desktop.services.coordination import parse_value
    from helavb_desktop.sync.coordination_gateway import build_coordination_service

    service = build_coordination_service(ctx.db, ctx.data_dir, ctx.settings)
    if service.credentials() is None:
        return fail(
            "inte inloggad mot navet / not logged in to a hub; run `helavb login --hub URL "
            "--user NAME` first"
        )
    args = ctx.args
    value = None
    if args.value is not None:
        detail = service.conflict(args.id)
        value = parse_value(RecordType(detail.table), detail.field, args.value, from_text=True)
    service.resolve(args.id, take=args.take, value=value, note=args.note)
    done = service.conflict(args.id)
    print(
        f"konflikt #{done.id} löst / resolved: {done.table} {done.row_id} ({done.record_label}), "
        f"fält {done.field}; this laptop now shows the chosen value"
    )
    return 0
