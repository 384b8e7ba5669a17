"""What every command shares: lazily opened register, and errors turned into exit codes."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from helavb_desktop.db.migrate import SchemaTooNewError
from helavb_desktop.db.setup import OpenDatabase, open_database
from helavb_desktop.domain.errors import DomainError
from helavb_desktop.services.register import RegisterService
from helavb_desktop.settings import Settings, resolve_data_dir

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Arguments that parse but make no sense together: exit 2."""


@dataclass
class CliContext:
    args: argparse.Namespace
    parser: argparse.ArgumentParser
    _opened: list[OpenDatabase] = field(default_factory=list)

    @cached_property
    def data_dir(self) -> Path:
        return resolve_data_dir(self.args.data_dir)

    @cached_property
    def settings(self) -> Settings:
        return Settings.load(self.data_dir)

    @cached_property
    def db(self) -> OpenDatabase:
        opened = open_database(self.settings.register_path)
        self._opened.append(opened)
        return opened

    @cached_property
    def register(self) -> RegisterService:
        return RegisterService(self.db.sessions, actor=self.settings.actor())

    def close(self) -> None:
        for opened in self._opened:
            opened.engine.dispose()


def fail(message: str) -> int:
    print(f"helavb: {message}", file=sys.stderr)
    return EXIT_REFUSED


def run_handler(handler: Callable[[CliContext], int], ctx: CliContext) -> int:
    """Run one command; known failures become a message and exit 1, usage errors exit 2."""
    try:
        return handler(ctx)
    except UsageError as exc:
        ctx.parser.print_usage(sys.stderr)
        print(f"helavb: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except DomainError as exc:
        return fail(str(exc))
    except SchemaTooNewError as exc:
        return fail(str(exc))
    except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
        orig = getattr(exc, "orig", exc)
        text = str(orig).lower()
        if "locked" in text:
            return fail("the register is busy (locked by another program); try again")
        if "not a database" in text or "malformed" in text:
            return fail(f"the register file is damaged: {orig}. Restore a backup (db backup)")
        if "disk" in text and "full" in text:
            return fail("the disk is full; nothing was written")
        return fail(f"database error: {orig}")
    except OSError as exc:
        return fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
    finally:
        ctx.close()
