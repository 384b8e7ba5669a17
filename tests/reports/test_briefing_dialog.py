"""BriefingDialog offscreen: build a real PDF off the GUI thread, preview it, save it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from briefing_sample import Sample
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from helavb_desktop.domain.briefing import BriefingSelection
from helavb_desktop.domain.enums import FocusArea
from helavb_desktop.domain.errors import ValidationError
from helavb_desktop.ui.briefing_dialog import BriefingDialog
from helavb_desktop.ui.tasks import TaskRunner


@pytest.fixture
def dialog(qtbot: QtBot, sample: Sample, tmp_path: Path) -> BriefingDialog:
    service = sample.service()
    widget = BriefingDialog(
        build=service.render,
        municipalities=sample.register.municipalities(),
        save_dir=tmp_path,
    )
    qtbot.addWidget(widget)
    return widget


def test_preview_then_save(qtbot: QtBot, dialog: BriefingDialog, tmp_path: Path) -> None:
    dialog.set_selection(BriefingSelection(FocusArea.BROBYGGARE, municipality="2463"))
    assert not dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.preview_loaded, timeout=30_000):
        qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    assert dialog.document.pageCount() >= 2
    assert dialog.save_button.isEnabled()
    assert "Antal sidor" in dialog.status_label.text()
    pdf = dialog.pdf_bytes
    assert pdf is not None and pdf.startswith(b"%PDF")

    target = tmp_path / "lägesbild"
    assert dialog.save_to(target)
    saved = tmp_path / "lägesbild.pdf"
    assert saved.read_bytes() == pdf
    assert not list(tmp_path.glob(".*.tmp"))
    assert dialog.suggested_file_name().startswith("lagesbild-brobyggare-2463-")

    # Printing paints every page; a PDF printer stands in for paper.
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    dialog.print_to(printer)
    assert len(PdfReader(printed).pages) == dialog.document.pageCount()

    dialog.no_personal_check.setChecked(True)
    assert "Urvalet har ändrats" in dialog.status_label.text()


def test_selection_from_controls(dialog: BriefingDialog) -> None:
    dialog.focus_combo.setCurrentIndex(dialog.focus_combo.findData("katalysator"))
    dialog.from_edit.setText("2026-01-01")
    dialog.to_edit.setText("2026-06-30")
    dialog.no_personal_check.setChecked(True)
    selection = dialog.selection()
    assert selection == BriefingSelection(
        FocusArea.KATALYSATOR, date(2026, 1, 1), date(2026, 6, 30), None, True
    )
    dialog.from_edit.setText("2026-13")
    with pytest.raises(ValidationError):
        dialog.selection()


def test_bad_period_is_reported_not_built(qtbot: QtBot, dialog: BriefingDialog) -> None:
    dialog.from_edit.setText("2026-06-01")
    dialog.to_edit.setText("2026-01-01")
    with qtbot.waitSignal(dialog.build_failed, timeout=5_000) as blocker:
        dialog.generate()
    assert "period" in blocker.args[0]
    assert dialog.pdf_bytes is None
    assert dialog.build_button.isEnabled()


def test_build_error_from_the_worker_is_shown(qtbot: QtBot, sample: Sample) -> None:
    def failing(selection: BriefingSelection) -> bytes:
        raise ValidationError("municipality", "unknown municipality code '9999'")

    widget = BriefingDialog(build=failing, municipalities=sample.register.municipalities())
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.build_failed, timeout=10_000) as blocker:
        widget.generate()
    assert "9999" in blocker.args[0]
    assert widget.build_button.isEnabled() and not widget.save_button.isEnabled()


def test_build_runs_on_the_apps_task_runner(qtbot: QtBot, sample: Sample) -> None:
    runner = TaskRunner()
    try:
        widget = BriefingDialog(
            build=sample.service().render,
            municipalities=sample.register.municipalities(),
            submit=runner.submit,
        )
        qtbot.addWidget(widget)
        widget.set_selection(BriefingSelection(FocusArea.BROBYGGARE))
        with qtbot.waitSignal(widget.preview_loaded, timeout=30_000):
            widget.generate()
        assert widget.document.pageCount() >= 3
        assert widget.save_button.isEnabled()
    finally:
        runner.shutdown()
