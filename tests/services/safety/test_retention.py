"""Visitors past the retention period are anonymised; their counts stay; audit rows stay."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select, update

from hall_desk.db.models import AuditEntry, ElderlySubsidy, Resident, ServiceCase, Visit
from hall_desk.db.room_models import Booking
from hall_desk.domain.bookings import BookerKind
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.errors import PermissionDenied, ValidationError
from hall_desk.services import Services
from hall_desk.services.bookings.bookings import BookingForm
from hall_desk.services.cases.case_intake import IntakeForm
from hall_desk.services.catalogue import ItemForm
from hall_desk.services.safety.audit_chain import verify
from hall_desk.services.safety.retention import (
    ANONYMISED_NAME,
    DEFAULT_RETENTION_YEARS,
    RetentionService,
    years_before,
)
from hall_desk.services.session import StaffSession
from hall_desk.services.visitors.visits import VisitForm
from tests.conftest import NOW
from tests.services.visitors.test_visits import make_id

LONG_AGO = datetime(2022, 3, 1, 10, 0)  # more than 3 years before NOW (2026-11-20)
LAST_YEAR = datetime(2025, 10, 9, 15, 0)


def _visit(services: Services, who: StaffSession, name: str, seq: int, note: str = "") -> int:
    form = VisitForm(
        name=name,
        id_number=make_id(seq=seq),
        phone=f"13812345{seq:03d}",
        category="elderly",
        purposes=("errand", "consultation"),
        note=note,
    )
    return services.visits.register_visit(who, form).resident_id


def _resident(services: Services, resident_id: int) -> Resident:
    with services.db.read() as s:
        return s.get_one(Resident, resident_id)


def _counts(services: Services) -> tuple[int, int, int, int]:
    with services.db.read() as s:
        return (
            s.scalar(select(func.count(Visit.id))) or 0,
            s.scalar(select(func.count(Resident.id))) or 0,
            s.scalar(select(func.count(ServiceCase.id))) or 0,
            s.scalar(select(func.count()).select_from(Visit).where(Visit.category == "elderly"))
            or 0,
        )


@pytest.fixture
def retention(services: Services, clock: FixedClock) -> RetentionService:
    return RetentionService(services.db, clock)


@pytest.fixture
def people(
    services: Services, clock: FixedClock, admin: StaffSession, clerk: StaffSession
) -> dict[str, int]:
    """Residents last seen long ago (some still tied to the center) and one seen last year."""
    item = services.catalogue.add_item(
        admin, ItemForm("TS001", "测试事项", "民政办", "civil", ["身份证"], 5, False, "general")
    )
    clock.at = LONG_AGO
    ids = {
        "old": _visit(services, clerk, "张三", 1, note="腿脚不便，住 3 楼"),
        "old_closed_case": _visit(services, clerk, "李四", 2),
        "open_case": _visit(services, clerk, "王五", 3),
        "subsidy": _visit(services, clerk, "赵六", 4),
        "booking": _visit(services, clerk, "钱七", 5),
        "recent": _visit(services, clerk, "孙八", 6),
    }
    for key, name, action in (
        ("old_closed_case", "李四", "refuse"),
        ("open_case", "王五", "accept"),
    ):
        form = IntakeForm(item.id, name, resident_id=ids[key], documents_received=["身份证"])
        if action == "refuse":
            services.cases.refuse_case(clerk, form, "不属于本中心受理范围")
        else:
            services.cases.accept_case(clerk, form)
    clock.at = LAST_YEAR
    _visit(services, clerk, "孙八", 6)
    clock.at = NOW
    room = next(r for r in services.rooms.rooms(clerk) if r.spec.code == "YL01")
    booked = services.bookings.book(
        clerk,
        BookingForm(room.id, datetime(2026, 11, 23, 9), datetime(2026, 11, 23, 10),
                    booker_kind=BookerKind.RESIDENT.value, resident_id=ids["booking"],
                    purpose="读书", contact_name="钱七", contact_phone="13812345005"),
    )  # fmt: skip
    with services.db.write() as s:
        # Booked long ago for a day still ahead: only "a booking ahead" protects them.
        s.execute(update(Booking).where(Booking.id == booked.id)
                  .values(created_at=LONG_AGO, updated_at=LONG_AGO))  # fmt: skip
        s.add(ElderlySubsidy(site_id=admin.site_id, resident_id=ids["subsidy"],
                             started_on=date(2021, 1, 1), updated_at=LONG_AGO))  # fmt: skip
    return ids


def test_only_quiet_residents_past_the_retention_are_anonymised(
    services: Services, retention: RetentionService, admin: StaffSession, people: dict[str, int]
) -> None:
    before = _counts(services)
    result = retention.purge(admin)
    assert not result.dry_run and result.anonymised == 2
    assert result.sites[0].retention_years == DEFAULT_RETENTION_YEARS
    assert result.sites[0].cutoff == datetime(2023, 11, 20, 9, 30)
    for key in ("old", "old_closed_case"):
        gone = _resident(services, people[key])
        assert gone.name == ANONYMISED_NAME and gone.name_initials == ""
        assert gone.id_number is gone.phone is gone.phone_tail is gone.birth_date is None
        assert gone.id_kind is None
        assert gone.category == "elderly"
    for key in ("open_case", "subsidy", "booking", "recent"):
        kept = _resident(services, people[key])
        assert kept.name != ANONYMISED_NAME and kept.id_number is not None
    with services.db.read() as s:
        notes = s.scalars(select(Visit.note).where(Visit.resident_id == people["old"])).all()
    assert notes == [""]
    assert _counts(services) == before  # visits, residents, cases, categories all kept


def test_the_purge_is_idempotent_audited_and_keeps_the_chain(
    services: Services, retention: RetentionService, admin: StaffSession, people: dict[str, int]
) -> None:
    with services.db.read() as s:
        audit_rows = s.scalar(select(func.count(AuditEntry.id)))
    assert retention.purge(admin).anonymised == 2
    assert retention.purge(admin).anonymised == 0
    with services.db.read() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.detail).where(AuditEntry.action == "anonymise")
        ).all()
        assert s.scalar(select(func.count(AuditEntry.id))) == (audit_rows or 0) + 1
    assert len(rows) == 1 and '"count": 2' in rows[0].detail
    assert "张三" not in rows[0].detail
    assert verify(services.db).ok


def test_a_dry_run_counts_and_changes_nothing(
    services: Services, retention: RetentionService, people: dict[str, int]
) -> None:
    result = retention.purge(None, dry_run=True)
    assert result.dry_run and result.anonymised == 2
    assert _resident(services, people["old"]).name == "张三"
    with services.db.read() as s:
        assert not s.scalar(select(AuditEntry.id).where(AuditEntry.action == "anonymise"))
    assert retention.purge(None).anonymised == 2  # the terminal purges every center


def test_a_longer_retention_keeps_more(
    services: Services, retention: RetentionService, admin: StaffSession, people: dict[str, int]
) -> None:
    assert retention.set_retention_years(admin, " 5 ") == 5
    assert retention.retention_years(admin) == 5
    assert retention.purge(admin).anonymised == 0
    retention.set_retention_years(admin, 1)
    # The visitor seen last year (October 2025) is now past it too.
    assert retention.purge(admin).anonymised == 3


@pytest.mark.parametrize("years", [0, 31, "abc", "", -3])
def test_retention_must_be_1_to_30_years(
    retention: RetentionService, admin: StaffSession, years: int | str
) -> None:
    with pytest.raises(ValidationError) as caught:
        retention.set_retention_years(admin, years)
    assert caught.value.field == "visitor_retention_years"
    assert retention.retention_years(admin) == DEFAULT_RETENTION_YEARS


def test_only_administrators_set_the_retention_or_purge(
    retention: RetentionService, clerk: StaffSession
) -> None:
    with pytest.raises(PermissionDenied):
        retention.set_retention_years(clerk, 5)
    with pytest.raises(PermissionDenied):
        retention.purge(clerk)


def test_years_before_handles_the_leap_day() -> None:
    assert years_before(datetime(2028, 2, 29, 8), 3) == datetime(2025, 2, 28, 8)
    assert years_before(NOW, 3) == datetime(2023, 11, 20, 9, 30)
