"""Bookings as an iCalendar (.ics) file a resident or partner can add to their own calendar.

Times are kept as Beijing wall-clock times (TZID Asia/Shanghai) with a VTIMEZONE component,
so calendar apps show 09:00 as 09:00 whatever zone they are set to, and one VEVENT per
occurrence, so a repeating booking is several events. icalendar writes the RFC 5545 text:
escaping, CRLF line ends and lines folded at 75 octets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from icalendar.enums import STATUS

BEIJING = ZoneInfo("Asia/Shanghai")
PRODID = "-//Hall Desk//Hall Desk//ZH"
_STATUSES = {
    status.value: status for status in (STATUS.CONFIRMED, STATUS.TENTATIVE, STATUS.CANCELLED)
}


@dataclass(frozen=True)
class CalendarEvent:
    """One occurrence of a booking, as a calendar entry."""

    uid: str  # stable across exports, e.g. "CN01-B2026-00017@hall-desk"
    summary: str  # e.g. "多功能会议室 · 居民议事会"
    location: str  # "<center name> <room name>"
    description: str  # several lines: booking number, seat, contact, rules, check-in note
    starts_at: datetime  # naive Beijing wall-clock time
    ends_at: datetime
    status: str = "CONFIRMED"  # TENTATIVE while awaiting approval, or CANCELLED
    created_at: datetime | None = None  # naive Beijing wall-clock time


def calendar_bytes(
    events: Sequence[CalendarEvent], *, name: str, stamp: datetime | None = None
) -> bytes:
    """An iCalendar file (METHOD:PUBLISH) holding ``events``, named ``name`` in calendar apps.

    ``stamp`` (naive Beijing time; now when omitted) becomes every event's DTSTAMP.
    Raises ``ValueError`` for no events, an unknown status or an event that ends before it
    starts.
    """
    if not events:
        raise ValueError("A calendar file needs at least one event.")
    stamped = _utc(stamp) if stamp is not None else datetime.now(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.calendar_name = name  # NAME and X-WR-CALNAME
    for event in events:
        calendar.add_component(_vevent(event, stamped))
    # The time zone described only for the span the events cover, not its whole history.
    first = min(_beijing(event.starts_at) for event in events).date() - timedelta(days=1)
    last = max(_beijing(event.ends_at) for event in events).date() + timedelta(days=1)
    calendar.add_missing_timezones(first_date=first, last_date=last)
    return bytes(calendar.to_ical())


def _vevent(event: CalendarEvent, stamp: datetime) -> Event:
    status = _STATUSES.get(event.status.strip().upper())
    if status is None:
        raise ValueError(f"Unknown event status {event.status!r} for {event.uid}.")
    if event.ends_at <= event.starts_at:
        raise ValueError(f"Event {event.uid} ends before it starts.")
    return Event.new(
        uid=event.uid,
        summary=event.summary,
        location=event.location,
        description=event.description,
        start=_beijing(event.starts_at),
        end=_beijing(event.ends_at),
        status=status,
        stamp=stamp,
        created=_utc(event.created_at) if event.created_at is not None else None,
    )


def _beijing(value: datetime) -> datetime:
    """A naive Beijing wall-clock time (or any aware time) as an aware Asia/Shanghai time."""
    if value.tzinfo is None:
        return value.replace(tzinfo=BEIJING)
    return value.astimezone(BEIJING)


def _utc(value: datetime) -> datetime:
    """DTSTAMP and CREATED must be written in UTC (RFC 5545, 3.8.7.1-2)."""
    return _beijing(value).astimezone(UTC).replace(microsecond=0)
