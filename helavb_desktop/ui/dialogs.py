"""Smaller dialogs: pick an initiative, settings, drafts left after a crash."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helavb_desktop.domain.models import Record, RecordType
from helavb_desktop.domain.queries import ListQuery, SortOrder
from helavb_desktop.services.drafts import Draft
from helavb_desktop.ui import labels
from helavb_desktop.ui.context import AppContext

PICK_LIMIT = 100


class InitiativePickerDialog(QDialog):
    """Search initiatives by title as you type; Enter links the highlighted one."""

    picked = Signal(str, str)  # id, title

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.results = QListWidget(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_current)
        self.buttons.rejected.connect(self.reject)
        self.results.itemActivated.connect(lambda _item: self._accept_current())
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._query)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._accept_current)
        self.setWindowTitle(self.tr("Koppla insats"))
        self.search.setPlaceholderText(self.tr("Sök insats på titel, beskrivning eller tagg"))
        self.search.setAccessibleName(self.tr("Sök insats"))
        self.results.setAccessibleName(self.tr("Insatser"))
        self.resize(520, 420)
        self._query()

    def _query(self) -> None:
        self._generation += 1
        generation = self._generation
        text = self.search.text().strip() or None
        query = ListQuery(search=text, order=SortOrder.TITLE, limit=PICK_LIMIT)
        self.ctx.runner.submit(
            self.ctx.register.list,
            RecordType.INITIATIVE,
            query,
            on_done=lambda rows: self._show(generation, rows),
        )

    def _show(self, generation: int, rows: list[Record]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for r in rows:
            title = getattr(r, "title", r.id)
            area = labels.focus_short(getattr(r, "focus_area", "brobyggare"))
            item = QListWidgetItem(f"{title}  ({area})", self.results)
            item.setData(Qt.ItemDataRole.UserRole, (r.id, title))
        if self.results.count():
            self.results.setCurrentRow(0)

    def _accept_current(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        record_id, title = item.data(Qt.ItemDataRole.UserRole)
        self.picked.emit(record_id, title)
        self.accept()


class SettingsDialog(QDialog):
    """Language (Swedish by default, or English); switching retranslates the open window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(ctx.settings.language), 0))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        self.data_dir = QLabel(str(ctx.settings.data_dir), self)
        self.data_dir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_dir_label = QLabel(self)
        form.addRow(self.data_dir_label, self.data_dir)
        self.hub_label = QLabel(self)
        self.hub_state = QLabel(self)
        self.login_button = QPushButton(self)
        self.login_button.clicked.connect(self.log_in)
        hub_row = QHBoxLayout()
        hub_row.addWidget(self.hub_state, 1)
        hub_row.addWidget(self.login_button)
        if ctx.sync is not None:  # sync (issue 4) may be left out of a build
            form.addRow(self.hub_label, hub_row)
        else:
            for w in (self.hub_label, self.hub_state, self.login_button):
                w.hide()
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inställningar"))
        self.language_label.setText(self.tr("&Språk"))
        self.language.setAccessibleName(self.tr("Språk"))
        self.data_dir_label.setText(self.tr("Registrets mapp"))
        self.hub_label.setText(self.tr("Hubb"))
        settings = self.ctx.settings
        self.hub_state.setText(
            self.tr("{user} på {url}").format(user=settings.user_name, url=settings.hub_url)
            if settings.hub_url
            else self.tr("Inte inloggad")
        )
        self.login_button.setText(self.tr("Logga in på hubben…"))

    def log_in(self) -> None:
        """The sync part's login dialog; the hub address and user go into the settings."""
        try:
            from helavb_desktop.ui.sync_status import SyncLoginDialog
        except ImportError:
            return
        settings = self.ctx.settings
        dialog = SyncLoginDialog(
            self.ctx.sync, hub_url=settings.hub_url, user=settings.user_name, parent=self
        )

        def logged_in() -> None:
            creds = dialog.credentials
            if creds is not None:
                settings.hub_url = str(getattr(creds, "hub_url", settings.hub_url))
                settings.user_name = str(getattr(creds, "user", settings.user_name))
                # Changes from now on carry the hub user's name, not the OS account's.
                self.ctx.register.actor = settings.actor()
                self.ctx.save_settings()
                self.retranslate()
                self.ctx.sync.sync_now()

        dialog.accepted.connect(logged_in)
        dialog.open()

    def apply(self) -> None:
        language = str(self.language.currentData())
        if language != self.ctx.settings.language:
            self.ctx.settings.language = language
            self.ctx.save_settings()
            if self.ctx.set_language is not None:
                self.ctx.set_language(language)  # LanguageChange reaches every widget
        self.accept()


class DraftsDialog(QDialog):
    """Unsaved drafts found at start: restore one into its form, or throw it away."""

    restore_requested = Signal(object)  # Draft
    discard_requested = Signal(object)

    def __init__(self, drafts: list[Draft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drafts = list(drafts)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QListWidget(self)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(lambda: self.restore(self.list.currentRow()))
        self.discard_button = QPushButton(self)
        self.discard_button.clicked.connect(lambda: self.discard(self.list.currentRow()))
        self.later_button = QPushButton(self)
        self.later_button.clicked.connect(self.reject)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        self.list.itemActivated.connect(lambda _i: self.restore(self.list.currentRow()))
        self.resize(520, 300)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Osparade utkast"))
        self.intro.setText(
            self.tr(
                "HelaVB stängdes innan det här sparades. Välj ett utkast och återställ det "
                "i formuläret, eller kasta det."
            )
        )
        self.restore_button.setText(self.tr("&Återställ"))
        self.discard_button.setText(self.tr("&Kasta utkastet"))
        self.later_button.setText(self.tr("&Senare"))
        self.list.setAccessibleName(self.tr("Osparade utkast"))
        self.list.clear()
        for d in self.drafts:
            kind = labels.kind_label(RecordType(d.kind)).capitalize()
            when = d.saved_at[:16].replace("T", " ")
            title = d.title or self.tr("(utan rubrik)")
            state = self.tr("ny") if d.record_id is None else self.tr("ändring")
            QListWidgetItem(f"{kind} ({state}): {title} — {self.tr('sparat')} {when}", self.list)
        if self.list.count():
            self.list.setCurrentRow(0)

    def restore(self, row: int) -> None:
        if 0 <= row < len(self.drafts):
            draft = self.drafts.pop(row)
            self.restore_requested.emit(draft)
            self.accept()

    def discard(self, row: int) -> None:
        if 0 <= row < len(self.drafts):
            draft = self.drafts.pop(row)
            self.discard_requested.emit(draft)
            self.retranslate()
            if not self.drafts:
                self.accept()
