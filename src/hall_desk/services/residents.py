"""Residents known to the center: finding a returning visitor in a keystroke or two."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import Resident, Visit, VisitPurposeRow
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import NotFoundError, ValidationError
from hall_desk.domain.id_numbers import IdNumber, age_on, mask_id_number, parse_id_number
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.names import classify_query, name_initials
from hall_desk.domain.phones import Phone, mask_phone
from hall_desk.domain.visits import ID_ON_FILE_REFUSAL, VisitorCategory, VisitPurpose
from hall_desk.services import audit
from hall_desk.services.session import StaffSession
from hall_desk.services.text_search import is_whole_number, person_condition

SEARCH_LIMIT = 12


@dataclass(frozen=True)
class ResidentSummary:
    """A resident as the desk lists them: ID and phone masked."""

    id: int
    name: str
    masked_id: str
    masked_phone: str
    id_kind: str | None
    sex: str | None
    age: int | None
    category: VisitorCategory
    last_visit_at: datetime | None
    last_purposes: tuple[VisitPurpose, ...]

    @property
    def masked_name(self) -> str:
        """The name as the desk shows it to someone who may not be this person: 李**."""
        return mask_name(self.name)


@dataclass(frozen=True)
class PersonDetails:
    """Who a visitor is, as validated from the form."""

    name: str
    id_number: IdNumber | None
    phone: Phone | None
    category: VisitorCategory


def summarize(r: Resident, today: date, purposes: tuple[VisitPurpose, ...] = ()) -> ResidentSummary:
    return ResidentSummary(
        id=r.id,
        name=r.name,
        masked_id=mask_id_number(r.id_number) if r.id_number else "",
        masked_phone=mask_phone(r.phone) if r.phone else "",
        id_kind=r.id_kind,
        sex=r.sex,
        age=age_on(r.birth_date, today) if r.birth_date else None,
        category=VisitorCategory(r.category),
        last_visit_at=r.last_visit_at,
        last_purposes=purposes,
    )


def last_purposes(s: Session, resident_ids: list[int]) -> dict[int, tuple[VisitPurpose, ...]]:
    """The purposes of each resident's latest visit, to pre-tick them for a returning visitor."""
    if not resident_ids:
        return {}
    latest = (
        select(func.max(Visit.id).label("visit_id"))
        .where(Visit.resident_id.in_(resident_ids))
        .group_by(Visit.resident_id)
        .subquery()
    )
    rows = s.execute(
        select(Visit.resident_id, VisitPurposeRow.purpose)
        .join(VisitPurposeRow, VisitPurposeRow.visit_id == Visit.id)
        .where(Visit.id.in_(select(latest.c.visit_id)))
    ).all()
    found: dict[int, set[str]] = {}
    for resident_id, purpose in rows:
        found.setdefault(resident_id, set()).add(purpose)
    return {
        rid: tuple(p for p in VisitPurpose if p.value in values) for rid, values in found.items()
    }


class ResidentService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def search(
        self, actor: StaffSession, text: str, limit: int = SEARCH_LIMIT
    ) -> list[ResidentSummary]:
        """Residents matching a name, pinyin initials, or a phone or ID number (last 4 or whole).

        Most recent visitors come first, so the person at the counter is usually the top hit.
        """
        query = classify_query(text)
        if query is None:
            return []
        stmt = select(Resident).where(
            Resident.site_id == actor.site_id,
            person_condition(
                query,
                name=Resident.name,
                initials=Resident.name_initials,
                id_number=Resident.id_number,
                phone=Resident.phone,
                phone_tail=Resident.phone_tail,
            ),
        )
        stmt = stmt.order_by(
            Resident.last_visit_at.is_(None), Resident.last_visit_at.desc(), Resident.id.desc()
        ).limit(limit)
        today = self._clock.today()
        if not is_whole_number(query):
            with self._db.read() as s:
                return self._summaries(s, stmt, today)
        # A whole number is looked for on purpose: say who did, and how many it found.
        with self._db.write() as s:
            found = self._summaries(s, stmt, today)
            audit.record(s, at=self._clock.now(), actor=actor, action="search_by_number",
                         entity="resident", matches=len(found))  # fmt: skip
            return found

    @staticmethod
    def _summaries(s: Session, stmt: Select[Resident], today: date) -> list[ResidentSummary]:
        residents = list(s.scalars(stmt))
        purposes = last_purposes(s, [r.id for r in residents])
        return [summarize(r, today, purposes.get(r.id, ())) for r in residents]

    def find_by_id_number(self, actor: StaffSession, raw: str) -> ResidentSummary | None:
        """The resident already holding this ID number, if it is a valid one and known."""
        try:
            number = parse_id_number(raw, self._clock.today())
        except ValidationError:
            return None
        with self._db.read() as s:
            resident = s.scalar(
                select(Resident).where(
                    Resident.site_id == actor.site_id, Resident.id_number == number.canonical
                )
            )
            if resident is None:
                return None
            purposes = last_purposes(s, [resident.id])
            return summarize(resident, self._clock.today(), purposes.get(resident.id, ()))

    def get(self, actor: StaffSession, resident_id: int) -> ResidentSummary:
        with self._db.read() as s:
            resident = s.get(Resident, resident_id)
            if resident is None or resident.site_id != actor.site_id:
                raise _not_found()
            purposes = last_purposes(s, [resident.id])
            return summarize(resident, self._clock.today(), purposes.get(resident.id, ()))

    def reveal(self, actor: StaffSession, resident_id: int, what: str) -> str:
        """The full ID number (``what="id_number"``) or phone (``"phone"``).

        Administrators only; every look is written to the audit log.
        """
        actor.require_admin()
        if what not in ("id_number", "phone"):
            raise ValueError(what)
        now = self._clock.now()
        with self._db.write() as s:
            resident = s.get(Resident, resident_id)
            if resident is None or resident.site_id != actor.site_id:
                raise _not_found()
            value = getattr(resident, what) or ""
            audit.record(
                s,
                at=now,
                actor=actor,
                action="reveal",
                entity="resident",
                entity_id=resident.id,
                field=what,
            )
            return str(value)


