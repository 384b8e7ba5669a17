"""Hjälp > Om HelaVB: the version (from its one place, ``helavb_desktop.__version__``), what the
app is for, and where this installation keeps its data — what support asks first."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from helavb_desktop import __version__


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Om HelaVB"))
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>HelaVB {__version__}</h2>")
        title.setObjectName("aboutTitle")
        purpose = QLabel(
            self.tr(
                "Register över insatser, dialoganteckningar och uppföljningar i "
                "Länsstyrelsen Västerbottens arbete Hela Västerbotten – även utan nät."
            )
        )
        purpose.setWordWrap(True)
        where = QLabel(
            self.tr("Datamapp: {0}<br>Register: {1}<br>Loggar: {2}").format(
                data_dir, data_dir / "register.sqlite", data_dir / "logs"
            )
        )
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setObjectName("aboutPaths")
        tech = QLabel(
            self.tr("Python {0}, Qt för Python {1}").format(
                platform.python_version(), pyside_version
            )
        )
        for label in (title, purpose, where, tech):
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setAccessibleName(self.tr("Om HelaVB"))


class HelpMenu:
    """The Hjälp menu of the main window; ``retranslate()`` after a language switch."""

    def __init__(self, window: QMainWindow, data_dir: Path) -> None:
        self.window = window
        self.data_dir = data_dir
        self.menu: QMenu = window.menuBar().addMenu("")
        self.act_about = QAction(window)
        self.act_about.setObjectName("about")
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about.triggered.connect(self.show_about)
        self.menu.addAction(self.act_about)
        self.retranslate()

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.data_dir, self.window)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        tr = QCoreApplication.translate
        self.menu.setTitle(tr("HelpMenu", "&Hjälp"))
        self.act_about.setText(tr("HelpMenu", "&Om HelaVB…"))
