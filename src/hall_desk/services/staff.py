"""Staff accounts: first-time setup, sign-in with a lock after wrong passwords, and admin upkeep."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import Site, Staff
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import (
    AuthenticationError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.names import normalize_person_name
from hall_desk.domain.sites import clean_center_code, clean_center_name, clean_free_line
from hall_desk.domain.staff import (
    LoginState,
    Role,
    check_new_password,
    normalize_username,
)
from hall_desk.services import audit
from hall_desk.services.passwords import Passwords
from hall_desk.services.session import StaffSession
from hall_desk.services.sites import claim_empty_database


@dataclass(frozen=True)
class SetupForm:
    """What the very first start asks for: the center and its first administrator."""

    center_name: str
    center_code: str
    username: str
    full_name: str
    password: str
    confirm: str
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class StaffForm:
    username: str
    full_name: str
    role: Role
    password: str
    confirm: str


@dataclass(frozen=True)
class StaffRow:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None


class StaffService:
    def __init__(self, db: Database, clock: Clock, passwords: Passwords) -> None:
        self._db = db
        self._clock = clock
        self._passwords = passwords
        self._dummy: str | None = None

    def _dummy_hash(self) -> str:
        if self._dummy is None:
            self._dummy = self._passwords.hash(secrets.token_hex(16))
        return self._dummy

    # -- first start -------------------------------------------------------------------
    def needs_setup(self) -> bool:
        """True while the database has no staff account at all."""
        with self._db.read() as s:
            return (s.scalar(select(func.count(Staff.id))) or 0) == 0

    def set_up_center(self, form: SetupForm) -> StaffSession:
        """Create the center and its first administrator, and sign that person in."""
        errors: list[ValidationError] = []
        values: dict[str, str] = {}
        checks: tuple[tuple[str, Callable[[], str]], ...] = (
            ("center_name", lambda: clean_center_name(form.center_name)),
            ("center_code", lambda: clean_center_code(form.center_code)),
            ("address", lambda: clean_free_line(form.address, "address")),
            ("phone", lambda: clean_free_line(form.phone, "phone", 40)),
            ("username", lambda: normalize_username(form.username)),
            ("full_name", lambda: _staff_name(form.full_name)),
        )
        for key, fn in checks:
            try:
                values[key] = fn()
            except ValidationError as exc:
                errors.append(exc)
        try:
            check_new_password(form.password, form.confirm, username=values.get("username", ""))
        except ValidationError as exc:
            errors.append(exc)
        if errors:
            raise ValidationError.many(errors)

        now = self._clock.now()
        with self._db.write() as s:
            claim_empty_database(s, sqlite=self._db.is_sqlite, center_code=values["center_code"])
            site = s.scalar(select(Site).where(Site.code == values["center_code"]))
            if site is None:
                site = Site(
                    code=values["center_code"],
                    name=values["center_name"],
                    address=values["address"],
                    phone=values["phone"],
                    created_at=now,
                )
                s.add(site)
                s.flush()
            staff = Staff(
                site_id=site.id,
                username=values["username"],
                full_name=values["full_name"],
                role=Role.ADMIN.value,
                password_hash=self._passwords.hash(form.password),
                active=True,
                failed_logins=0,
                created_at=now,
                last_login_at=now,
            )
            s.add(staff)
            s.flush()
            session = _session_of(staff, site)
            audit.record(
                s,
                at=now,
                actor=session,
                action="setup",
                entity="site",
                entity_id=site.id,
                name=site.name,
                code=site.code,
            )
            audit.record(
                s,
                at=now,
                actor=session,
                action="create",
                entity="staff",
                entity_id=staff.id,
                username=staff.username,
                role=staff.role,
            )
        return session

    # -- signing in --------------------------------------------------------------------
    def sign_in(self, username: str, password: str) -> StaffSession:
        """Check a password. Five wrong ones in a row lock the account for 15 minutes.

        Every refusal says the same words and costs one password hash, so neither the message
        nor the time tells an unknown name, a locked or a disabled account from a wrong password.
        """
        try:
            name = normalize_username(username)
        except ValidationError:
            name = ""
        now = self._clock.now()
        with self._db.write() as s:
            staff = s.scalar(select(Staff).where(Staff.username == name)) if name else None
            if staff is None:
                self._passwords.verify(self._dummy_hash(), password)
                raise _bad_credentials()
            state = LoginState(staff.failed_logins, staff.locked_until)
            right = self._passwords.verify(staff.password_hash, password)
            if state.locked_at(now) or not staff.active:
                refused = True
            elif not right:
                refused = True
                state = state.after_failure(now)
                _store_login_state(staff, state)
                audit.record(
                    s,
                    at=now,
                    actor=None,
                    site_id=staff.site_id,
                    action="sign_in_failed",
                    entity="staff",
                    entity_id=staff.id,
                    locked=state.locked_at(now),
                )
            else:
                refused = False
                _store_login_state(staff, LoginState.after_success())
                staff.last_login_at = now
                if self._passwords.needs_rehash(staff.password_hash):
                    staff.password_hash = self._passwords.hash(password)
                session = _session_of(staff, s.get_one(Site, staff.site_id))
                audit.record(
                    s, at=now, actor=session, action="sign_in", entity="staff", entity_id=staff.id
                )
        # The failure counter is committed before the failure is reported.
        if refused:
            raise _bad_credentials()
        return session

    # -- administration ----------------------------------------------------------------
    def list_staff(self, actor: StaffSession) -> list[StaffRow]:
        with self._db.read() as s:
            rows = s.scalars(
                select(Staff).where(Staff.site_id == actor.site_id).order_by(Staff.username)
            ).all()
            return [
                StaffRow(
                    r.id,
                    r.username,
                    r.full_name,
                    Role(r.role),
                    r.active,
                    r.locked_until,
                    r.last_login_at,
                )
                for r in rows
            ]

    def add_staff(self, actor: StaffSession, form: StaffForm) -> StaffRow:
        """An administrator adds a colleague with a first password."""
        actor.require_admin()
        errors: list[ValidationError] = []
        username = full_name = ""
        try:
            username = normalize_username(form.username)
        except ValidationError as exc:
            errors.append(exc)
        try:
            full_name = _staff_name(form.full_name)
        except ValidationError as exc:
            errors.append(exc)
        try:
            check_new_password(form.password, form.confirm, username=username)
        except ValidationError as exc:
            errors.append(exc)
        if errors:
            raise ValidationError.many(errors)
        if Role(form.role) is Role.COUNTY and not actor.is_county:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Messages", "Only a county administrator may make a county administrator."
                )
            )
        now = self._clock.now()
        with self._db.write() as s:
            if s.scalar(select(Staff.id).where(Staff.username == username)) is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "The user name {username} is already taken."),
                    field="username",
                    username=username,
                )
            staff = Staff(
                site_id=actor.site_id,
                username=username,
                full_name=full_name,
                role=Role(form.role).value,
                password_hash=self._passwords.hash(form.password),
                active=True,
                failed_logins=0,
                created_at=now,
            )
            s.add(staff)
            s.flush()
            audit.record(
                s,
                at=now,
                actor=actor,
                action="create",
                entity="staff",
                entity_id=staff.id,
                username=username,
                role=staff.role,
            )
            return StaffRow(staff.id, username, full_name, Role(staff.role), True, None, None)

    def set_active(self, actor: StaffSession, staff_id: int, active: bool) -> None:
        """Disable or re-enable an account. Nobody can disable themselves."""
        actor.require_admin()
        if staff_id == actor.staff_id and not active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "You cannot disable your own account.")
            )
        now = self._clock.now()
        with self._db.write() as s:
            staff = self._own_staff(s, actor, staff_id)
            admin_roles = (Role.ADMIN.value, Role.COUNTY.value)
            if not active and staff.role in admin_roles:
                admins = s.scalar(
                    select(func.count(Staff.id)).where(
                        Staff.site_id == actor.site_id,
                        Staff.role.in_(admin_roles),
                        Staff.active.is_(True),
                    )
                )
                if (admins or 0) <= 1:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "The last active administrator cannot be disabled."
                        )
                    )
            staff.active = active
            audit.record(
                s,
                at=now,
                actor=actor,
                action="enable" if active else "disable",
                entity="staff",
                entity_id=staff.id,
                username=staff.username,
            )

    def reset_password(
        self, actor: StaffSession, staff_id: int, password: str, confirm: str
    ) -> None:
        """An administrator sets a new password; this also lifts a lock."""
        actor.require_admin()
        now = self._clock.now()
        with self._db.write() as s:
            staff = self._own_staff(s, actor, staff_id)
            check_new_password(password, confirm, username=staff.username)
            staff.password_hash = self._passwords.hash(password)
            _store_login_state(staff, LoginState.after_success())
            audit.record(
                s,
                at=now,
                actor=actor,
                action="reset_password",
                entity="staff",
                entity_id=staff.id,
                username=staff.username,
            )

    def change_own_password(
        self, actor: StaffSession, current: str, password: str, confirm: str
    ) -> None:
        now = self._clock.now()
        with self._db.write() as s:
            staff = s.get_one(Staff, actor.staff_id)
            if not self._passwords.verify(staff.password_hash, current):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "The current password is not right."),
                    field="current",
                )
            check_new_password(password, confirm, username=staff.username)
            staff.password_hash = self._passwords.hash(password)
            audit.record(
                s, at=now, actor=actor, action="change_password", entity="staff", entity_id=staff.id
            )

    def unlock(self, actor: StaffSession, staff_id: int) -> None:
        """Lift the lock after wrong passwords, keeping the password. An administrator unlocks
        any account of the center; a county administrator also another center's administrator."""
        actor.require_admin()
        now = self._clock.now()
        with self._db.write() as s:
            staff = s.get(Staff, staff_id)
            if staff is None or not (
                staff.site_id == actor.site_id
                or (actor.is_county and staff.role == Role.ADMIN.value)
            ):
                raise _no_such_staff()
            _require_may_manage(actor, staff)
            _store_login_state(staff, LoginState.after_success())
            audit.record(
                s,
                at=now,
                actor=actor,
                site_id=staff.site_id,
                action="unlock",
                entity="staff",
                entity_id=staff.id,
                username=staff.username,
            )

    def _own_staff(self, s: Session, actor: StaffSession, staff_id: int) -> Staff:
        """A staff account of the actor's center that the actor may manage."""
        staff = s.get(Staff, staff_id)
        if staff is None or staff.site_id != actor.site_id:
            raise _no_such_staff()
        _require_may_manage(actor, staff)
        return staff


def _no_such_staff() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("Messages", "That staff account no longer exists."))


def _require_may_manage(actor: StaffSession, staff: Staff) -> None:
    """Only a county administrator may reset, disable, enable or unlock a county administrator."""
    if staff.role == Role.COUNTY.value and not actor.is_county:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Messages", "Only a county administrator may change a county administrator."
            )
        )


def _store_login_state(staff: Staff, state: LoginState) -> None:
    staff.failed_logins, staff.locked_until = state.failed_logins, state.locked_until


def _staff_name(raw: str) -> str:
    try:
        return normalize_person_name(raw)
    except ValidationError as exc:
        raise ValidationError(
            exc.message.template, field="full_name", **exc.message.params
        ) from None


def _session_of(staff: Staff, site: Site) -> StaffSession:
    return StaffSession(
        staff_id=staff.id,
        site_id=site.id,
        username=staff.username,
        full_name=staff.full_name,
        role=Role(staff.role),
        site_name=site.name,
    )


def _bad_credentials() -> AuthenticationError:
    return AuthenticationError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Sign-in failed: the user name or password is wrong, or the account is locked or "
            "disabled. Five wrong passwords in a row lock an account for 15 minutes; an "
            "administrator can unlock it.",
        )
    )
