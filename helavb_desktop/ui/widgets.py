"""Small input widgets shared by the forms, and the questions the app asks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from helavb_desktop.domain.models import Municipality

PRIORITY_MARK = "★"


def date_placeholder() -> str:
    return QCoreApplication.translate("DateField", "ÅÅÅÅ-MM-DD")


class DateField(QLineEdit):
    """An optional date typed as ÅÅÅÅ-MM-DD (empty allowed); the format a person reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(date_placeholder())
        self.setValidator(
            QRegularExpressionValidator(
                QRegularExpression(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$"), self
            )
        )
        self.setMaxLength(10)
        self.setMaximumWidth(130)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setPlaceholderText(date_placeholder())
        super().changeEvent(event)

    def value(self) -> str:
        """The text as typed; the domain validation names the field when it is no date."""
        return self.text().strip()

    def set_value(self, value: date | str | None) -> None:
        self.setText(value.isoformat() if isinstance(value, date) else (value or ""))


def municipality_text(m: Municipality) -> str:
    return f"{m.name} {PRIORITY_MARK}" if m.priority else m.name


class MunicipalityCombo(QComboBox):
    """One municipality; priority municipalities carry a star and a tooltip saying why."""

    def __init__(self, parent: QWidget | None = None, *, any_text: str | None = None) -> None:
        super().__init__(parent)
        self._any_text = any_text
        self._municipalities: list[Municipality] = []

    def set_municipalities(self, municipalities: Sequence[Municipality], priority_tip: str) -> None:
        current = self.code()
        self.blockSignals(True)
        self.clear()
        self._municipalities = list(municipalities)
        if self._any_text is not None:
            self.addItem(self._any_text, "")
        for m in sorted(municipalities, key=lambda m: m.name):
            self.addItem(municipality_text(m), m.code)
            if m.priority:
                self.setItemData(self.count() - 1, priority_tip, Qt.ItemDataRole.ToolTipRole)
        self.set_code(current)
        self.blockSignals(False)

    def set_any_text(self, text: str) -> None:
        self._any_text = text
        if self.count() and self.itemData(0) == "":
            self.setItemText(0, text)

    def code(self) -> str:
        data = self.currentData()
        return str(data) if data else ""

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        self.setCurrentIndex(index if index >= 0 else 0)


class MunicipalityChecklist(QListWidget):
    """Several municipalities, ticked with the mouse or Space; none ticked = the whole county."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_municipalities(self, municipalities: Sequence[Municipality], priority_tip: str) -> None:
        checked = set(self.codes())
        self.blockSignals(True)
        self.clear()
        for m in sorted(municipalities, key=lambda m: m.name):
            item = QListWidgetItem(municipality_text(m), self)
            item.setData(Qt.ItemDataRole.UserRole, m.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if m.code in checked else Qt.CheckState.Unchecked
            )
            if m.priority:
                item.setToolTip(priority_tip)
        self.blockSignals(False)

    def codes(self) -> list[str]:
        return [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: Sequence[str]) -> None:
        wanted = set(codes)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            code = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked)
        self.blockSignals(False)


def split_list(text: str, separator: str) -> list[str]:
    return [part.strip() for part in text.split(separator) if part.strip()]


def ask_unsaved(parent: QWidget, title: str, text: str) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel. Tests replace ``QMessageBox.question`` to answer."""
    return QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
