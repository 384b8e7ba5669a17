"""The left-hand navigation: start, the four focus areas with counts, the municipalities with
the eight priority municipalities (SOU 2017:1) marked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from helavb_desktop.domain.enums import FocusArea
from helavb_desktop.services.overview import Overview
from helavb_desktop.ui import labels
from helavb_desktop.ui.context import AppContext
from helavb_desktop.ui.widgets import PRIORITY_MARK

ROLE = Qt.ItemDataRole.UserRole


def _count(n: int | None) -> str:
    """Swedish thousands separator; "…" while the counts are still being read."""
    return "…" if n is None else f"{n:,}".replace(",", "\u202f")


class NavigationPanel(QWidget):
    """Emits ``scope_selected(what, key)``: what is "start", "all", "focus" or "municipality"."""

    scope_selected = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.overview: Overview | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(12)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(lambda item, _c: self._emit(item))
        layout.addWidget(self.tree, 1)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setObjectName("hint")
        layout.addWidget(self.legend)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.tree.clear()
        self.start_item = QTreeWidgetItem(self.tree)
        self.start_item.setData(0, ROLE, ("start", ""))
        self.all_item = QTreeWidgetItem(self.tree)
        self.all_item.setData(0, ROLE, ("all", ""))
        self.focus_group = QTreeWidgetItem(self.tree)
        self.focus_group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.focus_items: dict[str, QTreeWidgetItem] = {}
        for area in FocusArea:
            item = QTreeWidgetItem(self.focus_group)
            item.setData(0, ROLE, ("focus", area.value))
            self.focus_items[area.value] = item
        self.municipality_group = QTreeWidgetItem(self.tree)
        self.municipality_group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.municipality_items: dict[str, QTreeWidgetItem] = {}
        # Priority municipalities first: they are the effort's focus.
        ordered = sorted(self.ctx.municipalities, key=lambda m: (not m.priority, m.name))
        for m in ordered:
            item = QTreeWidgetItem(self.municipality_group)
            item.setData(0, ROLE, ("municipality", m.code))
            if m.priority:
                font = QFont(item.font(0))
                font.setBold(True)
                item.setFont(0, font)
            self.municipality_items[m.code] = item
        bold = QFont()
        bold.setBold(True)
        for group in (self.focus_group, self.municipality_group):
            group.setFont(0, bold)
            group.setExpanded(True)
        self.tree.expandAll()

    def set_municipalities(self) -> None:
        self._build()
        self.retranslate()

    def set_overview(self, overview: Overview) -> None:
        self.overview = overview
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        ov = self.overview if self.overview is not None and self.overview.counts_loaded else None
        self.tree.setAccessibleName(self.tr("Navigering"))
        self.start_item.setText(0, self.tr("Start – att göra"))
        total = ov.totals.get("initiative", 0) if ov else None
        self.all_item.setText(0, self.tr("Hela registret ({n} insatser)").format(n=_count(total)))
        self.focus_group.setText(0, self.tr("Insatsområden"))
        for key, item in self.focus_items.items():
            n_ini = ov.initiatives_per_focus.get(key, 0) if ov else None
            n_notes = ov.notes_per_focus.get(key, 0) if ov else None
            item.setText(0, f"{labels.focus_short(key)} ({_count(n_ini)})")
            item.setToolTip(
                0,
                self.tr("{title}\n{ini} insatser, {notes} dialoganteckningar").format(
                    title=labels.focus_label(FocusArea(key)),
                    ini=_count(n_ini),
                    notes=_count(n_notes),
                ),
            )
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, item.text(0))
        self.municipality_group.setText(0, self.tr("Kommuner"))
        for code, item in self.municipality_items.items():
            name = self.ctx.lookup.municipality(code)
            n_ini = ov.initiatives_per_municipality.get(code, 0) if ov else None
            n_notes = ov.notes_per_municipality.get(code, 0) if ov else None
            priority = code in self.ctx.lookup.priority
            mark = f"{PRIORITY_MARK} " if priority else ""
            item.setText(0, f"{mark}{name} ({_count(n_ini)})")
            tip = self.tr("{ini} insatser, {notes} dialoganteckningar").format(
                ini=_count(n_ini), notes=_count(n_notes)
            )
            if priority:
                tip = self.tr("Prioriterad kommun enligt SOU 2017:1") + "\n" + tip
                item.setData(
                    0,
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("{name}, prioriterad kommun, {n} insatser").format(
                        name=name, n=_count(n_ini)
                    ),
                )
            item.setToolTip(0, tip)
        self.legend.setText(
            self.tr("{mark} prioriterad kommun (SOU 2017:1). Siffran är antal insatser.").format(
                mark=PRIORITY_MARK
            )
        )

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self._emit(current)

    def _emit(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, ROLE)
        if data:
            self.scope_selected.emit(data[0], data[1])

    def select_start(self) -> None:
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(self.start_item)
        self.tree.blockSignals(False)
