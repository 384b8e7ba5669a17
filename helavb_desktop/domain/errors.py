"""Errors a person can act on. Bugs are plain exceptions; these carry a message fit to show."""

from __future__ import annotations


class DomainError(Exception):
    """A refusal the person can act on (bad input, missing record, ...)."""


class ValidationError(DomainError):
    """A value was refused. ``field`` names it; ``position`` says where in an import file."""

    def __init__(self, field: str, message: str, *, position: str | None = None) -> None:
        self.field = field
        self.message = message
        self.position = position
        where = f"{position}: " if position else ""
        super().__init__(f"{where}{field}: {message}")

    def at(self, position: str) -> ValidationError:
        """The same refusal, located in an import file."""
        return ValidationError(self.field, self.message, position=position)


class NotFoundError(DomainError):
    """No live record with that id."""

    def __init__(self, kind: str, record_id: str) -> None:
        self.kind = kind
        self.record_id = record_id
        super().__init__(f"no {kind} with id {record_id}")