def resident_for_visit(
    s: Session,
    actor: StaffSession,
    resident_id: int | None,
    person: PersonDetails,
    now: datetime,
) -> tuple[Resident, bool]:
    """The resident a visit belongs to, and whether they were created just now.

    A picked resident (``resident_id``) is updated with any new details; otherwise a known
    ID number always means the same person (the name must match); with no ID, the same name
    and phone mean the same person; anyone else becomes a new resident.
    """
    by_id: Resident | None = None
    if person.id_number is not None:
        by_id = s.scalar(
            select(Resident).where(
                Resident.site_id == actor.site_id,
                Resident.id_number == person.id_number.canonical,
            )
        )

    if resident_id is not None:
        resident = s.get(Resident, resident_id)
        if resident is None or resident.site_id != actor.site_id:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The chosen resident no longer exists; please search again."
                )
            )
        if by_id is not None and by_id.id != resident.id:
            raise _id_on_file(by_id)
        if (
            person.id_number is not None
            and resident.id_number
            and resident.id_number != person.id_number.canonical
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{name} is registered with a different ID number ({masked}). Clear "
                    "the chosen resident to register someone else.",
                ),
                field="id_number",
                name=resident.name,
                masked=mask_id_number(resident.id_number),
            )
        _update_resident(s, actor, resident, person, now)
        return resident, False

    if by_id is not None:
        return _known_by_id(s, actor, by_id, person, now), False

    if person.id_number is None and person.phone is not None:
        # Same name and same phone, no ID given: the same person coming back.
        same = s.scalar(
            select(Resident).where(
                Resident.site_id == actor.site_id,
                Resident.name == person.name,
                Resident.phone == person.phone.canonical,
            )
        )
        if same is not None:
            return same, False

    resident = Resident(
        site_id=actor.site_id,
        name=person.name,
        name_initials=_initials_column(person.name),
        category=person.category.value,
        created_at=now,
        updated_at=now,
    )
    _apply_identity(resident, person)
    raced = _insert_resident(s, actor, resident, person)
    if raced is not None:
        return _known_by_id(s, actor, raced, person, now), False
    audit.record(
        s,
        at=now,
        actor=actor,
        action="create",
        entity="resident",
        entity_id=resident.id,
        # No name: audit rows never change, and the name must go when the visitor is
        # anonymised after the retention period.
        id_number=bool(resident.id_number),
        phone=bool(resident.phone),
    )
    return resident, True


def _known_by_id(
    s: Session, actor: StaffSession, by_id: Resident, person: PersonDetails, now: datetime
) -> Resident:
    """The resident already holding the typed ID number, updated with the new details."""
    if by_id.name != person.name:
        # Someone else with this number: never a second person, never a silent rename.
        raise _id_on_file(by_id)
    _update_resident(s, actor, by_id, person, now)
    return by_id


def _insert_resident(
    s: Session, actor: StaffSession, resident: Resident, person: PersonDetails
) -> Resident | None:
    """Insert a new resident, or return the one another desk registered with the same ID number.

    The unique key (site, ID number) decides when two desks register the same new person at
    the same moment: the insert runs in a savepoint, and if the other desk got there first
    (PostgreSQL waits for its commit before refusing ours) the savepoint is rolled back and
    their row is read instead. SQLite's write transactions never overlap, so it never races.
    """
    try:
        with s.begin_nested():
            s.add(resident)
            s.flush()
    except IntegrityError:
        if person.id_number is None:
            raise
        other = s.scalar(
            select(Resident).where(
                Resident.site_id == actor.site_id,
                Resident.id_number == person.id_number.canonical,
            )
        )
        if other is None:
            raise
        return other
    return None


def _update_resident(
    s: Session,
    actor: StaffSession,
    resident: Resident,
    person: PersonDetails,
    now: datetime,
) -> None:
    changed: list[str] = []
    if person.name and person.name != resident.name:
        resident.name = person.name
        resident.name_initials = _initials_column(person.name)
        changed.append("name")
    if person.id_number is not None and resident.id_number != person.id_number.canonical:
        changed.append("id_number")
    if person.phone is not None and resident.phone != person.phone.canonical:
        changed.append("phone")
    if changed:
        _apply_identity(resident, person)
        audit.record(
            s,
            at=now,
            actor=actor,
            action="update",
            entity="resident",
            entity_id=resident.id,
            fields=changed,
        )


def _initials_column(name: str) -> str:
    return " " + " ".join(name_initials(name)) + " "


def _apply_identity(resident: Resident, person: PersonDetails) -> None:
    if person.id_number is not None:
        resident.id_number = person.id_number.canonical
        resident.id_kind = person.id_number.kind.value
        resident.birth_date = person.id_number.birth_date
        resident.sex = person.id_number.sex.value
    if person.phone is not None:
        resident.phone = person.phone.canonical
        resident.phone_tail = person.phone.tail


def mask_name(name: str) -> str:
    """李建国 -> 李**: the surname only, one star for each other character."""
    return name[:1] + "*" * max(1, len(name) - 1)


def _id_on_file(holder: Resident) -> ValidationError:
    """The typed ID number is this registered resident's: say so, with the name masked."""
    return ValidationError(ID_ON_FILE_REFUSAL, field="id_number", name=mask_name(holder.name))


def _not_found() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("Messages", "That resident record no longer exists."))
