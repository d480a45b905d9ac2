"""Booking rooms and study seats, with no double booking ever.

Every write runs in one transaction that first makes sure no other desk is between its check
and its insert: on SQLite the write transaction began IMMEDIATE (one writer at a time); on
PostgreSQL the room's row is locked ``FOR UPDATE``. Inside, the slot rules are checked again
and overlapping active bookings are looked up, so the losing desk hears which booking it ran
into. Below that, the database refuses any overlap itself (see ``db.room_models``).
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.activity_models import ActivitySession
from hall_desk.db.database import Database
from hall_desk.db.room_models import Booking, BookingSeries
from hall_desk.domain.bookings import (
    ACTIVE_STATUSES,
    CHECK_IN_EARLY_MINUTES,
    BookingStatus,
    HolidayName,
    RepeatRule,
    check_attendees,
    check_slot,
    repeat_dates,
)
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ConflictError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.text import clean_text
from hall_desk.services import audit
from hall_desk.services.bookings.booking_checks import (
    MAX_NOTE,
    BookingForm,
    bookable_room,
    check_seat,
    end_booking,
    find_booking,
    flush_booking,
    insert_booking,
    lock_room,
    not_active,
    refuse_activity_booking,
    take_slot,
    validate_booking,
)
from hall_desk.services.bookings.booking_dates import SeriesDate, SeriesResult, series_date
from hall_desk.services.bookings.booking_records import BookingInfo, infos
from hall_desk.services.bookings.rooms import closures_between, grace_minutes, room_spec
from hall_desk.services.calendar import CalendarService
from hall_desk.services.session import StaffSession

__all__ = ["BookingForm", "BookingService", "SeriesDate", "SeriesResult"]

_ACTIVE = [s.value for s in ACTIVE_STATUSES]


class BookingService:
    def __init__(self, db: Database, clock: Clock, calendar: CalendarService) -> None:
        self._db = db
        self._clock = clock
        self._calendar = calendar

    # -- booking -------------------------------------------------------------------------
    def book(self, actor: StaffSession, form: BookingForm) -> BookingInfo:
        """Book a room (or a study seat) for one span; pending when the room needs approval."""
        holidays = self.holidays()
        with self._db.write() as s:
            return infos(s, [self.book_in(s, actor, form, holidays)])[0]

    def book_in(
        self, s: Session, actor: StaffSession, form: BookingForm, holidays: HolidayName
    ) -> Booking:
        """Book one span inside the caller's open write transaction (the one path of every
        single booking): the room locked, the form checked, the booking audited.

        ``holidays`` comes from :meth:`holidays`, read before the transaction began.
        """
        now = self._clock.now()
        room = lock_room(s, actor, form.room_id)
        spec = room_spec(room)
        closed = self._closed(s, actor.site_id, holidays)
        clean = validate_booking(s, form, spec, room.id, now, closed, site_id=actor.site_id)
        assert form.starts_at is not None and form.ends_at is not None
        seat = take_slot(s, room, spec, form.starts_at, form.ends_at, form.seat)
        row = insert_booking(s, actor, room, spec, clean, form.starts_at, form.ends_at, seat, now)
        audit.record(s, at=now, actor=actor, action="book", entity="booking",
                     entity_id=row.number, room=room.code, seat=seat,
                     starts_at=row.starts_at, ends_at=row.ends_at,
                     status=row.status)  # fmt: skip
        return row

    def preview_series(
        self, actor: StaffSession, form: BookingForm, rule: RepeatRule
    ) -> list[SeriesDate]:
        """Each date of a repeating booking and whether it can be booked now (nothing saved)."""
        return self.preview_dates(actor, form, self._days(form, rule))

    def preview_dates(
        self, actor: StaffSession, form: BookingForm, days: list[date]
    ) -> list[SeriesDate]:
        """The form's times on each of ``days`` and whether each can be booked (nothing saved)."""
        holidays = self.holidays()
        now = self._clock.now()
        with self._db.read() as s:
            room = bookable_room(s, actor, form.room_id)
            spec = room_spec(room)
            closed = self._closed(s, actor.site_id, holidays)
            validate_booking(
                s, form, spec, room.id, now, closed, site_id=actor.site_id, check_time=False
            )
            return [series_date(s, room, spec, form, day, now, closed) for day in days]

    def book_series(
        self,
        actor: StaffSession,
        form: BookingForm,
        rule: RepeatRule,
        *,
        skip_conflicts: bool,
    ) -> SeriesResult:
        """Book every date of a repeat in one transaction.

        With ``skip_conflicts`` the dates that cannot be booked are left out (and listed in the
        result); without it the first such date refuses the whole series and nothing is saved.
        """
        holidays = self.holidays()
        now = self._clock.now()
        with self._db.write() as s:
            rows, skipped = self.book_dates_in(
                s, actor, form, self._days(form, rule), holidays, skip_conflicts=skip_conflicts
            )
            series = BookingSeries(
                site_id=actor.site_id,
                rule=json.dumps(
                    {
                        "frequency": rule.frequency.value,
                        "weekdays": sorted(rule.weekdays),
                        "until": rule.until.isoformat() if rule.until else None,
                        "count": rule.count,
                    }
                ),
                description=rule.describe()[:120],
                skipped=json.dumps([d.day.isoformat() for d in skipped]),
                created_at=now,
            )
            s.add(series)
            s.flush()
            for row in rows:
                row.series_id = series.id
            s.flush()
            audit.record(s, at=now, actor=actor, action="book_series", entity="booking_series",
                         entity_id=series.id, room=rows[0].room.code, dates=len(rows),
                         skipped=[d.day for d in skipped])  # fmt: skip
            return SeriesResult(series.id, infos(s, rows), skipped)

    def book_dates_in(
        self,
        s: Session,
        actor: StaffSession,
        form: BookingForm,
        days: list[date],
        holidays: HolidayName,
        *,
        skip_conflicts: bool,
    ) -> tuple[list[Booking], list[SeriesDate]]:
        """Book the form's times on each of ``days`` inside the caller's write transaction; the
        bookings made and the dates left out.

        A date that cannot be booked refuses them all (as the booking desk names it) unless
        ``skip_conflicts``; when no date is free nothing is booked either way.
        """
        now = self._clock.now()
        room = lock_room(s, actor, form.room_id)
        spec = room_spec(room)
        closed = self._closed(s, actor.site_id, holidays)
        clean = validate_booking(
            s, form, spec, room.id, now, closed, site_id=actor.site_id, check_time=False
        )
        planned = [series_date(s, room, spec, form, day, now, closed) for day in days]
        skipped = [d for d in planned if not d.free]
        if skipped and not skip_conflicts:
            problem = skipped[0].problem
            assert problem is not None
            raise ConflictError(problem.template, **problem.params)
        free = [d for d in planned if d.free]
        if not free:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Messages", "None of the {count} dates can be booked; nothing was saved."
                ),
                count=len(planned),
            )
        rows = []
        for d in free:
            seat = take_slot(s, room, spec, d.starts_at, d.ends_at, form.seat)
            rows.append(
                insert_booking(s, actor, room, spec, clean, d.starts_at, d.ends_at, seat, now)
            )
        s.flush()
        return rows, skipped

    def move(
        self,
        actor: StaffSession,
        booking_id: int,
        *,
        starts_at: datetime | None,
        ends_at: datetime | None,
        room_id: int | None = None,
        seat: int | None = None,
    ) -> BookingInfo:
        """Move or extend a booking to another span (and room); it keeps its number."""
        holidays = self.holidays()
        now = self._clock.now()
        with self._db.write() as s:
            row = find_booking(s, actor, booking_id, lock=True)
            if row.status not in _ACTIVE:
                raise not_active(row)
            refuse_activity_booking(s, row)
            target = row.room_id if room_id is None else room_id
            room = lock_room(s, actor, target)
            spec = room_spec(room)
            if row.status == BookingStatus.CHECKED_IN and (
                target != row.room_id or starts_at != row.starts_at
            ):
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Booking {number} is already checked in; it can only be extended.",
                    ),
                    number=row.number,
                )
            check_slot(
                spec,
                room.id,
                starts_at,
                ends_at,
                now=now,
                **self._closed(s, actor.site_id, holidays),
            )
            check_attendees(spec, row.attendees)
            if seat is not None:
                check_seat(spec, seat)
            assert starts_at is not None and ends_at is not None
            keep = seat if seat is not None else (row.seat if target == row.room_id else None)
            new_seat = take_slot(s, room, spec, starts_at, ends_at, keep, exclude=row.id)
            before = (row.room_id, row.seat, row.starts_at, row.ends_at)
            row.room_id, row.seat = room.id, new_seat
            row.starts_at, row.ends_at = starts_at, ends_at
            if row.status != BookingStatus.CHECKED_IN:
                # A clerk's move or extension in a room that needs approval waits again; an
                # administrator's move stands; a move into a room needing none is confirmed.
                pending = spec.needs_approval and not actor.is_admin
                status = BookingStatus.PENDING if pending else BookingStatus.CONFIRMED
                if target != before[0] or (pending and (starts_at, ends_at) != before[2:]):
                    row.status = status.value
            row.updated_at = now
            flush_booking(s)
            s.refresh(row)
            audit.record(s, at=now, actor=actor, action="move", entity="booking",
                         entity_id=row.number, before=list(before),
                         after=[room.id, new_seat, starts_at, ends_at],
                         status=row.status)  # fmt: skip
            return infos(s, [row])[0]

    # -- status changes -------------------------------------------------------------------
    def cancel(
        self, actor: StaffSession, booking_id: int, reason: str, *, whole_series: bool = False
    ) -> list[BookingInfo]:
        """Cancel a booking, or it and every later date of its series that has not begun.

        Returns every booking that ended, in date order.
        """
        with self._db.write() as s:
            refuse_activity_booking(s, find_booking(s, actor, booking_id, lock=True))
            return infos(s, self.cancel_in(s, actor, booking_id, reason, whole_series=whole_series))

    def cancel_in(
        self,
        s: Session,
        actor: StaffSession,
        booking_id: int,
        reason: str,
        *,
        whole_series: bool = False,
    ) -> list[Booking]:
        """:meth:`cancel` inside the caller's open write transaction; the bookings ended."""
        text = clean_text(
            reason, field="booking_reason", what=QT_TRANSLATE_NOOP("Messages", "the reason"),
            max_length=MAX_NOTE,
        )  # fmt: skip
        now = self._clock.now()
        row = find_booking(s, actor, booking_id, lock=True)
        if row.status not in _ACTIVE:
            raise not_active(row)
        rows = [row]
        if whole_series and row.series_id is not None:
            rows += list(
                s.scalars(
                    select(Booking).where(
                        Booking.series_id == row.series_id,
                        Booking.id != row.id,
                        Booking.status.in_(_ACTIVE),
                        Booking.starts_at > now,
                        Booking.starts_at >= row.starts_at,
                    )
                )
            )
        for r in rows:
            end_booking(r, BookingStatus.CANCELLED, now, text)
        s.flush()
        audit.record(s, at=now, actor=actor, action="cancel", entity="booking",
                     entity_id=row.number, count=len(rows), series=whole_series,
                     reason=text)  # fmt: skip
        return sorted(rows, key=lambda r: r.starts_at)

    def approve(self, actor: StaffSession, booking_id: int) -> BookingInfo:
        """An administrator confirms a booking that waited for approval."""
        actor.require_admin()
        return self._decide(actor, booking_id, BookingStatus.CONFIRMED, "")

    def decline(self, actor: StaffSession, booking_id: int, reason: str) -> BookingInfo:
        """An administrator turns a pending booking down; the slot is free again."""
        actor.require_admin()
        text = clean_text(
            reason, field="booking_reason", what=QT_TRANSLATE_NOOP("Messages", "the reason"),
            max_length=MAX_NOTE,
        )  # fmt: skip
        return self._decide(actor, booking_id, BookingStatus.DECLINED, text)

    def check_in(self, actor: StaffSession, booking_id: int) -> BookingInfo:
        """The booker arrived: from an hour before the start until the end."""
        now = self._clock.now()
        with self._db.write() as s:
            row = find_booking(s, actor, booking_id, lock=True)
            if row.status == BookingStatus.PENDING:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Booking {number} still awaits an administrator's approval; "
                        "it cannot be checked in yet.",
                    ),
                    number=row.number,
                )
            if row.status != BookingStatus.CONFIRMED:
                raise not_active(row)
            opens = row.starts_at - timedelta(minutes=CHECK_IN_EARLY_MINUTES)
            if now < opens:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Check-in for booking {number} opens at {time} on {day}."
                    ),
                    number=row.number,
                    time=opens.strftime("%H:%M"),
                    day=opens.date().isoformat(),
                )
            if now >= row.ends_at:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "Booking {number} has already ended."),
                    number=row.number,
                )
            row.status = BookingStatus.CHECKED_IN.value
            row.checked_in_at = now
            row.updated_at = now
            audit.record(s, at=now, actor=actor, action="check_in", entity="booking",
                         entity_id=row.number)  # fmt: skip
            s.flush()
            return infos(s, [row])[0]

    def release_no_shows(self, site_id: int) -> list[str]:
        """Release confirmed bookings not checked in within the grace period; their numbers.

        Run by a timer inside the app and when it starts, so no outside scheduler is needed.
        """
        now = self._clock.now()
        with self._db.write() as s:
            grace = grace_minutes(s, site_id)
            rows = list(
                s.scalars(
                    select(Booking).where(
                        Booking.site_id == site_id,
                        Booking.status == BookingStatus.CONFIRMED.value,
                        Booking.starts_at <= now - timedelta(minutes=grace),
                        # An activity's session keeps its room: attendance is taken, not check-in.
                        Booking.id.not_in(
                            select(ActivitySession.booking_id).where(
                                ActivitySession.booking_id.is_not(None)
                            )
                        ),
                    )
                )
            )
            for row in rows:
                end_booking(row, BookingStatus.NO_SHOW, now, f"{grace}")
            if rows:
                audit.record(s, at=now, actor=None, site_id=site_id, action="release_no_shows",
                             entity="booking", numbers=[r.number for r in rows],
                             grace_minutes=grace)  # fmt: skip
            return [r.number for r in rows]

    # -- inside the transaction -----------------------------------------------------------
    def _decide(
        self, actor: StaffSession, booking_id: int, status: BookingStatus, reason: str
    ) -> BookingInfo:
        now = self._clock.now()
        with self._db.write() as s:
            row = find_booking(s, actor, booking_id, lock=True)
            if row.status != BookingStatus.PENDING:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Booking {number} is not awaiting approval any more."
                    ),
                    number=row.number,
                )
            if status is BookingStatus.DECLINED:
                end_booking(row, status, now, reason)
            else:
                row.status = status.value
                row.updated_at = now
            row.decided_by_id = actor.staff_id
            row.decided_at = now
            audit.record(s, at=now, actor=actor, action=status.value, entity="booking",
                         entity_id=row.number, reason=reason)  # fmt: skip
            s.flush()
            return infos(s, [row])[0]

    def holidays(self) -> HolidayName:
        """The public holidays, read before any write begins (reading may seed the calendar)."""
        return self._calendar.calendar().public_holiday

    def _closed(self, s: Session, site_id: int, holidays: HolidayName) -> dict[str, Any]:
        """What closes rooms from today on: closures and the public holidays."""
        today = self._clock.now().date()
        return {
            "closures": closures_between(s, site_id, today - timedelta(days=1), date.max),
            "holiday_name": holidays,
        }

    def _days(self, form: BookingForm, rule: RepeatRule) -> list[date]:
        if form.starts_at is None:
            return []
        return repeat_dates(rule, form.starts_at.date())
