"""Centers sharing one server, administered from the terminal.

A county runs several centers on one PostgreSQL server. Each center gets its own first
administrator with a one-time password; a county administrator, who sees every center's
figures side by side, is made from an existing administrator. Both are terminal commands:
whoever can run them already holds the database's credentials.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from hall_desk.db.database import Database
from hall_desk.db.models import Site, Staff
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.names import normalize_person_name
from hall_desk.domain.sites import clean_center_code, clean_center_name
from hall_desk.domain.staff import Role, normalize_username
from hall_desk.services import audit
from hall_desk.services.passwords import Passwords


@dataclass(frozen=True)
class NewCenter:
    site_id: int
    code: str
    name: str
    username: str
    one_time_password: str


class CenterAdmin:
    def __init__(self, db: Database, clock: Clock, passwords: Passwords) -> None:
        self._db = db
        self._clock = clock
        self._passwords = passwords

    def add_center(self, code: str, name: str, username: str, full_name: str) -> NewCenter:
        """Add a center and its first administrator with a one-time password."""
        errors: list[ValidationError] = []
        values: dict[str, str] = {}
        checks: tuple[tuple[str, Callable[[], str]], ...] = (
            ("center_code", lambda: clean_center_code(code)),
            ("center_name", lambda: clean_center_name(name)),
            ("username", lambda: normalize_username(username)),
            ("full_name", lambda: normalize_person_name(full_name)),
        )
        for key, check in checks:
            try:
                values[key] = check()
            except ValidationError as exc:
                errors.append(exc)
        if errors:
            raise ValidationError.many(errors)
        password = secrets.token_urlsafe(9)
        now = self._clock.now()
        with self._db.write() as s:
            if s.scalar(select(Site.id).where(Site.code == values["center_code"])) is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "A center with the code {code} already exists."),
                    code=values["center_code"],
                )
            if s.scalar(select(Staff.id).where(Staff.username == values["username"])) is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "The user name {username} is already taken."),
                    username=values["username"],
                )
            site = Site(code=values["center_code"], name=values["center_name"], created_at=now)
            s.add(site)
            s.flush()
            staff = Staff(
                site_id=site.id,
                username=values["username"],
                full_name=values["full_name"],
                role=Role.ADMIN.value,
                password_hash=self._passwords.hash(password),
                active=True,
                failed_logins=0,
                created_at=now,
            )
            s.add(staff)
            s.flush()
            audit.record(
                s,
                at=now,
                actor=None,
                site_id=site.id,
                action="create",
                entity="site",
                entity_id=site.id,
                code=site.code,
                name=site.name,
                admin=staff.username,
                via="terminal",
            )
            return NewCenter(site.id, site.code, site.name, staff.username, password)

    def grant_county(self, username: str) -> tuple[str, str]:
        """Make an active administrator a county administrator; returns (name, center name)."""
        name = normalize_username(username)
        now = self._clock.now()
        with self._db.write() as s:
            staff = s.scalar(select(Staff).where(Staff.username == name))
            if staff is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Messages", "There is no account {username}."),
                    username=name,
                )
            if not staff.active or staff.role not in (Role.ADMIN.value, Role.COUNTY.value):
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Only an active administrator can become a county administrator; "
                        "{username} is not one.",
                    ),
                    username=name,
                )
            if staff.role != Role.COUNTY.value:
                staff.role = Role.COUNTY.value
                audit.record(
                    s,
                    at=now,
                    actor=None,
                    site_id=staff.site_id,
                    action="grant_county",
                    entity="staff",
                    entity_id=staff.id,
                    username=staff.username,
                    via="terminal",
                )
            site = s.get_one(Site, staff.site_id)
            return staff.full_name, site.name
