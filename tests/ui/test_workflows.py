"""A field officer's day, driven through the real widgets offscreen on a real register."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from helavb_desktop.domain.errors import ValidationError
from helavb_desktop.domain.models import RecordType
from helavb_desktop.domain.queries import ListQuery
from helavb_desktop.settings import Settings

SORSELE = "2422"


def _note(register: Any, **values: Any) -> Any:
    base = {"date": "2026-03-01", "municipality": SORSELE, "place": "Sorsele"}
    return register.create(RecordType.NOTE, {**base, **values})


def test_welcome_view_on_empty_register_then_start_empty(make_window: Any, data_dir: Any) -> None:
    a = make_window()
    w = a.window
    assert w.stack.currentWidget() is w.welcome
    assert "HelaVB" in w.welcome.heading.text()
    w.welcome.empty_button.click()
    assert w.stack.currentWidget() is w.start
    assert Settings.load(data_dir).extra.get("welcome_done") is True


def test_welcome_loads_sample_data(wait_idle: Any, qtbot: Any, make_window: Any) -> None:
    a = make_window()
    w = a.window
    w.welcome.demo_button.click()
    qtbot.waitUntil(lambda: w.overview is not None and not w.overview.is_empty, timeout=60000)
    wait_idle(a)
    assert w.stack.currentWidget() is w.start
    assert w.overview is not None and w.overview.totals["note"] > 0
    # The nav shows counts per focus area and marks the priority municipalities.
    assert "(" in w.nav.focus_items["brobyggare"].text(0)
    marked = [i for i in w.nav.municipality_items.values() if i.text(0).startswith("★")]
    assert len(marked) == 8


def test_create_initiative(qtbot: Any, make_window: Any, register: Any) -> None:
    a = make_window()
    w = a.window
    w.new_initiative()
    panel = w.register.panel(RecordType.INITIATIVE)
    form = panel.form
    assert form.is_new()
    qtbot.keyClicks(form.title, "Bredband till ")  # QTest types ASCII only
    form.title.insert("Ammarnäs")
    form.focus_area.setCurrentIndex(form.focus_area.findData("katalysator"))
    form.municipalities.set_codes([SORSELE])
    form.municipalities.changed.emit()
    form.start_date.setText("2026-01-15")
    form.tags.setText("bredband, leader")
    assert form.is_dirty()
    with qtbot.waitSignal(form.saved, timeout=10000):
        w.act_save.trigger()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    stored = register.list(RecordType.INITIATIVE)
    assert [i.title for i in stored] == ["Bredband till Ammarnäs"]
    assert stored[0].municipalities == (SORSELE,)
    assert stored[0].tags == ("bredband", "leader")
    assert stored[0].start_date == date(2026, 1, 15)
    assert not form.is_dirty()
    assert list(a.window.ctx.drafts.folder.glob("*.json")) == []


def test_validation_error_names_the_field(qtbot: Any, make_window: Any) -> None:
    a = make_window()
    w = a.window
    w.new_initiative()
    form = w.register.panel(RecordType.INITIATIVE).form
    form.start_date.setText("2026-05-01")
    form.end_date.setText("2026-04-01")
    qtbot.keyClicks(form.title, "Nagot")
    with qtbot.waitSignal(form.save_failed, timeout=10000) as blocker:
        form.save()
    exc = blocker.args[0]
    assert isinstance(exc, ValidationError) and exc.field == "end_date"
    boxes = [b for b in w.findChildren(QMessageBox) if b.isVisible()]
    assert any("Slutdatum" in b.text() for b in boxes)
    assert form.is_dirty()  # nothing lost


def test_edit_initiative_shows_linked_notes(
    wait_idle: Any, qtbot: Any, make_window: Any, register: Any
) -> None:
    ini = register.create(
        RecordType.INITIATIVE, {"title": "Skolans framtid", "focus_area": "brobyggare"}
    )
    _note(register, summary="Om skolan", initiatives=[ini.id])
    register.create(RecordType.FOLLOWUP, {"description": "Ring rektorn", "initiative": ini.id})
    a = make_window()
    w = a.window
    panel = w.show_kind(RecordType.INITIATIVE)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    panel.view.selectRow(0)
    form = panel.form
    assert form.record_id == ini.id
    wait_idle(a)
    assert form.notes_model.rowCount() == 1
    assert form.followups_model.rowCount() == 1
    form.title.setText("Skolans framtid i Sorsele")
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save()
    assert register.get(RecordType.INITIATIVE, ini.id).title == "Skolans framtid i Sorsele"


def test_note_form_fast_entry_with_followup(
    wait_idle: Any, qtbot: Any, make_window: Any, register: Any
) -> None:
    ini = register.create(RecordType.INITIATIVE, {"title": "Byaråd", "focus_area": "brobyggare"})
    a = make_window(last_municipality=SORSELE, user_name="Anna")
    w = a.window
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = w.register.panel(RecordType.NOTE).form
    assert form.is_new()
    assert form.date.value() == date.today().isoformat()
    assert form.municipality.code() == SORSELE
    qtbot.waitUntil(lambda: form.place.hasFocus(), timeout=5000)
    qtbot.keyClicks(form.place, "Ammarn")
    form.place.insert("äs")
    for key, value in {"women": 3, "men": 2, "girls": 1, "boys": 1}.items():
        form.count_boxes[key].setValue(value)
    assert "7" in form.total.text() and "2" in form.total.text()
    form.link_initiative(ini.id, ini.title)
    form.summary.setPlainText("Vinterväghållning")
    form.add_followup_row(
        {"description": "Skicka kartan", "owner": "Anna", "due_date": "2026-12-01"}
    )
    with qtbot.waitSignal(form.saved, timeout=10000):
        qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    notes = register.list(RecordType.NOTE)
    assert len(notes) == 1 and notes[0].place == "Ammarnäs" and notes[0].participants == 7
    assert notes[0].initiatives == (ini.id,)
    followups = register.list(RecordType.FOLLOWUP, ListQuery(note=notes[0].id))
    assert [(f.description, f.owner, f.initiative) for f in followups] == [
        ("Skicka kartan", "Anna", ini.id)
    ]
    assert Settings.load(a.window.ctx.settings.data_dir).last_municipality == SORSELE
    wait_idle(a)
    assert form.existing_model.rowCount() == 1


def test_search_as_you_type(qtbot: Any, make_window: Any, register: Any) -> None:
    _note(register, place="Ammarnäs", summary="Bredband och skola")
    _note(register, place="Gargnäs", summary="Vägunderhåll")
    _note(register, place="Blattnicksele", summary="Bredband i byn")
    a = make_window()
    panel = a.window.show_kind(RecordType.NOTE)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=10000)
    with qtbot.waitSignal(panel.list_updated, timeout=10000):
        qtbot.keyClicks(panel.search, "bredb")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10000)
    with qtbot.waitSignal(panel.list_updated, timeout=10000):
        qtbot.keyClicks(panel.search, " skol")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    assert panel.model.record_at(0).place == "Ammarnäs"
    # Filters: kind and municipality narrow the list too.
    panel.clear_filters()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=10000)
    panel.status.setCurrentIndex(panel.status.findData("phone"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=10000)
    panel.status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=10000)
    # Emptying the search brings the list back from memory, at once.
    panel.search.setText("gargn")
    with qtbot.waitSignal(panel.list_updated, timeout=10000):
        panel.apply_filters()
    assert panel.model.rowCount() == 1
    panel.search.setText("")
    assert panel.apply_filters() and panel.model.rowCount() == 3
    # A change drops what was remembered.
    panel.view.selectRow(0)
    a.window.act_delete.trigger()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10000)


def test_delete_and_undo(qtbot: Any, make_window: Any, register: Any) -> None:
    note = _note(register, place="Ammarnäs")
    _note(register, place="Gargnäs")
    a = make_window()
    w = a.window
    panel = w.show_kind(RecordType.NOTE)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10000)
    panel.view.selectRow(panel.model.row_of(note.id))
    panel.view.setFocus()
    w.act_delete.trigger()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    assert w.act_undo.isEnabled()
    assert "Ammarnäs" in w.undo_label.text()
    assert register.count(RecordType.NOTE) == 1
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10000)
    assert register.get(RecordType.NOTE, note.id).place == "Ammarnäs"
    assert not w.act_undo.isEnabled()


def test_escape_asks_before_dropping_typing(qtbot: Any, make_window: Any, answers: Any) -> None:
    a = make_window()
    w = a.window
    w.new_note()
    form = w.register.panel(RecordType.NOTE).form
    qtbot.keyClicks(form.place, "Hallnas")
    answers.next = [QMessageBox.StandardButton.Cancel]
    qtbot.keyClick(form.place, Qt.Key.Key_Escape)
    assert answers.asked and form.is_open() and form.place.text() == "Hallnas"
    answers.next = [QMessageBox.StandardButton.Discard]
    qtbot.keyClick(form.place, Qt.Key.Key_Escape)
    assert not form.is_open()
    assert list(a.window.ctx.drafts.folder.glob("*.json")) == []


def test_draft_restored_after_crash(qtbot: Any, make_window: Any, register: Any) -> None:
    first = make_window()
    w = first.window
    w.new_note()
    form = w.register.panel(RecordType.NOTE).form
    with qtbot.waitSignal(form.draft_written, timeout=5000):
        qtbot.keyClicks(form.place, "Kittelfj")
        form.place.insert("äll")
        form.summary.setPlainText("Samtal om skoterleder")
        form.add_followup_row({"description": "Ring länsstyrelsen", "owner": "Per", "due_date": ""})
    # The crash: the process dies, nothing is closed or saved.
    first.close()
    w.hide()
    w.deleteLater()

    second = make_window()
    w2 = second.window
    dialog = w2.drafts_dialog
    assert dialog is not None and dialog.list.count() == 1
    assert "Kittelfjäll" in dialog.list.item(0).text()
    dialog.restore_button.click()
    form2 = w2.register.panel(RecordType.NOTE).form
    assert form2.place.text() == "Kittelfjäll"
    assert form2.summary.toPlainText() == "Samtal om skoterleder"
    assert form2.new_followups()[0]["description"] == "Ring länsstyrelsen"
    assert form2.is_dirty()
    with qtbot.waitSignal(form2.saved, timeout=10000):
        form2.save()
    assert [n.place for n in register.list(RecordType.NOTE)] == ["Kittelfjäll"]
    assert second.window.ctx.drafts.list() == []


def test_start_view_lists_overdue_and_this_week(
    qtbot: Any, make_window: Any, register: Any
) -> None:
    today = date.today()
    register.create(RecordType.FOLLOWUP, {"description": "Sen", "due_date": "2020-01-01"})
    register.create(RecordType.FOLLOWUP, {"description": "Nu", "due_date": today.isoformat()})
    register.create(
        RecordType.FOLLOWUP, {"description": "Klar", "due_date": "2020-01-01", "status": "done"}
    )
    a = make_window()
    start = a.window.start
    assert a.window.stack.currentWidget() is start
    assert [r.description for r in start.overdue_model.rows()] == ["Sen"]
    assert [r.description for r in start.week_model.rows()] == ["Nu"]
    start.overdue_view.selectRow(0)
    start.overdue_view.clicked.emit(start.overdue_model.index(0, 0))
    start.done_button.click()
    qtbot.waitUntil(lambda: start.overdue_model.rowCount() == 0, timeout=10000)


def test_language_switch_retranslates_live(qtbot: Any, make_window: Any) -> None:
    from helavb_desktop.ui.dialogs import SettingsDialog

    a = make_window()
    w = a.window
    assert w.menu_file.title() == "&Arkiv"
    dialog = SettingsDialog(w.ctx, w)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.apply()
    assert w.ctx.settings.language == "en"
    qtbot.waitUntil(lambda: w.menu_file.title() == "&File", timeout=5000)
    assert w.register.tabText(0) == "&Initiatives"
    assert w.start.heading.text() == "To do"
    header = w.register.panel(RecordType.NOTE).model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Date"
    assert Settings.load(w.ctx.settings.data_dir).language == "en"
    dialog = SettingsDialog(w.ctx, w)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.apply()
    qtbot.waitUntil(lambda: w.menu_file.title() == "&Arkiv", timeout=5000)


@pytest.mark.logs_warnings  # the bug is logged with its traceback, on purpose
def test_a_bug_on_the_worker_shows_an_error_dialog_and_is_logged(
    qtbot: Any, make_window: Any, caplog: Any
) -> None:
    a = make_window()
    w = a.window

    def broken() -> None:
        raise RuntimeError("kaputt")

    with qtbot.waitSignal(w.ctx.runner.job_failed, timeout=5000):
        w.ctx.runner.submit(broken)
    boxes = [b for b in w.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and boxes[-1].icon() == QMessageBox.Icon.Critical
    assert "kaputt" in boxes[-1].detailedText()
    assert any("kaputt" in str(r.exc_info) for r in caplog.records if r.exc_info)


def test_a_known_failure_shows_a_plain_message(qtbot: Any, make_window: Any) -> None:
    a = make_window()
    w = a.window
    with qtbot.waitSignal(w.ctx.runner.job_failed, timeout=5000):
        w.ctx.runner.submit(
            w.ctx.register.get, RecordType.NOTE, "0" * 8 + "-0000-0000-0000-" + "0" * 12
        )
    boxes = [b for b in w.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and boxes[-1].icon() == QMessageBox.Icon.Warning
    assert "finns inte längre" in boxes[-1].text()
    assert not boxes[-1].detailedText()


def test_new_note_and_followup_from_an_initiative(
    qtbot: Any, make_window: Any, register: Any, wait_idle: Any
) -> None:
    ini = register.create(RecordType.INITIATIVE, {"title": "Byaråd", "focus_area": "brobyggare"})
    a = make_window(last_municipality=SORSELE)
    w = a.window
    panel = w.show_kind(RecordType.INITIATIVE)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    panel.view.selectRow(0)
    editor = panel.form
    editor.new_followup_button.click()
    fform = w.register.panel(RecordType.FOLLOWUP).form
    assert w.register.current_panel().kind is RecordType.FOLLOWUP and fform.is_new()
    fform.description.setPlainText("Boka lokal")
    with qtbot.waitSignal(fform.saved, timeout=10000):
        fform.save()
    assert [f.initiative for f in register.list(RecordType.FOLLOWUP)] == [ini.id]
    w.show_kind(RecordType.INITIATIVE)
    editor.new_note_button.click()
    nform = w.register.panel(RecordType.NOTE).form
    assert nform.is_new() and nform._linked_ids() == [ini.id]
    assert nform.focus_boxes["brobyggare"].isChecked()
    with qtbot.waitSignal(nform.saved, timeout=10000):
        nform.save()
    assert register.list(RecordType.NOTE)[0].initiatives == (ini.id,)
    wait_idle(a)


def test_restoring_a_draft_that_was_saved_just_before_the_crash_does_not_copy_it(
    qtbot: Any, make_window: Any, register: Any
) -> None:
    first = make_window()
    form = first.window.register.panel(RecordType.NOTE).form
    first.window.new_note()
    with qtbot.waitSignal(form.draft_written, timeout=5000):
        form.place.setText("Dikanäs")
    # The save reached the register, then the power went before the draft was removed.
    register.create(RecordType.NOTE, {k: v for k, v in form.collect().items()})
    first.close()
    first.window.hide()
    first.window.deleteLater()

    second = make_window()
    second.window.drafts_dialog.restore_button.click()
    form2 = second.window.register.panel(RecordType.NOTE).form
    form2.summary.setPlainText("Skolskjuts")
    with qtbot.waitSignal(form2.saved, timeout=10000):
        form2.save()
    notes = register.list(RecordType.NOTE)
    assert [(n.place, n.summary) for n in notes] == [("Dikanäs", "Skolskjuts")]


@pytest.mark.logs_warnings  # the failed first read is logged, on purpose
def test_a_register_that_cannot_be_read_is_reported_not_hung(
    qtbot: Any, make_window: Any, data_dir: Any
) -> None:
    import sqlite3

    from helavb_desktop.db.setup import open_database

    open_database(data_dir / "register.sqlite", durable=False).engine.dispose()
    # Damage it the way a half-restored backup might: a table the start view reads is gone.
    con = sqlite3.connect(data_dir / "register.sqlite")
    con.execute("DROP TABLE followup")
    con.commit()
    con.close()
    a = make_window(wait=False)
    with qtbot.waitSignal(a.window.load_failed, timeout=10000):
        pass
    boxes = [b for b in a.window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes
    assert not a.window.is_ready
