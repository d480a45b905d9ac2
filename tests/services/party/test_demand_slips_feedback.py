"""Feedback sheets of a unit and of a member: what counts in the period, totals equal to the
rows inserted, no resident named, valid periods only, other centers' units never shown."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from hall_desk.db.models import AuditEntry
from hall_desk.db.party_models import Demand, PartyMember
from hall_desk.domain.cases import SATISFIED_RATINGS, Rating
from hall_desk.domain.errors import NotFoundError, ValidationError
from hall_desk.services import Services
from hall_desk.services.session import StaffSession
from tests.printing.test_slips import _flat, _pypdf_text
from tests.services.activities.volunteer_rows import add_activity, add_role, add_session, add_shift
from tests.services.party.demand_rows import add_demand, add_project, add_resident, other_center
from tests.services.party.rows import add_member, add_unit

FIRST, LAST = date(2026, 1, 1), date(2026, 3, 31)
RESIDENT, RESIDENT_PHONE = "张三丰", "13812345678"


@dataclass(frozen=True)
class Row:
    """A demand as the test inserts it; the expected figures are computed from these."""

    who: str  # member name, "unit" for the unit itself, "other" for another unit's member
    status: str
    solved_at: datetime | None
    minutes: int
    rating: Rating | None
    merged: bool = False


ROWS = [
    Row("李明", "called_back", datetime(2026, 1, 10, 10, 0), 45, Rating.VERY_SATISFIED),
    Row("李明", "solved", datetime(2026, 2, 20, 15, 0), 30, None),
    Row("李明", "called_back", datetime(2026, 3, 31, 23, 30), 60, Rating.DISSATISFIED),
    Row("李明", "called_back", datetime(2026, 4, 1, 0, 10), 20, Rating.SATISFIED),  # after
    Row("李明", "called_back", datetime(2025, 12, 31, 23, 50), 20, Rating.SATISFIED),  # before
    Row("李明", "called_back", datetime(2026, 2, 1, 9, 0), 25, Rating.SATISFIED, merged=True),
    Row("王芳", "called_back", datetime(2026, 3, 1, 11, 0), 90, Rating.SATISFIED),
    Row("王芳", "in_progress", None, 0, None),  # not solved yet
    Row("王芳", "dispatched", datetime(2026, 2, 1, 9, 0), 40, Rating.DISSATISFIED),  # reopened
    Row("unit", "called_back", datetime(2026, 2, 10, 16, 0), 120, Rating.FAIRLY_SATISFIED),
    Row("周杰", "called_back", datetime(2026, 1, 5, 8, 0), 15, Rating.VERY_DISSATISFIED),
    Row("other", "called_back", datetime(2026, 2, 1, 9, 0), 300, Rating.SATISFIED),
]


def _counts(rows: list[Row], who: set[str]) -> tuple[int, int, int, int]:
    """(demands, minutes, rated, satisfied) of the rows that should be on the sheet."""
    kept = [
        r
        for r in rows
        if r.who in who
        and not r.merged
        and r.status in ("solved", "called_back")
        and r.solved_at is not None
        and FIRST <= r.solved_at.date() <= LAST
    ]
    rated = [r.rating for r in kept if r.rating is not None]
    return (
        len(kept),
        sum(r.minutes for r in kept),
        len(rated),
        sum(1 for r in rated if r in SATISFIED_RATINGS),
    )


def _hours(minutes: int) -> str:
    tenths = (minutes * 10 + 30) // 60  # halves up
    return f"{tenths // 10}.{tenths % 10}"


def _row_text(demands: int, minutes: int, rated: int, satisfied: int, projects: str) -> str:
    rate = f"{satisfied / rated * 100:.1f}%" if rated else "—"
    return f"{demands}{_hours(minutes)}{rated}{rate}{projects}"


@dataclass(frozen=True)
class Registry:
    unit: int
    members: dict[str, int]


def _set_left(services: Services, member_id: int, left_on: date) -> None:
    with services.db.write() as s:
        member = s.get(PartyMember, member_id)
        assert member is not None
        member.left_on = left_on


def _fill(services: Services, admin: StaffSession) -> Registry:
    db, site, staff = services.db, admin.site_id, admin.staff_id
    unit = add_unit(db, site)
    other_unit = add_unit(db, site, "县税务局", "government")
    members = {
        name: add_member(db, site, unit, name, f"1390000{n:04d}", reported_on=date(2025, 9, 1))
        for n, name in enumerate(("李明", "王芳", "周杰", "吴敏", "赵强"))
    }
    members["孙丽"] = add_member(
        db, site, unit, "孙丽", "13900009999", reported_on=date(2026, 4, 2)
    )
    _set_left(services, members["赵强"], date(2025, 12, 1))  # left before the period
    _set_left(services, members["周杰"], date(2026, 2, 1))  # left during it
    other = add_member(db, site, other_unit, "陈刚", "13900008888")
    resident = add_resident(db, site, RESIDENT, RESIDENT_PHONE)
    carrier = None
    for seq, row in enumerate(ROWS, start=1):
        member = {"unit": None, "other": other}.get(row.who, members.get(row.who))
        number = add_demand(
            db, site, staff, seq,
            category="矛盾化解" if seq == 2 else "小区环境",
            status=row.status, member_id=member,
            unit_id=other_unit if row.who == "other" else unit,
            solved_at=row.solved_at, service_minutes=row.minutes,
            rating=row.rating.value if row.rating else None,
            resident_id=resident, contact_name="钱多多", contact_phone="13700001234",
            result_note=f"第{seq}件已办好", place=f"{seq}号楼",
            merged_into_id=carrier if row.merged else None,
        )  # fmt: skip
        if carrier is None:
            with db.read() as s:
                carrier = s.scalar(select(Demand.id).where(Demand.number == number))
    other_site = other_center(db)
    add_demand(db, other_site.site_id, other_site.staff_id, 1, status="called_back",
               solved_at=datetime(2026, 2, 1), service_minutes=999)  # fmt: skip
    project = {"month": date(2026, 1, 1)}
    add_project(db, site, staff, "楼道线路改造", status="claimed", member_id=members["李明"],
                claimed_at=datetime(2026, 1, 15), progress=40, **project)  # fmt: skip
    add_project(db, site, staff, "非遗培训进社区", status="done", unit_id=unit,
                claimed_at=datetime(2026, 2, 2), done_at=datetime(2026, 3, 15), progress=100,
                **project)  # fmt: skip
    add_project(db, site, staff, "绿化补植", status="done", member_id=members["王芳"],
                month=date(2025, 11, 1), claimed_at=datetime(2025, 11, 3),
                done_at=datetime(2025, 12, 20), progress=100)  # fmt: skip
    add_project(db, site, staff, "助老送餐", status="withdrawn", member_id=members["王芳"],
                claimed_at=datetime(2026, 1, 10), updated_at=datetime(2026, 2, 10),
                **project)  # fmt: skip
    add_project(db, site, staff, "四月植树", status="claimed", member_id=members["李明"],
                month=date(2026, 4, 1), claimed_at=datetime(2026, 4, 5))  # fmt: skip
    add_project(db, site, staff, "税法宣传", status="claimed", unit_id=other_unit,
                claimed_at=datetime(2026, 1, 20), **project)  # fmt: skip
    add_project(db, site, staff, "无人认领", status="published", **project)
    return Registry(unit, members)


def test_unit_sheet_totals_equal_the_rows_inserted(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    registry = _fill(services, admin)
    pdf = services.demand_slips.unit_feedback_sheet(clerk, registry.unit, FIRST, LAST)
    text = _flat(_pypdf_text(pdf))
    on_sheet = {"李明", "王芳", "周杰", "unit"}
    total = _row_text(*_counts(ROWS, on_sheet), "3（完成1）")
    assert "合计" + total in text
    # Members added here have no 小区/网格: shown as —.
    assert "李明—" + _row_text(*_counts(ROWS, {"李明"}), "1（完成0）") in text
    assert "王芳—" + _row_text(*_counts(ROWS, {"王芳"}), "1（完成0）") in text
    assert "单位直接承接—" + _row_text(*_counts(ROWS, {"unit"}), "1（完成1）") in text
    assert "周杰" in text and "吴敏" in text  # left during the period; nothing done
    assert "本期无服务记录的党员：吴敏。" in text
    assert "赵强" not in text and "孙丽" not in text and "陈刚" not in text
    assert "本期报到党员4人，参与服务3人" in text
    for shown in ("楼道线路改造", "非遗培训进社区", "助老送餐", "已撤回", "矛盾化解", "3号楼"):
        assert shown in text, shown
    for hidden in ("绿化补植", "四月植树", "税法宣传", "无人认领"):
        assert hidden not in text, hidden
    # Only the demands that count are listed, each once.
    for seq, row in enumerate(ROWS, start=1):
        number = f"CN01-D2026-{seq:05d}"
        assert text.count(number) == (1 if _counts([row], on_sheet)[0] else 0), number
    # No resident is ever named on a feedback sheet, masked or not.
    for private in (RESIDENT, "张**", "钱多多", "钱**", RESIDENT_PHONE, "13700001234"):
        assert private not in text, private
    (entry,) = _sheet_audits(services, "party_unit")
    assert entry.entity_id == str(registry.unit) and entry.staff_id == clerk.staff_id
    assert json.loads(entry.detail) == {
        "document": "feedback_sheet",
        "first": "2026-01-01",
        "last": "2026-03-31",
    }


def test_member_sheet_is_the_same_for_one_person(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    registry = _fill(services, admin)
    pdf = services.demand_slips.member_feedback_sheet(clerk, registry.members["李明"], FIRST, LAST)
    text = _flat(_pypdf_text(pdf))
    demands, minutes, rated, satisfied = _counts(ROWS, {"李明"})
    assert f"办结群众需求{demands}件，服务时长{_hours(minutes)}小时" in text
    assert f"收到评价{rated}次，满意{satisfied}次，满意率{satisfied / rated * 100:.1f}%" in text
    assert "在职党员服务反馈表" in text and "县人民医院" in text and "2025年9月1日" in text
    assert "楼道线路改造" in text and "非遗培训进社区" not in text and "王芳" not in text
    assert RESIDENT not in text and RESIDENT_PHONE not in text
    (entry,) = _sheet_audits(services, "party_member")
    assert entry.entity_id == str(registry.members["李明"])


def _sheet_audits(services: Services, entity: str) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == entity,
                                                        AuditEntry.action == "print")))  # fmt: skip


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        (date(2026, 3, 31), date(2026, 1, 1), "ends (2026-01-01) before it starts (2026-03-31)"),
        (date(2026, 1, 1), date(2027, 1, 1), "at most one year; 2026-01-01 to 2027-01-01 is 366"),
        (date(2024, 2, 29), date(2025, 3, 1), "at most one year"),
    ],
)
def test_bad_periods_are_refused_with_clear_messages(
    services: Services, admin: StaffSession, first: date, last: date, message: str
) -> None:
    unit = add_unit(services.db, admin.site_id)
    member = add_member(services.db, admin.site_id, unit, "李明", "13900001111")
    for sheet, target in (
        (services.demand_slips.unit_feedback_sheet, unit),
        (services.demand_slips.member_feedback_sheet, member),
    ):
        with pytest.raises(ValidationError) as caught:
            sheet(admin, target, first, last)
        assert message in str(caught.value)
        assert caught.value.field == "last"
    assert not _sheet_audits(services, "party_unit")


def test_a_whole_year_and_a_single_day_are_fine(services: Services, admin: StaffSession) -> None:
    unit = add_unit(services.db, admin.site_id)
    for first, last in (
        (date(2026, 1, 1), date(2026, 12, 31)),
        (date(2024, 2, 29), date(2025, 2, 28)),
        (date(2026, 2, 3), date(2026, 2, 3)),
    ):
        pdf = services.demand_slips.unit_feedback_sheet(admin, unit, first, last)
        assert "本期无办结需求和认领项目。" in _flat(_pypdf_text(pdf))


def test_other_centers_units_and_members_are_not_found(
    services: Services, admin: StaffSession
) -> None:
    other = other_center(services.db)
    unit = add_unit(services.db, other.site_id)
    member = add_member(services.db, other.site_id, unit, "李明", "13900001111")
    with pytest.raises(NotFoundError):
        services.demand_slips.unit_feedback_sheet(admin, unit, FIRST, LAST)
    with pytest.raises(NotFoundError):
        services.demand_slips.member_feedback_sheet(admin, member, FIRST, LAST)
    with pytest.raises(NotFoundError):
        services.demand_slips.unit_feedback_sheet(admin, 99999, FIRST, LAST)


def test_members_volunteer_hours_are_on_the_unit_and_member_sheets(
    services: Services, admin: StaffSession, clerk: StaffSession
) -> None:
    registry = _fill(services, admin)
    db, members = services.db, registry.members
    activity = add_activity(db, admin)
    feb, apr = datetime(2026, 2, 7, 9, 0), datetime(2026, 4, 4, 9, 0)
    in_period, after = add_session(db, admin, activity, feb), add_session(db, admin, activity, apr)
    role = add_role(db, admin, activity, "引导员", 10)

    def shift(who: int, session: int, start: datetime, minutes: int, **kw: object) -> None:
        add_shift(db, admin, role, session, member_id=who,
                  present=(start, start + timedelta(minutes=minutes)), **kw)  # type: ignore[arg-type]  # fmt: skip

    shift(members["李明"], in_period, feb, 180)
    shift(members["王芳"], in_period, feb, 150, supplementary=True)
    shift(members["吴敏"], in_period, feb, 60)  # a third of the shift: no hours
    shift(members["吴敏"], in_period, feb, 120)  # 120 of 180: counted
    shift(members["周杰"], in_period, feb, 180, status="cancelled")
    shift(members["李明"], after, apr, 180)  # after the period
    with db.read() as s:
        other = s.scalar(select(PartyMember.id).where(PartyMember.name == "陈刚"))
    shift(other, in_period, feb, 180)  # another unit's member

    text = _flat(_pypdf_text(services.demand_slips.unit_feedback_sheet(clerk, registry.unit,
                                                                       FIRST, LAST)))  # fmt: skip
    assert "李明—" + _row_text(*_counts(ROWS, {"李明"}), "1（完成0）") + "3.0" in text
    assert "王芳—" + _row_text(*_counts(ROWS, {"王芳"}), "1（完成0）") + "2.5" in text
    # 吴敏 did no demand and no project, but served: not idle any more.
    assert "吴敏—" + _row_text(0, 0, 0, 0, "0（完成0）") + "2.0" in text
    assert "周杰—" + _row_text(*_counts(ROWS, {"周杰"}), "0（完成0）") + "0.0" in text
    on_sheet = {"李明", "王芳", "周杰", "unit"}
    assert "合计" + _row_text(*_counts(ROWS, on_sheet), "3（完成1）") + "7.5" in text
    assert "参加志愿服务3次，志愿服务时长7.5小时" in text
    assert "本期报到党员4人，参与服务4人" in text
    assert "本期无服务记录的党员" not in text
    assert "王芳（办结需求1件，服务1.5小时；志愿服务1次，2.5小时）" in text

    li = _flat(_pypdf_text(services.demand_slips.member_feedback_sheet(clerk, members["李明"],
                                                                       FIRST, LAST)))  # fmt: skip
    assert "参加志愿服务1次，志愿服务时长3.0小时" in li
    assert "志愿服务1次，3.0小时）" in li
