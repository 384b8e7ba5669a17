"""Interface language: Swedish source strings, English from ``helavb_en.qm``.

``.qm`` files are built, not committed: ``make translations`` builds them beside the ``.ts``
sources; when they are missing (a fresh clone, an editable install) they are built on demand
with ``pyside6-lrelease`` into a cache folder in the data directory.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = ("sv", "en")


def translations_dir() -> Path:
    return Path(str(resources.files("helavb_desktop").joinpath("resources", "translations")))


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    return shutil.which("pyside6-lrelease")


def qm_file(language: str, cache_dir: Path) -> Path | None:
    """The compiled catalogue for ``language``: shipped, cached, or built now from the .ts.

    A shipped ``.qm`` older than its ``.ts`` (a source checkout after editing the .ts) is
    rebuilt when ``pyside6-lrelease`` is at hand; otherwise it is still used (a frozen
    bundle has no lrelease and arbitrary file times).
    """
    ts = translations_dir() / f"helavb_{language}.ts"
    shipped = ts.with_suffix(".qm")
    fallback = shipped if shipped.exists() else None
    if fallback is not None and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return fallback
    cached = cache_dir / shipped.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        if fallback is None:
            log.warning("pyside6-lrelease not found; interface stays in Swedish")
        return fallback
    cache_dir.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(cached)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("building %s failed: %s", cached, exc)
        return fallback
    return cached if cached.exists() else fallback


class Translations:
    """Installs and swaps the app's and Qt's own translators (live switch)."""

    def __init__(self, app: QCoreApplication, cache_dir: Path) -> None:
        self.app = app
        self.cache_dir = cache_dir
        self._installed: list[QTranslator] = []
        self.language = "sv"

    def install(self, language: str) -> None:
        language = language if language in LANGUAGES else "sv"
        for old in self._installed:
            self.app.removeTranslator(old)
        self._installed = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(self.app)
        # Qt's own strings (Save, Cancel, Yes, No ...) in the same language as ours.
        if qt.load(f"qtbase_{language}", qt_dir):
            self._installed.append(qt)
        if language != "sv":
            path = qm_file(language, self.cache_dir)
            ours = QTranslator(self.app)
            if path is not None and ours.load(str(path)):
                self._installed.append(ours)
            else:
                log.warning("no %s translation found; showing Swedish", language)
        for translator in self._installed:
            self.app.installTranslator(translator)
        QLocale.setDefault(
            QLocale(QLocale.Language.Swedish if language == "sv" else QLocale.Language.English)
        )
        self.language = language
