"""A center's "1341" response clock, kept in ``SiteSetting`` rows (minutes, one key each).

A key that is missing or unreadable falls back to the default of ``ResponseClock``; a set of
values that no longer makes a valid clock (edited by hand) falls back to the defaults as a
whole, so a desk never stops over it. Part of the slips reads the clock through
:func:`read_response_clock` too.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.room_models import SiteSetting
from hall_desk.domain.demands import ResponseClock
from hall_desk.domain.errors import ValidationError

#: ``SiteSetting.key`` of each field of ``ResponseClock``.
CLOCK_KEYS: dict[str, str] = {
    "on_site_minutes": "demand_on_site_minutes",
    "general_minutes": "demand_general_minutes",
    "complex_minutes": "demand_complex_minutes",
    "major_plan_minutes": "demand_major_plan_minutes",
}


def read_response_clock(s: Session, site_id: int) -> ResponseClock:
    """The center's clock as stored, the defaults for anything not set."""
    rows = s.execute(
        select(SiteSetting.key, SiteSetting.value).where(
            SiteSetting.site_id == site_id, SiteSetting.key.in_(CLOCK_KEYS.values())
        )
    ).all()
    stored = {key: value for key, value in rows}
    values: dict[str, int] = {}
    for field in fields(ResponseClock):
        raw = stored.get(CLOCK_KEYS[field.name])
        if raw is not None and raw.strip().isdigit():
            values[field.name] = int(raw)
    try:
        return ResponseClock(**values)
    except ValidationError:
        return ResponseClock()


def write_response_clock(s: Session, site_id: int, clock: ResponseClock, now: datetime) -> None:
    """Store every field of ``clock`` (already validated by ``ResponseClock`` itself)."""
    for field in fields(ResponseClock):
        key = CLOCK_KEYS[field.name]
        value = str(getattr(clock, field.name))
        row = s.get(SiteSetting, (site_id, key))
        if row is None:
            s.add(SiteSetting(site_id=site_id, key=key, value=value, updated_at=now))
        else:
            row.value = value
            row.updated_at = now
