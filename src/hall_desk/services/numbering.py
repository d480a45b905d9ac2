"""Handing out case, booking, demand and activity numbers that two desks can never share.

The counter row of a center and year (and, for the activities desk, series) is created if
missing (ignoring a concurrent creator) and then incremented with ``UPDATE ... RETURNING``. On
SQLite the write transaction already began IMMEDIATE, so only one desk is inside; on PostgreSQL
the UPDATE takes the row lock, so a second desk waits for the first to commit and then reads the
next number. The unique index on each numbered table is the last line of defence.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from hall_desk.db.activity_models import ActivityCounter
from hall_desk.db.models import CaseCounter, Site
from hall_desk.db.party_models import DemandCounter
from hall_desk.db.room_models import BookingCounter
from hall_desk.domain.activities import NumberSeries, format_activity_number
from hall_desk.domain.cases import format_case_number

Counter = type[CaseCounter] | type[BookingCounter] | type[DemandCounter] | type[ActivityCounter]


def next_case_number(s: Session, site_id: int, site_code: str, year: int) -> str:
    """Take the next running number of ``year`` for the center, inside the caller's transaction."""
    return format_case_number(site_code, year, take_running_number(s, CaseCounter, site_id, year))


def next_activity_number(s: Session, site_id: int, series: NumberSeries, year: int) -> str:
    """The next activity, sign-up slip or certificate number of the center for ``year``
    (``CN01-A2026-0042``), taken inside the caller's write transaction."""
    site = s.get(Site, site_id)
    assert site is not None
    running = take_running_number(s, ActivityCounter, site_id, year, series=series)
    return format_activity_number(series, site.code, year, running)


def take_running_number(
    s: Session,
    counter: Counter,
    site_id: int,
    year: int,
    *,
    series: NumberSeries | None = None,
) -> int:
    """Increment and return the counter row of a center and year (cases, bookings, demands);
    ``activity_counter`` has one row per series too, named by ``series``."""
    keys: dict[str, object] = {"site_id": site_id, "year": year}
    if counter is ActivityCounter:
        if series is None:
            raise ValueError("the activity counter needs a series")
        keys["series"] = NumberSeries(series).value
    elif series is not None:
        raise ValueError(f"{counter.__tablename__} has no series")
    dialect = s.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    s.execute(
        insert(counter)
        .values(**keys, last_number=0)
        .on_conflict_do_nothing(index_elements=list(keys))
    )
    running = s.execute(
        update(counter)
        .where(*(getattr(counter, name) == value for name, value in keys.items()))
        .values(last_number=counter.last_number + 1)
        .returning(counter.last_number)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    return int(running)
