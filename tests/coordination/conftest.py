"""Coordination tests reuse the sync tests' real hub process and laptops (tests/sync/conftest.py),
loaded under a name of their own so the two conftest modules never shadow each other."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

_path = Path(__file__).resolve().parents[1] / "sync" / "conftest.py"
_spec = importlib.util.spec_from_file_location("sync_fixtures", _path)
assert _spec is not None and _spec.loader is not None
sync_fixtures = importlib.util.module_from_spec(_spec)
sys.modules["sync_fixtures"] = sync_fixtures
_spec.loader.exec_module(sync_fixtures)

hub = sync_fixtures.hub
make_laptop = sync_fixtures.make_laptop
_no_keyring = sync_fixtures._no_keyring

from helavb_desktop.cli import main  # noqa: E402


@pytest.fixture
def cli() -> Callable[..., int]:
    def run(folder: Path, *args: str) -> int:
        return main(["--data-dir", str(folder), *args])

    return run
