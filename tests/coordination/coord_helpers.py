"""Helpers shared by the coordination tests (conftest.py loads the sync fixtures first)."""

from __future__ import annotations

from pathlib import Path

import sync_fixtures

from helavb_desktop.services.sync_credentials import Credentials, TokenStore


def data_dir_of(laptop: sync_fixtures.Laptop) -> Path:
    """The laptop's data folder (its register is register.sqlite in it, as the CLI expects)."""
    return Path(str(laptop.db.path)).parent


def log_in(laptop: sync_fixtures.Laptop, hub_: sync_fixtures.Hub) -> Path:
    """Store the laptop user's hub login where the CLI and the service look for it."""
    role = sync_fixtures.PASSWORDS[laptop.user][0]
    folder = data_dir_of(laptop)
    TokenStore(folder).save(Credentials(hub_.url, laptop.user, hub_.tokens[laptop.user], role))
    return folder
