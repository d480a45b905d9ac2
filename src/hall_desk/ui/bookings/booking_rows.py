"""The rows of the bookings page's grid, built from day and week plans.

Plain functions from ``RoomDay`` and ``BookingInfo`` records to grid content: the labels down
the left, what each row books, the blocks and the closed hours. Nothing here touches a
widget, so each view can be checked without one. The texts belong to the ``BookingsPage``
translation context, as they did when the page built them itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QCoreApplication

from hall_desk.domain.bookings import BOOKING_STATUS_LABELS, BookingStatus, minute_of
from hall_desk.domain.rooms import MINUTES_PER_DAY, WEEKDAY_NAMES, format_minute
from hall_desk.services.bookings.booking_records import BookingInfo, RoomDay
from hall_desk.services.bookings.rooms import RoomInfo
from hall_desk.ui.bookings.time_grid import GridBlock
from hall_desk.ui.kit.common import translate_message

#: The hours the day view shows unless a room opens earlier or a booking lies outside them.
DAY_FIRST, DAY_LAST = 7 * 60, 22 * 60
_STATES = {
    BookingStatus.PENDING: "pending",
    BookingStatus.CONFIRMED: "confirmed",
    BookingStatus.CHECKED_IN: "checked_in",
}

#: Closed hours of one row: (row, spans of minutes, why).
Shading = tuple[int, list[tuple[int, int]], str]


@dataclass(frozen=True)
class RowTarget:
    """What a grid row books: a room on a day, and in the seat view one seat."""

    room_id: int
    day: date
    seat: int = 0


@dataclass(frozen=True)
class SeatsKey:
    """The key of a study-room occupancy segment: clicking it opens that day's seats."""

    room_id: int
    day: date
    start: int


@dataclass
class GridRows:
    """Everything the grid shows for one view, row by row, and the line above it."""

    heading: str = ""
    labels: list[str] = field(default_factory=list)
    sublabels: list[str] = field(default_factory=list)
    targets: list[RowTarget] = field(default_factory=list)
    blocks: list[GridBlock] = field(default_factory=list)
    shaded: list[Shading] = field(default_factory=list)


def span_on(booking: BookingInfo, day: date) -> tuple[int, int]:
    """Start and end minute of a booking on ``day``, kept within the day."""
    start = max(0, minute_of(booking.starts_at, day))
    end = min(MINUTES_PER_DAY, minute_of(booking.ends_at, day))
    return start, max(end, start + 1)


def occupancy(bookings: Sequence[BookingInfo], day: date) -> list[tuple[int, int, int]]:
    """(start, end, seats taken) where the count of booked seats stays the same; none at 0."""
    spans = [span_on(b, day) for b in bookings]
    edges = sorted({m for span in spans for m in span})
    segments: list[tuple[int, int, int]] = []
    for start, end in pairwise(edges):
        count = sum(1 for s, e in spans if s < end and start < e)
        if not count:
            continue
        if segments and segments[-1][1] == start and segments[-1][2] == count:
            segments[-1] = (segments[-1][0], end, count)
        else:
            segments.append((start, end, count))
    return segments


def seats_taken(plan: RoomDay, minute: int) -> int:
    """How many seats of a study room are booked at ``minute`` of the plan's day."""
    day = plan.day
    return len({b.seat for b in plan.bookings if span_on(b, day)[0] <= minute < span_on(b, day)[1]})


