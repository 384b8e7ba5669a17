"""Duplicates in the app: the warning before saving a new initiative, the duplicates view with
a planted pair, and the merge dialog's field-by-field choice (merged on a real hub)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from helavb_desktop.app import Assembled
from helavb_desktop.domain.models import RecordType
from helavb_desktop.domain.queries import ListQuery
from helavb_desktop.ui.duplicate_warning import DuplicateWarningDialog
from helavb_desktop.ui.duplicates_view import DuplicatesDialog
from helavb_desktop.ui.merge_dialog import MergeDialog, load_pair

from .coordination_hub import running_hub, sync_register

__all__ = ["running_hub"]  # the fixture, imported for pytest

INITIATIVE = RecordType.INITIATIVE
DOROTEA, STORUMAN = "2425", "2421"
TITLE = "Laddinfrastruktur för elbilar i Dorotea"


def _plant_pair(ctx: Any) -> tuple[Any, Any]:
    keep = ctx.register.create(
        INITIATIVE,
        {
            "title": TITLE,
            "focus_area": "katalysator",
            "municipalities": [DOROTEA],
            "start_date": "2026-03-01",
            "responsible": "Anna Lindqvist",
        },
    )
    other = ctx.register.create(
        INITIATIVE,
        {
            "title": "Laddinfrastruktur för elbilar, Dorotea kommun",
            "focus_area": "katalysator",
            "municipalities": [DOROTEA],
            "start_date": "2026-03-10",
            "responsible": "",
            "diarienummer": "101-2345-2026",
        },
    )
    return keep, other


def _new_initiative(window: Any, title: str) -> Any:
    window.new_initiative()
    form = window.register.panel(INITIATIVE).form
    form.title.setText(title)
    form.focus_area.setCurrentIndex(form.focus_area.findData("katalysator"))
    return form


def test_new_initiative_with_a_known_title_is_warned_before_saving(
    qtbot: QtBot,
    qtmodeltester: Any,
    make_window: Callable[..., Assembled],
    wait_idle: Callable[[Assembled], None],
) -> None:
    a = make_window()
    ctx = a.window.ctx
    existing = ctx.register.create(
        INITIATIVE, {"title": TITLE, "focus_area": "katalysator", "municipalities": [DOROTEA]}
    )
    form = _new_initiative(a.window, "")
    guard = form.duplicates

    # The hint under the title, after typing pauses.
    with qtbot.waitSignal(guard.hint_updated, timeout=10_000):
        qtbot.keyClicks(form.title, "Laddinfrastruktur for elbilar i Dorotea")
    assert guard.hint.isVisible() and TITLE in guard.hint.text()

    # Save: the matches are listed; "Avbryt" saves nothing.
    a.window.act_save.trigger()
    qtbot.waitUntil(lambda: guard.dialog is not None, timeout=10_000)
    dialog = guard.dialog
    assert isinstance(dialog, DuplicateWarningDialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rows()[0][0].id == existing.id
    dialog.cancel_button.click()
    wait_idle(a)
    assert ctx.register.count(INITIATIVE, ListQuery()) == 1
    assert form.is_new() and form.is_dirty()

    # "Öppna befintlig" shows the existing initiative (the typing stays a draft).
    a.window.act_save.trigger()
    qtbot.waitUntil(lambda: guard.dialog is not None, timeout=10_000)
    guard.dialog.open_button.click()
    qtbot.waitUntil(lambda: form.record_id == existing.id, timeout=10_000)
    assert ctx.register.count(INITIATIVE, ListQuery()) == 1
    assert ctx.drafts.list()

    # "Spara ändå" saves the new one.
    form = _new_initiative(a.window, TITLE)
    a.window.act_save.trigger()
    qtbot.waitUntil(lambda: guard.dialog is not None, timeout=10_000)
    with qtbot.waitSignal(form.saved, timeout=10_000):
        guard.dialog.save_button.click()
    assert ctx.register.count(INITIATIVE, ListQuery()) == 2

    # An unrelated title is saved without asking.
    form = _new_initiative(a.window, "Vinterväghållning i Kittelfjäll")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        a.window.act_save.trigger()
    assert guard.dialog is None


def test_duplicates_view_lists_a_planted_pair(
    qtbot: QtBot,
    make_window: Callable[..., Assembled],
    wait_idle: Callable[[Assembled], None],
    qtmodeltester: Any,
) -> None:
    a = make_window()
    ctx = a.window.ctx
    keep, other = _plant_pair(ctx)
    ctx.register.create(INITIATIVE, {"title": "Byabuss i Storuman", "focus_area": "brobyggare"})
    dialog = DuplicatesDialog(ctx, a.window)
    qtbot.addWidget(dialog)
    wait_idle(a)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    pair = dialog.model.row_at(0)
    assert {pair.first, pair.second} == {keep.id, other.id}
    reasons = dialog.model.index(0, 3).data()
    assert "samma kommun: Dorotea" in reasons
    assert dialog.model.index(0, 0).data().endswith("%")
    assert not dialog.progress.isVisible()
    assert "1 möjliga dubbletter" in dialog.status_label.text() or dialog.status_label.text()

    # Notes: none planted, none listed.
    with qtbot.waitSignal(dialog.candidates_loaded, timeout=10_000) as loaded:
        dialog.kind_box.setCurrentIndex(1)
    assert loaded.args == [0]
    assert "Inga troliga dubbletter" in dialog.status_label.text()


def test_merge_dialog_builds_take_from_other(
    qtbot: QtBot, make_window: Callable[..., Assembled]
) -> None:
    a = make_window()
    ctx = a.window.ctx
    keep, other = _plant_pair(ctx)
    ctx.register.create(
        RecordType.NOTE,
        {
            "date": "2026-03-02",
            "municipality": DOROTEA,
            "place": "Dorotea",
            "kind": "meeting",
            "summary": "Möte om laddstolpar.",
            "initiatives": [other.id],
        },
    )
    first, second = load_pair(ctx.register, INITIATIVE, keep.id, other.id)
    assert (first.notes, second.notes) == (0, 1)
    dialog = MergeDialog(ctx, INITIATIVE, first, second, a.window)
    qtbot.addWidget(dialog)
    assert set(dialog.differing_fields()) == {
        "title",
        "start_date",
        "responsible",
        "diarienummer",
    }
    # Defaults: the survivor's values, except where it has none.
    assert dialog.take_from_other() == ["diarienummer"]
    dialog.choose("title", "other")
    dialog.choose("diarienummer", "keep")
    dialog.choose("start_date", "other")
    assert dialog.take_from_other() == ["title", "start_date"]
    assert "1 på den andra" in dialog.links_label.text()
    # Keeping the other one instead starts the choice over, from its side.
    dialog.swap()
    assert dialog.keep.record.id == other.id
    assert dialog.take_from_other() == ["responsible"]


def test_merge_and_unmerge_through_the_hub(
    qtbot: QtBot,
    make_window: Callable[..., Assembled],
    wait_idle: Callable[[Assembled], None],
    data_dir: Path,
    running_hub: Any,
) -> None:
    creds = running_hub.login(data_dir, "sam")
    a = make_window()
    ctx = a.window.ctx
    keep, other = _plant_pair(ctx)
    sync_register(a.database.sessions, creds)
    dialog = DuplicatesDialog(ctx, a.window)
    qtbot.addWidget(dialog)
    wait_idle(a)
    assert dialog.model.rowCount() == 1
    with qtbot.waitSignal(dialog.merge_dialog_opened, timeout=10_000) as opened:
        dialog.compare_button.click()
    merge = opened.args[0]
    assert isinstance(merge, MergeDialog)
    if merge.keep.record.id != keep.id:
        merge.swap()
    merge.choose("diarienummer", "other")
    with qtbot.waitSignal(merge.merged, timeout=20_000):
        merge.merge_button.click()
    wait_idle(a)
    assert merge.result_value.keep == keep.id
    survivor = ctx.register.get(INITIATIVE, keep.id)
    assert survivor.diarienummer == "101-2345-2026"
    assert [r.id for r in ctx.register.list(INITIATIVE, ListQuery())] == [keep.id]
    assert dialog.merged_list.count() == 1 and dialog.model.rowCount() == 0

    with qtbot.waitSignal(dialog.unmerged, timeout=20_000):
        dialog.unmerge_button.click()
    wait_idle(a)
    assert {r.id for r in ctx.register.list(INITIATIVE, ListQuery())} == {keep.id, other.id}
    assert dialog.model.rowCount() == 1


def test_a_merge_is_undone_from_the_survivors_history(
    qtbot: QtBot,
    make_window: Callable[..., Assembled],
    wait_idle: Callable[[Assembled], None],
    data_dir: Path,
    running_hub: Any,
) -> None:
    creds = running_hub.login(data_dir, "sam")
    a = make_window()
    ctx = a.window.ctx
    keep, other = _plant_pair(ctx)
    sync_register(a.database.sessions, creds)
    menu = a.window.coordination
    qtbot.waitUntil(lambda: menu.allowed)
    first, second = load_pair(ctx.register, INITIATIVE, keep.id, other.id)
    merge = MergeDialog(ctx, INITIATIVE, first, second, a.window)
    qtbot.addWidget(merge)
    with qtbot.waitSignal(merge.merged, timeout=20_000):
        merge.merge_button.click()
    wait_idle(a)
    assert [r.id for r in ctx.register.list(INITIATIVE, ListQuery())] == [keep.id]

    history = menu.open_history(INITIATIVE, keep.id, TITLE)
    wait_idle(a)
    assert history.complete is True
    assert history.open_merges() == [other.id]
    assert history.unmerge_button.isVisible() and history.unmerge_button.isEnabled()
    assert any(e.action == "merged" for e in history.model.rows())
    with qtbot.waitSignal(history.unmerged, timeout=20_000):
        history.unmerge_button.click()
    wait_idle(a)
    assert {r.id for r in ctx.register.list(INITIATIVE, ListQuery())} == {keep.id, other.id}
    assert history.open_merges() == []
    assert not history.unmerge_button.isVisible()
    assert [e.action for e in history.model.rows()][:1] == ["unmerged"]


def test_merge_without_the_hub_says_it_needs_the_hub(
    qtbot: QtBot,
    make_window: Callable[..., Assembled],
    wait_idle: Callable[[Assembled], None],
    data_dir: Path,
    monkeypatch: Any,
) -> None:
    from helavb_desktop.hub.process import free_port
    from helavb_desktop.services.sync_credentials import Credentials, TokenStore

    monkeypatch.setenv("HELAVB_KEYRING", "off")
    dead = f"http://127.0.0.1:{free_port()}"  # nothing listens: the hub is unreachable
    TokenStore(data_dir).save(Credentials(dead, "sam", "token", "samordnare"))
    a = make_window()
    ctx = a.window.ctx
    keep, other = _plant_pair(ctx)
    first, second = load_pair(ctx.register, INITIATIVE, keep.id, other.id)
    merge = MergeDialog(ctx, INITIATIVE, first, second, a.window)
    qtbot.addWidget(merge)
    merge.merge_button.click()
    wait_idle(a)
    assert "går inte att nå" in merge.message.text()
    assert merge.merge_button.isEnabled()  # try again once the hub answers
    assert len(ctx.register.list(INITIATIVE, ListQuery())) == 2
