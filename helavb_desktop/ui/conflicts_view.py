"""The conflict queue for coordinators: each open conflict field by field, resolved one by one.

The list comes from the local cache (works offline); resolving is online work and runs
``CoordinationService.resolve`` on the task runner. Base, hub and client values stand side by
side with who wrote each and when; the coordinator takes one of them or writes a merged value.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helavb_desktop.ui.context import AppContext
from helavb_desktop.ui.coordination_common import (
    RowColumn,
    RowsTableModel,
    coordination_message,
    field_name,
    format_value,
    format_when,
    one_line,
)
from helavb_desktop.ui.errors import show_error

log = logging.getLogger(__name__)

SIDES = ("base", "hub", "client")
OWN = "own"


def kind_text(kind: str) -> str:
    tr = ConflictsDialog.tr_static
    return {
        "field": tr("Ändrat på två ställen"),
        "edit_vs_delete": tr("Ändrad här, borttagen på hubben"),
        "delete_vs_edit": tr("Borttagen här, ändrad på hubben"),
        "duplicate": tr("Möjlig dubblett"),
    }.get(kind, kind)


def conflict_columns(lookup: Any) -> list[RowColumn]:
    tr = ConflictsDialog.tr_static
    return [
        RowColumn(lambda: tr("Post"), lambda c: one_line(c.record_label, 50), tooltip=None),
        RowColumn(lambda: tr("Fält"), lambda c: field_name(c.field)),
        RowColumn(
            lambda: tr("Klientens ändring"),
            lambda c: " ".join(p for p in (c.client.who, format_when(c.client.when)) if p),
        ),
    ]


# Fields whose values come from a fixed list: the coordinator picks one of the sides.
CHOICE_FIELDS = frozenset({"focus_area", "focus_areas", "status", "kind", "record_class"})
MUNICIPALITY_FIELDS = frozenset({"municipality", "municipalities"})


def editable_text(value: Any, field: str = "", lookup: Any = None) -> str:
    """A value as the coordinator edits it: lists comma-separated, municipalities by name."""
    if value is None:
        return ""
    items = list(value) if isinstance(value, list | tuple) else [value]
    if field in MUNICIPALITY_FIELDS and lookup is not None:
        items = [lookup.municipality(str(v)) for v in items]
    return ", ".join(str(v) for v in items)


def parse_own_value(text: str, like: Any, field: str = "", lookup: Any = None) -> Any:
    """The merged value typed by the coordinator, in the spelling of the values it replaces
    (municipality names back to codes; anything unknown is left for the hub's check)."""
    if field in MUNICIPALITY_FIELDS and lookup is not None:
        codes = {name.casefold(): code for code, name in lookup.municipality_names.items()}
        parts = [p.strip() for p in text.split(",") if p.strip()]
        mapped = [codes.get(p.casefold(), p) for p in parts]
        return mapped if isinstance(like, list | tuple) else (mapped[0] if mapped else "")
    if isinstance(like, list | tuple):
        return [part.strip() for part in text.split(",") if part.strip()]
    if isinstance(like, int) and not isinstance(like, bool):
        return int(text.strip() or "0")
    return text


class SideColumn(QGroupBox):
    """One of base / hub / client: the value, who wrote it and when, and a radio to take it."""

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.value_label = QLabel(self)
        self.value_label.setWordWrap(True)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.value_label.setMinimumWidth(160)
        self.value_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.value_label.setMargin(6)
        self.who_label = QLabel(self)
        self.who_label.setObjectName("hint")
        self.radio = QRadioButton(self)
        self.value_label.setMinimumHeight(48)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value_label)
        layout.addWidget(self.who_label)
        layout.addWidget(self.radio)
        layout.addStretch(1)


