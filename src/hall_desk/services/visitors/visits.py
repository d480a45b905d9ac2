"""The visitor desk: registering visits, the hall as it is now, sign-out and quick tallies."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from hall_desk.db.database import Database
from hall_desk.db.models import QuickTally, Resident, Staff, Visit, VisitPurposeRow
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.domain.id_numbers import mask_id_number, parse_id_number
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.names import normalize_person_name
from hall_desk.domain.phones import mask_phone, parse_phone
from hall_desk.domain.visits import (
    TallyKind,
    VisitorCategory,
    VisitPurpose,
    clean_note,
    parse_category,
    parse_party_size,
    parse_purposes,
)
from hall_desk.services import audit
from hall_desk.services.residents import PersonDetails, resident_for_visit
from hall_desk.services.session import StaffSession

T = TypeVar("T")


@dataclass(frozen=True)
class VisitForm:
    """What the clerk typed. ``resident_id`` is set when a returning resident was picked."""

    name: str
    id_number: str = ""
    phone: str = ""
    category: str = VisitorCategory.RESIDENT.value
    purposes: Sequence[str] = ()
    party_size: int | str = 1
    note: str = ""
    resident_id: int | None = None


@dataclass(frozen=True)
class VisitRecord:
    id: int
    resident_id: int
    name: str
    masked_id: str
    masked_phone: str
    category: VisitorCategory
    purposes: tuple[VisitPurpose, ...]
    party_size: int
    note: str
    arrived_at: datetime
    left_at: datetime | None
    registered_by: str
    returning: bool = False
    visit_count: int = 0
    """When just registered: the resident's visits so far, this one included."""


@dataclass(frozen=True)
class DaySummary:
    """Today's figures as the visitor page shows them."""

    visits: int
    people: int
    in_hall: int
    walk_ins: dict[TallyKind, int] = field(default_factory=dict)

    @property
    def walk_ins_total(self) -> int:
        return sum(self.walk_ins.values())


@dataclass(frozen=True)
class _CleanForm:
    person: PersonDetails
    purposes: tuple[VisitPurpose, ...]
    party_size: int
    note: str


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min)
    return start, start + timedelta(days=1)


