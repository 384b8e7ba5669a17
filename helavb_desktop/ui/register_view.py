"""The register: initiatives, dialogue notes and follow-ups as tabs; each a filterable list
with its form beside it.

Lists keep only ids plus pages of records (``PagedRecordModel``); the ids and the first page
arrive in one worker job, later pages when the view scrolls to them. Every query carries a
generation number, so a fast typist never sees an older search overwrite a newer one.
"""

from __future__ import annotations

import contextlib
import time
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from helavb_desktop.domain.enums import FollowUpStatus, InitiativeStatus, NoteKind
from helavb_desktop.domain.models import Record, RecordType
from helavb_desktop.domain.queries import ListQuery, SortOrder
from helavb_desktop.services.register import RegisterService
from helavb_desktop.ui import labels
from helavb_desktop.ui.context import AppContext
from helavb_desktop.ui.followup_form import FollowUpForm
from helavb_desktop.ui.forms import RecordForm
from helavb_desktop.ui.initiative_editor import InitiativeEditor
from helavb_desktop.ui.models import PAGE_SIZE, PagedRecordModel
from helavb_desktop.ui.note_form import NoteForm
from helavb_desktop.ui.widgets import DateField, MunicipalityCombo

SEARCH_DELAY_MS = 150  # long enough to skip most keystrokes, short enough to feel instant
MIN_SEARCH = 2  # one letter matches nearly every note: wait for the second


def effective_search(text: str) -> str | None:
    """The search the list runs for what was typed (None: no search filter yet)."""
    text = text.strip()
    return text if len(text) >= MIN_SEARCH else None


COLUMN_WIDTHS = {
    RecordType.INITIATIVE: [320, 175, 90, 180, 95, 95, 130],
    RecordType.NOTE: [95, 100, 120, 125, 75, 380, 120],
    RecordType.FOLLOWUP: [95, 360, 130, 70],
}


def fetch_list(
    register: RegisterService, kind: RecordType, query: ListQuery, still_wanted: Any
) -> tuple[list[str], list[Record]] | None:
    """Worker job: the ordered ids and the first page, or None when already superseded."""
    if not still_wanted():
        return None
    ids: list[str] = list(register.list_ids(kind, query))
    first = register.get_many(kind, ids[:PAGE_SIZE])
    return ids, first


