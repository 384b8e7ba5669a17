"""The "Lägesbild (PDF)" dialog: choose a selection, preview the briefing, print or save it.

Use from the main window::

    dialog = BriefingDialog(
        build=lambda selection: briefing_service.render(selection),  # -> PDF bytes (or a path)
        municipalities=context.municipalities,
        parent=main_window,
        submit=context.runner.submit,  # optional: run the build on the app's worker thread
    )
    dialog.open()

``build`` receives a :class:`~helavb_desktop.domain.briefing.BriefingSelection` and returns the
PDF as ``bytes`` or as a path to a PDF file; it runs off the GUI thread, so it may read the
register. Without ``submit`` the dialog uses Qt's global thread pool. ``submit`` follows
``TaskRunner.submit``: ``submit(fn, *args, on_done=..., on_error=...)`` delivering results on
the GUI thread. The dialog itself imports no services and no database code.

Signals: ``preview_loaded`` when a built PDF is shown, ``build_failed(str)`` with the message.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRect,
    QRegularExpression,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QPainter, QRegularExpressionValidator
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helavb_desktop.domain.briefing import BriefingSelection
from helavb_desktop.domain.enums import FocusArea
from helavb_desktop.domain.errors import DomainError, ValidationError
from helavb_desktop.domain.models import Municipality

try:  # QtPrintSupport is in PySide6-Essentials; keep saving possible if a build lacks it.
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    HAVE_PRINT = True
except ImportError:  # pragma: no cover - depends on the Qt build
    HAVE_PRINT = False

log = logging.getLogger(__name__)

BuildResult = bytes | str | os.PathLike[str]
Build = Callable[[BriefingSelection], BuildResult]
Submit = Callable[..., Any]


def _as_bytes(result: BuildResult) -> bytes:
    if isinstance(result, bytes):
        return result
    return Path(result).read_bytes()


class _JobSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _BuildJob(QRunnable):
    """One build on the thread pool; the result crosses back by queued signal."""

    def __init__(self, build: Build, selection: BriefingSelection) -> None:
        super().__init__()
        self.signals = _JobSignals()
        self._build = build
        self._selection = selection

    def run(self) -> None:
        try:
            payload = _as_bytes(self._build(self._selection))
        except BaseException as exc:  # delivered to the dialog, which shows it
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(payload)


class BriefingDialog(QDialog):
    """Choose focus area, period, municipality; preview; print or save the briefing PDF."""

    preview_loaded = Signal()
    build_failed = Signal(str)

    def __init__(
        self,
        build: Build,
        municipalities: Sequence[Municipality] = (),
        parent: QWidget | None = None,
        *,
        submit: Submit | None = None,
        initial: BriefingSelection | None = None,
        save_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._build = build
        self._submit = submit
        self._save_dir = save_dir or Path.home()
        self._pdf: bytes | None = None
        self._selection: BriefingSelection | None = None
        self._jobs: set[_BuildJob] = set()
        self._buffer: QBuffer | None = None
        self.setWindowTitle(self.tr("Lägesbild för ett insatsområde"))
        self.setAccessibleName(self.tr("Lägesbild för ett insatsområde"))
        self.resize(900, 800)
        self._make_widgets(municipalities)
        self._make_layout()
        if initial is not None:
            self.set_selection(initial)

    # -- construction --------------------------------------------------------------------

    def _focus_labels(self) -> dict[FocusArea, str]:
        # Literals here so lupdate finds them; the domain's labels are Swedish only.
        return {
            FocusArea.LANDSBYGDSMYNDIGHETEN: self.tr("Länsstyrelsen – landsbygdsmyndigheten"),
            FocusArea.BROBYGGARE: self.tr("Länsstyrelsen – en brobyggare"),
            FocusArea.KATALYSATOR: self.tr(
                "Länsstyrelsen – en katalysator för långsiktigt hållbara jobb"
            ),
            FocusArea.FRAMTIDSVERKSTADER: self.tr("Framtidsverkstäder för en levande landsbygd"),
        }

    def _date_field(self, accessible: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        field.setValidator(
            QRegularExpressionValidator(
                QRegularExpression(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$"), field
            )
        )
        field.setMaxLength(10)
        field.setMaximumWidth(130)
        field.setAccessibleName(accessible)
        return field

    def _make_widgets(self, municipalities: Sequence[Municipality]) -> None:
        self.focus_combo = QComboBox(self)
        for area, label in self._focus_labels().items():
            self.focus_combo.addItem(label, area.value)
        self.focus_combo.setAccessibleName(self.tr("Insatsområde"))
        self.from_edit = self._date_field(self.tr("Period från"))
        self.to_edit = self._date_field(self.tr("Period till och med"))
        self.municipality_combo = QComboBox(self)
        self.municipality_combo.addItem(self.tr("Alla kommuner"), "")
        for m in sorted(municipalities, key=lambda m: m.name):
            text = f"{m.name} ★" if m.priority else m.name
            self.municipality_combo.addItem(text, m.code)
            if m.priority:
                self.municipality_combo.setItemData(
                    self.municipality_combo.count() - 1,
                    self.tr("Prioriterad kommun enligt SOU 2017:1"),
                    Qt.ItemDataRole.ToolTipRole,
                )
        self.municipality_combo.setAccessibleName(self.tr("Kommun"))
        self.no_personal_check = QCheckBox(self.tr("Utan personuppgifter"), self)
        self.no_personal_check.setToolTip(
            self.tr("Lämna ute alla dialoganteckningar som är markerade med personuppgifter.")
        )
        self.no_personal_check.setAccessibleName(self.tr("Utan personuppgifter"))
        self.build_button = QPushButton(self.tr("Skapa förhandsvisning"), self)
        self.build_button.setAccessibleName(self.tr("Skapa förhandsvisning"))
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.generate)
        self.status_label = QLabel(self.tr("Välj urval och skapa en förhandsvisning."), self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._on_document_status_changed)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Förhandsvisning av lägesbilden"))
        self.print_button = QPushButton(self.tr("Skriv ut…"), self)
        self.print_button.setAccessibleName(self.tr("Skriv ut"))
        self.print_button.clicked.connect(self.print_briefing)
        self.print_button.setVisible(HAVE_PRINT)
        self.save_button = QPushButton(self.tr("Spara som…"), self)
        self.save_button.setAccessibleName(self.tr("Spara som PDF"))
        self.save_button.clicked.connect(self._on_save_clicked)
        self.close_button = QPushButton(self.tr("Stäng"), self)
        self.close_button.setAccessibleName(self.tr("Stäng"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        self.focus_combo.currentIndexChanged.connect(self._on_selection_edited)
        self.municipality_combo.currentIndexChanged.connect(self._on_selection_edited)
        self.from_edit.textEdited.connect(self._on_selection_edited)
        self.to_edit.textEdited.connect(self._on_selection_edited)
        self.no_personal_check.toggled.connect(self._on_selection_edited)

    def _make_layout(self) -> None:
        form = QGridLayout()
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Insatsområde:"), self.focus_combo),
            (self.tr("&Kommun:"), self.municipality_combo),
        ]
        for row, (text, widget) in enumerate(rows):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addWidget(label, row, 0)
            form.addWidget(widget, row, 1, 1, 4)
        period = QHBoxLayout()
        from_label = QLabel(self.tr("&Från:"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&Till och med:"), self)
        to_label.setBuddy(self.to_edit)
        for widget in (from_label, self.from_edit, to_label, self.to_edit):
            period.addWidget(widget)
        period.addStretch(1)
        period_label = QLabel(self.tr("Period:"), self)
        form.addWidget(period_label, 2, 0)
        form.addLayout(period, 2, 1, 1, 4)
        form.addWidget(self.no_personal_check, 3, 1, 1, 3)
        form.addWidget(self.build_button, 3, 4, Qt.AlignmentFlag.AlignRight)
        form.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    # -- the selection -------------------------------------------------------------------

    def set_selection(self, selection: BriefingSelection) -> None:
        self.focus_combo.setCurrentIndex(self.focus_combo.findData(selection.focus_area.value))
        self.from_edit.setText(selection.date_from.isoformat() if selection.date_from else "")
        self.to_edit.setText(selection.date_to.isoformat() if selection.date_to else "")
        index = self.municipality_combo.findData(selection.municipality or "")
        self.municipality_combo.setCurrentIndex(max(index, 0))
        self.no_personal_check.setChecked(selection.no_personal_data)

    def _date(self, field: QLineEdit, name: str) -> date | None:
        text = field.text().strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValidationError(name, self.tr("är inget datum; skriv ÅÅÅÅ-MM-DD")) from None

    def selection(self) -> BriefingSelection:
        """The selection the controls describe; ValidationError for a bad date or period."""
        return BriefingSelection(
            focus_area=FocusArea(self.focus_combo.currentData()),
            date_from=self._date(self.from_edit, self.tr("Från")),
            date_to=self._date(self.to_edit, self.tr("Till och med")),
            municipality=self.municipality_combo.currentData() or None,
            no_personal_data=self.no_personal_check.isChecked(),
        )

    @Slot()
    def _on_selection_edited(self) -> None:
        # Print and save keep working on the previewed PDF; say that it no longer matches.
        if self._pdf is not None:
            self.status_label.setText(
                self.tr("Urvalet har ändrats. Skapa en ny förhandsvisning för att se det.")
            )

    # -- building ------------------------------------------------------------------------

    @Slot()
    def generate(self) -> None:
        """Build the PDF for the current selection off the GUI thread, then preview it."""
        try:
            selection = self.selection()
        except ValidationError as exc:
            self._show_failure(self._message(exc))
            return
        self._selection = selection
        self._set_busy(True)
        self.status_label.setText(self.tr("Skapar lägesbilden…"))
        if self._submit is not None:
            self._submit(
                lambda: _as_bytes(self._build(selection)),
                on_done=self._on_built,
                on_error=self._on_build_error,
            )
            return
        job = _BuildJob(self._build, selection)
        job.setAutoDelete(False)  # kept in self._jobs until its signal arrived
        job.signals.finished.connect(self._on_built)
        job.signals.failed.connect(self._on_build_error)
        job.signals.finished.connect(lambda _r, j=job: self._jobs.discard(j))
        job.signals.failed.connect(lambda _e, j=job: self._jobs.discard(j))
        self._jobs.add(job)
        QThreadPool.globalInstance().start(job)

    def _set_busy(self, busy: bool) -> None:
        self.build_button.setEnabled(not busy)
        ready = not busy and self._pdf is not None
        self.print_button.setEnabled(ready and HAVE_PRINT)
        self.save_button.setEnabled(ready)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        elif QGuiApplication.overrideCursor() is not None:
            QGuiApplication.restoreOverrideCursor()

    def _message(self, exc: BaseException) -> str:
        if isinstance(exc, ValidationError):
            return self.tr("Kontrollera ”{field}”: {message}").format(
                field=exc.field, message=exc.message
            )
        if isinstance(exc, DomainError | OSError):
            return str(exc)
        return self.tr("Lägesbilden kunde inte skapas: {error}").format(error=exc)

    def _show_failure(self, message: str) -> None:
        self.status_label.setText(message)
        self.build_failed.emit(message)

    @Slot(object)
    def _on_build_error(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError | OSError):
            log.error("building the briefing failed", exc_info=exc)
        self._set_busy(False)
        self._show_failure(self._message(exc))

    @Slot(object)
    def _on_built(self, payload: bytes) -> None:
        self._pdf = payload
        # The buffer must outlive the document's use of it; replaced on the next build.
        old = self._buffer
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(payload))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.close()
        self.document.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self._set_busy(False)

    @Slot(QPdfDocument.Status)
    def _on_document_status_changed(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            pages = self.document.pageCount()
            self.status_label.setText(self.tr("Lägesbilden är klar. Antal sidor: %n.", "", pages))
            self.preview_loaded.emit()
        elif status == QPdfDocument.Status.Error:
            self._show_failure(self.tr("Förhandsvisningen kunde inte visas."))

    # -- output --------------------------------------------------------------------------

    @property
    def pdf_bytes(self) -> bytes | None:
        return self._pdf

    def suggested_file_name(self) -> str:
        selection = self._selection or self.selection()
        parts = ["lagesbild", selection.focus_area.value]
        if selection.municipality:
            parts.append(selection.municipality)
        parts.append(date.today().isoformat())
        return "-".join(parts) + ".pdf"

    @Slot()
    def _on_save_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Spara lägesbild"),
            str(self._save_dir / self.suggested_file_name()),
            self.tr("PDF-dokument (*.pdf)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the previewed PDF to ``path`` atomically; False (with a message) on failure."""
        if self._pdf is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(self._pdf)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.chmod(tmp, 0o644)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            self._show_failure(
                self.tr("Filen kunde inte sparas: {error}").format(error=exc.strerror or exc)
            )
            return False
        self._save_dir = path.parent
        self.status_label.setText(self.tr("Sparad: {path}").format(path=path))
        return True

    @Slot()
    def print_briefing(self) -> None:
        if not HAVE_PRINT or self._pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_file_name())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Skriv ut lägesbild"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: Any) -> None:
        """Paint every page onto ``printer`` (rendered at the printer's resolution)."""
        painter = QPainter()
        if not painter.begin(printer):
            self._show_failure(self.tr("Skrivaren kunde inte startas."))
            return
        try:
            dpi = printer.resolution()
            target = painter.viewport()
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
                image = self.document.render(page, size)
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), scaled), image)
        finally:
            painter.end()
