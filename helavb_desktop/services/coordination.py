"""Coordinator work (issue 5): the conflict queue, merging duplicates, and every record's history.

The contract with the UI is in notes/coordination-api.md. Coordination is online work: the hub
decides, in one transaction, and the outcome reaches every laptop as ordinary changes. This
module stands in the services layer, which may not import the sync client, so the hub is
reached through a ``HubGateway`` made by an injected ``connect`` function. Build the service
with ``helavb_desktop.sync.coordination_gateway.build_coordination_service(db, data_dir,
settings)``, which supplies the HTTP gateway.

Every method blocks (network or database): the UI calls them on a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, Protocol

from sqlalchemy import select

from helavb_desktop.db.engine import SessionFactory
from helavb_desktop.db.outbox import PENDING
from helavb_desktop.db.records import RecordStore
from helavb_desktop.db.schema import OutboxRow, SyncBaseRow
from helavb_desktop.db.sync_store import SyncConflictRow
from helavb_desktop.domain.errors import DomainError, ValidationError
from helavb_desktop.domain.models import DialogueNote, FollowUp, Initiative, RecordType
from helavb_desktop.domain.reference import load_municipalities
from helavb_desktop.domain.validation import coerce_field, to_json_value
from helavb_desktop.services.sync_credentials import Credentials, TokenStore

log = logging.getLogger(__name__)

COORDINATOR_ROLES = frozenset({"samordnare", "admin"})
DELETED_FIELD = "deleted"
_TRUE = {"true", "1", "ja", "yes", "j", "y", "sant"}
_FALSE = {"false", "0", "nej", "no", "n", "falskt"}


@dataclass(frozen=True, slots=True)
class FieldVersion:
    value: Any  # JSON spelling (dates ISO, enums by key, lists as lists)
    who: str  # user name ("" when unknown)
    when: str  # ISO 8601 UTC ("" when unknown)


@dataclass(frozen=True, slots=True)
class ConflictDetail:
    id: int  # the hub's conflict id
    table: str  # "initiative" | "note" | "followup"
    row_id: str
    record_label: str  # initiative title / "2026-11-20 Tärnaby" / follow-up text
    field: str  # field name, or "deleted" for edit-vs-delete conflicts
    kind: str  # "field" | "edit_vs_delete" | "delete_vs_edit" | "duplicate"
    base: FieldVersion
    hub: FieldVersion
    client: FieldVersion
    status: str  # "open" | "resolved"


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    version: int  # hub change number (0 for a local change not yet sent)
    when: str  # ISO 8601 UTC
    who: str
    # "created" | "edited" | "deleted" | "restored" | "resolved" | "merged" | "unmerged"
    action: str
    field: str | None  # None for whole-record actions
    old: Any
    new: Any
    note: str = ""  # the coordinator's note on a resolution, or ""
    pending: bool = False  # a local change the hub has not seen yet


@dataclass(frozen=True, slots=True)
class MergeResult:
    merge_id: str
    keep: str
    other: str
    relinked_notes: int
    relinked_followups: int


@dataclass(frozen=True, slots=True)
class History:
    """A record's history and whether it is complete (False: the hub could not be asked)."""

    entries: list[HistoryEntry]
    complete: bool
    message: str = ""


class CoordinationError(DomainError):
    """A refusal or failure fit to show a person (Swedish)."""


class NotAllowed(CoordinationError):
    """The hub answered 403: the logged-in role may not do this."""


class NeedsHub(CoordinationError):
    """Not logged in, or the hub cannot be reached: coordination is online work."""


class UnknownConflict(CoordinationError):
    """No such conflict (locally or on the hub), or it is already resolved."""


class HubGateway(Protocol):
    """What the service needs of the hub; raises the CoordinationError family on failure."""

    def resolve(self, conflict_id: int, value: Any, note: str) -> int: ...

    def merge(
        self, table: str, keep: str, other: str, take_from_other: Sequence[str]
    ) -> MergeResult: ...

    def unmerge(self, table: str, other: str) -> list[str]:
        """Returns the survivor's fields left as changed after the merge."""

    def history(self, table: str, row_id: str) -> list[HistoryEntry]: ...

    def pull(self) -> None:
        """Fetch what changed so this laptop shows the outcome."""

    def close(self) -> None: ...


Connect = Callable[[Credentials], HubGateway]


def _municipality_codes() -> frozenset[str]:
    return frozenset(m.code for m in load_municipalities())


def parse_value(kind: RecordType, name: str, raw: Any, *, from_text: bool = False) -> Any:
    """A value for ``name`` in its JSON spelling, checked like any edit (ValidationError)."""
    if name == DELETED_FIELD:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise ValidationError(name, "måste vara ja eller nej (true/false)")
    value = coerce_field(kind, name, raw, _municipality_codes(), from_text=from_text)
    return to_json_value(value)


