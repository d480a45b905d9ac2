"""Handing out case, booking and demand numbers that two desks can never share.

The counter row of a center and year is created if missing (ignoring a concurrent creator) and
then incremented with ``UPDATE ... RETURNING``. On SQLite the write transaction already began
IMMEDIATE, so only one desk is inside; on PostgreSQL the UPDATE takes the row lock, so a second
desk waits for the first to commit and then reads the next number. The unique index on
``service_case.number`` is the last line of defence.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from hall_desk.db.models import CaseCounter
from hall_desk.db.party_models import DemandCounter
from hall_desk.db.room_models import BookingCounter
from hall_desk.domain.cases import format_case_number


def next_case_number(s: Session, site_id: int, site_code: str, year: int) -> str:
    """Take the next running number of ``year`` for the center, inside the caller's transaction."""
    return format_case_number(site_code, year, take_running_number(s, CaseCounter, site_id, year))


def take_running_number(
    s: Session,
    counter: type[CaseCounter] | type[BookingCounter] | type[DemandCounter],
    site_id: int,
    year: int,
) -> int:
    """Increment and return the counter row of a center and year (cases, bookings, demands)."""
    dialect = s.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    s.execute(
        insert(counter)
        .values(site_id=site_id, year=year, last_number=0)
        .on_conflict_do_nothing(index_elements=["site_id", "year"])
    )
    running = s.execute(
        update(counter)
        .where(counter.site_id == site_id, counter.year == year)
        .values(last_number=counter.last_number + 1)
        .returning(counter.last_number)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    return int(running)
