"""Navigation by focus area and municipality, sorting, keyboard access, the briefing action."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
)

from helavb_desktop.domain.models import RecordType


def _initiatives(register: Any) -> None:
    for title, area, codes in (
        ("Älvdalens byar", "brobyggare", ["2422"]),
        ("Arbetspendling", "katalysator", ["2421"]),
        ("Ungdomsråd", "brobyggare", []),
    ):
        register.create(
            RecordType.INITIATIVE, {"title": title, "focus_area": area, "municipalities": codes}
        )


def test_focus_area_and_municipality_navigation(
    qtbot: Any, make_window: Any, register: Any
) -> None:
    _initiatives(register)
    a = make_window()
    w = a.window
    qtbot.waitUntil(lambda: w.overview is not None and w.overview.counts_loaded, timeout=10000)
    assert w.nav.focus_items["brobyggare"].text(0).endswith("(2)")
    sorsele = w.nav.municipality_items["2422"]
    assert sorsele.text(0).startswith("★") and sorsele.font(0).bold()
    assert not w.nav.municipality_items["2480"].text(0).startswith("★")  # Umeå
    panel = w.register.panel(RecordType.INITIATIVE)
    w.nav.tree.setCurrentItem(w.nav.focus_items["brobyggare"])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10000)
    assert w.stack.currentWidget() is w.register
    w.nav.tree.setCurrentItem(w.nav.municipality_items["2422"])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    assert panel.model.record_at(0).title == "Älvdalens byar"
    assert panel.municipality.code() == "2422"
    w.nav.tree.setCurrentItem(w.nav.start_item)
    assert w.stack.currentWidget() is w.start


def test_sort_by_header_uses_swedish_order(qtbot: Any, make_window: Any, register: Any) -> None:
    _initiatives(register)
    a = make_window()
    panel = a.window.show_kind(RecordType.INITIATIVE)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=10000)
    titles = [panel.model.record_at(i).title for i in range(3)]
    assert titles == ["Arbetspendling", "Ungdomsråd", "Älvdalens byar"]  # ä after z
    with qtbot.waitSignal(panel.list_updated, timeout=10000):
        panel.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # start date, newest first
    with qtbot.waitSignal(panel.list_updated, timeout=10000):
        panel.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [panel.model.record_at(i).title for i in range(3)] == titles
    # Municipalities are no order of the register: the arrow stays on the title.
    panel.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert panel.view.horizontalHeader().sortIndicatorSection() == 0


def test_every_input_has_an_accessible_name(make_window: Any) -> None:
    a = make_window()
    w = a.window
    w.new_note()
    w.new_initiative()
    missing = []
    for panel in w.register.panels.values():
        for kind in (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QListWidget):
            for widget in panel.findChildren(kind):
                if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
                    continue  # the line edit inside a spin box or combo box
                if widget.parent() is not None and isinstance(widget.parent().parent(), QTableView):
                    continue  # a cell editor
                if not widget.accessibleName():
                    missing.append(f"{type(panel.form).__name__}:{type(widget).__name__}")
    assert missing == []


def test_keyboard_only_new_note_tab_order(qtbot: Any, make_window: Any) -> None:
    a = make_window()
    w = a.window
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = w.register.panel(RecordType.NOTE).form
    qtbot.waitUntil(lambda: form.place.hasFocus(), timeout=5000)
    expected = [form.date, form.municipality, form.kind_box, form.organisations]
    for target in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        # A date edit or combo box focuses its own inner line edit.
        assert focused is target or target.isAncestorOf(focused), (target, focused)


def test_selecting_another_row_asks_about_unsaved_changes(
    qtbot: Any, make_window: Any, register: Any, answers: Any
) -> None:
    _initiatives(register)
    a = make_window()
    panel = a.window.show_kind(RecordType.INITIATIVE)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=10000)
    panel.view.selectRow(0)
    form = panel.form
    first = form.record_id
    form.title.setText("Arbetspendling i inlandet")
    answers.next = [QMessageBox.StandardButton.Cancel]
    panel.view.selectRow(1)
    assert answers.asked and form.record_id == first and form.is_dirty()
    assert panel.current_id() == first
    answers.next = [QMessageBox.StandardButton.Save]
    with qtbot.waitSignal(form.saved, timeout=10000):
        panel.view.selectRow(1)
    qtbot.waitUntil(lambda: form.record_id != first, timeout=10000)
    assert register.get(RecordType.INITIATIVE, first).title == "Arbetspendling i inlandet"


def test_print_briefing_opens_the_dialog(qtbot: Any, make_window: Any) -> None:
    a = make_window()
    w = a.window
    w.act_print.trigger()
    from helavb_desktop.ui.briefing_dialog import BriefingDialog

    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in w.findChildren(BriefingDialog)), timeout=5000
    )
    for d in w.findChildren(BriefingDialog):
        d.close()


def test_sync_status_in_the_status_bar(qtbot: Any, make_window: Any) -> None:
    a = make_window(with_sync=True)
    w = a.window
    assert w.ctx.sync is not None
    assert w.sync_status.isVisibleTo(w)
    # No hub login in this data folder: the controller says so and keeps the app usable.
    qtbot.waitUntil(lambda: not w.ctx.sync.view.running, timeout=10000)
    w.new_note()
    assert w.register.panel(RecordType.NOTE).form.is_open()


def test_settings_offer_the_hub_login(qtbot: Any, make_window: Any) -> None:
    from helavb_desktop.ui.dialogs import SettingsDialog
    from helavb_desktop.ui.sync_status import SyncLoginDialog

    a = make_window(with_sync=True)
    w = a.window
    dialog = SettingsDialog(w.ctx, w)
    dialog.show()
    assert dialog.login_button.isVisible()
    assert dialog.hub_state.text() == "Inte inloggad"
    dialog.login_button.click()
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in dialog.findChildren(SyncLoginDialog)), timeout=5000
    )
    for d in dialog.findChildren(SyncLoginDialog):
        d.reject()
    dialog.reject()