class VisitService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # -- registering -------------------------------------------------------------------
    def validate(self, form: VisitForm) -> _CleanForm:
        """Check every field and report all problems at once, each tied to its field."""
        errors: list[ValidationError] = []
        today = self._clock.today()

        def attempt(fn: Callable[[], T], default: T) -> T:
            try:
                return fn()
            except ValidationError as exc:
                errors.append(exc)
                return default

        name = attempt(lambda: normalize_person_name(form.name), "")
        id_number = attempt(
            lambda: parse_id_number(form.id_number, today) if form.id_number.strip() else None,
            None,
        )
        phone = attempt(lambda: parse_phone(form.phone) if form.phone.strip() else None, None)
        category = attempt(lambda: parse_category(form.category), VisitorCategory.OTHER)
        no_purposes: tuple[VisitPurpose, ...] = ()
        purposes = attempt(lambda: parse_purposes(form.purposes), no_purposes)
        party_size = attempt(lambda: parse_party_size(form.party_size), 1)
        note = attempt(lambda: clean_note(form.note), "")
        if errors:
            raise ValidationError.many(errors)
        person = PersonDetails(name, id_number, phone, category)
        return _CleanForm(person, purposes, party_size, note)

    def register_visit(self, actor: StaffSession, form: VisitForm) -> VisitRecord:
        """Record a visit, creating the resident the first time and reusing them after.

        A known ID number always means the same person. Someone still shown in the hall
        from an earlier registration today is signed out of that one first.
        """
        clean = self.validate(form)
        now = self._clock.now()
        with self._db.write() as s:
            resident, created = resident_for_visit(s, actor, form.resident_id, clean.person, now)
            resident.category = clean.person.category.value
            resident.last_visit_at = now
            resident.updated_at = now

            start, _ = _day_bounds(now.date())
            for earlier in s.scalars(
                select(Visit).where(
                    Visit.resident_id == resident.id,
                    Visit.left_at.is_(None),
                    Visit.arrived_at >= start,
                )
            ):
                earlier.left_at = now
                earlier.signed_out_by_id = actor.staff_id
                audit.record(
                    s,
                    at=now,
                    actor=actor,
                    action="sign_out",
                    entity="visit",
                    entity_id=earlier.id,
                    reason="registered again",
                )

            visit = Visit(
                site_id=actor.site_id,
                resident_id=resident.id,
                category=clean.person.category.value,
                party_size=clean.party_size,
                note=clean.note,
                arrived_at=now,
                registered_by_id=actor.staff_id,
                purposes=[VisitPurposeRow(purpose=p.value) for p in clean.purposes],
            )
            s.add(visit)
            s.flush()
            audit.record(
                s,
                at=now,
                actor=actor,
                action="register",
                entity="visit",
                entity_id=visit.id,
                resident_id=resident.id,
                purposes=[p.value for p in clean.purposes],
                party_size=clean.party_size,
            )
            visit_count = s.scalar(
                select(func.count(Visit.id)).where(Visit.resident_id == resident.id)
            )
            record = self._record(visit, resident, actor.full_name, returning=not created)
            return replace(record, visit_count=int(visit_count or 0))

    # -- the hall ----------------------------------------------------------------------
    def sign_out(self, actor: StaffSession, visit_id: int) -> VisitRecord:
        """Mark a visitor as gone. Signing out twice is refused with the time of the first."""
        now = self._clock.now()
        with self._db.write() as s:
            visit = s.get(Visit, visit_id, options=[selectinload(Visit.purposes)])
            if visit is None or visit.site_id != actor.site_id:
                raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "That visit no longer exists."))
            if visit.left_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "{name} was already marked as left at {time}."),
                    name=visit.resident.name,
                    time=visit.left_at.strftime("%H:%M"),
                )
            visit.left_at = now
            visit.signed_out_by_id = actor.staff_id
            audit.record(
                s, at=now, actor=actor, action="sign_out", entity="visit", entity_id=visit.id
            )
            registered_by = s.get_one(Staff, visit.registered_by_id).full_name
            return self._record(visit, visit.resident, registered_by)

    def in_hall(self, actor: StaffSession) -> list[VisitRecord]:
        """Today's visitors not yet signed out, newest first."""
        start, end = _day_bounds(self._clock.today())
        return self._visits(
            actor, Visit.arrived_at >= start, Visit.arrived_at < end, Visit.left_at.is_(None)
        )

    def visits_on(self, actor: StaffSession, day: date | None = None) -> list[VisitRecord]:
        """Every visit registered on ``day`` (today by default), newest first."""
        start, end = _day_bounds(day or self._clock.today())
        return self._visits(actor, Visit.arrived_at >= start, Visit.arrived_at < end)

    def _visits(self, actor: StaffSession, *conditions: object) -> list[VisitRecord]:
        with self._db.read() as s:
            rows = s.execute(
                select(Visit, Resident, Staff.full_name)
                .join(Resident, Resident.id == Visit.resident_id)
                .join(Staff, Staff.id == Visit.registered_by_id)
                .where(Visit.site_id == actor.site_id, *conditions)  # type: ignore[arg-type]
                .options(selectinload(Visit.purposes))
                .order_by(Visit.arrived_at.desc(), Visit.id.desc())
            ).all()
            return [self._record(v, r, name) for v, r, name in rows]

    def day_summary(self, actor: StaffSession, day: date | None = None) -> DaySummary:
        start, end = _day_bounds(day or self._clock.today())
        with self._db.read() as s:
            visits, people = s.execute(
                select(func.count(Visit.id), func.coalesce(func.sum(Visit.party_size), 0)).where(
                    Visit.site_id == actor.site_id,
                    Visit.arrived_at >= start,
                    Visit.arrived_at < end,
                )
            ).one()
            in_hall = s.scalar(
                select(func.count(Visit.id)).where(
                    Visit.site_id == actor.site_id,
                    Visit.arrived_at >= start,
                    Visit.arrived_at < end,
                    Visit.left_at.is_(None),
                )
            )
            tallies = self._tally_counts(s, actor, start, end)
        return DaySummary(int(visits), int(people), int(in_hall or 0), tallies)

    # -- quick tallies -----------------------------------------------------------------
    def count_walk_in(self, actor: StaffSession, kind: TallyKind | str) -> int:
        """Count one unregistered walk-in of ``kind``; returns today's count for that kind."""
        tally = TallyKind(kind)
        now = self._clock.now()
        start, end = _day_bounds(now.date())
        with self._db.write() as s:
            row = QuickTally(
                site_id=actor.site_id, kind=tally.value, counted_at=now, staff_id=actor.staff_id
            )
            s.add(row)
            s.flush()
            count = self._tally_counts(s, actor, start, end).get(tally, 0)
            audit.record(s, at=now, actor=actor, action="count", entity="quick_tally",
                         entity_id=row.id, kind=tally.value, count=count)  # fmt: skip
            return count

    def undo_walk_in(self, actor: StaffSession, kind: TallyKind | str) -> int:
        """Take back the latest count of ``kind`` made today (a mis-click)."""
        tally = TallyKind(kind)
        now = self._clock.now()
        start, end = _day_bounds(now.date())
        with self._db.write() as s:
            last = s.scalar(
                select(QuickTally.id)
                .where(
                    QuickTally.site_id == actor.site_id,
                    QuickTally.kind == tally.value,
                    QuickTally.counted_at >= start,
                    QuickTally.counted_at < end,
                )
                .order_by(QuickTally.id.desc())
                .limit(1)
            )
            if last is None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "There is no count of this kind today to undo.")
                )
            s.execute(delete(QuickTally).where(QuickTally.id == last))
            count = self._tally_counts(s, actor, start, end).get(tally, 0)
            audit.record(s, at=now, actor=actor, action="undo", entity="quick_tally",
                         entity_id=last, kind=tally.value, count=count)  # fmt: skip
            return count

    @staticmethod
    def _tally_counts(
        s: Session, actor: StaffSession, start: datetime, end: datetime
    ) -> dict[TallyKind, int]:
        rows = s.execute(
            select(QuickTally.kind, func.count(QuickTally.id))
            .where(
                QuickTally.site_id == actor.site_id,
                QuickTally.counted_at >= start,
                QuickTally.counted_at < end,
            )
            .group_by(QuickTally.kind)
        ).all()
        counts: Counter[TallyKind] = Counter()
        for kind, count in rows:
            counts[TallyKind(kind)] = int(count)
        return {kind: counts.get(kind, 0) for kind in TallyKind}

    @staticmethod
    def _record(
        visit: Visit, resident: Resident, registered_by: str, *, returning: bool = False
    ) -> VisitRecord:
        purposes = {row.purpose for row in visit.purposes}
        return VisitRecord(
            id=visit.id,
            resident_id=resident.id,
            name=resident.name,
            masked_id=mask_id_number(resident.id_number) if resident.id_number else "",
            masked_phone=mask_phone(resident.phone) if resident.phone else "",
            category=VisitorCategory(visit.category),
            purposes=tuple(p for p in VisitPurpose if p.value in purposes),
            party_size=visit.party_size,
            note=visit.note,
            arrived_at=visit.arrived_at,
            left_at=visit.left_at,
            registered_by=registered_by,
            returning=returning,
        )
