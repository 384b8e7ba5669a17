"""Turning exceptions into something a person can act on, or a bug report.

Known failures (refused input, missing record, database locked/damaged, disk full) get a
plain message; anything else is a bug: logged with its traceback and shown with details.
"""

from __future__ import annotations

import logging
import sqlite3
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from helavb_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from helavb_desktop.ui import labels

log = logging.getLogger(__name__)


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def validation_text(message: str) -> str:
    """The domain's refusals are English; the common ones are worded for the person here."""
    fixed = {
        "is required": _t("Errors", "måste fyllas i"),
        "is before start_date": _t("Errors", "ligger före startdatum"),
        "must be a single line": _t("Errors", "får bara vara en rad"),
        "must be 0 or more": _t("Errors", "måste vara 0 eller mer"),
        "must be a whole number": _t("Errors", "måste vara ett heltal"),
        "is unreasonably large": _t("Errors", "är orimligt stort"),
    }
    if message in fixed:
        return fixed[message]
    if message.startswith("is longer than"):
        return _t("Errors", "är för lång")
    if "is not a date" in message:
        return _t("Errors", "är inget datum; skriv ÅÅÅÅ-MM-DD")
    if "municipality code" in message:
        return _t("Errors", "är ingen kommun i Västerbotten")
    return message


def known_message(exc: BaseException) -> str | None:
    """A message fit to show for a known failure, or None for a bug."""
    if isinstance(exc, ValidationError):
        return _t("Errors", "Kontrollera fältet ”{field}”: {message}").format(
            field=labels.field_label(exc.field), message=validation_text(exc.message)
        )
    if isinstance(exc, NotFoundError):
        return _t("Errors", "Posten finns inte längre (den kan ha tagits bort).")
    if isinstance(exc, DomainError):
        return str(exc)
    # SQLAlchemy wraps sqlite3 errors; the ui never imports SQLAlchemy, so look at .orig.
    orig = getattr(exc, "orig", exc)
    if isinstance(orig, sqlite3.Error):
        text = str(orig).lower()
        if "locked" in text or "busy" in text:
            return _t(
                "Errors", "Registret är upptaget av ett annat program. Försök igen om en stund."
            )
        if "full" in text:
            return _t("Errors", "Disken är full. Inget sparades; frigör utrymme och försök igen.")
        if "malformed" in text or "not a database" in text:
            return _t("Errors", "Registerfilen är skadad. Återställ en säkerhetskopia.")
    if isinstance(exc, OSError):
        return _t("Errors", "Filen kunde inte läsas eller skrivas: {error}").format(error=exc)
    return None


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Show a known failure as a message, a bug as an error dialog with details (non-blocking)."""
    message = known_message(exc)
    box = QMessageBox(parent)
    box.setWindowTitle(_t("Errors", "HelaVB"))
    if message is not None:
        log.info("refused: %s", exc)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(message)
    else:
        log.error("unexpected error", exc_info=exc)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(
            _t(
                "Errors",
                "Ett oväntat fel inträffade. Det du skrivit finns kvar som utkast; felet loggades.",
            )
        )
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.setAccessibleName(box.text())
    box.open()  # non-blocking: the worker and the autosave keep going
    return box