@dataclass
class CoordinationService:
    """Coordinator work for one register and its stored hub login."""

    sessions: SessionFactory
    data_dir: Path
    connect: Connect | None = None  # None: no hub client installed; online work raises NeedsHub
    actor: str = ""
    _tokens: TokenStore = field(init=False)

    def __post_init__(self) -> None:
        self._tokens = TokenStore(self.data_dir)

    # -- who am I ----------------------------------------------------------------------------

    def credentials(self) -> Credentials | None:
        return self._tokens.load()

    def role(self) -> str | None:
        """The role of the logged-in user (stored at login); None if not logged in."""
        creds = self._tokens.load()
        if creds is None:
            return None
        return creds.role or None

    def can_coordinate(self) -> bool:
        return self.role() in COORDINATOR_ROLES

    def _require_login(self) -> Credentials:
        creds = self._tokens.load()
        if creds is None:
            raise NeedsHub(
                "Inte inloggad mot navet: logga in (helavb login) först; samordning görs mot "
                "navet / not logged in to a hub"
            )
        return creds

    def _gateway(self) -> HubGateway:
        creds = self._require_login()
        if self.connect is None:
            raise NeedsHub("Synkroniseringen med navet är inte installerad.")
        return self.connect(creds)

    # -- conflicts -----------------------------------------------------------------------------

    def open_conflicts(self) -> list[ConflictDetail]:
        """The open conflicts the hub has reported, from the local cache (works offline)."""
        return self._conflicts(status="open")

    def conflict(self, conflict_id: int) -> ConflictDetail:
        """One cached conflict, open or resolved."""
        for c in self._conflicts(status=None, only=conflict_id):
            return c
        raise UnknownConflict(
            f"Konflikt {conflict_id} finns inte i registret (synka först) / "
            f"no conflict {conflict_id} (sync first)"
        )

    def _conflicts(self, *, status: str | None, only: int | None = None) -> list[ConflictDetail]:
        with self.sessions.begin() as session:
            stmt = select(SyncConflictRow).order_by(SyncConflictRow.id)
            if status is not None:
                stmt = stmt.where(SyncConflictRow.status == status)
            if only is not None:
                stmt = stmt.where(SyncConflictRow.id == only)
            rows = list(session.scalars(stmt))
            store = RecordStore(session)
            labels: dict[tuple[str, str], str] = {}
            for c in rows:
                key = (c.table_name, c.row_id)
                if key not in labels:
                    labels[key] = _label(store, c.table_name, c.row_id)
            return [
                ConflictDetail(
                    id=c.id,
                    table=c.table_name,
                    row_id=c.row_id,
                    record_label=labels[(c.table_name, c.row_id)],
                    field=c.field,
                    kind=c.kind,
                    base=FieldVersion(c.base_value, "", ""),
                    # The hub's side is the value that reached it first; who wrote it is in the
                    # record's history (the cache holds only the laptop's side of the story).
                    hub=FieldVersion(c.hub_value, "", ""),
                    client=FieldVersion(c.client_value, c.user_name, c.created_at),
                    status=c.status,
                )
                for c in rows
            ]

    def conflict_with_authors(self, conflict_id: int) -> ConflictDetail:
        """The cached conflict with who wrote the hub's and the base value, and when, read
        from the record's history on the hub (online; offline the cached detail as it is)."""
        detail = self.conflict(conflict_id)
        try:
            entries = self.history_detail(RecordType(detail.table), detail.row_id).entries
        except CoordinationError:
            return detail
        with self.sessions.begin() as session:
            row = session.get(SyncConflictRow, conflict_id)
            seq = int(row.seq) if row is not None else 0
        # Oldest first: the hub's value is the field's last change before the conflict, the
        # base the last change before that one with the base value.
        writes = [
            e
            for e in reversed(entries)
            if not e.pending and 0 < e.version <= seq and _writes(e, detail.field)
        ]
        hub_side = next(
            (e for e in reversed(writes) if _value(e, detail.field) == detail.hub.value), None
        )
        base_side = next(
            (
                e
                for e in reversed(writes)
                if _value(e, detail.field) == detail.base.value
                and (hub_side is None or e.version < hub_side.version)
            ),
            None,
        )

        def side(version: FieldVersion, e: HistoryEntry | None) -> FieldVersion:
            return version if e is None else FieldVersion(version.value, e.who, e.when)

        return replace(detail, hub=side(detail.hub, hub_side), base=side(detail.base, base_side))

    def resolve(
        self,
        conflict_id: int,
        *,
        take: Literal["hub", "client", "base"] | None = None,
        value: Any = None,
        note: str = "",
    ) -> None:
        """Decide a conflict on the hub (online), then pull so this laptop shows the outcome.

        ``take`` picks a side; otherwise ``value`` is the merged value (checked like an edit).
        """
        self._require_login()
        detail = self.conflict(conflict_id)
        if detail.status != "open":
            raise UnknownConflict(
                f"Konflikt {conflict_id} är redan löst / conflict {conflict_id} is already resolved"
            )
        if take is not None:
            chosen = {"hub": detail.hub, "client": detail.client, "base": detail.base}[take].value
        else:
            chosen = value
        chosen = parse_value(RecordType(detail.table), detail.field, chosen)
        gateway = self._gateway()
        try:
            gateway.resolve(conflict_id, chosen, note)
            _pull(gateway)
        finally:
            gateway.close()

    # -- merging -------------------------------------------------------------------------------

    def merge(
        self,
        kind: RecordType,
        keep_id: str,
        other_id: str,
        *,
        take_from_other: Sequence[str] = (),
    ) -> MergeResult:
        """Merge ``other_id`` into ``keep_id`` on the hub (online), then pull."""
        if keep_id == other_id:
            raise CoordinationError("En post kan inte slås ihop med sig själv.")
        gateway = self._gateway()
        try:
            result = gateway.merge(kind.value, keep_id, other_id, list(take_from_other))
            _pull(gateway)
        finally:
            gateway.close()
        return result

    def unmerge(self, kind: RecordType, other_id: str) -> None:
        """Undo the merge that made ``other_id`` merged_into another record (online), then pull."""
        self.unmerge_detail(kind, other_id)

    def unmerge_detail(self, kind: RecordType, other_id: str) -> list[str]:
        """Like ``unmerge``; returns the survivor's fields the hub left as they are because
        someone changed them after the merge."""
        gateway = self._gateway()
        try:
            kept = gateway.unmerge(kind.value, other_id)
            _pull(gateway)
        finally:
            gateway.close()
        return kept

    # -- history -------------------------------------------------------------------------------

    def history(self, kind: RecordType, record_id: str) -> list[HistoryEntry]:
        """Newest first: the hub's history plus local pending changes (offline: pending only)."""
        return self.history_detail(kind, record_id).entries

    def history_detail(self, kind: RecordType, record_id: str) -> History:
        pending = self.pending_history(kind, record_id)
        try:
            gateway = self._gateway()
        except NeedsHub as exc:
            return History(pending, complete=False, message=str(exc))
        try:
            hub_entries = gateway.history(kind.value, record_id)
        except NeedsHub as exc:
            return History(pending, complete=False, message=str(exc))
        finally:
            gateway.close()
        return History(pending + hub_entries, complete=True)

    def pending_history(self, kind: RecordType, record_id: str) -> list[HistoryEntry]:
        """Local changes the hub has not acknowledged yet, newest first."""
        with self.sessions.begin() as session:
            ops = list(
                session.scalars(
                    select(OutboxRow)
                    .where(
                        OutboxRow.state == PENDING,
                        OutboxRow.table_name == kind.value,
                        OutboxRow.row_id == record_id,
                    )
                    .order_by(OutboxRow.device_seq)
                )
            )
            base_row = session.get(SyncBaseRow, (kind.value, record_id))
            state: dict[str, Any] = dict(base_row.data) if base_row is not None else {}
            known = base_row is not None
        # The outbox does not name the writer; on a laptop that is its logged-in user.
        creds = self._tokens.load()
        me = creds.user if creds is not None else self.actor
        out: list[HistoryEntry] = []
        for op in ops:
            when = op.created_at.isoformat(timespec="seconds") + "Z"
            fields = dict(op.fields or {})
            if op.kind == "delete":
                out.append(HistoryEntry(0, when, me, "deleted", None, None, None, pending=True))
                state[DELETED_FIELD] = True
            elif op.kind == "restore":
                out.append(HistoryEntry(0, when, me, "restored", None, None, None, pending=True))
                state[DELETED_FIELD] = False
            elif not known and op.base_version is None:
                out.append(HistoryEntry(0, when, me, "created", None, None, fields, pending=True))
                state.update(fields)
                known = True
            else:
                for name, new in fields.items():
                    old = state.get(name)
                    if old != new:
                        out.append(
                            HistoryEntry(0, when, me, "edited", name, old, new, pending=True)
                        )
                    state[name] = new
        out.reverse()
        return out


