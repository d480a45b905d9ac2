"""What the new-booking dialog says about the chosen room on the chosen day: how many it holds,
its hours that day or why it is closed, whether bookings wait for approval, and what is
already booked. The texts belong to that dialog, so they keep its translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from hall_desk.domain.bookings import minute_of
from hall_desk.domain.errors import DomainError
from hall_desk.domain.rooms import WEEKDAY_NAMES, RoomSpec, format_hours, format_minute
from hall_desk.services.bookings.booking_records import BookingInfo, RoomDay
from hall_desk.services.bookings.rooms import RoomInfo
from hall_desk.ui.kit.common import translate_message


class RoomDayNotes:
    """The day plans, asked for once a day (by ``load``) and kept until ``forget()``."""

    def __init__(self, load: Callable[[date], list[RoomDay]]) -> None:
        self._load = load
        self._plans: dict[date, list[RoomDay]] = {}

    def forget(self) -> None:
        """Another desk may have booked meanwhile: the next look asks again."""
        self._plans.clear()

    def _room_day(self, info: RoomInfo, day: date) -> RoomDay | None:
        if day not in self._plans:
            self._plans[day] = self._load(day)
        return next((p for p in self._plans[day] if p.room.id == info.id), None)

    def describe(self, info: RoomInfo, day: date) -> tuple[str, str]:
        """Capacity, seats, that day's hours and approval (shown under the room), and the
        bookings of the day (shown under the time)."""
        spec = info.spec
        weekday = translate_message(WEEKDAY_NAMES[day.weekday()])
        parts = [
            QCoreApplication.translate("BookingFormDialog", "Holds {cap} people").format(
                cap=spec.capacity
            )
        ]
        if spec.by_seat:
            parts.append(
                QCoreApplication.translate(
                    "BookingFormDialog", "{seats} seats, booked one by one"
                ).format(seats=spec.seats)
            )
        try:
            plan = self._room_day(info, day)
        except DomainError as exc:
            plan = None
            parts.append(exc.render(translate_message))
        hours = plan.hours if plan is not None else spec.hours_on(day)
        if plan is not None and plan.closed_reason is not None:
            parts.append(
                QCoreApplication.translate(
                    "BookingFormDialog", "closed on {weekday} ({reason})"
                ).format(weekday=weekday, reason=translate_message(plan.closed_reason))
            )
        elif spec.zone_24h:
            parts.append(QCoreApplication.translate("BookingFormDialog", "open 24 hours"))
        elif hours is None:
            parts.append(
                QCoreApplication.translate("BookingFormDialog", "not open on {weekday}").format(
                    weekday=weekday
                )
            )
        else:
            parts.append(
                QCoreApplication.translate("BookingFormDialog", "open {hours} on {weekday}").format(
                    hours=format_hours(hours), weekday=weekday
                )
            )
        if spec.needs_approval:
            parts.append(
                QCoreApplication.translate("BookingFormDialog", "needs an administrator's approval")
            )
        bookings = plan.bookings if plan is not None else ()
        return " · ".join(parts), _booked_text(spec, day, bookings)


def _booked_text(spec: RoomSpec, day: date, bookings: Sequence[BookingInfo]) -> str:
    if not bookings:
        return QCoreApplication.translate(
            "BookingFormDialog", "Nothing booked in this room that day yet."
        )
    if spec.by_seat:
        return QCoreApplication.translate(
            "BookingFormDialog", "{count} seat bookings that day."
        ).format(count=len(bookings))
    spans = "、".join(
        f"{format_minute(minute_of(b.starts_at, day))}-"
        f"{format_minute(minute_of(b.ends_at, day))} {b.booker}"
        for b in bookings
    )
    return QCoreApplication.translate(
        "BookingFormDialog", "Already booked that day: {spans}"
    ).format(spans=spans)
