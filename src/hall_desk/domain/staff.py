"""Staff accounts: roles, user names, password rules and the lock after wrong passwords."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,31}")


class Role(StrEnum):
    ADMIN = "admin"
    CLERK = "clerk"
    COUNTY = "county"
    """A county administrator: administers their own center and sees every center's figures
    on a shared server. Granted only from the terminal (``hall-desk county-admin``)."""


ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Messages", "Administrator"),
    Role.CLERK: QT_TRANSLATE_NOOP("Messages", "Clerk"),
    Role.COUNTY: QT_TRANSLATE_NOOP("Messages", "County administrator"),
}


def normalize_username(raw: str) -> str:
    """User names are lower-case ASCII, 2-32 characters of letters, digits, '.', '_' or '-'."""
    name = unicodedata.normalize("NFKC", raw).strip().lower()
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please enter a user name."), field="username"
        )
    if not _USERNAME.fullmatch(name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "A user name has 2 to 32 letters, digits, '.', '_' or '-' and starts with a "
                "letter or digit, e.g. wang.li",
            ),
            field="username",
        )
    return name


def check_new_password(password: str, confirm: str | None = None, *, username: str = "") -> None:
    """Refuse passwords that are short, trivially guessable or mistyped in the confirmation."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The password needs at least {min} characters."),
            field="password",
            min=MIN_PASSWORD_LENGTH,
        )
    if len(set(password)) < 4 or (username and username.lower() in password.lower()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This password is too easy to guess; mix letters and digits and do not "
                "use the user name.",
            ),
            field="password",
        )
    if confirm is not None and confirm != password:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The two passwords do not match."), field="confirm"
        )


@dataclass(frozen=True)
class LoginState:
    """What the store knows about an account's recent failed logins."""

    failed_logins: int
    locked_until: datetime | None

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def after_failure(self, now: datetime) -> LoginState:
        """The state after one more wrong password; the fifth in a row locks for 15 minutes."""
        failures = self.failed_logins + 1
        if failures >= MAX_FAILED_LOGINS:
            return LoginState(0, now + LOCKOUT)
        return LoginState(failures, None)

    @staticmethod
    def after_success() -> LoginState:
        return LoginState(0, None)
