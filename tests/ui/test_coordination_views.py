"""Coordinator screens against a real hub process: the Samordning menu by role, the conflict
queue (base / hub / client side by side, resolved on the hub), a field officer refused, and a
record's history offline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from helavb_desktop.app import Assembled
from helavb_desktop.domain.models import RecordType
from helavb_desktop.ui.conflicts_view import ConflictsDialog
from helavb_desktop.ui.history_panel import HistoryDialog, HistoryTableModel

from .coordination_hub import OtherLaptop, RunningHub, running_hub, sync_register

__all__ = ["running_hub"]  # the fixture, imported for pytest

INITIATIVE = RecordType.INITIATIVE


def _conflict_on_this_laptop(
    assembled: Assembled, hub: RunningHub, creds: Any, other_dir: Path
) -> tuple[str, OtherLaptop]:
    """The same field changed on another laptop and on this one: this one syncs last."""
    ctx = assembled.window.ctx
    other = OtherLaptop(other_dir, hub, "bertil")
    rec = ctx.register.create(
        INITIATIVE, {"title": "Lokal matproduktion", "focus_area": "katalysator"}
    )
    sync_register(assembled.database.sessions, creds)
    other.sync()
    other.register.update(INITIATIVE, rec.id, {"responsible": "Bertil"})
    other.sync()
    ctx.register.update(INITIATIVE, rec.id, {"responsible": "Sam"})
    result = sync_register(assembled.database.sessions, creds)
    assert result.conflicts_received or ctx.coordination.open_conflicts()
    return rec.id, other


def test_samordning_menu_only_for_coordinators(
    qtbot: QtBot,
    make_window: Callable[..., Assembled],
    running_hub: RunningHub,
    data_dir: Path,
    wait_idle: Callable[[Assembled], None],
) -> None:
    running_hub.login(data_dir, "anna")
    a = make_window()
    menu = a.window.coordination
    wait_idle(a)
    assert not menu.allowed
    assert not menu.menu_action.isVisible()
    assert not menu.act_conflicts.isEnabled() and not menu.act_duplicates.isEnabled()
    assert menu.open_conflicts() is None and menu.open_duplicates() is None
    assert menu.act_history.isEnabled()  # everyone may read a record's history

    running_hub.login(data_dir, "sam")  # e.g. the settings' login dialog
    menu.check_role()
    qtbot.waitUntil(lambda: menu.allowed)
    assert menu.menu_action.isVisible() and menu.act_conflicts.isEnabled()
    assert [a.text() for a in menu.menu.actions()] == ["&Konflikter…", "&Dubbletter…"]


def test_logging_in_as_coordinator_shows_the_menu(
    qtbot: QtBot, make_window: Callable[..., Assembled], running_hub: RunningHub
) -> None:
    a = make_window(with_sync=True)
    menu = a.window.coordination
    assert not menu.allowed
    errors: list[BaseException] = []
    a.window.ctx.sync.login(running_hub.url, "sam", "sam-losenord", lambda _c: None, errors.append)
    qtbot.waitUntil(lambda: menu.allowed or bool(errors), timeout=20_000)
    assert not errors
    assert menu.menu_action.isVisible()


def test_conflict_queue_shows_sides_and_resolves_on_the_hub(
    qtbot: QtBot,
    qtmodeltester: Any,
    make_window: Callable[..., Assembled],
    running_hub: RunningHub,
    data_dir: Path,
    tmp_path: Path,
    wait_idle: Callable[[Assembled], None],
) -> None:
    creds = running_hub.login(data_dir, "sam")
    a = make_window()
    record_id, other = _conflict_on_this_laptop(a, running_hub, creds, tmp_path / "bertil")
    try:
        menu = a.window.coordination
        qtbot.waitUntil(lambda: menu.allowed)
        dialog = menu.open_conflicts()
        assert isinstance(dialog, ConflictsDialog)
        wait_idle(a)
        assert dialog.model.rowCount() == 1
        qtmodeltester.check(dialog.model)
        conflict = dialog.current()
        assert conflict.row_id == record_id and conflict.field == "responsible"
        assert dialog.record_heading.text() == "Lokal matproduktion"
        assert dialog.sides["hub"].value_label.text() == "Bertil"
        assert dialog.sides["client"].value_label.text() == "Sam"
        assert "sam" in dialog.sides["client"].who_label.text()
        # Who set the hub's value comes from the record's history on the hub.
        assert "bertil" in dialog.sides["hub"].who_label.text()
        assert not dialog.resolve_button.isEnabled()  # nothing chosen yet

        dialog.sides["hub"].radio.setChecked(True)
        assert dialog.choice() == ("hub", None)
        dialog.own_edit.setPlainText("Bertil och Sam")  # typing picks "Eget värde"
        assert dialog.own_radio.isChecked()
        assert dialog.choice() == (None, "Bertil och Sam")
        dialog.note_edit.setText("Delat ansvar")
        with qtbot.waitSignal(dialog.resolved, timeout=20_000):
            dialog.resolve_button.click()
        wait_idle(a)
        assert dialog.model.rowCount() == 0
        assert "löst" in dialog.message.text()
        # The service pulled: this laptop shows the decision; the other gets it by syncing.
        assert a.window.ctx.register.get(INITIATIVE, record_id).responsible == "Bertil och Sam"
        other.sync()
        assert other.register.get(INITIATIVE, record_id).responsible == "Bertil och Sam"

        # The record's history (from the hub) shows the decision with its note.
        history = menu.open_history(INITIATIVE, record_id, "Lokal matproduktion")
        assert isinstance(history, HistoryDialog)
        wait_idle(a)
        assert history.complete is True
        resolved = [e for e in history.model.rows() if e.action == "resolved"]
        assert [(e.field, e.new, e.note) for e in resolved] == [
            ("responsible", "Bertil och Sam", "Delat ansvar")
        ]
        row = history.model.rows().index(resolved[0])
        assert history.model.index(row, 2).data() == "Konflikt löst"
        history.close()
    finally:
        other.close()


def test_field_officer_is_refused_and_nothing_changes(
    qtbot: QtBot,
    make_window: Callable[..., Assembled],
    running_hub: RunningHub,
    data_dir: Path,
    tmp_path: Path,
    wait_idle: Callable[[Assembled], None],
) -> None:
    creds = running_hub.login(data_dir, "anna")
    a = make_window()
    record_id, other = _conflict_on_this_laptop(a, running_hub, creds, tmp_path / "bertil")
    try:
        # The menu is hidden for her; the hub refuses even if the screen were reached.
        assert not a.window.coordination.allowed
        dialog = ConflictsDialog(a.window.ctx, a.window)
        qtbot.addWidget(dialog)
        wait_idle(a)
        assert dialog.model.rowCount() == 1
        dialog.sides["client"].radio.setChecked(True)
        dialog.resolve_button.click()
        wait_idle(a)
        assert "nekade" in dialog.message.text()
        assert dialog.resolve_button.isEnabled()  # she may try again after asking someone
        # The hub's value (the first to arrive) stands, and the conflict stays open.
        assert a.window.ctx.register.get(INITIATIVE, record_id).responsible == "Bertil"
        assert len(a.window.ctx.coordination.open_conflicts()) == 1
    finally:
        other.close()


def test_history_offline_shows_local_changes_and_says_the_hub_has_the_rest(
    qtbot: QtBot,
    make_window: Callable[..., Assembled],
    wait_idle: Callable[[Assembled], None],
    qtmodeltester: Any,
) -> None:
    a = make_window()  # never logged in: the hub cannot be asked
    ctx = a.window.ctx
    rec = ctx.register.create(INITIATIVE, {"title": "Byabuss", "focus_area": "brobyggare"})
    ctx.register.update(INITIATIVE, rec.id, {"status": "ongoing"})
    a.window.open_record(INITIATIVE, rec.id)
    wait_idle(a)
    editor = a.window.register.panel(INITIATIVE).form
    assert editor.history_button.isEnabled()
    editor.history_button.click()
    dialog = a.window.coordination.dialogs["history"]
    assert isinstance(dialog, HistoryDialog)
    wait_idle(a)
    qtmodeltester.check(dialog.model)
    assert dialog.complete is False
    assert "hubben" in dialog.notice.text()
    rows = dialog.model.rows()
    assert all(e.pending for e in rows)
    actions = [e.action for e in rows]
    assert actions[-1] == "created" and "edited" in actions  # newest first
    status_row = next(i for i, e in enumerate(rows) if e.field == "status")
    texts = [dialog.model.index(status_row, c).data() for c in range(7)]
    assert "Status" in texts and "Pågående" in texts and "Planerad" in texts
    assert "ej skickad" in texts[0]
    dialog.close()

    # Ctrl+H (Redigera > Historik för posten) works for the record in any form: a note here.
    note = ctx.register.create(
        RecordType.NOTE,
        {"date": "2026-11-20", "municipality": "2421", "place": "Tärnaby", "summary": "Möte."},
    )
    a.window.open_record(RecordType.NOTE, note.id)
    wait_idle(a)
    a.window.coordination.act_history.trigger()
    note_history = a.window.coordination.dialogs["history"]
    assert note_history is not dialog and note_history.kind is RecordType.NOTE
    wait_idle(a)
    assert [e.action for e in note_history.model.rows()] == ["created"]
    note_history.close()


def test_history_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    from helavb_desktop.services.coordination import HistoryEntry
    from helavb_desktop.ui.models import Lookup

    model = HistoryTableModel(Lookup())
    qtmodeltester.check(model)
    model.set_rows(
        [
            HistoryEntry(3, "2026-11-20T10:00:00Z", "sam", "resolved", "title", "A", "B", "ok"),
            HistoryEntry(2, "2026-11-19T10:00:00Z", "anna", "merged", None, None, None),
            HistoryEntry(0, "2026-11-21T10:00:00Z", "anna", "edited", "tags", [], ["x"], "", True),
        ]
    )
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_english_translations_cover_the_coordinator_screens(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    from helavb_desktop.ui.i18n import qm_file

    path = qm_file("en", tmp_path)
    assert path is not None
    translator = QTranslator()
    assert translator.load(str(path))
    for context, source, english in [
        ("CoordinationMenu", "Sa&mordning", "Coor&dination"),
        ("ConflictsDialog", "&Lös konflikten", "&Resolve the conflict"),
        ("DuplicatesDialog", "Möjliga dubbletter", "Possible duplicates"),
        ("MergeDialog", "&Slå ihop", "&Merge"),
        ("HistoryDialog", "Historik", "History"),
        ("DuplicateWarningDialog", "&Spara ändå", "&Save anyway"),
        ("InitiativeEditor", "&Historik…", "&History…"),
    ]:
        assert translator.translate(context, source) == english


def test_own_values_are_edited_the_way_a_person_reads_them() -> None:
    from helavb_desktop.ui.conflicts_view import editable_text, parse_own_value
    from helavb_desktop.ui.models import Lookup

    lookup = Lookup(municipality_names={"2421": "Storuman", "2425": "Dorotea"})
    assert editable_text(["2421", "2425"], "municipalities", lookup) == "Storuman, Dorotea"
    assert parse_own_value("dorotea, Storuman", ["2421"], "municipalities", lookup) == [
        "2425",
        "2421",
    ]
    assert parse_own_value("Storuman", "2425", "municipality", lookup) == "2421"
    assert parse_own_value("bredband, skola", ["leader"], "tags") == ["bredband", "skola"]
    assert parse_own_value(" 12 ", 3, "women") == 12
    assert parse_own_value("Anna och Bertil", "Anna", "responsible") == "Anna och Bertil"
