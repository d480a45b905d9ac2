"""Errors a service raises for the front desk to show.

Each error carries an English message template (marked for translation) and the parameters
that fill it, so the UI can show it in the user's language and the terminal can print it too.
A validation error can hold several field errors at once so a form can mark every bad field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from hall_desk.domain.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Message:
    """A translatable message: an English template and the values for its placeholders."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Any = None) -> str:
        """Format the template, translated first with ``translate(template)`` when given."""
        text = translate(self.template) if translate is not None else self.template
        params = {k: _joined(v, None) for k, v in self.params.items()}
        if translate is not None:
            # Parameters that are themselves marked messages (a weekday, "the room name")
            # are translated too; any other text has no translation and comes back as is.
            params = {
                k: translate(v) if isinstance(v, str) else _joined(v, translate)
                for k, v in self.params.items()
            }
        try:
            return str(text).format(**params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**{k: _joined(v, None) for k, v in self.params.items()})


def _joined(value: Any, translate: Any) -> Any:
    """A tuple of marked messages (the moves allowed now) reads as one: "派单 / 退单"."""
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return " / ".join(translate(v) if translate is not None else v for v in value) or "—"
    return value


class DomainError(Exception):
    """Base of every error meant for the person at the desk."""

    def __init__(self, template: str, /, **params: Any) -> None:
        self.message = Message(template, dict(params))
        super().__init__(self.message.render())

    def render(self, translate: Any = None) -> str:
        return self.message.render(translate)


@dataclass(frozen=True)
class FieldError:
    """One bad field of a form: which field and what is wrong with it."""

    field: str | None
    message: Message

    def render(self, translate: Any = None) -> str:
        return self.message.render(translate)


class ValidationError(DomainError):
    """Input that breaks a rule. ``field`` names the form field (``None`` for the whole form)."""

    def __init__(self, template: str, /, *, field: str | None = None, **params: Any) -> None:
        super().__init__(template, **params)
        self.field = field
        self.errors: list[FieldError] = [FieldError(field, self.message)]

    @classmethod
    def many(cls, errors: Iterable[FieldError | ValidationError]) -> ValidationError:
        """Bundle several field errors into one exception; the first gives the main message."""
        flat: list[FieldError] = []
        for err in errors:
            if isinstance(err, ValidationError):
                flat.extend(err.errors)
            else:
                flat.append(err)
        if not flat:
            raise ValueError("ValidationError.many needs at least one error")
        first = flat[0]
        exc = cls(first.message.template, field=first.field, **first.message.params)
        exc.errors = flat
        return exc

    def for_field(self, name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == name]


class ConflictError(DomainError):
    """The change collides with data saved meanwhile (a duplicate, a booking taken)."""


class NotFoundError(DomainError):
    """The record asked for does not exist (any more)."""


class PermissionDenied(DomainError):
    """The signed-in staff member's role does not allow this."""


class AuthenticationError(DomainError):
    """Wrong user name or password, a locked or disabled account."""


class StorageError(DomainError):
    """The database could not be reached or written (locked, read-only, disk full)."""


GENERIC_STORAGE_BUSY = QT_TRANSLATE_NOOP(
    "Messages",
    "The database is busy with another desk. Nothing was lost; please try again in a moment.",
)
