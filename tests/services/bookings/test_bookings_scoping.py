"""A booking reaches only its own center's residents, shows phones masked, and a clerk's change
in a room that needs approval waits for an administrator again."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from hall_desk.db.models import AuditEntry
from hall_desk.db.room_models import Booking
from hall_desk.domain.bookings import BookingStatus, RepeatFrequency, RepeatRule
from hall_desk.domain.errors import ValidationError
from hall_desk.services import Services
from hall_desk.services.session import StaffSession
from hall_desk.services.visitors.visits import VisitForm
from tests.services.activities.activity_helpers import other_center
from tests.services.bookings.test_booking_documents import _text
from tests.services.bookings.test_bookings import MONDAY, at, form, messages, room
from tests.services.visitors.test_visits import make_id


def resident_of(services: Services, desk: StaffSession, phone: str) -> int:
    visit = services.visits.register_visit(
        desk, VisitForm(name="陈静", id_number=make_id(), phone=phone, purposes=("errand",))
    )
    return visit.resident_id


def bookings_saved(services: Services) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Booking)) or 0)


def test_a_resident_of_another_center_is_refused_as_if_unknown(
    services: Services, clerk: StaffSession
) -> None:
    theirs = resident_of(services, other_center(services), "13698761234")
    reading = room(services, clerk, "YL01")
    as_resident = {"booker_kind": "resident", "organisation": "", "contact_name": "",
                   "contact_phone": ""}  # fmt: skip
    unknown = form(reading.id, at(MONDAY, 9), at(MONDAY, 10), resident_id=10**6, **as_resident)
    with pytest.raises(ValidationError) as missing:
        services.bookings.book(clerk, unknown)
    other = form(reading.id, at(MONDAY, 9), at(MONDAY, 10), resident_id=theirs, **as_resident)
    with pytest.raises(ValidationError) as err:
        services.bookings.book(clerk, other)
    # The same words as for a resident who does not exist: nothing is learnt about other centers.
    assert messages(err.value) == messages(missing.value)
    assert "booking_resident" in messages(err.value)
    rule = RepeatRule(RepeatFrequency.WEEKLY, frozenset({0}), count=2)
    with pytest.raises(ValidationError) as err:
        services.bookings.book_series(clerk, other, rule, skip_conflicts=True)
    assert "booking_resident" in messages(err.value)
    with pytest.raises(ValidationError) as err:
        services.bookings.preview_series(clerk, other, rule)
    assert "booking_resident" in messages(err.value)
    assert bookings_saved(services) == 0


def test_booking_records_and_the_slip_carry_the_phone_masked(
    services: Services, clerk: StaffSession
) -> None:
    ours = resident_of(services, clerk, "13698761234")
    reading = room(services, clerk, "YL01")
    booked = services.bookings.book(
        clerk,
        form(reading.id, at(MONDAY, 9), at(MONDAY, 10), resident_id=ours,
             booker_kind="resident", organisation="", contact_name="", contact_phone=""),
    )  # fmt: skip
    assert booked.booker == "陈静" and booked.contact_phone == "136****1234"
    assert services.booking_plans.get(clerk, booked.id).contact_phone == "136****1234"
    [planned] = [b for d in services.booking_plans.day_plan(clerk, MONDAY) for b in d.bookings]
    assert planned.contact_phone == "136****1234"
    with services.db.read() as s:  # the full number is kept, only never handed out
        assert s.get(Booking, booked.id).contact_phone == "13698761234"  # type: ignore[union-attr]
    slip = _text(services.booking_documents.issue_slip(clerk, booked.id).pdf)
    assert "13698761234" not in slip and "1234" in slip


def test_a_clerks_move_or_extension_in_an_approval_room_waits_again(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    meeting = room(services, clerk, "HY01")
    assert meeting.spec.needs_approval
    booked = services.bookings.book(clerk, form(meeting.id, at(MONDAY, 14), at(MONDAY, 15)))
    services.bookings.approve(admin, booked.id)
    longer = services.bookings.move(
        clerk, booked.id, starts_at=at(MONDAY, 14), ends_at=at(MONDAY, 17)
    )
    assert longer.status is BookingStatus.PENDING
    services.bookings.approve(admin, booked.id)
    later = services.bookings.move(
        clerk, booked.id, starts_at=at(MONDAY, 15), ends_at=at(MONDAY, 17)
    )
    assert later.status is BookingStatus.PENDING
    services.bookings.approve(admin, booked.id)
    # An administrator's move stands.
    by_admin = services.bookings.move(
        admin, booked.id, starts_at=at(MONDAY, 9), ends_at=at(MONDAY, 11)
    )
    assert by_admin.status is BookingStatus.CONFIRMED
    with services.db.read() as s:
        details = s.scalars(
            select(AuditEntry.detail)
            .where(AuditEntry.action == "move", AuditEntry.entity_id == booked.number)
            .order_by(AuditEntry.id)
        ).all()
    assert [json.loads(d)["status"] for d in details] == ["pending", "pending", "confirmed"]
