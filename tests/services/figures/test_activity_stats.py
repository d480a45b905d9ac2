"""The activity figures against a real database (SQLite and PostgreSQL).

Activities of two centers are written with the ORM (``activity_scenario``); every figure is
compared with the count the test makes from its own list of what it wrote, including a second
center whose sessions, sign-ups, marks and shifts must never count.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from datetime import date, timedelta

import pytest
from sqlalchemy import event

from hall_desk.db.database import Database
from hall_desk.db.models import Site
from hall_desk.domain.activity_figures import ActivityCounts
from hall_desk.domain.errors import PermissionDenied, ValidationError
from hall_desk.domain.periods import Period
from hall_desk.domain.staff import Role
from hall_desk.services import Services
from hall_desk.services.session import StaffSession
from tests.conftest import NOW
from tests.services.figures.activity_scenario import (
    Scenario,
    build,
    expected,
    expected_enrolled,
    expected_waiting,
    held,
    mark_count,
)

TODAY = NOW.date()
OCTOBER = Period.month(date(2026, 10, 1))
NOVEMBER = Period.month(TODAY)


@pytest.fixture
def scenario(services: Services, admin: StaffSession) -> Scenario:
    return build(services.db, admin)


def counts_of(figures: ActivityCounts) -> ActivityCounts:
    return ActivityCounts(**{f.name: getattr(figures, f.name) for f in fields(ActivityCounts)})


@contextmanager
def statements(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def before(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", before)


def test_a_month_a_year_a_week_and_a_day_count_this_center_only(
    services: Services, admin: StaffSession, scenario: Scenario
) -> None:
    october = services.activity_stats.figures(admin, OCTOBER)
    assert counts_of(october) == expected(scenario, OCTOBER)
    # The scenario has every outcome, so no figure is trivially zero.
    for name in ("activities", "sessions", "signups", "cancellations", "present", "absent",
                 "excused", "volunteers", "shifts", "supplementary_shifts"):  # fmt: skip
        assert getattr(october, name) > 0, name
    assert october.attendance_rate == october.present / october.marked
    assert october.no_show_rate == october.absent / october.marked
    # 240 + 180 + 200 (补录) on the volunteer day and 120 at the clinic; 0 below the share.
    assert (october.volunteer_minutes, october.supplementary_minutes) == (740, 200)
    assert october.volunteers == 3 and october.shifts == 4
    assert october.waiting_now == expected_waiting(scenario) > 0
    assert {d.day: (d.sessions, d.present) for d in october.per_day} == {
        day: (
            sum(s.starts_at.date() == day for s in held(scenario, OCTOBER, admin.site_id)),
            sum(
                m.status == "present" and m.session.starts_at.date() == day
                for m in scenario.marks
                if m.session.activity.site_id == admin.site_id and m.session.status == "planned"
            ),
        )
        for day in OCTOBER.dates()
    }
    for period in (Period.year(TODAY), Period.week(date(2026, 11, 9)), Period.day(TODAY)):
        assert counts_of(services.activity_stats.figures(admin, period)) == expected(
            scenario, period
        ), period
    # The other center's rows would change every one of these.
    other = services.activity_stats.site_figures(scenario.other_site_id, OCTOBER)
    assert counts_of(other) == expected(scenario, OCTOBER, scenario.other_site_id)
    assert counts_of(other) != counts_of(october)
    assert other.waiting_now == expected_waiting(scenario, scenario.other_site_id)


def test_by_kind_and_by_organiser(
    services: Services, admin: StaffSession, scenario: Scenario
) -> None:
    october = services.activity_stats.figures(admin, OCTOBER)
    kinds = {row.key: counts_of(row) for row in october.by_kind}
    assert kinds == {
        kind: expected(scenario, OCTOBER, of=lambda a, k=kind: a.kind == k)
        for kind in ("summer_care", "clinic", "lecture", "volunteer", "culture")
    }
    assert october.by_kind[0].label == "Summer care class"  # most sessions
    organisers = {row.key: (row.label, counts_of(row)) for row in october.by_organiser}
    unit, project = f"unit:{scenario.unit_id}", f"project:{scenario.project_id}"
    assert set(organisers) == {"center", unit, project}
    assert organisers[unit][0] == "县人民医院" and organisers[project][0] == "非遗剪纸进社区"
    assert organisers["center"][0] == "The center"
    for key, (_label, counts) in organisers.items():
        assert counts == expected(scenario, OCTOBER, of=lambda a, k=key: a.organiser == k)
    # 刘建华 served at the clinic and on the volunteer day: once in each row, once in all.
    assert kinds["clinic"].volunteers == 1 and kinds["volunteer"].volunteers == 3
    assert october.volunteers == 3
    rows = services.activity_stats.breakdown(admin, OCTOBER, "organiser")
    assert rows == list(october.by_organiser)
    with pytest.raises(ValidationError):
        services.activity_stats.breakdown(admin, OCTOBER, "room")


def test_the_running_month_is_compared_with_the_same_days_of_october(
    services: Services, admin: StaffSession, scenario: Scenario
) -> None:
    both = services.activity_stats.compare(admin, NOVEMBER)
    current, previous = both.current, both.previous
    assert current.period == Period(NOVEMBER.first, TODAY, NOVEMBER.kind)
    assert previous.period == Period(date(2026, 10, 1), date(2026, 10, 20), NOVEMBER.kind)
    assert current.as_of == NOW
    assert counts_of(current) == expected(scenario, current.period)
    assert counts_of(previous) == expected(scenario, previous.period)
    # This afternoon's lecture is still planned today, so it counts; 25 November's does not.
    assert current.sessions == len(held(scenario, current.period, admin.site_id))
    assert current.sessions < len(held(scenario, NOVEMBER, admin.site_id))


def test_todays_sessions_with_their_counts(
    services: Services, admin: StaffSession, scenario: Scenario
) -> None:
    sessions = services.activity_stats.sessions(admin, Period.day(TODAY))
    made = sorted(
        held(scenario, Period.day(TODAY), admin.site_id), key=lambda s: (s.starts_at, s.id)
    )
    assert [s.session_id for s in sessions] == [s.id for s in made]
    for one, session in zip(sessions, made, strict=True):
        assert one.number == session.activity.number
        assert one.enrolled == expected_enrolled(scenario, session)
        for status in ("present", "absent", "excused"):
            assert getattr(one, status) == mark_count(scenario, session, status)
    lecture = next(s for s in sessions if s.title == "剪纸讲座")
    assert lecture.place == scenario.room and lecture.organiser == "非遗剪纸进社区"
    assert lecture.kind == "Lecture"
    day = next(s for s in sessions if s.title == "志愿服务日")
    assert (day.volunteers, day.volunteers_signed_in) == (3, 2)
    # A sign-up cancelled after it was marked still counts as signed up for that session.
    october = services.activity_stats.sessions(admin, OCTOBER)
    gone = [
        s for s in held(scenario, OCTOBER, admin.site_id)
        if any(m.session is s and m.signup.status != "enrolled" for m in scenario.marks)
    ]  # fmt: skip
    assert gone
    by_id = {s.session_id: s for s in october}
    for session in gone:
        assert by_id[session.id].enrolled == expected_enrolled(scenario, session)


def test_every_center_is_counted_in_one_query_per_measure(
    services: Services, admin: StaffSession, scenario: Scenario
) -> None:
    with pytest.raises(PermissionDenied):
        services.activity_stats.county(admin, OCTOBER)
    county_admin = StaffSession(
        admin.staff_id, admin.site_id, admin.username, admin.full_name, Role.COUNTY,
        admin.site_name,
    )  # fmt: skip
    with statements(services.db) as two:
        county = services.activity_stats.county(county_admin, OCTOBER)
    rows = {r.site_code: r for r in county.sites}
    assert set(rows) == {"CN01", "BJ02"}
    for code, site in (("CN01", admin.site_id), ("BJ02", scenario.other_site_id)):
        counts = expected(scenario, OCTOBER, site)
        row = rows[code]
        assert (row.activities, row.sessions, row.served) == (
            counts.activities, counts.sessions, counts.present,
        )  # fmt: skip
        assert (row.volunteers, row.volunteer_minutes) == (
            counts.volunteers, counts.volunteer_minutes,
        )  # fmt: skip
    assert county.total.served == rows["CN01"].served + rows["BJ02"].served
    # A third center (with nothing) costs no further query.
    with services.db.write() as s:
        s.add(Site(code="XQ03", name="西区社区党群服务中心", created_at=NOW))
    with statements(services.db) as three:
        county = services.activity_stats.every_center(OCTOBER)
    assert len(county.sites) == 3 and len(three) == len(two)
    assert next(r for r in county.sites if r.site_code == "XQ03").sessions == 0


def test_nothing_to_divide_by(services: Services, admin: StaffSession) -> None:
    empty = services.activity_stats.figures(admin, Period.day(TODAY - timedelta(days=400)))
    assert empty.is_empty() and empty.attendance_rate is None and empty.no_show_rate is None
    assert empty.by_kind == () and len(empty.per_day) == 1