def visible_hours(plans: Sequence[RoomDay]) -> tuple[int, int]:
    """07:00-22:00, widened to the opening hours shown, or to the whole day when a booking
    (in practice one in the 24-hour zone) lies outside."""
    first, last = DAY_FIRST, DAY_LAST
    for plan in plans:
        if plan.hours is not None and not plan.room.spec.zone_24h:
            first = min(first, plan.hours[0] // 60 * 60)
            last = max(last, -(-plan.hours[1] // 60) * 60)
    for plan in plans:
        for booking in plan.bookings:
            start, end = span_on(booking, plan.day)
            if start < first or end > last:
                return 0, MINUTES_PER_DAY
    return first, last


def short_day(day: date) -> str:
    """``11-23 Monday`` (weekday in the interface language)."""
    return f"{day:%m-%d} {translate_message(WEEKDAY_NAMES[day.weekday()])}"


def time_span(start: int, end: int) -> str:
    return f"{format_minute(start)}–{format_minute(end)}"


def room_note(room: RoomInfo) -> str:
    """The grey line under a room's name: its size, and the rules it books by."""
    spec = room.spec
    parts = [
        QCoreApplication.translate("BookingsPage", "{n} seats").format(n=spec.seats)
        if spec.by_seat
        else QCoreApplication.translate("BookingsPage", "{n} people").format(n=spec.capacity)
    ]
    if spec.zone_24h:
        parts.append(QCoreApplication.translate("BookingsPage", "24 hours"))
    if spec.needs_approval:
        parts.append(QCoreApplication.translate("BookingsPage", "needs approval"))
    return " · ".join(parts)


def closed_spans(plan: RoomDay) -> tuple[list[tuple[int, int]], str]:
    """The minutes of the plan's day the room is closed, and the reason shown over them."""
    if plan.closed_reason is not None:
        reason = translate_message(plan.closed_reason)
        return [(0, MINUTES_PER_DAY)], QCoreApplication.translate(
            "BookingsPage", "Closed: {reason}"
        ).format(reason=reason)
    if plan.hours is None:
        return [(0, MINUTES_PER_DAY)], QCoreApplication.translate(
            "BookingsPage", "Closed on {weekday}"
        ).format(weekday=translate_message(WEEKDAY_NAMES[plan.day.weekday()]))
    opens, closes = plan.hours
    spans = [(s, e) for s, e in ((0, opens), (closes, MINUTES_PER_DAY)) if s < e]
    return spans, QCoreApplication.translate("BookingsPage", "Open {hours}").format(
        hours=time_span(opens, closes)
    )


def booking_block(
    row: int, booking: BookingInfo, day: date, *, with_seat: bool = True
) -> GridBlock:
    """A booking as a block in ``row``; ``with_seat`` names its seat in the tooltip."""
    start, end = span_on(booking, day)
    title = " · ".join(t for t in (booking.booker, booking.purpose) if t)
    subtitle = time_span(start, end)
    status = translate_message(BOOKING_STATUS_LABELS[booking.status])
    if booking.status is BookingStatus.PENDING:
        subtitle += " · " + status
    seat = (
        QCoreApplication.translate("BookingsPage", "seat {n}").format(n=booking.seat)
        if booking.seat and with_seat
        else ""
    )
    tooltip = "\n".join(
        t
        for t in (
            f"{booking.number} · {status}",
            " ".join(x for x in (booking.room_name, seat) if x),
            time_span(start, end),
            title,
            QCoreApplication.translate("BookingsPage", "{n} people").format(n=booking.attendees),
        )
        if t
    )
    return GridBlock(
        key=booking.id,
        row=row,
        start=start,
        end=end,
        title=title or booking.number,
        subtitle=subtitle,
        state=_STATES.get(booking.status, "confirmed"),
        tooltip=tooltip,
    )


def seat_segments(row: int, plan: RoomDay) -> list[GridBlock]:
    """A study room's day as blocks of equal occupancy; each opens the seat view."""
    seats = plan.room.spec.seats
    return [
        GridBlock(
            key=SeatsKey(plan.room.id, plan.day, start),
            row=row,
            start=start,
            end=end,
            title=QCoreApplication.translate("BookingsPage", "{taken}/{seats} seats").format(
                taken=count, seats=seats
            ),
            subtitle=time_span(start, end),
            state="info",
            tooltip=QCoreApplication.translate(
                "BookingsPage", "{taken} of {seats} seats booked {span}; click to see the seats"
            ).format(taken=count, seats=seats, span=time_span(start, end)),
        )
        for start, end, count in occupancy(plan.bookings, plan.day)
    ]


def day_rows(plans: Sequence[RoomDay], day: date) -> GridRows:
    """The day view: one row per room; a study room shows how many seats are taken."""
    rows = GridRows()
    count = 0
    for row, plan in enumerate(plans):
        room = plan.room
        rows.labels.append(room.name)
        rows.sublabels.append(room_note(room))
        rows.targets.append(RowTarget(room.id, day))
        rows.shaded.append((row, *closed_spans(plan)))
        count += len(plan.bookings)
        if room.by_seat:
            rows.blocks += seat_segments(row, plan)
        else:
            rows.blocks += [booking_block(row, b, day) for b in plan.bookings]
    rows.heading = QCoreApplication.translate(
        "BookingsPage", "{weekday} {day} · all rooms · {count} bookings"
    ).format(
        weekday=translate_message(WEEKDAY_NAMES[day.weekday()]),
        day=day.isoformat(),
        count=count,
    )
    return rows


def week_rows(plans: Sequence[RoomDay], today: date) -> GridRows:
    """The week view of one room: one row per day, its opening hours underneath."""
    rows = GridRows()
    for row, plan in enumerate(plans):
        rows.labels.append(short_day(plan.day))
        hours = (
            time_span(*plan.hours)
            if plan.hours is not None
            else QCoreApplication.translate("BookingsPage", "closed")
        )
        if plan.closed_reason is not None:
            hours = QCoreApplication.translate("BookingsPage", "closed")
        rows.sublabels.append(
            QCoreApplication.translate("BookingsPage", "today · {hours}").format(hours=hours)
            if plan.day == today
            else hours
        )
        rows.targets.append(RowTarget(plan.room.id, plan.day))
        rows.shaded.append((row, *closed_spans(plan)))
        rows.blocks += [booking_block(row, b, plan.day) for b in plan.bookings]
    rows.heading = QCoreApplication.translate(
        "BookingsPage", "{room} · week of {first} to {last}"
    ).format(
        room=plans[0].room.name, first=plans[0].day.isoformat(), last=plans[-1].day.isoformat()
    )
    return rows


def seat_rows(plan: RoomDay, now: int | None) -> GridRows:
    """The seat view of a study room's day: one row per seat; ``now`` (today only) adds
    how many seats are taken at the moment."""
    room, day = plan.room, plan.day
    seats = room.spec.seats
    spans, reason = closed_spans(plan)
    heading = QCoreApplication.translate(
        "BookingsPage", "{room} · seats on {weekday} {day}"
    ).format(
        room=room.name,
        weekday=translate_message(WEEKDAY_NAMES[day.weekday()]),
        day=day.isoformat(),
    )
    if now is not None:
        heading += " · " + QCoreApplication.translate(
            "BookingsPage", "{taken} of {seats} seats taken now"
        ).format(taken=seats_taken(plan, now), seats=seats)
    return GridRows(
        heading=heading,
        labels=[
            QCoreApplication.translate("BookingsPage", "Seat {n}").format(n=n)
            for n in range(1, seats + 1)
        ],
        sublabels=[""] * seats,
        targets=[RowTarget(room.id, day, n) for n in range(1, seats + 1)],
        blocks=[
            booking_block(b.seat - 1, b, day, with_seat=False)
            for b in plan.bookings
            if 1 <= b.seat <= seats
        ],
        shaded=[(row, spans, reason) for row in range(seats)],
    )
