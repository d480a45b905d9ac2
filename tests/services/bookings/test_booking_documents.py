"""The booking slip and the iCalendar export, read back the way a resident's phone reads them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from io import BytesIO
from zoneinfo import ZoneInfo

import icalendar
from pypdf import PdfReader

from hall_desk.domain.bookings import BookerKind, RepeatFrequency, RepeatRule
from hall_desk.printing.slip_layout import SlipLayout
from hall_desk.services import Services
from hall_desk.services.bookings.bookings import BookingForm
from hall_desk.services.session import StaffSession

MONDAY = date(2026, 11, 23)
SHANGHAI = ZoneInfo("Asia/Shanghai")


def _form(
    services: Services, actor: StaffSession, code: str, start: datetime, end: datetime
) -> BookingForm:
    room = next(r for r in services.rooms.rooms(actor) if r.spec.code == code)
    return BookingForm(
        room_id=room.id, starts_at=start, ends_at=end, booker_kind=BookerKind.RESIDENT.value,
        purpose="书法练习", attendees=3, contact_name="刘桂兰", contact_phone="13912345678",
    )  # fmt: skip


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def test_slip_is_archived_and_a_second_one_is_a_reprint(
    services: Services, clerk: StaffSession
) -> None:
    booked = services.bookings.book(
        clerk, _form(services, clerk, "SF01", datetime(2026, 11, 23, 9), datetime(2026, 11, 23, 11))
    )
    first = services.booking_documents.issue_slip(clerk, booked.id, SlipLayout.ROLL80)
    text = _text(first.pdf)
    assert booked.number in text and "书法室" in text and "09:00" in text
    assert "13912345678" not in text and "139****5678" in text
    assert "笔墨纸砚" in text  # the room's rules
    assert first.archived is not None and first.archived.read_bytes() == first.pdf
    assert not first.reprint
    again = services.booking_documents.issue_slip(clerk, booked.id, SlipLayout.A5)
    assert again.reprint and "补打" in _text(again.pdf)


def test_series_exports_as_events_in_beijing_time(services: Services, clerk: StaffSession) -> None:
    form = _form(services, clerk, "WD01", datetime(2026, 11, 23, 9), datetime(2026, 11, 23, 10, 30))
    rule = RepeatRule(RepeatFrequency.WEEKLY, frozenset({0, 2}), count=4)
    result = services.bookings.book_series(clerk, form, rule, skip_conflicts=False)
    services.bookings.cancel(clerk, result.booked[1].id, "停课")
    name, data = services.booking_documents.calendar_file(
        clerk, result.booked[0].id, whole_series=True
    )
    assert name.endswith("-series.ics")
    cal = icalendar.Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 3  # the cancelled date is left out
    starts = [e.decoded("DTSTART") for e in events]
    assert starts[0] == datetime(2026, 11, 23, 9, tzinfo=SHANGHAI)
    assert starts[0].utcoffset() == timedelta(hours=8)
    assert starts[0].astimezone(ZoneInfo("UTC")).hour == 1
    assert str(events[0]["SUMMARY"]) == "舞蹈房 · 书法练习"
    assert "城南社区党群服务中心" in str(events[0]["LOCATION"])
    single_name, single = services.booking_documents.calendar_file(clerk, result.booked[0].id)
    assert single_name == f"{result.booked[0].number}.ics"
    assert len(list(icalendar.Calendar.from_ical(single).walk("VEVENT"))) == 1
