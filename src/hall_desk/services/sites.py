"""The center itself: its name, address and phone, as printed on every slip."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hall_desk.db.database import Database
from hall_desk.db.models import Site
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ValidationError
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
