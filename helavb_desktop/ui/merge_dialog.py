"""Merging two records field by field: the survivor keeps its values unless told otherwise.

For every field where the two differ the coordinator picks the kept record's value or the
other's; ``take_from_other()`` lists the fields taken from the other. Linked notes and
follow-ups of the other are re-linked to the survivor by the service (counts shown here).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from helavb_desktop.domain.models import DialogueNote, Record, RecordType
from helavb_desktop.domain.queries import ListQuery
from helavb_desktop.domain.validation import record_to_json
from helavb_desktop.services.register import RegisterService
from helavb_desktop.ui.context import AppContext
from helavb_desktop.ui.coordination_common import (
    coordination_message,
    field_name,
    format_value,
    one_line,
)
from helavb_desktop.ui.errors import show_error

# Fields a person does not choose between (the id is the record's identity).
SKIP_FIELDS = frozenset({"id"})


@dataclass(frozen=True, slots=True)
class MergeSide:
    record: Record
    notes: int  # linked dialogue notes (initiatives) or 0
    followups: int  # linked follow-ups


def load_pair(
    register: RegisterService, kind: RecordType, first: str, second: str
) -> tuple[MergeSide, MergeSide]:
    """Worker job: both records and what hangs off each."""

    def side(record_id: str) -> MergeSide:
        record = register.get(kind, record_id)
        notes = followups = 0
        if kind is RecordType.INITIATIVE:
            notes = register.count(RecordType.NOTE, ListQuery(initiative=record_id))
            followups = register.count(RecordType.FOLLOWUP, ListQuery(initiative=record_id))
        elif kind is RecordType.NOTE:
            followups = register.count(RecordType.FOLLOWUP, ListQuery(note=record_id))
        return MergeSide(record, notes, followups)

    return side(first), side(second)


def record_title(record: Record) -> str:
    if isinstance(record, DialogueNote):
        return f"{record.date.isoformat()} {record.place}"
    text = getattr(record, "title", None) or getattr(record, "description", "")
    return str(text or record.id)


class MergeDialog(QDialog):
    """Slå ihop: keep one record, choose per differing field, merge on the worker."""

    merged = Signal(object)  # MergeResult
    records_changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        kind: RecordType,
        keep: MergeSide,
        other: MergeSide,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.keep = keep
        self.other = other
        self.busy = False
        self.result_value: Any = None
        self.setObjectName("mergeDialog")
        self.resize(1000, 640)
        self.heading = QLabel(self)
        self.heading.setObjectName("viewHeading")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("hint")
        self.swap_button = QPushButton(self)
        self.swap_button.clicked.connect(self.swap)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.links_label = QLabel(self)
        self.links_label.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.clicked.connect(self.merge)
        self.cancel_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.swap_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.links_label)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        self._groups: list[QButtonGroup] = []
        self._build_rows()
        self.retranslate()

    # -- fields ---------------------------------------------------------------------------

    def differing_fields(self) -> list[str]:
        a, b = record_to_json(self.keep.record), record_to_json(self.other.record)
        return [f for f in a if f not in SKIP_FIELDS and a.get(f) != b.get(f)]

    def _build_rows(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.choices = {}
        self._groups = []
        self.keep_header = QLabel(self.grid_host)
        self.other_header = QLabel(self.grid_host)
        for label in (self.keep_header, self.other_header):
            label.setObjectName("sectionHeading")
            label.setWordWrap(True)
        self.grid.addWidget(self.keep_header, 0, 1)
        self.grid.addWidget(self.other_header, 0, 2)
        a, b = record_to_json(self.keep.record), record_to_json(self.other.record)
        lookup = self.ctx.lookup
        row = 1
        for name in self.differing_fields():
            label = QLabel(field_name(name), self.grid_host)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            keep_radio = QRadioButton(self._radio_text(name, a.get(name)), self.grid_host)
            other_radio = QRadioButton(self._radio_text(name, b.get(name)), self.grid_host)
            keep_radio.setToolTip(format_value(name, a.get(name), lookup))
            other_radio.setToolTip(format_value(name, b.get(name), lookup))
            keep_radio.setAccessibleName(f"{field_name(name)}: {keep_radio.text()}")
            other_radio.setAccessibleName(f"{field_name(name)}: {other_radio.text()}")
            group = QButtonGroup(self)
            group.addButton(keep_radio)
            group.addButton(other_radio)
            # The survivor's value is the default; an empty one gives way to a filled one.
            empty = a.get(name) in (None, "", [])
            (other_radio if empty else keep_radio).setChecked(True)
            self._groups.append(group)
            self.choices[name] = (keep_radio, other_radio)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(keep_radio, row, 1)
            self.grid.addWidget(other_radio, row, 2)
            row += 1
        self.same_label = QLabel(self.grid_host)
        self.same_label.setObjectName("hint")
        self.same_label.setWordWrap(True)
        self.grid.addWidget(self.same_label, row, 0, 1, 3)
        self.grid.setRowStretch(row + 1, 1)

    def _radio_text(self, name: str, value: Any) -> str:
        # Radio texts do not wrap: long values are cut here and shown whole in the tooltip.
        return one_line(format_value(name, value, self.ctx.lookup), 56)

    def take_from_other(self) -> list[str]:
        """The fields whose value the survivor takes from the other record."""
        return [name for name, (_keep, other) in self.choices.items() if other.isChecked()]

    def choose(self, name: str, side: str) -> None:
        """Pick ``"keep"`` or ``"other"`` for a field (keyboard users and tests)."""
        keep, other = self.choices[name]
        (keep if side == "keep" else other).setChecked(True)

    def swap(self) -> None:
        """Keep the other record instead (the choices start over)."""
        self.keep, self.other = self.other, self.keep
        self._build_rows()
        self.retranslate()

    # -- text -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Slå ihop poster"))
        self.heading.setText(self.tr("Slå ihop två poster"))
        self.intro.setText(
            self.tr(
                "Posten till vänster behålls. Välj för varje fält som skiljer sig vilket värde "
                "som ska gälla. Den andra posten markeras som sammanslagen och kan återställas "
                "med ”Ångra sammanslagning”."
            )
        )
        self.swap_button.setText(self.tr("&Behåll den andra i stället"))
        self.keep_header.setText(
            self.tr("Behålls: {title}").format(title=one_line(record_title(self.keep.record), 90))
        )
        self.other_header.setText(
            self.tr("Slås ihop: {title}").format(
                title=one_line(record_title(self.other.record), 90)
            )
        )
        differing = len(self.choices)
        self.same_label.setText(
            self.tr("Övriga fält är lika i båda posterna.")
            if differing
            else self.tr("Posterna har samma värden i alla fält.")
        )
        if self.kind is RecordType.INITIATIVE:
            self.links_label.setText(
                self.tr(
                    "Kopplade anteckningar: {kn} här, {on} på den andra. Uppföljningar: {kf} här, "
                    "{of} på den andra. Den andras kopplingar flyttas till posten som behålls."
                ).format(
                    kn=self.keep.notes,
                    on=self.other.notes,
                    kf=self.keep.followups,
                    of=self.other.followups,
                )
            )
        else:
            self.links_label.setText(
                self.tr(
                    "Uppföljningar: {kf} här, {of} på den andra. Den andras uppföljningar flyttas "
                    "till posten som behålls."
                ).format(kf=self.keep.followups, of=self.other.followups)
            )
        self.merge_button.setText(self.tr("&Slå ihop"))

    # -- merging --------------------------------------------------------------------------

    def merge(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.merge_button.setEnabled(False)
        self.swap_button.setEnabled(False)
        self.message.setText(self.tr("Slår ihop på hubben…"))
        self.ctx.runner.submit(
            self.ctx.coordination.merge,
            self.kind,
            self.keep.record.id,
            self.other.record.id,
            take_from_other=self.take_from_other(),
            on_done=self._on_merged,
            on_error=self._on_failed,
        )

    def _on_merged(self, result: Any) -> None:
        self.busy = False
        self.result_value = result
        self.merged.emit(result)
        self.records_changed.emit()
        if self.ctx.sync is not None:
            self.ctx.sync.notify_local_change()
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.merge_button.setEnabled(True)
        self.swap_button.setEnabled(True)
        text = coordination_message(exc)
        if text is None:
            self.message.clear()
            show_error(self, exc)
        else:
            self.message.setText(text)
