"""The start view (what waits: overdue and due-this-week follow-ups) and the welcome view
shown on the very first start with an empty register."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helavb_desktop.domain.models import RecordType
from helavb_desktop.services.overview import Overview
from helavb_desktop.ui.context import AppContext
from helavb_desktop.ui.models import RecordTableModel


def _count(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")  # 100 000, as Swedish writes it


class StartView(QWidget):
    open_followup = Signal(str)
    mark_done = Signal(str)
    new_note = Signal()
    new_initiative = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.overview: Overview | None = None
        self._last_view: QTableView | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("viewHeading")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        actions = QHBoxLayout()
        self.new_note_button = QPushButton(self)
        self.new_note_button.clicked.connect(self.new_note)
        self.new_initiative_button = QPushButton(self)
        self.new_initiative_button.clicked.connect(self.new_initiative)
        self.done_button = QPushButton(self)
        self.done_button.clicked.connect(self._mark_done)
        actions.addWidget(self.new_note_button)
        actions.addWidget(self.new_initiative_button)
        actions.addStretch(1)
        actions.addWidget(self.done_button)
        layout.addLayout(actions)
        self.overdue_label = QLabel(self)
        self.overdue_label.setObjectName("sectionHeading")
        self.overdue_model = RecordTableModel(RecordType.FOLLOWUP, ctx.lookup, self)
        self.overdue_view = self._table(self.overdue_model)
        self.overdue_label.setBuddy(self.overdue_view)
        self.week_label = QLabel(self)
        self.week_label.setObjectName("sectionHeading")
        self.week_model = RecordTableModel(RecordType.FOLLOWUP, ctx.lookup, self)
        self.week_view = self._table(self.week_model)
        self.week_label.setBuddy(self.week_view)
        layout.addWidget(self.overdue_label)
        layout.addWidget(self.overdue_view, 3)
        layout.addWidget(self.week_label)
        layout.addWidget(self.week_view, 2)
        self.retranslate()

    def _table(self, model: RecordTableModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        header = view.horizontalHeader()
        header.resizeSection(0, 100)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 160)
        view.setColumnHidden(3, True)  # status: every row here is open
        view.activated.connect(lambda index, m=model: self._open(m, index))
        view.clicked.connect(lambda _i, v=view: setattr(self, "_last_view", v))
        view.doubleClicked.connect(lambda index, m=model: self._open(m, index))
        return view

    def _open(self, model: RecordTableModel, index: QModelIndex) -> None:
        record = model.record_at(index.row())
        if record is not None:
            self.open_followup.emit(record.id)

    def _mark_done(self) -> None:
        """Mark the follow-up last selected (in either table) as done."""
        pairs = [(self.overdue_view, self.overdue_model), (self.week_view, self.week_model)]
        if self._last_view is self.week_view:
            pairs.reverse()
        for view, model in pairs:
            rows = view.selectionModel().selectedRows()
            record = model.record_at(rows[0].row()) if rows else None
            if record is not None:
                self.mark_done.emit(record.id)
                return

    def set_overview(self, overview: Overview) -> None:
        self.overview = overview
        self.ctx.lookup.today = overview.today
        self.overdue_model.set_rows(overview.overdue)
        self.week_model.set_rows(overview.due_this_week)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        ov = self.overview
        self.heading.setText(self.tr("Att göra"))
        if ov is None or not ov.counts_loaded:
            self.summary.setText(
                self.tr("I dag är det {today}.").format(today=ov.today.isoformat()) if ov else ""
            )
        else:
            self.summary.setText(
                self.tr(
                    "I dag är det {today}. Registret har {ini} insatser, {notes} "
                    "dialoganteckningar och {fu} uppföljningar."
                ).format(
                    today=ov.today.isoformat(),
                    ini=_count(ov.totals.get("initiative", 0)),
                    notes=_count(ov.totals.get("note", 0)),
                    fu=_count(ov.totals.get("followup", 0)),
                )
            )
        overdue = ov.overdue_count if ov else 0
        week = ov.due_this_week_count if ov else 0
        shown = len(ov.overdue) if ov else 0
        more = self.tr(" – de {n} äldsta visas").format(n=shown) if overdue > shown else ""
        overdue_text = self.tr("&Försenade uppföljningar ({n})").format(n=overdue)
        if ov is not None and overdue == 0:
            overdue_text += self.tr(" – inget är försenat")
        self.overdue_label.setText(overdue_text + more)
        week_text = self.tr("Förfaller &denna vecka ({n})").format(n=week)
        if ov is not None and week == 0:
            week_text += self.tr(" – inget förfaller denna vecka")
        self.week_label.setText(week_text)
        self.overdue_view.setAccessibleName(self.tr("Försenade uppföljningar"))
        self.week_view.setAccessibleName(self.tr("Uppföljningar som förfaller denna vecka"))
        self.new_note_button.setText(self.tr("Ny dialoganteckning (Ctrl+N)"))
        self.new_initiative_button.setText(self.tr("Ny insats (Ctrl+Shift+N)"))
        self.done_button.setText(self.tr("Markera vald som klar"))
        self.overdue_model.retranslate()
        self.week_model.retranslate()


class WelcomeView(QWidget):
    """First start on an empty register: what the app is for, and two ways to begin."""

    load_demo = Signal()
    start_empty = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        self.heading = QLabel(self)
        self.heading.setObjectName("welcomeHeading")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.demo_button = QPushButton(self)
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(self.load_demo)
        self.empty_button = QPushButton(self)
        self.empty_button.clicked.connect(self.start_empty)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Välkommen till HelaVB"))
        self.text.setText(
            self.tr(
                "<p>HelaVB är Länsstyrelsen Västerbottens register för arbetet med "
                "<b>Hela Västerbotten</b>: insatser inom de fyra insatsområdena, "
                "dialoganteckningar från besök och möten på landsbygden, och uppföljningar av "
                "det som lovats.</p>"
                "<p>Allt sparas på den här datorn och fungerar utan nätverk. När du har "
                "uppkoppling kan registret synkroniseras med länsstyrelsens gemensamma register."
                "</p><p>Registret är tomt. Vill du se hur det ser ut med innehåll, läs in "
                "exempeldata (påhittade insatser och anteckningar). Annars börjar du med ett tomt "
                "register.</p>"
            )
        )
        self.demo_button.setText(self.tr("&Läs in exempeldata"))
        self.demo_button.setAccessibleName(self.tr("Läs in exempeldata"))
        self.empty_button.setText(self.tr("&Börja med ett tomt register"))
        self.empty_button.setAccessibleName(self.tr("Börja med ett tomt register"))
