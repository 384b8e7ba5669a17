"""The initiative editor: every field of an insats, with its notes and follow-ups beside it."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helavb_desktop.domain.enums import FocusArea, InitiativeStatus
from helavb_desktop.domain.models import RecordType
from helavb_desktop.domain.queries import ListQuery
from helavb_desktop.ui import labels
from helavb_desktop.ui.context import AppContext
from helavb_desktop.ui.duplicate_warning import DuplicateGuard
from helavb_desktop.ui.forms import RecordForm
from helavb_desktop.ui.models import RecordTableModel
from helavb_desktop.ui.widgets import DateField, MunicipalityChecklist, split_list

LINKED_LIMIT = 500


class InitiativeEditor(RecordForm):
    kind = RecordType.INITIATIVE
    open_requested = Signal(object, str)  # RecordType, id: show a linked note or follow-up
    new_linked = Signal(object, dict)  # RecordType, defaults: a new note/follow-up for this one

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._build()
        self.retranslate()
        self.setEnabled(False)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("formHeading")
        outer.addWidget(self.heading)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)

        left = QFormLayout()
        self.title = QLineEdit(self)
        self.focus_area = QComboBox(self)
        for area in FocusArea:
            self.focus_area.addItem("", area.value)
        self.status = QComboBox(self)
        for st in InitiativeStatus:
            self.status.addItem("", st.value)
        self.start_date = DateField(self)
        self.end_date = DateField(self)
        dates = QHBoxLayout()
        self.to_label = QLabel(self)
        dates.addWidget(self.start_date)
        dates.addWidget(self.to_label)
        dates.addWidget(self.end_date)
        dates.addStretch(1)
        self.responsible = QLineEdit(self)
        self.diarienummer = QLineEdit(self)
        self.tags = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.outcome = QPlainTextEdit(self)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumHeight(80)
        self.rows: dict[str, QLabel] = {}

        def row(key: str, field: Any, form: QFormLayout = left) -> None:
            label = QLabel(self)
            self.rows[key] = label
            if isinstance(field, QWidget):
                label.setBuddy(field)
            form.addRow(label, field)

        row("title", self.title)
        self.duplicates = DuplicateGuard(self, self.title)
        left.addRow("", self.duplicates.hint)
        row("focus_area", self.focus_area)
        row("status", self.status)
        row("period", dates)
        self.rows["period"].setBuddy(self.start_date)
        row("responsible", self.responsible)
        row("diarienummer", self.diarienummer)
        row("tags", self.tags)
        row("description", self.description)
        row("outcome", self.outcome)
        columns.addLayout(left, 3)

        middle = QVBoxLayout()
        self.municipalities_label = QLabel(self)
        self.municipalities = MunicipalityChecklist(self)
        self.municipalities_label.setBuddy(self.municipalities)
        self.county_hint = QLabel(self)
        self.county_hint.setWordWrap(True)
        self.county_hint.setObjectName("hint")
        middle.addWidget(self.municipalities_label)
        middle.addWidget(self.municipalities, 1)
        middle.addWidget(self.county_hint)
        columns.addLayout(middle, 2)

        right = QVBoxLayout()
        self.notes_label = QLabel(self)
        self.notes_model = RecordTableModel(RecordType.NOTE, self.ctx.lookup, self)
        self.notes_view = self._linked_view(self.notes_model, stretch=5)
        for col in (3, 4, 6):  # type, participants, author: the summary says more here
            self.notes_view.setColumnHidden(col, True)
        self.notes_label.setBuddy(self.notes_view)
        self.followups_label = QLabel(self)
        self.followups_model = RecordTableModel(RecordType.FOLLOWUP, self.ctx.lookup, self)
        self.followups_view = self._linked_view(self.followups_model, stretch=1)
        self.followups_label.setBuddy(self.followups_view)
        right.addWidget(self.notes_label)
        right.addWidget(self.notes_view, 3)
        right.addWidget(self.followups_label)
        right.addWidget(self.followups_view, 2)
        linked_buttons = QHBoxLayout()
        self.new_note_button = QPushButton(self)
        self.new_note_button.clicked.connect(self._new_note)
        self.new_followup_button = QPushButton(self)
        self.new_followup_button.clicked.connect(self._new_followup)
        linked_buttons.addWidget(self.new_note_button)
        linked_buttons.addWidget(self.new_followup_button)
        linked_buttons.addStretch(1)
        right.addLayout(linked_buttons)
        columns.addLayout(right, 4)

        buttons = QGridLayout()
        self.history_button = QPushButton(self)
        self.history_button.clicked.connect(self._show_history)
        buttons.addWidget(self.history_button, 0, 0, Qt.AlignmentFlag.AlignLeft)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        buttons.setColumnStretch(0, 1)
        buttons.addWidget(self.cancel_button, 0, 1)
        buttons.addWidget(self.save_button, 0, 2)
        outer.addLayout(buttons)

        chain: list[QWidget] = [
            self.title,
            self.focus_area,
            self.status,
            self.start_date,
            self.end_date,
            self.responsible,
            self.diarienummer,
            self.tags,
            self.description,
            self.outcome,
            self.municipalities,
            self.notes_view,
            self.followups_view,
            self.new_note_button,
            self.new_followup_button,
            self.history_button,
            self.cancel_button,
            self.save_button,
        ]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
        self.watch(
            self.title,
            self.focus_area,
            self.status,
            self.start_date,
            self.end_date,
            self.responsible,
            self.diarienummer,
            self.tags,
            self.description,
            self.outcome,
            self.municipalities,
        )

    def _linked_view(self, model: RecordTableModel, *, stretch: int) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.setWordWrap(False)
        view.doubleClicked.connect(lambda index, m=model: self._open_linked(m, index))
        view.activated.connect(lambda index, m=model: self._open_linked(m, index))
        return view

    def _open_linked(self, model: RecordTableModel, index: QModelIndex) -> None:
        record = model.record_at(index.row())
        if record is not None:
            self.open_requested.emit(model.kind, record.id)

    def _new_note(self) -> None:
        if self.record_id is not None:
            self.new_linked.emit(
                RecordType.NOTE,
                {
                    "initiatives": [self.record_id],
                    "_initiative_titles": {self.record_id: self.title.text()},
                    "focus_areas": [self.focus_area.currentData()],
                },
            )

    def _new_followup(self) -> None:
        if self.record_id is not None:
            self.new_linked.emit(RecordType.FOLLOWUP, {"initiative": self.record_id})

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Ny insats") if self.record_id is None else self.tr("Insats"))
        texts = {
            "title": self.tr("&Titel"),
            "focus_area": self.tr("&Insatsområde"),
            "status": self.tr("&Status"),
            "period": self.tr("&Period"),
            "responsible": self.tr("&Ansvarig"),
            "diarienummer": self.tr("&Diarienummer"),
            "tags": self.tr("Ta&ggar"),
            "description": self.tr("&Beskrivning"),
            "outcome": self.tr("&Resultat"),
        }
        for key, text in texts.items():
            self.rows[key].setText(text)
        self.title.setAccessibleName(self.tr("Titel"))
        self.focus_area.setAccessibleName(self.tr("Insatsområde"))
        for i in range(self.focus_area.count()):
            self.focus_area.setItemText(i, labels.focus_label(self.focus_area.itemData(i)))
        self.status.setAccessibleName(self.tr("Status"))
        for i in range(self.status.count()):
            self.status.setItemText(i, labels.status_label(self.status.itemData(i)))
        self.start_date.setAccessibleName(self.tr("Startdatum"))
        self.end_date.setAccessibleName(self.tr("Slutdatum"))
        self.to_label.setText(self.tr("till"))
        self.responsible.setAccessibleName(self.tr("Ansvarig"))
        self.diarienummer.setAccessibleName(self.tr("Diarienummer"))
        self.diarienummer.setPlaceholderText(self.tr("t.ex. 101-1234-2026"))
        self.tags.setAccessibleName(self.tr("Taggar"))
        self.tags.setPlaceholderText(self.tr("Separera med komma"))
        self.description.setAccessibleName(self.tr("Beskrivning"))
        self.outcome.setAccessibleName(self.tr("Resultat"))
        self.municipalities_label.setText(self.tr("&Kommuner"))
        self.municipalities.setAccessibleName(self.tr("Kommuner"))
        self.municipalities.set_municipalities(
            self.ctx.municipalities, self.tr("Prioriterad kommun enligt SOU 2017:1")
        )
        self.county_hint.setText(
            self.tr("★ = prioriterad kommun (SOU 2017:1). Ingen kommun vald = hela länet.")
        )
        self.notes_label.setText(
            self.tr("Kopplade &anteckningar ({n})").format(n=self.notes_model.rowCount())
        )
        self.notes_view.setAccessibleName(self.tr("Kopplade anteckningar"))
        self.followups_label.setText(
            self.tr("&Uppföljningar ({n})").format(n=self.followups_model.rowCount())
        )
        self.followups_view.setAccessibleName(self.tr("Uppföljningar"))
        self.notes_model.retranslate()
        self.followups_model.retranslate()
        self.new_note_button.setText(self.tr("Ny anteckning om insatsen"))
        self.new_followup_button.setText(self.tr("Ny uppföljning"))
        for button in (self.new_note_button, self.new_followup_button):
            button.setEnabled(self.record_id is not None)  # a new insats is saved first
        self.history_button.setText(self.tr("&Historik…"))
        self.history_button.setEnabled(self.record_id is not None)
        self.save_button.setText(self.tr("Spara (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Avbryt (Esc)"))

    # -- values ---------------------------------------------------------------------------

    def defaults(self) -> dict[str, Any]:
        return {"responsible": self.ctx.settings.actor()}

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "title": self.title.text(),
            "focus_area": self.focus_area.currentData(),
            "status": self.status.currentData(),
            "municipalities": self.municipalities.codes(),
            "start_date": self.start_date.value(),
            "end_date": self.end_date.value(),
            "responsible": self.responsible.text(),
            "description": self.description.toPlainText(),
            "outcome": self.outcome.toPlainText(),
            "tags": split_list(self.tags.text(), ","),
            "diarienummer": self.diarienummer.text(),
        }
        values["id"] = self.current_id
        return values

    def fill(self, values: Mapping[str, Any]) -> None:
        self.title.setText(values.get("title", "") or "")
        for box, key, default in (
            (self.focus_area, "focus_area", FocusArea.LANDSBYGDSMYNDIGHETEN.value),
            (self.status, "status", InitiativeStatus.PLANNED.value),
        ):
            index = box.findData(values.get(key) or default)
            box.setCurrentIndex(max(index, 0))
        self.municipalities.set_codes(values.get("municipalities") or [])
        self.start_date.set_value(values.get("start_date"))
        self.end_date.set_value(values.get("end_date"))
        self.responsible.setText(values.get("responsible", "") or "")
        self.description.setPlainText(values.get("description", "") or "")
        self.outcome.setPlainText(values.get("outcome", "") or "")
        self.tags.setText(", ".join(values.get("tags") or []))
        self.diarienummer.setText(values.get("diarienummer", "") or "")
        self.notes_model.set_rows([])
        self.followups_model.set_rows([])
        self.retranslate()

    def field_widget(self, name: str) -> QWidget | None:
        return {
            "title": self.title,
            "focus_area": self.focus_area,
            "status": self.status,
            "municipalities": self.municipalities,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "responsible": self.responsible,
            "description": self.description,
            "outcome": self.outcome,
            "tags": self.tags,
            "diarienummer": self.diarienummer,
        }.get(name)

    def first_widget(self) -> QWidget | None:
        return self.title

    def draft_title(self) -> str:
        return self.title.text().strip()

    def after_fill(self) -> None:
        if self.record_id is None:
            return
        query = ListQuery(initiative=self.record_id, limit=LINKED_LIMIT)
        self.ctx.runner.submit(
            self.ctx.register.list, RecordType.NOTE, query, on_done=self._on_notes
        )
        self.ctx.runner.submit(
            self.ctx.register.list, RecordType.FOLLOWUP, query, on_done=self._on_followups
        )

    def _on_notes(self, rows: list[Any]) -> None:
        self.notes_model.set_rows(rows)
        self.retranslate()

    def _on_followups(self, rows: list[Any]) -> None:
        self.followups_model.set_rows(rows)
        self.retranslate()

    def _show_history(self) -> None:
        menu = getattr(self.window(), "coordination", None)
        if menu is not None and self.record_id is not None:
            menu.open_history(self.kind, self.record_id, self.title.text())

    def open_existing(self, record_id: str) -> None:
        """The duplicate warning's "Öppna befintlig": the typing stays as a draft."""
        self.flush_draft()
        self._set_dirty(False)
        self.open_requested.emit(self.kind, record_id)

    def save(self, after: Any = None) -> None:
        if self.duplicates.should_check():
            # A new initiative: warn about similar titles first (the search runs on the worker).
            self.duplicates.check_then(lambda: self._save_checked(after))
            return
        self._save_checked(after)

    def _save_checked(self, after: Any = None) -> None:
        def then() -> None:
            self.retranslate()
            self.after_fill()
            if after is not None:
                after()

        super().save(after=then)