class RecordListPanel(QWidget):
    """One tab: filter bar, the list, and the form of the selected record."""

    list_updated = Signal(int)  # number of rows now listed
    record_saved = Signal(object)
    record_deleted = Signal(object)  # the deleted Record, for undo
    open_requested = Signal(object, str)
    new_requested = Signal(object, dict)  # RecordType, defaults

    def __init__(self, ctx: AppContext, kind: RecordType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.scope: dict[str, str | None] = {"focus_area": None}
        self.order = SortOrder.DEFAULT
        self._generation = 0
        self._loaded_once = False
        self._select_after_load: str | None = None
        self.last_query_ms = 0.0
        self._query_started = 0.0
        self._shown_query: ListQuery | None = None
        # The last list without a search (query, ids, first page), until the next change.
        self._unsearched: tuple[ListQuery, list[str], list[Record]] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.municipality = MunicipalityCombo(self, any_text="")
        self.date_from = DateField(self)
        self.date_to = DateField(self)
        self.tag = QLineEdit(self)
        self.tag.setMaximumWidth(120)
        self.author = QLineEdit(self)
        self.author.setMaximumWidth(130)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear_filters)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        for w in (self.search, self.status, self.municipality, self.date_from, self.date_to):
            bar.addWidget(w)
        if kind is not RecordType.FOLLOWUP:
            bar.addWidget(self.tag)
        else:
            self.tag.hide()
        bar.addWidget(self.author)
        bar.addWidget(self.clear_button)
        bar.addWidget(self.count_label)
        bar.setStretch(0, 3)
        layout.addLayout(bar)

        self.model = PagedRecordModel(kind, ctx.lookup, self)
        self.model.page_needed.connect(self._fetch_page)
        self.model.sort_requested.connect(self._on_sort_requested)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # No indicator first: enabling sorting would otherwise ask for a sort by column 0.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self._sort_indicator = (-1, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_indicator)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        for col, width in enumerate(COLUMN_WIDTHS[kind]):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)

        self.form: RecordForm
        if kind is RecordType.INITIATIVE:
            editor = InitiativeEditor(ctx, self)
            editor.open_requested.connect(self.open_requested)
            editor.new_linked.connect(self.new_requested)
            self.form = editor
            orientation = Qt.Orientation.Vertical
        elif kind is RecordType.NOTE:
            self.form = NoteForm(ctx, self)
            orientation = Qt.Orientation.Horizontal
        else:
            followup_form = FollowUpForm(ctx, self)
            followup_form.open_requested.connect(self.open_requested)
            self.form = followup_form
            orientation = Qt.Orientation.Horizontal
        self.form.saved.connect(self._on_saved)
        self.form.closed.connect(self.view.clearSelection)
        # Until a record is chosen the form's place says how to get one.
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QStackedWidget(self)
        self.detail.addWidget(self.hint)
        self.detail.addWidget(self.form)
        self.form.opened.connect(lambda: self.detail.setCurrentWidget(self.form))
        self.form.closed.connect(lambda: self.detail.setCurrentWidget(self.hint))
        self.splitter = QSplitter(orientation, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        if orientation == Qt.Orientation.Horizontal:
            self.splitter.setSizes([700, 520])
        else:
            self.splitter.setSizes([300, 460])
        layout.addWidget(self.splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        for line in (self.search, self.date_from, self.date_to, self.tag, self.author):
            line.textChanged.connect(lambda _t: self._timer.start())
        for box in (self.status, self.municipality):
            box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self._fill_status()
        if kind is RecordType.FOLLOWUP:
            # What still waits is what a field officer looks for; "Alla statusar" is one key away.
            self.status.blockSignals(True)
            self.status.setCurrentIndex(self.status.findData(FollowUpStatus.OPEN.value))
            self.status.blockSignals(False)
        QWidget.setTabOrder(self.search, self.status)
        self.retranslate()

    # -- texts ----------------------------------------------------------------------------

    def _fill_status(self) -> None:
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem("", "")
        values: list[str]
        if self.kind is RecordType.INITIATIVE:
            values = [s.value for s in InitiativeStatus]
        elif self.kind is RecordType.NOTE:
            values = [k.value for k in NoteKind]
        else:
            values = [s.value for s in FollowUpStatus]
        for v in values:
            self.status.addItem("", v)
        self.status.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Sök (Ctrl+F)…"))
        self.search.setAccessibleName(self.tr("Sök i listan"))
        any_status = {
            RecordType.INITIATIVE: self.tr("Alla statusar"),
            RecordType.NOTE: self.tr("Alla typer"),
            RecordType.FOLLOWUP: self.tr("Alla statusar"),
        }[self.kind]
        self.status.setItemText(0, any_status)
        for i in range(1, self.status.count()):
            value = self.status.itemData(i)
            if self.kind is RecordType.INITIATIVE:
                text = labels.status_label(value)
            elif self.kind is RecordType.NOTE:
                text = labels.note_kind_label(value)
            else:
                text = labels.followup_status_label(value)
            self.status.setItemText(i, text)
        self.status.setAccessibleName(self.tr("Filtrera på status"))
        self.municipality.set_any_text(self.tr("Alla kommuner"))
        self.municipality.set_municipalities(
            self.ctx.municipalities, self.tr("Prioriterad kommun enligt SOU 2017:1")
        )
        self.municipality.setAccessibleName(self.tr("Filtrera på kommun"))
        self.date_from.setAccessibleName(self.tr("Från datum"))
        self.date_from.setToolTip(self.tr("Från datum (ÅÅÅÅ-MM-DD)"))
        self.date_to.setAccessibleName(self.tr("Till datum"))
        self.date_to.setToolTip(self.tr("Till datum (ÅÅÅÅ-MM-DD)"))
        self.tag.setPlaceholderText(self.tr("Tagg"))
        self.tag.setAccessibleName(self.tr("Filtrera på tagg"))
        if self.kind is RecordType.NOTE:
            self.tag.setToolTip(self.tr("Anteckningar kopplade till insatser med den här taggen"))
        author = {
            RecordType.INITIATIVE: self.tr("Ansvarig"),
            RecordType.NOTE: self.tr("Författare"),
            RecordType.FOLLOWUP: self.tr("Ansvarig"),
        }[self.kind]
        self.author.setPlaceholderText(author)
        self.author.setAccessibleName(self.tr("Filtrera på %s") % author.lower())
        self.clear_button.setText(self.tr("Rensa filter"))
        self.hint.setText(
            {
                RecordType.INITIATIVE: self.tr(
                    "Välj en insats i listan för att se och ändra den, eller skapa en ny med "
                    "Ctrl+Shift+N."
                ),
                RecordType.NOTE: self.tr(
                    "Välj en anteckning i listan, eller skriv en ny med Ctrl+N."
                ),
                RecordType.FOLLOWUP: self.tr(
                    "Välj en uppföljning i listan. Nya uppföljningar läggs till i en "
                    "dialoganteckning (Ctrl+N)."
                ),
            }[self.kind]
        )
        self.view.setAccessibleName(
            {
                RecordType.INITIATIVE: self.tr("Insatser"),
                RecordType.NOTE: self.tr("Dialoganteckningar"),
                RecordType.FOLLOWUP: self.tr("Uppföljningar"),
            }[self.kind]
        )
        self.model.retranslate()
        self._update_count()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        text = {
            RecordType.INITIATIVE: self.tr("%n insatser", "", n),
            RecordType.NOTE: self.tr("%n anteckningar", "", n),
            RecordType.FOLLOWUP: self.tr("%n uppföljningar", "", n),
        }[self.kind]
        # Thin spaces as thousands separator, as Swedish writes 100 000.
        self.count_label.setText(text.replace(str(n), f"{n:,}".replace(",", "\u202f"), 1))

    # -- querying -------------------------------------------------------------------------

    def query(self) -> ListQuery:
        def as_date(text: str) -> date | None:
            try:
                return date.fromisoformat(text) if len(text) == 10 else None
            except ValueError:
                return None

        municipality = self.municipality.code() or self.scope.get("municipality") or None
        return ListQuery(
            focus_area=self.scope.get("focus_area"),
            municipality=municipality,
            status=self.status.currentData() or None,
            search=effective_search(self.search.text()),
            date_from=as_date(self.date_from.value()),
            date_to=as_date(self.date_to.value()),
            tag=self.tag.text().strip() or None,
            author=self.author.text().strip() or None,
            order=self.order,
        )

    def set_scope(self, focus_area: str | None, municipality: str | None) -> None:
        self.scope = {"focus_area": focus_area, "municipality": municipality}
        self.municipality.blockSignals(True)
        self.municipality.set_code(municipality or "")
        self.municipality.blockSignals(False)
        self.apply_filters()

    def ensure_loaded(self) -> None:
        if not self._loaded_once:
            self.reload()

    def clear_filters(self) -> None:
        for line in (self.search, self.date_from, self.date_to, self.tag, self.author):
            line.blockSignals(True)
            line.clear()
            line.blockSignals(False)
        for box in (self.status, self.municipality):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.scope = {"focus_area": None, "municipality": None}
        self.apply_filters()

    def apply_filters(self) -> bool:
        """The debounced filter fields changed: reload unless the query is the same as shown.

        Emptying the search brings back the list without a search from memory (on 100,000
        notes its ids take a quarter of a second to read). Returns whether the list changes
        (``list_updated`` follows, at once when it came from memory).
        """
        query = self.query()
        if self._loaded_once and query == self._shown_query:
            self._timer.stop()
            return False
        cached = self._unsearched
        if cached is not None and cached[0] == query:
            self._timer.stop()
            self._generation += 1
            self._shown_query = query
            self._query_started = time.perf_counter()
            self._on_list(self._generation, (cached[1], cached[2]))
            return True
        self._start_query()
        return True

    def reload(self, select_id: str | None = None) -> None:
        """Read the list again (after a change): nothing remembered is reused."""
        self._unsearched = None
        if select_id is not None:
            self._select_after_load = select_id
        self._start_query()

    def _start_query(self) -> None:
        self._timer.stop()
        self._loaded_once = True
        self._generation += 1
        generation = self._generation
        self._query_started = time.perf_counter()
        query = self.query()
        self._shown_query = query
        self.ctx.runner.submit(
            fetch_list,
            self.ctx.register,
            self.kind,
            query,
            lambda: generation == self._generation,
            on_done=lambda result: self._on_list(generation, result),
        )

    def _on_list(self, generation: int, result: tuple[list[str], list[Record]] | None) -> None:
        if result is None or generation != self._generation:
            return
        ids, first = result
        if self._shown_query is not None and self._shown_query.search is None:
            self._unsearched = (self._shown_query, ids, list(first))
        current = self.current_id()
        wanted = self._select_after_load or current
        self._select_after_load = None
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        self.model.set_ids(ids, first)
        selection.blockSignals(False)
        if wanted:
            row = self.model.row_of(wanted)
            if row >= 0:
                selection.blockSignals(True)
                self.view.selectRow(row)
                selection.blockSignals(False)
                self.view.scrollTo(self.model.index(row, 0))
        self.last_query_ms = (time.perf_counter() - self._query_started) * 1000
        self._update_count()
        self.list_updated.emit(len(ids))

    def _fetch_page(self, generation: int, page: int, ids: list[str]) -> None:
        self.ctx.runner.submit(
            self.ctx.register.get_many,
            self.kind,
            ids,
            on_done=lambda records: self.model.set_page(generation, page, records),
        )

    def _on_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        """Columns the register cannot order by keep the arrow where the order really is."""
        if column >= 0 and self.model.sort_order_for(column, order) is None:
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sort_indicator)
            header.blockSignals(False)
            return
        self._sort_indicator = (column, order)

    def _on_sort_requested(self, order: SortOrder) -> None:
        if order == self.order:
            return
        self.order = order
        if self._loaded_once:
            self.reload()

    # -- selection and forms ----------------------------------------------------------------

    def current_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.ids()[rows[0].row()] if rows[0].row() < self.model.rowCount() else None

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        record_id = self.current_id()
        if record_id is None or record_id == self.form.record_id:
            return

        def show() -> None:
            self.open_record(record_id)

        if self.form.is_dirty():
            self.form.confirm_leave(show)
            if self.form.is_dirty():
                # Not decided yet (cancelled, or saving first): the selection shows the form's.
                self._select_silently(self.form.record_id)
        else:
            show()

    def _select_silently(self, record_id: str | None) -> None:
        selection = self.view.selectionModel()
        row = self.model.row_of(record_id) if record_id else -1
        selection.blockSignals(True)
        if row >= 0:
            self.view.selectRow(row)
        else:
            self.view.clearSelection()
        selection.blockSignals(False)
        # The view repaints the selection it was not told about.
        self.view.viewport().update()

    def open_record(self, record_id: str) -> None:
        """Show a record in the form (from the list, or from elsewhere in the app)."""
        self._select_silently(record_id)
        row = self.model.row_of(record_id)
        record = self.model.record_at(row) if row >= 0 else None
        if record is not None:
            self.form.load_record(record)
            return
        self.ctx.runner.submit(
            self.ctx.register.get, self.kind, record_id, on_done=self.form.load_record
        )

    def new_record(self, defaults: dict[str, Any] | None = None) -> None:
        def start() -> None:
            self.view.selectionModel().blockSignals(True)
            self.view.clearSelection()
            self.view.selectionModel().blockSignals(False)
            self.form.start_new(defaults)

        self.form.confirm_leave(start)

    def _on_saved(self, record: Record) -> None:
        self.record_saved.emit(record)
        self.reload(select_id=record.id)

    def delete_current(self) -> bool:
        record_id = self.current_id() or self.form.record_id
        if record_id is None:
            return False

        def done(record: Record) -> None:
            if self.form.record_id == record.id:
                self.form.close_form()
            self.record_deleted.emit(record)
            self.reload()

        def delete() -> None:
            self.ctx.runner.submit(self.ctx.register.delete, self.kind, record_id, on_done=done)

        if self.form.record_id == record_id:
            self.form.confirm_leave(delete)  # typing in its form is not dropped unasked
        else:
            delete()
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()


class RegisterView(QTabWidget):
    """The three lists as tabs; the navigation's scope (area, municipality) applies to all."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.panels = {kind: RecordListPanel(ctx, kind, self) for kind in RecordType}
        for panel in self.panels.values():
            self.addTab(panel, "")
            panel.open_requested.connect(self.open_record)
            panel.new_requested.connect(self.new_record)
        self.currentChanged.connect(lambda _i: self.current_panel().ensure_loaded())
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("&Insatser"))
        self.setTabText(1, self.tr("&Dialoganteckningar"))
        self.setTabText(2, self.tr("&Uppföljningar"))

    def current_panel(self) -> RecordListPanel:
        widget = self.currentWidget()
        assert isinstance(widget, RecordListPanel)
        return widget

    def panel(self, kind: RecordType) -> RecordListPanel:
        return self.panels[kind]

    def show_kind(self, kind: RecordType) -> RecordListPanel:
        panel = self.panels[kind]
        self.setCurrentWidget(panel)
        panel.ensure_loaded()
        return panel

    def set_scope(self, focus_area: str | None, municipality: str | None) -> None:
        for panel in self.panels.values():
            panel.scope = {"focus_area": focus_area, "municipality": municipality}
            panel._loaded_once = False
            with contextlib.suppress(RuntimeError):
                panel.municipality.blockSignals(True)
                panel.municipality.set_code(municipality or "")
                panel.municipality.blockSignals(False)
        self.current_panel().reload()

    def open_record(self, kind: RecordType, record_id: str) -> None:
        panel = self.show_kind(kind)
        panel.form.confirm_leave(lambda: panel.open_record(record_id))

    def new_record(self, kind: RecordType, defaults: dict[str, Any]) -> None:
        self.show_kind(kind).new_record(defaults)

    def reload_all(self) -> None:
        for panel in self.panels.values():
            if panel._loaded_once:
                panel.reload()
