"""The follow-up form: what was promised, by whom, by when, and whether it is done."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helavb_desktop.domain.enums import FollowUpStatus
from helavb_desktop.domain.models import RecordType
from helavb_desktop.ui import labels
from helavb_desktop.ui.context import AppContext
from helavb_desktop.ui.forms import RecordForm
from helavb_desktop.ui.widgets import DateField


class FollowUpForm(RecordForm):
    kind = RecordType.FOLLOWUP
    open_requested = Signal(object, str)  # RecordType, id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._links: dict[str, Any] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("formHeading")
        outer.addWidget(self.heading)
        form = QFormLayout()
        outer.addLayout(form)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(110)
        self.owner = QLineEdit(self)
        self.due_date = DateField(self)
        self.status = QComboBox(self)
        for st in FollowUpStatus:
            self.status.addItem("", st.value)
        self.links_label = QLabel(self)
        self.links_label.setWordWrap(True)
        self.rows: dict[str, QLabel] = {}
        for key, field in (
            ("description", self.description),
            ("owner", self.owner),
            ("due_date", self.due_date),
            ("status", self.status),
        ):
            label = QLabel(self)
            label.setBuddy(field)
            self.rows[key] = label
            form.addRow(label, field)
        form.addRow(self.links_label)
        links = QHBoxLayout()
        self.note_button = QPushButton(self)
        self.note_button.clicked.connect(lambda: self._open_link("note", RecordType.NOTE))
        self.initiative_button = QPushButton(self)
        self.initiative_button.clicked.connect(
            lambda: self._open_link("initiative", RecordType.INITIATIVE)
        )
        links.addWidget(self.note_button)
        links.addWidget(self.initiative_button)
        links.addStretch(1)
        form.addRow(links)
        outer.addStretch(1)
        outer.addLayout(self.make_save_cancel_row())
        self.watch(self.description, self.owner, self.due_date, self.status)
        self.retranslate()
        self.setEnabled(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr("Ny uppföljning") if self.record_id is None else self.tr("Uppföljning")
        )
        for key, text in {
            "description": self.tr("&Vad ska göras"),
            "owner": self.tr("&Ansvarig"),
            "due_date": self.tr("&Senast"),
            "status": self.tr("S&tatus"),
        }.items():
            self.rows[key].setText(text)
            self.field_widget(key).setAccessibleName(text.replace("&", ""))  # type: ignore[union-attr]
        for i in range(self.status.count()):
            self.status.setItemText(i, labels.followup_status_label(self.status.itemData(i)))
        has_note, has_initiative = (
            bool(self._links.get("note")),
            bool(self._links.get("initiative")),
        )
        self.links_label.setText(
            ""
            if has_note or has_initiative
            else self.tr("Inte kopplad till anteckning eller insats.")
        )
        self.note_button.setText(self.tr("Visa &anteckningen"))
        self.note_button.setVisible(has_note)
        self.initiative_button.setText(self.tr("Visa &insatsen"))
        self.initiative_button.setVisible(has_initiative)
        self.save_button.setText(self.tr("Spara (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Avbryt (Esc)"))

    def _open_link(self, key: str, kind: RecordType) -> None:
        target = self._links.get(key)
        if target:
            self.open_requested.emit(kind, target)

    def defaults(self) -> dict[str, Any]:
        return {"owner": self.ctx.settings.actor(), "status": FollowUpStatus.OPEN.value}

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "description": self.description.toPlainText(),
            "owner": self.owner.text(),
            "due_date": self.due_date.value(),
            "status": self.status.currentData(),
            "note": self._links.get("note"),
            "initiative": self._links.get("initiative"),
        }
        values["id"] = self.current_id
        return values

    def fill(self, values: Mapping[str, Any]) -> None:
        self._links = {"note": values.get("note"), "initiative": values.get("initiative")}
        self.description.setPlainText(values.get("description", "") or "")
        self.owner.setText(values.get("owner", "") or "")
        self.due_date.set_value(values.get("due_date"))
        index = self.status.findData(values.get("status") or FollowUpStatus.OPEN.value)
        self.status.setCurrentIndex(max(index, 0))
        self.retranslate()

    def field_widget(self, name: str) -> QWidget | None:
        return {
            "description": self.description,
            "owner": self.owner,
            "due_date": self.due_date,
            "status": self.status,
        }.get(name)

    def first_widget(self) -> QWidget | None:
        return self.description

    def draft_title(self) -> str:
        return self.description.toPlainText().strip()[:60]