def _writes(entry: HistoryEntry, name: str) -> bool:
    if entry.field == name:
        return True
    return entry.action == "created" and isinstance(entry.new, dict) and name in entry.new


def _value(entry: HistoryEntry, name: str) -> Any:
    if entry.field == name:
        return entry.new
    return entry.new.get(name) if isinstance(entry.new, dict) else None


def _pull(gateway: HubGateway) -> None:
    """Fetch the outcome; the hub has decided already, so a failed pull is not a failure of the
    decision (the next sync brings it)."""
    try:
        gateway.pull()
    except CoordinationError as exc:
        log.info("pull after a coordinator action failed (the next sync brings it): %s", exc)


def _label(store: RecordStore, table: str, row_id: str) -> str:
    """A short name for a record, the way a person recognises it."""
    try:
        record = store.get(RecordType(table), row_id, include_deleted=True)
    except (ValueError, DomainError):
        record = None
    if isinstance(record, Initiative):
        return record.title
    if isinstance(record, DialogueNote):
        names = {m.code: m.name for m in load_municipalities()}
        where = record.place or names.get(record.municipality, record.municipality)
        return f"{record.date.isoformat() if record.date else ''} {where}".strip()
    if isinstance(record, FollowUp):
        text = record.description.strip().splitlines()[0] if record.description.strip() else ""
        return text[:80]
    return row_id