class ConflictsDialog(QDialog):
    """Konflikter: the open conflicts, one detail at a time, resolved on the worker."""

    records_changed = Signal()  # a resolution changed the register: lists should reload
    resolved = Signal(int)  # conflict id
    conflicts_loaded = Signal(int)  # how many open conflicts are listed

    @staticmethod
    def tr_static(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ConflictsDialog", text)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.coordination
        self.setObjectName("conflictsDialog")
        self.resize(1180, 700)
        self.busy = False
        self._notice = ""  # shown once the list is back after a resolution
        self._authors: dict[int, Any] = {}  # conflict id -> ConflictDetail with authors
        self.model = RowsTableModel(conflict_columns(ctx.lookup), self)

        self.heading = QLabel(self)
        self.heading.setObjectName("viewHeading")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("hint")
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur.row()))
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)

        detail = QWidget(self)
        self.record_heading = QLabel(detail)
        self.record_heading.setObjectName("formHeading")
        self.record_heading.setWordWrap(True)
        self.field_heading = QLabel(detail)
        self.field_heading.setObjectName("sectionHeading")
        self.sides = {side: SideColumn(side, detail) for side in SIDES}
        self.group = QButtonGroup(self)
        sides_row = QHBoxLayout()
        for side in SIDES:
            self.group.addButton(self.sides[side].radio)
            sides_row.addWidget(self.sides[side], 1)
        self.own_radio = QRadioButton(detail)
        self.group.addButton(self.own_radio)
        self.own_edit = QPlainTextEdit(detail)
        self.own_edit.setMaximumHeight(70)
        self.own_edit.setTabChangesFocus(True)
        self.own_edit.textChanged.connect(self._on_own_typed)
        self.note_label = QLabel(detail)
        self.note_edit = QLineEdit(detail)
        self.note_label.setBuddy(self.note_edit)
        self.message = QLabel(detail)
        self.message.setWordWrap(True)
        self.resolve_button = QPushButton(detail)
        self.resolve_button.setDefault(True)
        self.resolve_button.clicked.connect(self.resolve_current)
        self.group.buttonToggled.connect(lambda *_a: self._update_buttons())
        grid = QGridLayout()
        grid.addWidget(self.own_radio, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.own_edit, 0, 1)
        grid.addWidget(self.note_label, 1, 0)
        grid.addWidget(self.note_edit, 1, 1)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.addWidget(self.record_heading)
        detail_layout.addWidget(self.field_heading)
        detail_layout.addLayout(sides_row)
        detail_layout.addLayout(grid)
        resolve_row = QHBoxLayout()
        resolve_row.addWidget(self.message, 1)
        resolve_row.addWidget(self.resolve_button)
        detail_layout.addLayout(resolve_row)
        detail_layout.addStretch(1)
        self.detail = detail

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty_label)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 700])
        splitter.setChildrenCollapsible(False)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self._show(-1)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Konflikter"))
        self.heading.setText(self.tr("Konflikter att lösa"))
        self.intro.setText(
            self.tr(
                "Samma fält har ändrats på två ställen. Jämför värdena, välj vilket som ska gälla "
                "eller skriv ett sammanvägt värde, och lös konflikten. Beslutet synkas till alla."
            )
        )
        titles = {
            "base": self.tr("Bas – värdet innan ändringarna"),
            "hub": self.tr("Hubben – det som gäller nu"),
            "client": self.tr("Klienten – ändringen som krockade"),
        }
        radios = {
            "base": self.tr("Återgå till &basvärdet"),
            "hub": self.tr("Behåll &hubbens värde"),
            "client": self.tr("Ta &klientens värde"),
        }
        for side, column in self.sides.items():
            column.setTitle(titles[side])
            column.radio.setText(radios[side])
        self.own_radio.setText(self.tr("&Eget värde:"))
        self.own_edit.setAccessibleName(self.tr("Eget sammanvägt värde"))
        self.own_edit.setPlaceholderText(self.tr("Skriv det värde som ska gälla"))
        self.note_label.setText(self.tr("&Notering:"))
        self.note_edit.setPlaceholderText(self.tr("Varför (valfritt; syns i historiken)"))
        self.resolve_button.setText(self.tr("&Lös konflikten"))
        self.refresh_button.setText(self.tr("&Uppdatera"))
        self.view.setAccessibleName(self.tr("Öppna konflikter"))
        self.model.retranslate()
        self._show_count()

    # -- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.runner.submit(
            self.service.open_conflicts, on_done=self._on_loaded, on_error=self._on_error
        )

    def _on_loaded(self, conflicts: list[Any]) -> None:
        previous = self.current()
        rows = sorted(conflicts, key=lambda c: (c.record_label.casefold(), c.row_id, c.id))
        self.model.set_rows(rows)
        self._show_count()
        row = 0 if rows else -1
        if previous is not None:
            for i, c in enumerate(rows):
                if c.row_id == previous.row_id:
                    row = i
                    break
        if row >= 0:
            self.view.selectRow(row)
        self._show(row)
        if self._notice:
            self.message.setText(self._notice)
            self._notice = ""
        self.conflicts_loaded.emit(len(rows))

    def _show_count(self) -> None:
        n = self.model.rowCount()
        if n == 0:
            text = self.tr("Inga öppna konflikter. Allt som synkats är samstämmigt.")
        elif n == 1:
            text = self.tr("1 öppen konflikt")
        else:
            text = self.tr("{n} öppna konflikter").format(n=n)
        self.empty_label.setText(text)

    def current(self) -> Any:
        return self.model.row_at(self.view.currentIndex().row())

    def _show(self, row: int) -> None:
        conflict = self.model.row_at(row)
        self.detail.setEnabled(conflict is not None)
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)
        self.note_edit.clear()
        self.message.clear()
        if conflict is None:
            self.record_heading.setText(self.tr("Välj en konflikt i listan"))
            self.field_heading.clear()
            for column in self.sides.values():
                column.value_label.clear()
                column.who_label.clear()
            self.own_edit.setPlainText("")
            self._update_buttons()
            return
        self.record_heading.setText(conflict.record_label)
        self.field_heading.setText(
            self.tr("Fält: {field} · {kind}").format(
                field=field_name(conflict.field), kind=kind_text(conflict.kind)
            )
        )
        for side, column in self.sides.items():
            version = getattr(conflict, side)
            column.value_label.setText(format_value(conflict.field, version.value, self.ctx.lookup))
            column.value_label.setToolTip(
                editable_text(version.value, conflict.field, self.ctx.lookup)
            )
            self._show_who(side, version.who, version.when)
        self._look_up_authors(conflict)
        # Deletion conflicts have no merged value (the record is either there or not), and a
        # value from a fixed list is one of the sides.
        own_possible = (
            conflict.field != "deleted"
            and conflict.field not in CHOICE_FIELDS
            and not isinstance(conflict.client.value, bool)
        )
        self.own_radio.setEnabled(own_possible)
        self.own_edit.setEnabled(own_possible)
        self.own_edit.blockSignals(True)
        self.own_edit.setPlainText(
            editable_text(conflict.client.value, conflict.field, self.ctx.lookup)
            if own_possible
            else ""
        )
        self.own_edit.blockSignals(False)
        self._update_buttons()

    def _show_who(self, side: str, who: str, when: str) -> None:
        who = who or self.tr("okänd")
        when = format_when(when)
        text = self.tr("{who}, {when}").format(who=who, when=when) if when else who
        self.sides[side].who_label.setText(text)

    def _look_up_authors(self, conflict: Any) -> None:
        """The local cache knows who wrote the client side only; the hub's history says who
        set the hub's value and the base value, and when (online; offline they stay unknown)."""
        if conflict.hub.who and conflict.base.who:
            return
        if conflict.id in self._authors:
            self._fill_authors(self._authors[conflict.id])
            return
        self.ctx.runner.submit(
            self.service.conflict_with_authors,
            conflict.id,
            on_done=self._on_authors,
            on_error=lambda exc: log.info("authors of a conflict not read: %s", exc),
        )

    def _on_authors(self, detail: Any) -> None:
        if detail.hub.who or detail.base.who:
            self._authors[detail.id] = detail
        current = self.current()
        if current is not None and current.id == detail.id:
            self._fill_authors(detail)

    def _fill_authors(self, detail: Any) -> None:
        for side in ("base", "hub"):
            version = getattr(detail, side)
            self._show_who(side, version.who, version.when)

    def _on_own_typed(self) -> None:
        if self.own_radio.isEnabled():
            self.own_radio.setChecked(True)

    def _update_buttons(self) -> None:
        chosen = self.group.checkedButton() is not None
        self.resolve_button.setEnabled(chosen and not self.busy and self.current() is not None)

    # -- resolving ------------------------------------------------------------------------

    def choice(self) -> tuple[str | None, Any]:
        """(take, value) for CoordinationService.resolve from the radios and the own value."""
        conflict = self.current()
        for side, column in self.sides.items():
            if column.radio.isChecked():
                return side, None
        if self.own_radio.isChecked() and conflict is not None:
            like = next(
                (
                    v
                    for v in (conflict.client.value, conflict.hub.value, conflict.base.value)
                    if v is not None
                ),
                "",
            )
            text = self.own_edit.toPlainText()
            return None, parse_own_value(text, like, conflict.field, self.ctx.lookup)
        return None, None

    def resolve_current(self) -> None:
        conflict = self.current()
        if conflict is None or self.busy:
            return
        try:
            take, value = self.choice()
        except ValueError:
            self.message.setText(self.tr("Värdet måste vara ett heltal."))
            return
        if take is None and not self.own_radio.isChecked():
            self.message.setText(self.tr("Välj vilket värde som ska gälla."))
            return
        self.busy = True
        self._update_buttons()
        self.message.setText(self.tr("Löser konflikten på hubben…"))
        note = self.note_edit.text().strip()
        kwargs: dict[str, Any] = {"note": note}
        if take is not None:
            kwargs["take"] = take
        else:
            kwargs["value"] = value
        conflict_id: int = conflict.id
        self.ctx.runner.submit(
            self.service.resolve,
            conflict_id,
            on_done=lambda _r: self._on_resolved(conflict_id),
            on_error=self._on_resolve_failed,
            **kwargs,
        )

    def _on_resolved(self, conflict_id: int) -> None:
        self.busy = False
        self._authors.clear()
        self._notice = self.tr("Konflikten är löst. Beslutet synkas till alla.")
        self.message.setText(self._notice)
        self.resolved.emit(conflict_id)
        self.records_changed.emit()
        if self.ctx.sync is not None:
            self.ctx.sync.notify_local_change()
        self.refresh()

    def _on_resolve_failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update_buttons()
        text = coordination_message(exc)
        if text is None:
            self.message.clear()
            show_error(self, exc)
            return
        log.info("resolve refused: %s", exc)
        self.message.setText(text)

    def _on_error(self, exc: BaseException) -> None:
        text = coordination_message(exc)
        if text is None:
            show_error(self, exc)
        else:
            self.empty_label.setText(text)
