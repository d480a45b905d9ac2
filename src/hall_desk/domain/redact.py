"""Scrub personal numbers and passwords out of text that leaves the program unplanned.

Exception text and log lines may carry whatever a database driver or the operating system put
in them: an ID number from a unique-key collision, a phone from a failed write, a password in a
database URL. :func:`scrub` masks each of them the way the desk masks them on screen
(:func:`~hall_desk.domain.id_numbers.mask_id_number`, :func:`~hall_desk.domain.phones.mask_phone`)
and replaces a URL's password with ``***``.
"""

from __future__ import annotations

import re

from hall_desk.domain.id_numbers import mask_id_number
from hall_desk.domain.phones import mask_phone

__all__ = ["hide_url_password", "scrub"]

# 18-character ID numbers (the last may be X), then old 15-digit ones, then mainland mobiles
# (optionally written with +86 / 86). A number glued to more digits is not one of them.
_ID_18 = re.compile(r"(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])")
_ID_15 = re.compile(r"(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9])(\+?86[- ]?)?(1[3-9]\d{9})(?![0-9])")
# scheme://user:password@host -> scheme://user:***@host (the password may hold ':' but not '@'
# unescaped; everything up to the last '@' before the host counts as password).
_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:/@\s'\"]*:)[^\s'\"]*@")


def hide_url_password(text: str) -> str:
    """``postgresql+psycopg://halldesk:S3cret@host/db`` -> ``postgresql+psycopg://halldesk:***@host/db``."""
    return _URL_PASSWORD.sub(lambda m: f"{m.group('head')}***@", text)


def scrub(text: str) -> str:
    """``text`` with URL passwords hidden and every ID number and mobile number masked."""
    text = hide_url_password(text)
    text = _ID_18.sub(lambda m: mask_id_number(m.group(0).upper()), text)
    text = _ID_15.sub(lambda m: mask_id_number(m.group(0)), text)
    return _MOBILE.sub(lambda m: (m.group(1) or "") + mask_phone(m.group(2)), text)
