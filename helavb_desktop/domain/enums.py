"""Fixed vocabularies. Values are the stable English keys used in storage, JSON and sync;
``label`` gives the Swedish text a person reads."""

from __future__ import annotations

from enum import StrEnum


class FocusArea(StrEnum):
    """The four insatsområden of Hela Västerbotten (DESIGN.md §1)."""

    LANDSBYGDSMYNDIGHETEN = "landsbygdsmyndigheten"
    BROBYGGARE = "brobyggare"
    KATALYSATOR = "katalysator"
    FRAMTIDSVERKSTADER = "framtidsverkstader"

    @property
    def label(self) -> str:
        return _FOCUS_TITLES[self]

    @property
    def short_label(self) -> str:
        return _FOCUS_SHORT[self]


_FOCUS_TITLES = {
    FocusArea.LANDSBYGDSMYNDIGHETEN: "Länsstyrelsen – landsbygdsmyndigheten",
    FocusArea.BROBYGGARE: "Länsstyrelsen – en brobyggare",
    FocusArea.KATALYSATOR: "Länsstyrelsen – en katalysator för långsiktigt hållbara jobb",
    FocusArea.FRAMTIDSVERKSTADER: "Framtidsverkstäder för en levande landsbygd",
}
_FOCUS_SHORT = {
    FocusArea.LANDSBYGDSMYNDIGHETEN: "Landsbygdsmyndigheten",
    FocusArea.BROBYGGARE: "Brobyggare",
    FocusArea.KATALYSATOR: "Katalysator för jobb",
    FocusArea.FRAMTIDSVERKSTADER: "Framtidsverkstäder",
}


class InitiativeStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return {
            InitiativeStatus.PLANNED: "Planerad",
            InitiativeStatus.ONGOING: "Pågående",
            InitiativeStatus.COMPLETED: "Genomförd",
            InitiativeStatus.CANCELLED: "Avbruten",
        }[self]


class NoteKind(StrEnum):
    VISIT = "visit"
    MEETING = "meeting"
    PHONE = "phone"
    VIDEO = "video"
    WORKSHOP = "workshop"

    @property
    def label(self) -> str:
        return {
            NoteKind.VISIT: "Besök",
            NoteKind.MEETING: "Möte",
            NoteKind.PHONE: "Telefon",
            NoteKind.VIDEO: "Digitalt möte",
            NoteKind.WORKSHOP: "Framtidsverkstad",
        }[self]


class RecordClass(StrEnum):
    WORKING_NOTE = "working_note"
    OFFICIAL_NOTE = "official_note"

    @property
    def label(self) -> str:
        return {
            RecordClass.WORKING_NOTE: "Arbetsanteckning",
            RecordClass.OFFICIAL_NOTE: "Tjänsteanteckning",
        }[self]


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return {
            FollowUpStatus.OPEN: "Öppen",
            FollowUpStatus.DONE: "Klar",
            FollowUpStatus.CANCELLED: "Struken",
        }[self]


class Role(StrEnum):
    FIELD_OFFICER = "faltpersonal"
    COORDINATOR = "samordnare"
    ADMIN = "admin"
