"""Who comes to the hall and why: visitor categories, visit purposes and quick tallies."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP

MAX_PARTY_SIZE = 200
MAX_NOTE_LENGTH = 500


class VisitorCategory(StrEnum):
    RESIDENT = "resident"
    PARTY_MEMBER = "party_member"
    ELDERLY = "elderly"
    NEW_EMPLOYMENT = "new_employment"
    STUDENT = "student"
    ORGANIZATION = "organization"
    OTHER = "other"


CATEGORY_LABELS: dict[VisitorCategory, str] = {
    VisitorCategory.RESIDENT: QT_TRANSLATE_NOOP("Messages", "Resident"),
    VisitorCategory.PARTY_MEMBER: QT_TRANSLATE_NOOP("Messages", "Party member"),
    VisitorCategory.ELDERLY: QT_TRANSLATE_NOOP("Messages", "Senior"),
    VisitorCategory.NEW_EMPLOYMENT: QT_TRANSLATE_NOOP(
        "Messages", "Courier / rider (new employment)"
    ),
    VisitorCategory.STUDENT: QT_TRANSLATE_NOOP("Messages", "Student"),
    VisitorCategory.ORGANIZATION: QT_TRANSLATE_NOOP("Messages", "Organisation / group"),
    VisitorCategory.OTHER: QT_TRANSLATE_NOOP("Messages", "Other"),
}


class VisitPurpose(StrEnum):
    ERRAND = "errand"
    CONSULTATION = "consultation"
    READING = "reading"
    STUDY = "study"
    ACTIVITY = "activity"
    DELIBERATION = "deliberation"
    MEDIATION = "mediation"
    REST = "rest"
    OTHER = "other"


PURPOSE_LABELS: dict[VisitPurpose, str] = {
    VisitPurpose.ERRAND: QT_TRANSLATE_NOOP("Messages", "Errand"),
    VisitPurpose.CONSULTATION: QT_TRANSLATE_NOOP("Messages", "Enquiry"),
    VisitPurpose.READING: QT_TRANSLATE_NOOP("Messages", "Reading"),
    VisitPurpose.STUDY: QT_TRANSLATE_NOOP("Messages", "Self-study"),
    VisitPurpose.ACTIVITY: QT_TRANSLATE_NOOP("Messages", "Activity"),
    VisitPurpose.DELIBERATION: QT_TRANSLATE_NOOP("Messages", "Residents' council"),
    VisitPurpose.MEDIATION: QT_TRANSLATE_NOOP("Messages", "Mediation"),
    VisitPurpose.REST: QT_TRANSLATE_NOOP("Messages", "Rest stop"),
    VisitPurpose.OTHER: QT_TRANSLATE_NOOP("Messages", "Other purpose"),
}


class TallyKind(StrEnum):
    """Walk-ins counted with one click, without registering anyone."""

    RIDER_REST = "rider_rest"
    READER = "reader"
    ENQUIRY = "enquiry"
    OTHER = "other"


TALLY_LABELS: dict[TallyKind, str] = {
    TallyKind.RIDER_REST: QT_TRANSLATE_NOOP("Messages", "Rider resting"),
    TallyKind.READER: QT_TRANSLATE_NOOP("Messages", "Reader"),
    TallyKind.ENQUIRY: QT_TRANSLATE_NOOP("Messages", "Quick enquiry"),
    TallyKind.OTHER: QT_TRANSLATE_NOOP("Messages", "Other walk-in"),
}


def parse_category(value: str) -> VisitorCategory:
    """The category for a stored or submitted code; unknown codes are a form error."""
    try:
        return VisitorCategory(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please choose the visitor's category."),
            field="category",
        ) from None


def parse_purposes(values: Iterable[str]) -> tuple[VisitPurpose, ...]:
    """Purposes in their canonical order, without duplicates; at least one is required."""
    if isinstance(values, str):
        values = (values,)
    chosen: set[VisitPurpose] = set()
    for raw in values:
        try:
            chosen.add(VisitPurpose(raw))
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Unknown visit purpose: {value}."),
                field="purposes",
                value=str(raw)[:20],
            ) from None
    if not chosen:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please tick at least one purpose of the visit."),
            field="purposes",
        )
    return tuple(p for p in VisitPurpose if p in chosen)


# -- an ID number already on file --------------------------------------------------------
# One answer wherever a typed ID number belongs to a registered resident: the desk offers to
# take that person, and refuses to register anyone else with the number. ``{name}`` is always
# the masked name (李**), never the full one.
ID_ON_FILE_NOTE = QT_TRANSLATE_NOOP(
    "Messages", "This ID number belongs to the registered resident {name}."
)
TAKE_REGISTERED = QT_TRANSLATE_NOOP("Messages", "Register as {name} (registered resident)")
ID_ON_FILE_REFUSAL = QT_TRANSLATE_NOOP(
    "Messages",
    "This ID number belongs to the registered resident {name}. If that is who is here, choose "
    "“Register as {name} (registered resident)”; otherwise check the number.",
)


def parse_party_size(value: object) -> int:
    """How many people came together (1 for someone alone)."""
    try:
        size = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        size = 0
    if isinstance(value, bool) or not 1 <= size <= MAX_PARTY_SIZE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The party size must be a whole number from 1 to {max}."),
            field="party_size",
            max=MAX_PARTY_SIZE,
        )
    return size


def clean_note(value: str) -> str:
    """A free-text note: trimmed, control characters refused, at most MAX_NOTE_LENGTH."""
    text = value.strip()
    if any((ord(ch) < 32 and ch not in "\n\t") or 0x7F <= ord(ch) <= 0x9F for ch in text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The note contains invisible control characters."),
            field="note",
        )
    if len(text) > MAX_NOTE_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The note is {length} characters long; at most {max} are allowed."
            ),
            field="note",
            length=len(text),
            max=MAX_NOTE_LENGTH,
        )
    return text


__all__ = [
    "CATEGORY_LABELS",
    "ID_ON_FILE_NOTE",
    "ID_ON_FILE_REFUSAL",
    "PURPOSE_LABELS",
    "TAKE_REGISTERED",
    "TALLY_LABELS",
    "TallyKind",
    "VisitPurpose",
    "VisitorCategory",
    "clean_note",
    "parse_category",
    "parse_party_size",
    "parse_purposes",
]
