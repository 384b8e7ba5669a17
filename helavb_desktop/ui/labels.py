"""Translated names of vocabularies and fields.

The domain's ``.label`` is Swedish only; the interface needs both languages, so the texts are
repeated here as literals that lupdate can find (``QCoreApplication.translate``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from helavb_desktop.domain.enums import (
    FocusArea,
    FollowUpStatus,
    InitiativeStatus,
    NoteKind,
    RecordClass,
)
from helavb_desktop.domain.models import RecordType


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def focus_label(area: FocusArea | str) -> str:
    key = FocusArea(area)
    return {
        FocusArea.LANDSBYGDSMYNDIGHETEN: _t("Labels", "Länsstyrelsen – landsbygdsmyndigheten"),
        FocusArea.BROBYGGARE: _t("Labels", "Länsstyrelsen – en brobyggare"),
        FocusArea.KATALYSATOR: _t(
            "Labels", "Länsstyrelsen – en katalysator för långsiktigt hållbara jobb"
        ),
        FocusArea.FRAMTIDSVERKSTADER: _t("Labels", "Framtidsverkstäder för en levande landsbygd"),
    }[key]


def focus_short(area: FocusArea | str) -> str:
    key = FocusArea(area)
    return {
        FocusArea.LANDSBYGDSMYNDIGHETEN: _t("Labels", "Landsbygdsmyndigheten"),
        FocusArea.BROBYGGARE: _t("Labels", "Brobyggare"),
        FocusArea.KATALYSATOR: _t("Labels", "Katalysator för jobb"),
        FocusArea.FRAMTIDSVERKSTADER: _t("Labels", "Framtidsverkstäder"),
    }[key]


def status_label(status: InitiativeStatus | str) -> str:
    return {
        InitiativeStatus.PLANNED: _t("Labels", "Planerad"),
        InitiativeStatus.ONGOING: _t("Labels", "Pågående"),
        InitiativeStatus.COMPLETED: _t("Labels", "Genomförd"),
        InitiativeStatus.CANCELLED: _t("Labels", "Avbruten"),
    }[InitiativeStatus(status)]


def note_kind_label(kind: NoteKind | str) -> str:
    return {
        NoteKind.VISIT: _t("Labels", "Besök"),
        NoteKind.MEETING: _t("Labels", "Möte"),
        NoteKind.PHONE: _t("Labels", "Telefon"),
        NoteKind.VIDEO: _t("Labels", "Digitalt möte"),
        NoteKind.WORKSHOP: _t("Labels", "Framtidsverkstad"),
    }[NoteKind(kind)]


def record_class_label(value: RecordClass | str) -> str:
    return {
        RecordClass.WORKING_NOTE: _t("Labels", "Arbetsanteckning"),
        RecordClass.OFFICIAL_NOTE: _t("Labels", "Tjänsteanteckning"),
    }[RecordClass(value)]


def followup_status_label(status: FollowUpStatus | str) -> str:
    return {
        FollowUpStatus.OPEN: _t("Labels", "Öppen"),
        FollowUpStatus.DONE: _t("Labels", "Klar"),
        FollowUpStatus.CANCELLED: _t("Labels", "Struken"),
    }[FollowUpStatus(status)]


def kind_label(kind: RecordType) -> str:
    return {
        RecordType.INITIATIVE: _t("Labels", "insats"),
        RecordType.NOTE: _t("Labels", "dialoganteckning"),
        RecordType.FOLLOWUP: _t("Labels", "uppföljning"),
    }[kind]


def field_label(name: str) -> str:
    """The form label of a record field, for messages that name the field."""
    labels = {
        "id": _t("Labels", "Id"),
        "title": _t("Labels", "Titel"),
        "focus_area": _t("Labels", "Insatsområde"),
        "focus_areas": _t("Labels", "Insatsområden"),
        "status": _t("Labels", "Status"),
        "municipalities": _t("Labels", "Kommuner"),
        "municipality": _t("Labels", "Kommun"),
        "start_date": _t("Labels", "Startdatum"),
        "end_date": _t("Labels", "Slutdatum"),
        "responsible": _t("Labels", "Ansvarig"),
        "description": _t("Labels", "Beskrivning"),
        "outcome": _t("Labels", "Resultat"),
        "tags": _t("Labels", "Taggar"),
        "diarienummer": _t("Labels", "Diarienummer"),
        "date": _t("Labels", "Datum"),
        "place": _t("Labels", "Plats"),
        "kind": _t("Labels", "Typ"),
        "organisations": _t("Labels", "Organisationer"),
        "women": _t("Labels", "Kvinnor"),
        "men": _t("Labels", "Män"),
        "girls": _t("Labels", "Flickor"),
        "boys": _t("Labels", "Pojkar"),
        "initiatives": _t("Labels", "Kopplade insatser"),
        "summary": _t("Labels", "Sammanfattning"),
        "personal_data": _t("Labels", "Innehåller personuppgifter"),
        "record_class": _t("Labels", "Handlingstyp"),
        "author": _t("Labels", "Författare"),
        "owner": _t("Labels", "Ansvarig"),
        "due_date": _t("Labels", "Senast"),
        "note": _t("Labels", "Anteckning"),
        "initiative": _t("Labels", "Insats"),
    }
    return labels.get(name, name)


def fmt_date(value: date | None) -> str:
    """ÅÅÅÅ-MM-DD everywhere, whatever the locale says."""
    return value.isoformat() if value else ""
