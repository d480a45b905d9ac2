"""Residents known to the center: finding a returning visitor in a keystroke or two."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import Resident, Visit, VisitPurposeRow
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import NotFoundError, ValidationError
from hall_desk.domain.id_numbers import age_on, mask_id_number, parse_id_number
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.names import QueryKind, classify_query
from hall_desk.domain.phones import mask_phone
from hall_desk.domain.visits import VisitorCategory, VisitPurpose
from hall_desk.services import audit
from hall_desk.services.session import StaffSession

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


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


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
        """Residents matching a name, pinyin initials, a phone tail or the end of an ID number.

        Most recent visitors come first, so the person at the counter is usually the top hit.
        """
        query = classify_query(text)
        if query is None:
            return []
        stmt = select(Resident).where(Resident.site_id == actor.site_id)
        needle = _escape_like(query.text)
        if query.kind is QueryKind.NAME:
            stmt = stmt.where(Resident.name.like(f"%{needle}%", escape="\\"))
        elif query.kind is QueryKind.INITIALS:
            stmt = stmt.where(
                or_(
                    Resident.name_initials.like(f"% {needle}%", escape="\\"),
                    func.lower(Resident.name).like(f"%{needle}%", escape="\\"),
                )
            )
        else:
            digits = query.text
            conditions: list[ColumnElement[bool]] = [
                Resident.id_number.like(f"%{needle}", escape="\\")
            ]
            if len(digits) == 4:
                conditions.append(Resident.phone_tail == digits)
            else:
                # Landlines are stored as 0351-2345678: compare digits only.
                phone_digits = func.replace(Resident.phone, "-", "")
                conditions.append(phone_digits.like(f"%{needle}", escape="\\"))
            stmt = stmt.where(or_(*conditions))
        stmt = stmt.order_by(
            Resident.last_visit_at.is_(None), Resident.last_visit_at.desc(), Resident.id.desc()
        ).limit(limit)
        today = self._clock.today()
        with self._db.read() as s:
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


def _not_found() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("Messages", "That resident record no longer exists."))
