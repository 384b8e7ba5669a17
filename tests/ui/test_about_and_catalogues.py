"""Hjälp > Om HelaVB shows the one version; the English catalogue covers the app's strings."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from helavb_desktop import __version__
from helavb_desktop.ui.i18n import translations_dir
from helavb_desktop.ui.sync_status import describe_error


def test_about_shows_version_and_data_folder(qtbot: Any, make_window: Any) -> None:
    w = make_window().window
    assert w.help_menu.menu.title() == "&Hjälp"
    dialog = w.help_menu.show_about()
    qtbot.addWidget(dialog)
    title = dialog.findChild(QLabel, "aboutTitle")
    paths = dialog.findChild(QLabel, "aboutPaths")
    assert __version__ in title.text()
    assert str(w.ctx.settings.data_dir) in paths.text()
    dialog.close()


def test_help_menu_and_sync_messages_translate(qtbot: Any, make_window: Any) -> None:
    from helavb_desktop.sync.client import HubUnreachable
    from helavb_desktop.ui.dialogs import SettingsDialog

    w = make_window().window
    dialog = SettingsDialog(w.ctx, w)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.apply()
    qtbot.waitUntil(lambda: w.help_menu.menu.title() == "&Help", timeout=5000)
    assert w.help_menu.act_about.text() == "&About HelaVB…"
    assert describe_error(HubUnreachable("down")).startswith("The hub does not answer")
    assert QCoreApplication.translate("AboutDialog", "Om HelaVB") == "About HelaVB"
    # Translators are installed on the one QApplication: leave it Swedish for the next test.
    dialog = SettingsDialog(w.ctx, w)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.apply()
    qtbot.waitUntil(lambda: w.help_menu.menu.title() == "&Hjälp", timeout=5000)


def test_catalogues_are_complete_and_well_formed() -> None:
    """Every message has a translation, and no entry was extracted with its context taken
    for the text (lupdate misreads ``tr = QCoreApplication.translate; tr(ctx, text)``)."""
    for language in ("sv", "en"):
        root = ET.parse(translations_dir() / f"helavb_{language}.ts").getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            assert name, f"{language}: a context without a name"
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                assert translation is not None
                text = "".join(translation.itertext()).strip()
                assert text, f"{language}: no translation for {name}/{source!r}"
                assert translation.get("type") != "unfinished", f"{name}/{source!r}"
