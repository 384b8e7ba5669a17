"""The dialogue-note form: log a visit fast, by keyboard, without losing a word.

Opens with today's date and the last municipality used, focus in the place field; counts
participants as kvinnor / män / flickor / pojkar with the total shown; links initiatives; adds
follow-ups (what, owner, due date) that are saved with the note.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helavb_desktop.domain.enums import FocusArea, NoteKind, RecordClass
from helavb_desktop.domain.models import DialogueNote, Record, RecordType
from helavb_desktop.domain.queries import ListQuery
from helavb_desktop.services.register import RegisterService
from helavb_desktop.ui import labels
from helavb_desktop.ui.context import AppContext
from helavb_desktop.ui.forms import RecordForm, save_record
from helavb_desktop.ui.models import RecordTableModel
from helavb_desktop.ui.widgets import DateField, MunicipalityCombo, split_list

ORG_SEPARATOR = ";"


def save_note_with_followups(
    register: RegisterService,
    record_id: str | None,
    values: Mapping[str, Any],
    followups: Sequence[Mapping[str, Any]],
) -> DialogueNote:
    """Worker job: validate note and follow-ups first, so a refusal leaves nothing half-saved."""
    register.validate(RecordType.NOTE, values)
    for f in followups:
        register.validate(RecordType.FOLLOWUP, f)
    note = save_record(register, RecordType.NOTE, record_id, values)
    linked = list(values.get("initiatives") or [])
    for f in followups:
        register.create(
            RecordType.FOLLOWUP,
            {**f, "note": note.id, "initiative": linked[0] if len(linked) == 1 else None},
        )
    assert isinstance(note, DialogueNote)
    return note


class NoteForm(RecordForm):
    kind = RecordType.NOTE

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._build()
        self.retranslate()
        self.setEnabled(False)

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("formHeading")
        outer.addWidget(self.heading)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form

        self.place = QLineEdit(body)
        # A typed ÅÅÅÅ-MM-DD field, not a QDateEdit: Tab in a QDateEdit walks its year, month
        # and day sections before it leaves, which traps a keyboard user.
        self.date = DateField(body)
        self.municipality = MunicipalityCombo(body)
        top = QHBoxLayout()
        top.addWidget(self.date)
        top.addWidget(self.municipality, 1)
        self.kind_box = QComboBox(body)
        for k in NoteKind:
            self.kind_box.addItem("", k.value)
        self.organisations = QLineEdit(body)

        counts = QGridLayout()
        self.count_boxes: dict[str, QSpinBox] = {}
        self.count_labels: dict[str, QLabel] = {}
        for col, name in enumerate(("women", "men", "girls", "boys")):
            label = QLabel(body)
            box = QSpinBox(body)
            box.setRange(0, 100_000)
            box.valueChanged.connect(self._update_total)
            label.setBuddy(box)
            counts.addWidget(label, 0, col)
            counts.addWidget(box, 1, col)
            self.count_boxes[name] = box
            self.count_labels[name] = label
        self.total = QLabel(body)
        self.total.setObjectName("participantsTotal")
        counts.addWidget(self.total, 2, 0, 1, 4)

        focus_grid = QGridLayout()
        self.focus_boxes: dict[str, QCheckBox] = {}
        for i, area in enumerate(FocusArea):
            check = QCheckBox(body)
            focus_grid.addWidget(check, i // 2, i % 2)
            self.focus_boxes[area.value] = check

        self.initiatives = QListWidget(body)
        self.initiatives.setMaximumHeight(90)
        self.link_button = QPushButton(body)
        self.link_button.clicked.connect(self._pick_initiative)
        self.unlink_button = QPushButton(body)
        self.unlink_button.clicked.connect(self._unlink_initiative)
        links = QVBoxLayout()
        links.addWidget(self.initiatives)
        link_buttons = QHBoxLayout()
        link_buttons.addWidget(self.link_button)
        link_buttons.addWidget(self.unlink_button)
        link_buttons.addStretch(1)
        links.addLayout(link_buttons)

        self.summary = QPlainTextEdit(body)
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(110)
        self.personal_data = QCheckBox(body)
        self.record_class = QComboBox(body)
        for rc in RecordClass:
            self.record_class.addItem("", rc.value)
        self.author = QLineEdit(body)

        self.followups = QTableWidget(0, 3, body)
        self.followups.setMinimumHeight(110)
        fu_header = self.followups.horizontalHeader()
        fu_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fu_header.resizeSection(1, 130)
        fu_header.resizeSection(2, 100)
        self.followups.verticalHeader().setVisible(False)
        self.followups.setTabKeyNavigation(False)
        self.add_followup_button = QPushButton(body)
        self.add_followup_button.clicked.connect(lambda: self.add_followup_row())
        self.remove_followup_button = QPushButton(body)
        self.remove_followup_button.clicked.connect(self._remove_followup_row)
        fu = QVBoxLayout()
        fu.addWidget(self.followups)
        fu_buttons = QHBoxLayout()
        fu_buttons.addWidget(self.add_followup_button)
        fu_buttons.addWidget(self.remove_followup_button)
        fu_buttons.addStretch(1)
        fu.addLayout(fu_buttons)
        self.existing_model = RecordTableModel(RecordType.FOLLOWUP, self.ctx.lookup, self)
        self.existing = QTableView(body)
        self.existing.setModel(self.existing_model)
        self.existing.setMaximumHeight(100)
        self.existing.verticalHeader().setVisible(False)
        self.existing.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.existing.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.existing_box = QGroupBox(body)
        QVBoxLayout(self.existing_box).addWidget(self.existing)

        self.rows: dict[str, QLabel] = {}

        def row(key: str, field: QWidget | Any) -> None:
            label = QLabel(body)
            self.rows[key] = label
            if isinstance(field, QWidget):
                label.setBuddy(field)
            form.addRow(label, field)

        row("place", self.place)
        row("date", top)
        self.rows["date"].setBuddy(self.date)
        row("kind", self.kind_box)
        row("organisations", self.organisations)
        row("participants", counts)
        row("focus_areas", focus_grid)
        row("initiatives", links)
        self.rows["initiatives"].setBuddy(self.initiatives)
        row("summary", self.summary)
        row("record_class", self.record_class)
        form.addRow("", self.personal_data)
        row("author", self.author)
        row("followups", fu)
        self.rows["followups"].setBuddy(self.followups)
        form.addRow(self.existing_box)

        outer.addLayout(self.make_save_cancel_row())

        chain: list[QWidget] = [
            self.place,
            self.date,
            self.municipality,
            self.kind_box,
            self.organisations,
            *self.count_boxes.values(),
            *self.focus_boxes.values(),
            self.initiatives,
            self.link_button,
            self.unlink_button,
            self.summary,
            self.record_class,
            self.personal_data,
            self.author,
            self.followups,
            self.add_followup_button,
            self.remove_followup_button,
            self.existing,
            self.cancel_button,
            self.save_button,
        ]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
        self.watch(
            self.place,
            self.date,
            self.municipality,
            self.kind_box,
            self.organisations,
            *self.count_boxes.values(),
            *self.focus_boxes.values(),
            self.initiatives,
            self.summary,
            self.personal_data,
            self.record_class,
            self.author,
        )
        self.followups.itemChanged.connect(self._on_edited)
        self.followups.model().rowsInserted.connect(self._on_edited)
        self.followups.model().rowsRemoved.connect(self._on_edited)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr("Ny dialoganteckning")
            if self.record_id is None
            else self.tr("Dialoganteckning")
        )
        texts = {
            "place": self.tr("&Plats"),
            "date": self.tr("&Datum och kommun"),
            "kind": self.tr("&Typ"),
            "organisations": self.tr("&Organisationer"),
            "participants": self.tr("Deltagare"),
            "focus_areas": self.tr("Insatsområden"),
            "initiatives": self.tr("Kopplade &insatser"),
            "summary": self.tr("Samman&fattning"),
            "record_class": self.tr("&Handlingstyp"),
            "author": self.tr("Förf&attare"),
            "followups": self.tr("Nya &uppföljningar"),
        }
        for key, text in texts.items():
            self.rows[key].setText(text)
        self.place.setPlaceholderText(self.tr("By eller ort, t.ex. Ammarnäs"))
        self.place.setAccessibleName(self.tr("Plats"))
        self.date.setAccessibleName(self.tr("Datum"))
        self.municipality.setAccessibleName(self.tr("Kommun"))
        self.municipality.set_municipalities(
            self.ctx.municipalities, self.tr("Prioriterad kommun enligt SOU 2017:1")
        )
        self.kind_box.setAccessibleName(self.tr("Typ av kontakt"))
        for i in range(self.kind_box.count()):
            self.kind_box.setItemText(i, labels.note_kind_label(self.kind_box.itemData(i)))
        self.organisations.setPlaceholderText(self.tr("Separera med semikolon"))
        self.organisations.setAccessibleName(self.tr("Organisationer"))
        names = {
            "women": self.tr("&Kvinnor"),
            "men": self.tr("&Män"),
            "girls": self.tr("F&lickor"),
            "boys": self.tr("P&ojkar"),
        }
        for key, text in names.items():
            self.count_labels[key].setText(text)
            self.count_boxes[key].setAccessibleName(text.replace("&", ""))
        for key, box in self.focus_boxes.items():
            box.setText(labels.focus_short(key))
            box.setToolTip(labels.focus_label(key))
        self.initiatives.setAccessibleName(self.tr("Kopplade insatser"))
        self.link_button.setText(self.tr("Koppla insats…"))
        self.unlink_button.setText(self.tr("Ta bort koppling"))
        self.summary.setAccessibleName(self.tr("Sammanfattning"))
        self.summary.setPlaceholderText(self.tr("Vad togs upp? Vad vill orten?"))
        self.personal_data.setText(self.tr("Innehåller personuppgifter"))
        self.record_class.setAccessibleName(self.tr("Handlingstyp"))
        for i in range(self.record_class.count()):
            self.record_class.setItemText(
                i, labels.record_class_label(self.record_class.itemData(i))
            )
        self.author.setAccessibleName(self.tr("Författare"))
        self.followups.setHorizontalHeaderLabels(
            [self.tr("Vad ska göras"), self.tr("Ansvarig"), self.tr("Senast")]
        )
        self.followups.setToolTip(
            self.tr("En rad per uppföljning. Senast skrivs ÅÅÅÅ-MM-DD. Sparas med anteckningen.")
        )
        self.followups.setAccessibleName(self.tr("Nya uppföljningar"))
        self.add_followup_button.setText(self.tr("Lägg till uppföljning"))
        self.remove_followup_button.setText(self.tr("Ta bort rad"))
        self.existing_box.setTitle(self.tr("Sparade uppföljningar till anteckningen"))
        self.existing_box.setVisible(self.record_id is not None)
        self.existing.setAccessibleName(self.tr("Sparade uppföljningar"))
        self.existing_model.retranslate()
        self.save_button.setText(self.tr("Spara (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Avbryt (Esc)"))
        self._update_total()

    # -- values ---------------------------------------------------------------------------

    def defaults(self) -> dict[str, Any]:
        return {
            "date": date.today().isoformat(),
            "municipality": self.ctx.settings.last_municipality,
            "author": self.ctx.settings.actor(),
            "kind": NoteKind.VISIT.value,
            "record_class": RecordClass.WORKING_NOTE.value,
        }

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "date": self.date.value(),
            "municipality": self.municipality.code(),
            "place": self.place.text(),
            "kind": self.kind_box.currentData(),
            "organisations": split_list(self.organisations.text(), ORG_SEPARATOR),
            "focus_areas": [k for k, box in self.focus_boxes.items() if box.isChecked()],
            "initiatives": self._linked_ids(),
            "summary": self.summary.toPlainText(),
            "personal_data": self.personal_data.isChecked(),
            "record_class": self.record_class.currentData(),
            "author": self.author.text(),
        }
        for key, box in self.count_boxes.items():
            values[key] = box.value()
        values["id"] = self.current_id
        return values

    def new_followups(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.followups.rowCount()):
            cells = [self.followups.item(r, c) for c in range(3)]
            what, owner, due = ((c.text().strip() if c else "") for c in cells)
            if what or owner or due:
                out.append({"description": what, "owner": owner, "due_date": due})
        return out

    def draft_values(self) -> dict[str, Any]:
        return {
            **self.collect(),
            "_followups": self.new_followups(),
            "_initiative_titles": self._linked_titles(),
        }

    def draft_title(self) -> str:
        place = self.place.text().strip() or self.municipality.currentText()
        return f"{self.date.value()} {place}".strip()

    def fill(self, values: Mapping[str, Any]) -> None:
        self.place.setText(values.get("place", "") or "")
        raw_date = values.get("date") or date.today().isoformat()
        self.date.set_value(str(raw_date))
        self.municipality.set_code(values.get("municipality", "") or "")
        self._select(self.kind_box, values.get("kind") or NoteKind.VISIT.value)
        self.organisations.setText(f"{ORG_SEPARATOR} ".join(values.get("organisations") or []))
        for key, box in self.count_boxes.items():
            box.setValue(int(values.get(key) or 0))
        areas = set(values.get("focus_areas") or [])
        for key, check in self.focus_boxes.items():
            check.setChecked(key in areas)
        titles = dict(values.get("_initiative_titles") or {})
        self.initiatives.clear()
        for ini_id in values.get("initiatives") or []:
            self._add_link(ini_id, titles.get(ini_id, "…"))
        self.summary.setPlainText(values.get("summary", "") or "")
        self.personal_data.setChecked(bool(values.get("personal_data")))
        self._select(
            self.record_class, values.get("record_class") or RecordClass.WORKING_NOTE.value
        )
        self.author.setText(values.get("author", "") or "")
        self.followups.setRowCount(0)
        for f in values.get("_followups") or []:
            self.add_followup_row(f)
        self.existing_model.set_rows([])
        self.retranslate()

    @staticmethod
    def _select(box: QComboBox, data: str) -> None:
        index = box.findData(data)
        box.setCurrentIndex(max(index, 0))

    def field_widget(self, name: str) -> QWidget | None:
        return {
            "date": self.date,
            "municipality": self.municipality,
            "place": self.place,
            "kind": self.kind_box,
            "organisations": self.organisations,
            "summary": self.summary,
            "author": self.author,
            "description": self.followups,
            "owner": self.followups,
            "due_date": self.followups,
            **self.count_boxes,
        }.get(name)

    def first_widget(self) -> QWidget | None:
        return self.place

    def after_fill(self) -> None:
        ids = self._linked_ids()
        if ids and any(t == "…" for t in self._linked_titles().values()):
            self.ctx.runner.submit(
                self.ctx.register.get_many,
                RecordType.INITIATIVE,
                ids,
                on_done=self._on_initiative_titles,
            )
        if self.record_id is not None:
            self.ctx.runner.submit(
                self.ctx.register.list,
                RecordType.FOLLOWUP,
                ListQuery(note=self.record_id),
                on_done=self.existing_model.set_rows,
            )

    def _on_initiative_titles(self, records: list[Record]) -> None:
        titles = {r.id: getattr(r, "title", r.id) for r in records}
        for i in range(self.initiatives.count()):
            item = self.initiatives.item(i)
            ini_id = item.data(Qt.ItemDataRole.UserRole)
            if ini_id in titles:
                item.setText(titles[ini_id])

    def save_job(self, values: dict[str, Any]) -> tuple[Any, tuple[Any, ...]]:
        return save_note_with_followups, (
            self.ctx.register,
            self.record_id,
            values,
            self.new_followups(),
        )

    def save(self, after: Any = None) -> None:
        municipality = self.municipality.code()

        def then() -> None:
            # The next note most likely happens in the same municipality.
            if municipality and municipality != self.ctx.settings.last_municipality:
                self.ctx.settings.last_municipality = municipality
                self.ctx.save_settings()
            self._loading = True
            self.followups.setRowCount(0)
            self._loading = False
            self.retranslate()
            self.after_fill()
            if after is not None:
                after()

        super().save(after=then)

    # -- participants, links, follow-ups -----------------------------------------------------

    def _update_total(self) -> None:
        women, men, girls, boys = (
            self.count_boxes[k].value() for k in ("women", "men", "girls", "boys")
        )
        total = women + men + girls + boys
        self.total.setText(
            self.tr("Totalt {total} deltagare, varav {children} barn").format(
                total=total, children=girls + boys
            )
        )

    def _linked_ids(self) -> list[str]:
        return [
            str(self.initiatives.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.initiatives.count())
        ]

    def _linked_titles(self) -> dict[str, str]:
        return {
            str(self.initiatives.item(i).data(Qt.ItemDataRole.UserRole)): self.initiatives.item(
                i
            ).text()
            for i in range(self.initiatives.count())
        }

    def _add_link(self, ini_id: str, title: str) -> None:
        if ini_id in self._linked_ids():
            return
        item = QListWidgetItem(title, self.initiatives)
        item.setData(Qt.ItemDataRole.UserRole, ini_id)

    def link_initiative(self, ini_id: str, title: str) -> None:
        self._add_link(ini_id, title)

    def _pick_initiative(self) -> None:
        from helavb_desktop.ui.dialogs import InitiativePickerDialog

        dialog = InitiativePickerDialog(self.ctx, self)
        dialog.picked.connect(self.link_initiative)
        dialog.open()

    def _unlink_initiative(self) -> None:
        row = self.initiatives.currentRow()
        if row >= 0:
            self.initiatives.takeItem(row)
            self._on_edited()

    def add_followup_row(self, values: Mapping[str, Any] | None = None) -> None:
        """A new row; without ``values`` (the button) it is prefilled and opened for typing."""
        typing = values is None
        values = values or {
            "description": "",
            "owner": self.ctx.settings.actor(),
            "due_date": (date.today() + timedelta(days=14)).isoformat(),
        }
        r = self.followups.rowCount()
        self.followups.insertRow(r)
        for c, key in enumerate(("description", "owner", "due_date")):
            self.followups.setItem(r, c, QTableWidgetItem(str(values.get(key) or "")))
        if typing and not self._loading:
            self.followups.setCurrentCell(r, 0)
            self.followups.setFocus()
            item = self.followups.item(r, 0)
            if item is not None:
                self.followups.editItem(item)

    def _remove_followup_row(self) -> None:
        r = self.followups.currentRow()
        if r >= 0:
            self.followups.removeRow(r)
