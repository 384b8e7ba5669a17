"""The ``helavb`` command: the desktop app and the scripting surface.

Each group of commands lives in its own module with a ``register(subparsers)`` function;
``COMMAND_MODULES`` lists them. Exit codes: 0 success; 1 refused input or failed check (reason
on stderr); 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from helavb_desktop import __version__
from helavb_desktop.cli.common import CliContext, run_handler

COMMAND_MODULES = [
    "helavb_desktop.cli.register_cmds",
    "helavb_desktop.cli.report_cmds",
    "helavb_desktop.cli.sync_cmds",
    "helavb_desktop.cli.hub_cmds",
    "helavb_desktop.cli.duplicates_cmds",
    "helavb_desktop.cli.history_cmds",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="helavb",
        description="HelaVB – Hela Västerbottens register över insatser, dialoganteckningar "
        "och uppföljningar.",
    )
    parser.add_argument("--version", action="version", version=f"helavb {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder of the register (default: $HELAVB_DATA_DIR, else the user's data folder)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument(
        "--self-test",
        action="store_true",
        help="open the main window offscreen on the register, migrate it, and quit (exit 0 = ok)",
    )
    gui.set_defaults(func=_run_gui)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _run_gui(ctx: CliContext) -> int:
    # Imported here so scripting commands never load Qt.
    from helavb_desktop.app import run_gui

    return int(run_gui(ctx.data_dir, ctx.args))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.INFO if args.verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    # The app may lower the root level for its log file; the terminal keeps this level.
    for log_handler in logging.getLogger().handlers:
        log_handler.setLevel(level)
    handler = getattr(args, "func", _run_gui)
    return run_handler(handler, CliContext(args=args, parser=parser))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
