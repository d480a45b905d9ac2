"""The center itself: its name, address and phone, as printed on every slip.

First-run setup is exclusive: of several desks setting up one empty database, one wins. On
SQLite the setup transaction begins IMMEDIATE, which already takes the write lock; on PostgreSQL
a transaction-level advisory lock serialises setups. Either way the check that the database is
still empty runs inside the lock, so a desk that waited sees the winner's center.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import Site, Staff
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ConflictError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.sites import clean_center_name, clean_free_line
from hall_desk.services import audit
from hall_desk.services.session import StaffSession


@dataclass(frozen=True)
class SiteInfo:
    id: int
    code: str
    name: str
    address: str
    phone: str


class SiteService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def get(self, actor: StaffSession) -> SiteInfo:
        with self._db.read() as s:
            site = s.get_one(Site, actor.site_id)
            return SiteInfo(site.id, site.code, site.name, site.address, site.phone)

    def update(self, actor: StaffSession, *, name: str, address: str, phone: str) -> SiteInfo:
        """An administrator corrects the center's name, address or phone (audited)."""
        actor.require_admin()
        errors: list[ValidationError] = []
        values: dict[str, str] = {}
        checks: tuple[tuple[str, Callable[[], str]], ...] = (
            ("name", lambda: clean_center_name(name, "name")),
            ("address", lambda: clean_free_line(address, "address")),
            ("phone", lambda: clean_free_line(phone, "phone", 40)),
        )
        for key, fn in checks:
            try:
                values[key] = fn()
            except ValidationError as exc:
                errors.append(exc)
        if errors:
            raise ValidationError.many(errors)
        now = self._clock.now()
        with self._db.write() as s:
            site = s.get_one(Site, actor.site_id)
            changes = {
                k: {"from": getattr(site, k), "to": v}
                for k, v in values.items()
                if getattr(site, k) != v
            }
            for key, value in values.items():
                setattr(site, key, value)
            if changes:
                audit.record(
                    s,
                    at=now,
                    actor=actor,
                    action="update",
                    entity="site",
                    entity_id=site.id,
                    changes=changes,
                )
            return SiteInfo(site.id, site.code, site.name, site.address, site.phone)


SETUP_LOCK_KEY = 0x48445355  # "HDSU": held until the setup transaction ends
SET_UP_MEANWHILE = QT_TRANSLATE_NOOP(
    "Messages",
    "This database has already been set up, perhaps just now from another desk. Nothing you entered was saved; please sign in with an account of that center.",  # noqa: E501
)


def claim_empty_database(s: Session, *, sqlite: bool, center_code: str) -> None:
    """Lock first-run setup for this transaction; refuse if the database is set up already.

    A center with the same code and no staff (left over, never signed into) may be taken over;
    any staff account, or any other center, means someone set the database up.
    """
    if not sqlite:
        s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SETUP_LOCK_KEY})
    staff_count = s.scalar(select(func.count(Staff.id))) or 0
    other_center = s.scalar(select(Site.id).where(Site.code != center_code).limit(1))
    if staff_count > 0 or other_center is not None:
        raise ConflictError(SET_UP_MEANWHILE)
