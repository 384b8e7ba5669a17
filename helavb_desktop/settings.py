"""The one typed settings object, built by the composition root (``app.py`` / ``cli``).

Everything lives in the data folder (register, settings, drafts, logs), so ``--data-dir``
isolates a whole installation: tests and second registers never touch the user's own.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

log = logging.getLogger(__name__)

DATA_DIR_ENV = "HELAVB_DATA_DIR"
SETTINGS_FILE = "settings.json"


def resolve_data_dir(cli_value: str | os.PathLike[str] | None) -> Path:
    """--data-dir, else $HELAVB_DATA_DIR, else the platform's per-user data folder."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return Path(user_data_dir("HelaVB", "Lansstyrelsen Vasterbotten", roaming=True))


@dataclass(slots=True)
class Settings:
    """What a person chooses; saved as JSON beside the register."""

    data_dir: Path
    language: str = "sv"  # "sv" or "en"
    user_name: str = ""
    hub_url: str = ""
    last_municipality: str = ""
    window_geometry: str = ""  # base64 of QMainWindow.saveGeometry(); opaque here
    extra: dict[str, Any] = field(default_factory=dict)  # keys of later features

    @property
    def register_path(self) -> Path:
        return self.data_dir / "register.sqlite"

    @property
    def settings_path(self) -> Path:
        return self.data_dir / SETTINGS_FILE

    @property
    def drafts_dir(self) -> Path:
        return self.data_dir / "drafts"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        settings = cls(data_dir=data_dir)
        path = settings.settings_path
        if not path.exists():
            return settings
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            # A damaged settings file must not keep the app from starting; the register is safe.
            log.warning("settings file %s unreadable (%s); using defaults", path, exc)
            return settings
        names = {f.name for f in dataclasses.fields(cls)} - {"data_dir"}
        for key, value in stored.items():
            if key in names:
                setattr(settings, key, value)
        return settings

    def save(self) -> None:
        """Write atomically (temp file + rename) so a crash never leaves half a file."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        data = {k: v for k, v in dataclasses.asdict(self).items() if k != "data_dir"}
        fd, tmp = tempfile.mkstemp(dir=self.data_dir, prefix=".settings-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=2)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.settings_path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def actor(self) -> str:
        """Who is writing: the logged-in hub user, else the OS account."""
        if self.user_name:
            return self.user_name
        try:
            import getpass

            return getpass.getuser()
        except (OSError, KeyError):
            return "okänd"
