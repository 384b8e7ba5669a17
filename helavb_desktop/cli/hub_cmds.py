"""``helavb hub ...``: run the central hub, add users, import sync bundles."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from helavb_desktop.cli.common import CliContext, UsageError, fail

DEFAULT_PORT = 8765


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hub = sub.add_parser("hub", help="the central sync hub (server side)")
    hub_sub = hub.add_subparsers(dest="hub_command", metavar="HUB_COMMAND", required=True)

    def db_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--db",
            metavar="URL",
            help="database URL (postgresql+psycopg://... or an SQLite path; "
            "default: hub.sqlite in the data folder)",
        )

    serve = hub_sub.add_parser("serve", help="run the hub (HTTP)")
    db_arg(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument(
        "--test-hub",
        action="store_true",
        help="mark this hub as a test hub: registers holding sample data may sync with it",
    )
    serve.set_defaults(func=_serve)

    user = hub_sub.add_parser("user", help="hub users")
    user_sub = user.add_subparsers(dest="user_command", metavar="USER_COMMAND", required=True)
    add = user_sub.add_parser("add", help="add a user (or reset one's role and password)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["faltpersonal", "samordnare", "admin"])
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    db_arg(add)
    add.set_defaults(func=_user_add)

    imp = hub_sub.add_parser("import-bundle", help="apply a .helavb sync bundle")
    imp.add_argument("file")
    db_arg(imp)
    imp.add_argument("--allow-sample-data", action="store_true", help="accept demo data")
    imp.set_defaults(func=_import_bundle)


def _db_url(ctx: CliContext) -> str:
    from helavb_desktop.hub.db import DEFAULT_DB_FILE, normalise_url

    if ctx.args.db:
        return normalise_url(ctx.args.db)
    ctx.data_dir.mkdir(parents=True, exist_ok=True)
    return normalise_url(str(ctx.data_dir / DEFAULT_DB_FILE))


def _serve(ctx: CliContext) -> int:
    import uvicorn
    from sqlalchemy.engine import make_url

    from helavb_desktop.hub.app import create_app

    url = _db_url(ctx)
    app = create_app(url, test_hub=ctx.args.test_hub)
    shown = make_url(url).render_as_string(hide_password=True)
    kind = "test hub" if ctx.args.test_hub else "hub"
    print(f"HelaVB {kind} on http://{ctx.args.host}:{ctx.args.port} (database {shown})", flush=True)
    uvicorn.run(app, host=ctx.args.host, port=ctx.args.port, log_level="warning")
    return 0


def _user_add(ctx: CliContext) -> int:
    from helavb_desktop.hub import auth
    from helavb_desktop.hub.db import open_hub

    if ctx.args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        generated = False
    else:
        password, generated = auth.generate_password(), True
    engine, sessions = open_hub(_db_url(ctx))
    try:
        with sessions.begin() as session:
            auth.add_user(session, ctx.args.name, ctx.args.role, password)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    finally:
        engine.dispose()
    print(f"user {ctx.args.name} ({ctx.args.role}) saved")
    if generated:
        print(f"one-time password: {password}")
    return 0


def _import_bundle(ctx: CliContext) -> int:
    from helavb_desktop.hub.bundles import import_bundle
    from helavb_desktop.hub.db import open_hub
    from helavb_desktop.sync.bundle import BundleError, read_bundle

    try:
        bundle = read_bundle(Path(ctx.args.file))
    except BundleError as exc:
        return fail(f"{exc}; nothing was imported")
    engine, sessions = open_hub(_db_url(ctx))
    try:
        results = import_bundle(sessions, bundle, allow_sample_data=ctx.args.allow_sample_data)
    except BundleError as exc:
        return fail(f"{exc}; nothing was imported")
    finally:
        engine.dispose()
    counts = Counter("replay" if r.replay else r.status for r in results)
    conflicts = sum(r.conflicts for r in results if not r.replay)
    print(
        f"{len(results)} changes from {bundle.user or 'unknown'} (device {bundle.device_id[:8]}): "
        f"{counts['applied']} applied, {counts['replay']} already imported, "
        f"{counts['unchanged']} unchanged, {counts['conflict']} with conflicts "
        f"({conflicts} conflicts), {counts['rejected']} refused"
    )
    return 0
