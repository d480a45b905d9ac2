"""The statistics service against a real database (SQLite and PostgreSQL).

A month of a center's life is made through the real services with the clock moved about; the
test keeps its own list of what it made and counts every figure by hand from that list.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta

import pytest

from hall_desk.domain.bookings import BookerKind, BookingStatus
from hall_desk.domain.cases import (
    NEEDS_FOLLOW_UP,
    OPEN_STATUSES,
    RATING_LABELS,
    RUNNING_STATUSES,
    SATISFIED_RATINGS,
    CaseStatus,
    Rating,
)
from hall_desk.domain.periods import Period, PeriodKind
from hall_desk.domain.reports import (
    BreakdownRow,
    CaseFigures,
    CountRow,
    DayCount,
    PeriodReport,
    RatingDay,
    RatingFigures,
    VisitorFigures,
)
from hall_desk.domain.visits import (
    CATEGORY_LABELS,
    PURPOSE_LABELS,
    TALLY_LABELS,
    TallyKind,
    VisitorCategory,
    VisitPurpose,
)
from hall_desk.services import Services
from hall_desk.services.bookings.bookings import BookingForm
from hall_desk.services.cases.case_lists import CaseView
from hall_desk.services.cases.case_records import CaseRecord
from hall_desk.services.catalogue import ItemForm
from hall_desk.services.session import StaffSession
from hall_desk.services.visitors.visits import VisitForm
from tests.conftest import NOW
from tests.services.cases.test_cases import DOCS, add_item, intake
from tests.services.cases.test_transfers import letter
from tests.services.visitors.test_visits import make_id

TODAY = NOW.date()  # Friday 2026-11-20
DAY = Period.day(TODAY)
MONTH = Period.month(TODAY)
HOLIDAY = date(2026, 11, 26)
NAMES = [
    s + g for s in "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许" for g in ("晓明", "丽华", "建国")
]


@dataclass
class VisitMade:
    at: datetime
    category: VisitorCategory
    purposes: tuple[VisitPurpose, ...]
    size: int
    left: bool


@dataclass
class CaseMade:
    number: str
    item_code: str
    office: str
    accepted_at: datetime
    status: CaseStatus
    agent: bool
    due_date: date | None
    closed_at: datetime | None = None
    notified_at: datetime | None = None
    rating: Rating | None = None
    rated_at: datetime | None = None
    follow_up_done: bool = False


@dataclass
class BookingMade:
    room: str
    seat: int
    starts_at: datetime
    ends_at: datetime
    status: BookingStatus


@dataclass
class Made:
    """Everything the scenario made, as the test itself recorded it."""

    visits: list[VisitMade] = field(default_factory=list)
    tallies: list[tuple[datetime, TallyKind]] = field(default_factory=list)
    cases: dict[int, CaseMade] = field(default_factory=dict)
    items: dict[str, str] = field(default_factory=dict)  # code -> name
    bookings: dict[int, BookingMade] = field(default_factory=dict)
    closures: list[tuple[str | None, date, date]] = field(default_factory=list)
    marks: dict[str, int] = field(default_factory=dict)  # case ids worth naming
    subsidies_due: int = 0
    receipts_late: int = 0


class Desk:
    """Drives the real services at chosen moments and writes down what it did."""

    def __init__(self, services: Services, admin: StaffSession, clerk: StaffSession) -> None:
        self.sv, self.admin, self.clerk = services, admin, clerk
        self.clock = services.clock
        self.made = Made()
        self._names = iter(NAMES)
        self._seq = 200

    def at(self, moment: datetime) -> Desk:
        self.clock.at = moment  # type: ignore[attr-defined]
        return self

    # -- visitors ---------------------------------------------------------------------------
    def visit(
        self, category: str, purposes: tuple[str, ...], size: int = 1, *, leave: bool = False
    ):
        record = self.sv.visits.register_visit(
            self.clerk,
            VisitForm(name=next(self._names), category=category, purposes=purposes,
                      party_size=size),
        )  # fmt: skip
        if leave:
            self.sv.visits.sign_out(self.clerk, record.id)
        purposes_made = tuple(VisitPurpose(p) for p in purposes)
        self.made.visits.append(
            VisitMade(self.clock.now(), VisitorCategory(category), purposes_made, size, leave)
        )
        return record

    def walk_in(self, kind: str) -> None:
        self.sv.visits.count_walk_in(self.clerk, kind)
        self.made.tallies.append((self.clock.now(), TallyKind(kind)))

    # -- cases --------------------------------------------------------------------------------
    def _form(self, item, *, agent: bool = False, missing: bool = False, **kw):
        self._seq += 1
        fields = dict(name=next(self._names), id_number=make_id(seq=self._seq), **kw)
        if agent:
            fields.update(agent_name="李四", agent_relation="子女", agent_phone="13912345678")
        if missing:
            fields["documents_received"] = ()
        return intake(item, **fields)

    def _track(self, record: CaseRecord) -> CaseMade:
        made = self.made.cases.get(record.id)
        if made is None:
            made = CaseMade(record.number, record.item_code, record.office, record.accepted_at,
                            record.status, record.agent is not None, record.due_date)  # fmt: skip
            self.made.cases[record.id] = made
        made.status, made.office, made.due_date = record.status, record.office, record.due_date
        made.closed_at = record.closed_at
        return made

    def accept(self, item, **kw) -> int:
        record = self.sv.cases.accept_case(self.clerk, self._form(item, **kw))
        self._track(record)
        return record.id

    def notice(self, item) -> int:
        record = self.sv.cases.issue_notice(self.clerk, self._form(item, missing=True))
        self._track(record).notified_at = self.clock.now()
        return record.id

    def refuse(self, item) -> int:
        record = self.sv.cases.refuse_case(self.clerk, self._form(item), "不属于本中心受理范围")
        self._track(record)
        return record.id

    def complete(self, case_id: int, rating: str | None = None) -> None:
        made = self._track(self.sv.cases.complete(self.clerk, case_id, "已办结", rating))
        if rating:
            made.rating, made.rated_at = Rating(rating), self.clock.now()

    def rate(self, case_id: int, rating: str) -> None:
        made = self._track(self.sv.cases.rate(self.clerk, case_id, rating))
        made.rating, made.rated_at = Rating(rating), self.clock.now()

    def move(self, case_id: int, how: str, *args: str) -> None:
        self._track(getattr(self.sv.cases, how)(self.clerk, case_id, *args))

    # -- rooms --------------------------------------------------------------------------------
    def room_id(self, code: str) -> int:
        rooms = self.sv.rooms.rooms(self.admin, include_retired=True)
        return next(r.id for r in rooms if r.spec.code == code)

    def book(self, code: str, start: datetime, hours: float, seat: int = 0, **kw) -> int:
        form = BookingForm(
            room_id=self.room_id(code), starts_at=start, ends_at=start + timedelta(hours=hours),
            booker_kind=kw.pop("booker_kind", BookerKind.PARTNER.value),
            organisation=kw.pop("organisation", "城南小学"), purpose="读书会", attendees=1,
            contact_name="赵老师", contact_phone="13812345678", seat=seat or None, **kw,
        )  # fmt: skip
        info = self.sv.bookings.book(self.clerk, form)
        self.made.bookings[info.id] = BookingMade(
            code, info.seat, info.starts_at, info.ends_at, info.status
        )
        return info.id

    def booking_now(self, booking_id: int, status: BookingStatus) -> None:
        self.made.bookings[booking_id].status = status


def at(day: date, hh: int, mm: int = 0, ss: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, ss)


def nov(d: int) -> date:
    return date(2026, 11, d)


def build(services: Services, admin: StaffSession, clerk: StaffSession) -> Desk:
    """A month of a center: visits across midnights, every kind of case, bookings of every
    outcome, a closure, a public holiday and backlog of each sort."""
    desk = Desk(services, admin, clerk)
    sv = services
    sv.calendar.set_day(admin, HOLIDAY, "holiday", "测试假日")
    item_a = add_item(sv, admin, code="TS001", name="低保申请", agent=True)
    item_b = sv.catalogue.add_item(
        admin,
        ItemForm("TS002", "居住证办理", "社区居委会", "civil", list(DOCS), 5, True, "general"),
    )
    desk.made.items = {item_a.code: item_a.name, item_b.code: item_b.name}
    elderly = add_item(sv, admin, code="GL001", kind="elderly_subsidy", agent=True,
                       name="高龄补贴申请")  # fmt: skip
    transfer = add_item(sv, admin, code="DW009", kind="party_transfer", name="党员组织关系转接")
    desk.made.items.update({elderly.code: elderly.name, transfer.code: transfer.name})

    # A year ago: an elderly subsidy whose annual check now falls due.
    desk.at(datetime(2025, 11, 10, 10))
    old = sv.cases.accept_case(
        clerk, intake(elderly, name="王寿星", id_number=make_id(birth=date(1940, 5, 1), seq=1))
    )
    desk._track(old)
    desk.at(datetime(2025, 11, 10, 10, 30)).complete(old.id)
    desk.made.subsidies_due = 1

    # October: a transfer letter whose receipt is now late, a case completed in November.
    desk.at(datetime(2026, 10, 20, 10))
    record = sv.cases.accept_case(
        clerk,
        intake(transfer, name="党员甲", id_number=make_id(seq=2),
               transfer=letter("转字001", date(2026, 10, 1))),
    )  # fmt: skip
    desk._track(record)
    desk.made.receipts_late = 1
    desk.at(datetime(2026, 10, 30, 15))
    c_oct = desk.accept(item_a)
    desk.made.marks["closed_on_due_day"] = c_oct
    desk.at(datetime(2026, 10, 31, 23, 59, 59)).visit("resident", ("errand",))
    desk.walk_in("other")

    # November, day by day.
    desk.at(at(nov(1), 0, 0, 0)).walk_in("other")
    c1 = desk.at(at(nov(2), 9)).accept(item_a)
    desk.at(at(nov(2), 10)).move(c1, "start")  # left running: overdue now
    c2 = desk.at(at(nov(3), 9)).accept(item_a)
    desk.at(at(nov(3), 14)).visit("elderly", ("errand", "consultation"), 3, leave=True)
    desk.at(at(nov(6), 10)).complete(c_oct, "satisfied")  # on its promised day: not late
    c3 = desk.at(at(nov(9), 11)).accept(item_b, agent=True)
    desk.at(at(nov(10), 9)).move(c3, "transfer", "街道便民服务中心", "需街道审批")
    desk.at(at(nov(11), 10)).notice(item_b)  # still waiting for papers
    c5 = desk.at(at(nov(12), 10)).notice(item_a)
    desk.at(at(nov(12), 14)).complete(c2, "dissatisfied")  # late, and a call-back owed
    desk.at(at(nov(13), 9)).move(c5, "refuse_waiting", "材料始终未补齐")
    desk.at(at(nov(13), 10)).accept(item_a)  # due today (2026-11-20)
    desk.at(at(nov(16), 10)).refuse(item_b)
    desk.at(at(nov(16), 15)).visit("student", ("study", "reading"), 1, leave=True)
    desk.at(at(nov(17), 9)).complete(c3)
    c8 = desk.at(at(nov(17), 9, 30)).accept(item_a)
    desk.at(at(nov(18), 15)).move(c8, "return_case", "不符合政策要求")
    c14 = desk.at(at(nov(18), 10)).accept(item_b)
    desk.at(at(nov(19), 10)).rate(c3, "very_satisfied")
    desk.at(at(nov(19), 11)).move(c2, "close_follow_up", "已电话回访，居民表示理解")
    desk.made.cases[c2].follow_up_done = True
    desk.at(at(nov(19), 12)).walk_in("enquiry")
    desk.at(at(nov(19), 16)).accept(item_b, agent=True)
    desk.at(at(nov(19), 23, 59, 59)).visit("new_employment", ("rest",), 1)
    # Today.
    desk.at(at(TODAY, 0, 0, 0)).visit("resident", ("errand",), 2)
    desk.at(at(TODAY, 8)).walk_in("rider_rest")
    desk.walk_in("rider_rest")
    desk.at(at(TODAY, 8, 45)).accept(item_a, agent=True)
    desk.at(at(TODAY, 8, 50)).visit("party_member", ("activity", "deliberation", "other"), 5)
    desk.at(at(TODAY, 9)).notice(item_b)
    desk.walk_in("reader")
    desk.at(at(TODAY, 9, 10)).refuse(item_a)
    c13 = desk.at(at(TODAY, 9, 20)).accept(item_a)
    desk.at(at(TODAY, 9, 25)).complete(c13, "fairly_satisfied")
    desk.at(at(TODAY, 9, 28)).complete(c14, "very_dissatisfied")
    desk.at(at(TODAY, 9, 29)).visit("elderly", ("reading",), 1, leave=True)
    # Later visits still in the month, and the first moment of December.
    desk.at(at(nov(30), 23, 59, 59)).visit("other", ("other",))
    desk.at(datetime(2026, 12, 1)).visit("resident", ("errand",))

    _bookings(desk)
    desk.at(NOW)
    wd01 = desk.room_id("WD01")
    sv.rooms.add_closure(admin, wd01, nov(18), nov(20), "地板维修")
    sv.rooms.add_closure(admin, None, nov(11), nov(11), "消防检查")
    desk.made.closures = [("WD01", nov(18), nov(20)), (None, nov(11), nov(11))]
    sv.rooms.set_retired(admin, desk.room_id("SF01"), True)
    return desk


def _bookings(desk: Desk) -> None:
    sv, admin, clerk = desk.sv, desk.admin, desk.clerk
    student = desk.at(datetime(2026, 10, 30, 9)).visit("student", ("study",), leave=True)

    def check_in(booking_id: int, moment: datetime) -> None:
        desk.at(moment)
        sv.bookings.check_in(clerk, booking_id)
        desk.booking_now(booking_id, BookingStatus.CHECKED_IN)

    desk.at(datetime(2026, 10, 30, 10))
    b_oct = desk.book("YL01", datetime(2026, 10, 31, 9), 1)
    check_in(b_oct, datetime(2026, 10, 31, 8, 55))
    desk.at(at(nov(2), 10))
    b1 = desk.book("YL01", at(nov(3), 9), 2)
    b2 = desk.book("YL01", at(nov(4), 14), 1.5)
    b3 = desk.book("WD01", at(nov(5), 10), 2)
    b4 = desk.book("HY01", at(nov(6), 9), 1)  # needs approval: pending
    desk.at(at(nov(3), 8))
    sv.bookings.cancel(clerk, b3, "活动取消")
    desk.booking_now(b3, BookingStatus.CANCELLED)
    sv.bookings.decline(admin, b4, "会议室另有安排")
    desk.booking_now(b4, BookingStatus.DECLINED)
    check_in(b1, at(nov(3), 8, 55))
    desk.at(at(nov(4), 14, 30))
    assert sv.bookings.release_no_shows(admin.site_id) == [sv.booking_plans.get(clerk, b2).number]
    desk.booking_now(b2, BookingStatus.NO_SHOW)
    desk.at(at(nov(9), 10))
    b10 = desk.book("SF01", at(nov(10), 10), 2)  # the room is retired later
    check_in(b10, at(nov(10), 9, 55))
    desk.at(at(nov(18), 10))
    resident = dict(booker_kind=BookerKind.RESIDENT.value, organisation="",
                    resident_id=student.resident_id)  # fmt: skip
    s1 = desk.book("ZX01", at(nov(19), 9), 2, seat=1, **resident)
    s2 = desk.book("ZX01", at(nov(19), 18), 3, seat=2, **resident)
    check_in(s1, at(nov(19), 8, 50))
    check_in(s2, at(nov(19), 17, 55))
    desk.at(at(nov(19), 12))
    s3 = desk.book("ZX01", at(TODAY, 7), 2, seat=3, **resident)
    desk.book("HY01", at(TODAY, 14), 2)  # pending: awaits approval
    desk.book("YL01", at(TODAY, 10), 2)  # confirmed, not yet begun
    desk.book("YL01", at(date(2026, 12, 1), 9), 1)  # next month
    check_in(s3, at(TODAY, 6, 55))


# -- the figures counted by hand ----------------------------------------------------------------


def inside(moment: datetime | None, period: Period) -> bool:
    return moment is not None and period.start <= moment < period.end


def expected_visitors(made: Made, period: Period) -> VisitorFigures:
    visits = [v for v in made.visits if inside(v.at, period)]
    tallies = [kind for moment, kind in made.tallies if inside(moment, period)]
    walk_ins = tuple(CountRow(k.value, TALLY_LABELS[k], tallies.count(k)) for k in TallyKind)
    return VisitorFigures(
        visits=len(visits),
        people=sum(v.size for v in visits),
        by_category=tuple(
            CountRow(c.value, CATEGORY_LABELS[c], sum(v.category is c for v in visits))
            for c in VisitorCategory
        ),
        by_purpose=tuple(
            CountRow(p.value, PURPOSE_LABELS[p], sum(p in v.purposes for v in visits))
            for p in VisitPurpose
        ),
        by_hour=tuple(sum(v.at.hour == h for v in visits) for h in range(24)),
        per_day=tuple(DayCount(d, sum(v.at.date() == d for v in visits)) for d in period.dates()),
        walk_ins=walk_ins,
        walk_ins_total=len(tallies),
    )


def expected_cases(made: Made, period: Period) -> CaseFigures:
    cases = list(made.cases.values())
    received = [c for c in cases if inside(c.accepted_at, period)]
    accepted = [c for c in received if c.status is not CaseStatus.REFUSED]
    completed = [
        c for c in cases if c.status is CaseStatus.COMPLETED and inside(c.closed_at, period)
    ]

    def rows(key) -> tuple[BreakdownRow, ...]:
        keys = {key(c) for c in accepted + completed}
        label = made.items if key is _item else {k: k for k in keys}
        built = [
            BreakdownRow(
                k,
                label[k],
                sum(key(c) == k for c in accepted),
                sum(key(c) == k for c in completed),
                sum(key(c) == k and c.agent for c in accepted),
            )
            for k in keys
        ]
        return tuple(sorted(built, key=lambda r: (-r.accepted, r.key)))

    return CaseFigures(
        received=len(received),
        accepted=len(accepted),
        refused=len(received) - len(accepted),
        notified=sum(inside(c.notified_at, period) for c in cases),
        completed=len(completed),
        completed_late=sum(
            c.due_date is not None and c.closed_at.date() > c.due_date  # type: ignore[union-attr]
            for c in completed
        ),
        returned=sum(
            c.status is CaseStatus.RETURNED and inside(c.closed_at, period) for c in cases
        ),
        agent=sum(c.agent for c in accepted),
        by_item=rows(_item),
        by_office=rows(lambda c: c.office),
    )


def _item(case: CaseMade) -> str:
    return case.item_code


def expected_ratings(made: Made, period: Period) -> RatingFigures:
    rated = [c for c in made.cases.values() if c.rating and inside(c.rated_at, period)]
    good = [c for c in rated if c.rating in SATISFIED_RATINGS]
    return RatingFigures(
        count=len(rated),
        satisfied=len(good),
        by_rating=tuple(
            CountRow(r.value, RATING_LABELS[r], sum(c.rating is r for c in rated)) for r in Rating
        ),
        per_day=tuple(
            RatingDay(
                d,
                sum(c.rated_at.date() == d for c in rated),  # type: ignore[union-attr]
                sum(c.rated_at.date() == d for c in good),  # type: ignore[union-attr]
            )
            for d in period.dates()
        ),
    )


def check_report(report: PeriodReport, made: Made, period: Period) -> None:
    assert report.period == period
    assert report.visitors == expected_visitors(made, period)
    assert report.cases == expected_cases(made, period)
    assert report.ratings == expected_ratings(made, period)


@pytest.fixture
def desk(services: Services, admin: StaffSession, clerk: StaffSession) -> Desk:
    return build(services, admin, clerk)


def test_visitors_cases_and_ratings_of_a_day_and_a_month(services: Services, desk: Desk) -> None:
    made, clerk = desk.made, desk.clerk
    for period in (DAY, MONTH, DAY.previous(), MONTH.previous(), Period(nov(19), nov(20))):
        check_report(services.stats.report(clerk, period), made, period)
    day = services.stats.report(clerk, DAY)
    # The scenario holds what it claims: midnight on both sides, groups, every case outcome.
    assert day.visitors.visits == 3 and day.visitors.people == 2 + 5 + 1
    assert day.visitors.by_hour[0] == 1 and day.visitors.per_day == (DayCount(TODAY, 3),)
    assert services.stats.report(clerk, DAY.previous()).visitors.by_hour[23] == 1
    month = services.stats.report(clerk, MONTH)
    cases = month.cases
    assert (cases.refused, cases.notified, cases.returned, cases.agent) == (3, 3, 1, 3)
    assert cases.completed_late >= 1 and cases.completed > cases.completed_late
    on_the_day = made.cases[made.marks["closed_on_due_day"]]
    assert on_the_day.closed_at.date() == on_the_day.due_date  # type: ignore[union-attr]
    assert {r.key for r in cases.by_office} >= {"街道便民服务中心", "民政办"}
    assert next(r for r in cases.by_item if r.key == "TS001").completed >= 2
    assert 0 < month.ratings.satisfied < month.ratings.count


def test_compare_today_and_site_report_agree(services: Services, desk: Desk) -> None:
    clerk = desk.clerk
    # A month that is over is compared whole with the whole month before.
    october = Period.month(date(2026, 10, 1))
    both = services.stats.compare(clerk, october)
    assert both.current == services.stats.report(clerk, october)
    assert both.previous == services.stats.report(clerk, Period.month(date(2026, 9, 1)))
    check_report(both.current, desk.made, october)
    assert both.current.as_of is None and both.previous.as_of is None
    # November is still running: its days up to today against 1-20 October.
    running = services.stats.compare(clerk, MONTH)
    so_far = Period(nov(1), TODAY, PeriodKind.MONTH)
    october_so_far = Period(date(2026, 10, 1), date(2026, 10, 20), PeriodKind.MONTH)
    check_report(running.current, desk.made, so_far)
    check_report(running.previous, desk.made, october_so_far)
    assert running.current.as_of == NOW
    assert running.previous.as_of == datetime(2026, 10, 20, 9, 30)
    assert services.stats.today(clerk) == services.stats.report(clerk, DAY)
    assert services.stats.site_report(clerk.site_id, DAY) == services.stats.report(clerk, DAY)
    report = services.stats.today(clerk)
    assert (report.site_code, report.site_name) == ("CN01", "城南社区党群服务中心")
    assert report.generated_at == NOW


def test_rooms_bookings_hours_closures_and_holidays(services: Services, desk: Desk) -> None:
    made, admin = desk.made, desk.admin
    rooms = services.rooms.rooms(admin, include_retired=True)
    for period in (DAY, MONTH, Period.day(HOLIDAY), Period.day(nov(11))):
        report = services.stats.report(admin, period).rooms
        bookings = [b for b in made.bookings.values() if inside(b.starts_at, period)]
        listed = [r for r in rooms if r.active] + [
            r for r in rooms if not r.active and any(b.room == r.spec.code for b in bookings)
        ]
        assert [r.key for r in report.per_room] == [r.spec.code for r in listed]
        used_total = open_total = 0.0
        for row, room in zip(report.per_room, listed, strict=True):
            mine = [b for b in bookings if b.room == room.spec.code]

            def hours(*statuses: BookingStatus, mine=mine) -> float:
                return sum(
                    (b.ends_at - b.starts_at).total_seconds() / 3600
                    for b in mine
                    if b.status in statuses
                )

            st = BookingStatus
            assert (row.label, row.seats) == (room.name, room.spec.seats)
            assert row.bookings == sum(b.status not in (st.CANCELLED, st.DECLINED) for b in mine)
            assert row.checked_in == sum(b.status is st.CHECKED_IN for b in mine)
            assert row.no_shows == sum(b.status is st.NO_SHOW for b in mine)
            assert row.cancelled == sum(b.status in (st.CANCELLED, st.DECLINED) for b in mine)
            assert row.booked_hours == pytest.approx(hours(st.PENDING, st.CONFIRMED, st.CHECKED_IN))
            assert row.used_hours == pytest.approx(hours(st.CHECKED_IN))
            opened = 0.0
            for day in period.dates():
                closed = any(
                    code in (None, room.spec.code) and first <= day <= last
                    for code, first, last in made.closures
                ) or (day == HOLIDAY and not room.spec.zone_24h)
                span = room.spec.hours_on(day)
                if not closed and span is not None:
                    opened += (span[1] - span[0]) / 60
            assert row.open_hours == pytest.approx(opened), (room.spec.code, period)
            used_total += row.used_hours / (room.spec.seats or 1)
            open_total += opened
        assert report.bookings == sum(r.bookings for r in report.per_room)
        assert report.cancelled == sum(r.cancelled for r in report.per_room)
        assert report.used_hours == pytest.approx(used_total)
        assert report.open_hours == pytest.approx(open_total)

    month = services.stats.report(admin, MONTH).rooms
    assert (month.checked_in, month.no_shows, month.cancelled) == (5, 1, 2)
    study = next(r for r in month.per_room if r.key == "ZX01")
    assert study.used_hours == pytest.approx(2 + 3 + 2) and study.seats == 40
    assert study.share == pytest.approx(7 / (study.open_hours * 40))
    assert month.per_room[-1].key == "SF01"  # retired, but booked this month
    # The same open hours as the day plan shows (closed rooms have none).
    for day in (TODAY, HOLIDAY, nov(11)):
        report = services.stats.report(admin, Period.day(day)).rooms
        hours = {r.key: r.open_hours for r in report.per_room}
        for plan in services.booking_plans.day_plan(admin, day):
            span = plan.hours
            expected = 0 if plan.closed_reason or span is None else (span[1] - span[0]) / 60
            assert hours[plan.room.spec.code] == pytest.approx(expected)
    assert services.stats.report(admin, Period.day(HOLIDAY)).rooms.open_hours == 24


def test_backlog_agrees_with_the_desk_lists(services: Services, desk: Desk) -> None:
    made, clerk = desk.made, desk.clerk
    backlog = services.stats.report(clerk, MONTH.previous()).backlog  # whatever the period
    assert backlog == services.stats.today(clerk).backlog
    views = services.case_lists.view_counts(clerk)
    cases = list(made.cases.values())
    running = [c for c in cases if c.status in RUNNING_STATUSES and c.due_date is not None]
    mine = dict(
        in_hall=sum(v.at.date() == TODAY and v.at <= NOW and not v.left for v in made.visits),
        open_cases=sum(c.status in OPEN_STATUSES for c in cases),
        waiting_docs=sum(c.status is CaseStatus.WAITING_DOCS for c in cases),
        overdue=sum(c.due_date < TODAY for c in running),  # type: ignore[operator]
        due_today=sum(c.due_date == TODAY for c in running),
        follow_ups_open=sum(c.rating in NEEDS_FOLLOW_UP and not c.follow_up_done for c in cases),
        checks_due=made.subsidies_due,
        receipts_outstanding=made.receipts_late,
        pending_bookings=sum(
            b.status is BookingStatus.PENDING and b.ends_at > NOW for b in made.bookings.values()
        ),
    )
    desk_lists = dict(
        in_hall=len(services.visits.in_hall(clerk)),
        open_cases=views[CaseView.OPEN],
        waiting_docs=views[CaseView.WAITING_DOCS],
        overdue=views[CaseView.OVERDUE],
        due_today=views[CaseView.DUE_TODAY],
        follow_ups_open=views[CaseView.FOLLOW_UP],
        checks_due=len(services.elderly.checks_due(clerk)),
        receipts_outstanding=len(services.transfers.outstanding_receipts(clerk)),
        pending_bookings=len(services.booking_plans.pending(clerk)),
    )
    assert asdict(backlog) == mine == desk_lists
    assert all(mine.values()), mine  # the scenario leaves something in every list
