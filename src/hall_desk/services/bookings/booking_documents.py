"""What a booker takes home: the booking slip (预约凭条) and an iCalendar file for the phone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import Site
from hall_desk.db.room_models import Booking, BookingSeries, Room
from hall_desk.domain.bookings import BookerKind, BookingStatus
from hall_desk.domain.clock import Clock
from hall_desk.domain.phones import mask_phone
from hall_desk.printing.booking_slips import (
    BookingSlipData,
    booking_archive_name,
    render_booking_slip,
    seat_text,
)
from hall_desk.printing.ics import CalendarEvent, calendar_bytes
from hall_desk.printing.slip_layout import SlipLayout
from hall_desk.services import audit
from hall_desk.services.archive import archive_pdf
from hall_desk.services.bookings.booking_records import not_found
from hall_desk.services.bookings.rooms import grace_minutes, room_spec
from hall_desk.services.session import StaffSession

# Printed for the resident, so in Chinese whatever the desk's interface language is.
STATUS_TEXT = {
    BookingStatus.PENDING: "待审批（审批结果将电话告知）",
    BookingStatus.CONFIRMED: "已预约",
    BookingStatus.CHECKED_IN: "已签到",
    BookingStatus.NO_SHOW: "未按时签到，已释放",
    BookingStatus.CANCELLED: "已取消",
    BookingStatus.DECLINED: "未通过审批",
}
BOOKER_TEXT = {
    BookerKind.RESIDENT: "居民",
    BookerKind.PARTNER: "共建单位",
    BookerKind.STAFF: "工作人员活动",
}
ICS_STATUS = {
    BookingStatus.PENDING: "TENTATIVE",
    BookingStatus.CONFIRMED: "CONFIRMED",
    BookingStatus.CHECKED_IN: "CONFIRMED",
}


@dataclass(frozen=True)
class IssuedBookingSlip:
    number: str
    pdf: bytes
    archived: Path | None
    reprint: bool


class BookingDocuments:
    def __init__(self, db: Database, clock: Clock, archive_dir: Path | None) -> None:
        self._db = db
        self._clock = clock
        self._archive_dir = archive_dir

    def issue_slip(
        self, actor: StaffSession, booking_id: int, layout: SlipLayout = SlipLayout.A5
    ) -> IssuedBookingSlip:
        """Render the booking slip, archive it and note it; a second slip is marked 补打."""
        now = self._clock.now()
        with self._db.write() as s:
            row = self._booking(s, actor, booking_id)
            site = s.get(Site, row.site_id)
            assert site is not None
            reprint = row.slips_printed > 0
            pdf = render_booking_slip(self._slip_data(s, row, site, now, reprint), layout)
            archived = archive_pdf(
                self._archive_dir, booking_archive_name(row.number, now, reprint), now, pdf
            )
            row.slips_printed += 1
            audit.record(s, at=now, actor=actor, action="reprint" if reprint else "print",
                         entity="booking", entity_id=row.number,
                         layout=layout.value)  # fmt: skip
            return IssuedBookingSlip(row.number, pdf, archived, reprint)

    def calendar_file(
        self, actor: StaffSession, booking_id: int, *, whole_series: bool = False
    ) -> tuple[str, bytes]:
        """A suggested file name and the .ics bytes of a booking or of its whole series.

        A series holds its dates that still stand (cancelled and released ones are left out).
        """
        with self._db.read() as s:
            row = self._booking(s, actor, booking_id)
            site = s.get(Site, row.site_id)
            assert site is not None
            rows = [row]
            if whole_series and row.series_id is not None:
                rows = [
                    r
                    for r in s.scalars(
                        select(Booking)
                        .where(Booking.series_id == row.series_id)
                        .order_by(Booking.starts_at)
                    )
                    if BookingStatus(r.status) in ICS_STATUS or r.id == row.id
                ]
            grace = grace_minutes(s, row.site_id)
            events = [self._event(r, site, grace) for r in rows]
            name = f"{site.name} {row.room.name}"
            data = calendar_bytes(events, name=name, stamp=self._clock.now())
            suffix = "-series" if len(rows) > 1 else ""
            return f"{row.number}{suffix}.ics", data

    # -- helpers -------------------------------------------------------------------------
    @staticmethod
    def _booking(s: Session, actor: StaffSession, booking_id: int) -> Booking:
        row = s.get(Booking, booking_id)
        if row is None or row.site_id != actor.site_id:
            raise not_found()
        return row

    @staticmethod
    def _booker(row: Booking) -> str:
        if row.resident is not None:
            return row.resident.name
        return row.organisation or row.contact_name

    def _check_in_note(self, grace: int) -> str:
        if grace == 0:
            return "请于开始前到前台签到，开始时未签到的预约将自动释放。"
        return f"请于开始前到前台签到，开始后{grace}分钟未签到的预约将自动释放。"

    def _slip_data(
        self, s: Session, row: Booking, site: Site, now: datetime, reprint: bool
    ) -> BookingSlipData:
        series = s.get(BookingSeries, row.series_id) if row.series_id is not None else None
        room: Room = row.room
        phone = mask_phone(row.contact_phone) if row.contact_phone else ""
        contact = " ".join(part for part in (row.contact_name, phone) if part)
        return BookingSlipData(
            center_name=site.name,
            center_address=site.address,
            center_phone=site.phone,
            number=row.number,
            room_name=room.name,
            seat=row.seat or None,
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            status_text=STATUS_TEXT[BookingStatus(row.status)],
            booker=self._booker(row),
            booker_kind_text=BOOKER_TEXT[BookerKind(row.booker_kind)],
            contact=contact,
            purpose=row.purpose,
            attendees=row.attendees,
            series_text=series.description if series is not None else "",
            rules=room_spec(room).rules,
            check_in_note=self._check_in_note(grace_minutes(s, row.site_id)),
            clerk_name=row.clerk.full_name,
            issued_at=now,
            reprint=reprint,
        )

    def _event(self, row: Booking, site: Site, grace: int) -> CalendarEvent:
        room = row.room
        lines = [f"预约编号：{row.number}"]
        if row.seat:
            lines.append(f"座位：{seat_text(row.seat)}")
        lines += [f"事由：{row.purpose}", f"预约人：{self._booker(row)}"]
        if site.phone:
            lines.append(f"中心电话：{site.phone}")
        lines.append(self._check_in_note(grace))
        lines += [f"{n}. {rule}" for n, rule in enumerate(room_spec(room).rules, start=1)]
        status = BookingStatus(row.status)
        return CalendarEvent(
            uid=f"{row.number}@hall-desk",
            summary=f"{room.name} · {row.purpose}",
            location=f"{site.name} {room.name}",
            description="\n".join(lines),
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            status=ICS_STATUS.get(status, "CANCELLED"),
            created_at=row.created_at,
        )
