"""Volunteers' hours: each person's ledger, totals over a period, a unit's members' hours."""

from __future__ import annotations

from datetime import date

from hall_desk.db.database import Database
from hall_desk.db.party_models import PartyUnit
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import NotFoundError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.activities.activity_records import HoursLedger, HoursTotal, VolunteerRef
from hall_desk.services.activities.hours_queries import check_period, hours_totals, served_items
from hall_desk.services.activities.volunteer_records import load_person
from hall_desk.services.session import StaffSession


class HoursService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def ledger(self, actor: StaffSession, ref: VolunteerRef, start: date, end: date) -> HoursLedger:
        """One volunteer's served shifts from ``start`` to ``end`` (session days), each with
        the minutes credited (none below the minimum share) and 补录 marked; phone and ID
        number masked."""
        check_period(start, end)
        with self._db.read() as s:
            person = load_person(s, actor.site_id, ref)
            items = served_items(s, actor.site_id, person.ref, start, end)
        return HoursLedger(
            ref=person.ref,
            name=person.name,
            masked_id_number=person.masked_id_number,
            masked_phone=person.masked_phone,
            unit_name=person.unit_name,
            start=start,
            end=end,
            items=items,
            total_minutes=sum(item.minutes for item in items),
        )

    def totals(self, actor: StaffSession, start: date, end: date) -> list[HoursTotal]:
        """Everyone with hours in the period, most hours first."""
        check_period(start, end)
        with self._db.read() as s:
            return hours_totals(s, actor.site_id, start, end)

    def unit_totals(
        self, actor: StaffSession, unit_id: int, start: date, end: date
    ) -> list[HoursTotal]:
        """The unit's members with hours in the period, most hours first."""
        check_period(start, end)
        with self._db.read() as s:
            unit = s.get(PartyUnit, unit_id)
            if unit is None or unit.site_id != actor.site_id:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "That unit is not on this center's list of reporting units."
                    )
                )
            return hours_totals(s, actor.site_id, start, end, unit_id=unit.id)
