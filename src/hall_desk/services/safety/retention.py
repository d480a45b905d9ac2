"""How long visitors' personal data is kept, and the purge that anonymises it after that.

A resident none of whose records (visits, cases, bookings, subsidy, transfers, the resident
record itself) has moved for the center's retention period (default 3 years) keeps their row,
so every count stays the same, but loses what identifies them: the name becomes 已匿名, the ID
number, phone and birth date are emptied and their visits' notes cleared. Residents with an
open case, a subsidy still paid or a booking still ahead are never touched.

Audit rows are never deleted, by this purge or anything else: they are kept at least
``AUDIT_MIN_KEEP_DAYS`` as promised, and since the audit trail is a hash chain (see
``audit_chain``) keeping every row keeps the chain verifiable from its first row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, exists, or_, select, update
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import (
    ElderlySubsidy,
    PartyTransfer,
    Resident,
    ServiceCase,
    Site,
    Visit,
)
from hall_desk.db.room_models import Booking, SiteSetting
from hall_desk.domain.cases import OPEN_STATUSES
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services import audit
from hall_desk.services.session import StaffSession

RETENTION_KEY = "visitor_retention_years"
DEFAULT_RETENTION_YEARS = 3
MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 30
#: Audit rows are kept at least this long; in fact the purge never deletes any.
AUDIT_MIN_KEEP_DAYS = 180
ANONYMISED_NAME = "已匿名"
_CHUNK = 500


@dataclass(frozen=True)
class SitePurge:
    site_id: int
    site_code: str
    retention_years: int
    cutoff: datetime
    anonymised: int


@dataclass(frozen=True)
class PurgeResult:
    """How many residents were (or, on a dry run, would be) anonymised, per center."""

    dry_run: bool
    sites: tuple[SitePurge, ...]
    #: Always 0: audit rows are never deleted (see the module docstring).
    audit_rows_deleted: int = 0

    @property
    def anonymised(self) -> int:
        return sum(site.anonymised for site in self.sites)


def years_before(moment: datetime, years: int) -> datetime:
    """The same wall-clock time ``years`` earlier (29 February falls back to the 28th)."""
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:
        return moment.replace(year=moment.year - years, day=28)


def retention_years(s: Session, site_id: int) -> int:
    row = s.get(SiteSetting, (site_id, RETENTION_KEY))
    try:
        value = int(row.value) if row is not None else DEFAULT_RETENTION_YEARS
    except ValueError:
        return DEFAULT_RETENTION_YEARS
    if not MIN_RETENTION_YEARS <= value <= MAX_RETENTION_YEARS:
        return DEFAULT_RETENTION_YEARS
    return value


def _not_anonymised() -> ColumnElement[bool]:
    return or_(
        Resident.name != ANONYMISED_NAME,
        Resident.name_initials != "",
        Resident.id_kind.is_not(None),
        Resident.id_number.is_not(None),
        Resident.phone.is_not(None),
        Resident.phone_tail.is_not(None),
        Resident.birth_date.is_not(None),
        exists().where(Visit.resident_id == Resident.id, Visit.note != ""),
    )


def _quiet_since(cutoff: datetime) -> list[ColumnElement[bool]]:
    """Residents with nothing recorded on or after ``cutoff`` and nothing still running."""
    day = cutoff.date()
    case = ServiceCase
    return [
        Resident.created_at < cutoff,
        Resident.updated_at < cutoff,
        or_(Resident.last_visit_at.is_(None), Resident.last_visit_at < cutoff),
        ~exists().where(Visit.resident_id == Resident.id, Visit.arrived_at >= cutoff),
        ~exists().where(
            case.resident_id == Resident.id,
            or_(
                case.status.in_([s.value for s in OPEN_STATUSES]),
                case.accepted_at >= cutoff,
                case.updated_at >= cutoff,
                case.closed_at >= cutoff,
            ),
        ),
        ~exists().where(
            Booking.resident_id == Resident.id,
            # Covers bookings still ahead too: the cutoff is always in the past.
            or_(Booking.starts_at >= cutoff, Booking.updated_at >= cutoff),
        ),
        ~exists().where(
            ElderlySubsidy.resident_id == Resident.id,
            or_(
                ElderlySubsidy.stopped_on.is_(None),
                ElderlySubsidy.stopped_on >= day,
                ElderlySubsidy.updated_at >= cutoff,
                ElderlySubsidy.last_checked_on >= day,
            ),
        ),
        ~exists().where(
            PartyTransfer.case_id == case.id,
            case.resident_id == Resident.id,
            or_(PartyTransfer.issued_on >= day, PartyTransfer.receipt_back_on >= day),
        ),
    ]


class RetentionService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def retention_years(self, actor: StaffSession) -> int:
        """Years a visitor's personal data is kept after their last visit or case."""
        with self._db.read() as s:
            return retention_years(s, actor.site_id)

    def set_retention_years(self, actor: StaffSession, years: int | str) -> int:
        """Set the center's retention (administrators only, 1 to 30 years)."""
        actor.require_admin()
        try:
            value = int(str(years).strip())
        except ValueError:
            value = 0
        if not MIN_RETENTION_YEARS <= value <= MAX_RETENTION_YEARS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Visitor data must be kept {min} to {max} years."),
                field=RETENTION_KEY,
                min=MIN_RETENTION_YEARS,
                max=MAX_RETENTION_YEARS,
            )
        now = self._clock.now()
        with self._db.write() as s:
            row = s.get(SiteSetting, (actor.site_id, RETENTION_KEY))
            if row is None:
                s.add(SiteSetting(site_id=actor.site_id, key=RETENTION_KEY, value=str(value),
                                  updated_at=now))  # fmt: skip
            else:
                row.value = str(value)
                row.updated_at = now
            audit.record(s, at=now, actor=actor, action="set", entity="site_setting",
                         entity_id=RETENTION_KEY, value=value)  # fmt: skip
        return value

    def purge(self, actor: StaffSession | None, *, dry_run: bool = False) -> PurgeResult:
        """Anonymise visitors past their center's retention; with ``dry_run`` only count them.

        An administrator purges their own center; ``None`` (the terminal) every center, each
        with its own retention. Running it again changes nothing more.
        """
        if actor is not None:
            actor.require_admin()
        now = self._clock.now()
        with self._db.read() as s:
            query = select(Site.id, Site.code).order_by(Site.id)
            if actor is not None:
                query = query.where(Site.id == actor.site_id)
            sites = s.execute(query).all()
        done = tuple(
            self._purge_site(actor, site_id, code, now, dry_run) for site_id, code in sites
        )
        return PurgeResult(dry_run=dry_run, sites=done)

    def _purge_site(
        self, actor: StaffSession | None, site_id: int, code: str, now: datetime, dry_run: bool
    ) -> SitePurge:
        session = self._db.read() if dry_run else self._db.write()
        with session as s:
            years = retention_years(s, site_id)
            cutoff = years_before(now, years)
            ids = list(
                s.scalars(
                    select(Resident.id)
                    .where(Resident.site_id == site_id, _not_anonymised(), *_quiet_since(cutoff))
                    .order_by(Resident.id)
                )
            )
            if ids and not dry_run:
                _anonymise(s, ids, now)
                audit.record(s, at=now, actor=actor, site_id=site_id, action="anonymise",
                             entity="resident", count=len(ids), retention_years=years,
                             cutoff=cutoff.isoformat(sep=" "))  # fmt: skip
        return SitePurge(site_id, code, years, cutoff, len(ids))


def _anonymise(s: Session, ids: list[int], now: datetime) -> None:
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        s.execute(
            update(Resident)
            .where(Resident.id.in_(chunk))
            .values(
                name=ANONYMISED_NAME,
                name_initials="",
                id_kind=None,
                id_number=None,
                birth_date=None,
                phone=None,
                phone_tail=None,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        s.execute(
            update(Visit)
            .where(and_(Visit.resident_id.in_(chunk), Visit.note != ""))
            .values(note="")
            .execution_options(synchronize_session=False)
        )
