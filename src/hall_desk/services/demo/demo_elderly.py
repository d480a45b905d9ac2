"""Made-up history of the elderly-age subsidy (高龄补贴), so its tab has something to show.

The monthly amount of each age band is set (when the center has none yet), then about a dozen
elders apply over the last two and a half years, each through the real case service with the
clock set to that day: the application is accepted and completed (which starts payment), the
annual checks are taken as cases (年审) or recorded after a home visit in their due month.
Left as they are, some checks fall due this month, some are overdue, one elder turns 90 next
month and so moves to the next band, and one payment was stopped.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from hall_desk.db.database import Database
from hall_desk.domain.catalogue import ItemKind
from hall_desk.domain.clock import Clock, FixedClock
from hall_desk.domain.elderly import CheckMethod, StopReason
from hall_desk.domain.errors import DomainError
from hall_desk.domain.id_numbers import age_on
from hall_desk.domain.party_transfer import add_months
from hall_desk.domain.workdays import WorkCalendar
from hall_desk.services.calendar import CalendarService
from hall_desk.services.cases.case_intake import IntakeForm
from hall_desk.services.cases.cases import CaseService
from hall_desk.services.cases.elderly import ElderlyService
from hall_desk.services.catalogue import CatalogueService, ServiceItemInfo
from hall_desk.services.demo.demo_cases import demo_staff
from hall_desk.services.demo.demo_visits import SURNAMES, fake_id_number, fake_mobile
from hall_desk.services.session import StaffSession

#: Yuan a month per band (first age of the band); a common scale in Shanxi and Shaanxi.
BAND_AMOUNTS = {80: "100", 90: "200", 100: "600"}
ELDER_GIVEN = (
    "秀英", "桂兰", "玉兰", "淑珍", "凤英", "桂英", "秀兰", "玉珍", "德明", "国华",
    "振华", "长顺", "福田", "守仁", "宝山", "金花", "素芳", "永福",
)  # fmt: skip
AGENT_RELATIONS = ("子女", "子女", "配偶", "网格员")


@dataclass(frozen=True)
class _Plan:
    """One elder: age today and the months since that birthday (-1: the birthday is next
    month), how many months ago payment started, the annual checks (in which year after the
    start, and how) and how many months ago payment stopped, if it did."""

    age: int
    since_birthday: int
    started: int
    checks: tuple[tuple[int, CheckMethod], ...] = ()
    stopped: int | None = None


IN_PERSON, HOME = CheckMethod.IN_PERSON, CheckMethod.HOME_VISIT
PLANS = (
    _Plan(84, 5, started=12),  # first check due this month
    _Plan(88, 2, started=24, checks=((1, IN_PERSON),)),  # second check due this month
    _Plan(86, 9, started=13),  # first check a month overdue
    _Plan(91, 4, started=27, checks=((1, IN_PERSON),)),  # second check three months overdue
    _Plan(89, -1, started=20, checks=((1, IN_PERSON),)),  # turns 90 next month
    _Plan(81, 6, started=2),
    _Plan(83, 7, started=16, checks=((1, IN_PERSON),)),
    _Plan(80, 9, started=5),
    _Plan(101, 3, started=30, checks=((1, HOME), (2, HOME))),
    _Plan(87, 1, started=22, checks=((1, IN_PERSON),), stopped=1),  # passed away
    _Plan(92, 8, started=9),
    _Plan(95, 10, started=14, checks=((1, HOME),)),
    _Plan(85, 11, started=7),
)


@dataclass(frozen=True)
class DemoSubsidies:
    subsidised: int
    checks: int


def fill_demo_elderly(db: Database, clock: Clock, site_id: int, *, seed: int) -> DemoSubsidies:
    """Set the band amounts the center lacks and add the elders of :data:`PLANS`."""
    rng = random.Random(seed + 3)
    now = clock.now()
    at = FixedClock(now)
    calendar_service = CalendarService(db, at)
    cases = CaseService(db, at, calendar_service)
    elderly = ElderlyService(db, at)
    staff = demo_staff(db, site_id)
    admin = next((m for m in staff if m.is_admin), None)
    if admin is None:
        return DemoSubsidies(0, 0)
    items = CatalogueService(db, at).items(admin)
    apply = next((i for i in items if i.kind is ItemKind.ELDERLY_SUBSIDY), None)
    check = next((i for i in items if i.kind is ItemKind.ELDERLY_CHECK), None)
    missing = {b.min_age for b in elderly.bands(admin) if b.monthly_amount_fen is None}
    amounts = {age: yuan for age, yuan in BAND_AMOUNTS.items() if age in missing}
    if amounts:
        elderly.set_bands(admin, amounts)
    if apply is None:
        return DemoSubsidies(0, 0)
    calendar = calendar_service.calendar()
    life = _Life(rng, at, now.date(), cases, elderly, calendar, staff, admin)
    subsidised = checks = 0
    for plan in PLANS:
        try:
            made = life.live(plan, apply, check)
        except DomainError:
            continue  # e.g. the made-up ID number is already someone else's
        subsidised += 1
        checks += made
    at.at = now
    return DemoSubsidies(subsidised, checks)


@dataclass
class _Life:
    rng: random.Random
    at: FixedClock
    today: date
    cases: CaseService
    elderly: ElderlyService
    calendar: WorkCalendar
    staff: list[StaffSession]
    admin: StaffSession

    def live(self, plan: _Plan, apply: ServiceItemInfo, check: ServiceItemInfo | None) -> int:
        """Apply, start payment, make the checks and the stop of ``plan``; checks made."""
        rng, today = self.rng, self.today
        if plan.since_birthday < 0:  # the next birthday is next month
            month = add_months(today.replace(day=1), 1)
            birth = date(month.year - plan.age - 1, month.month, rng.randint(1, 28))
        else:
            birth = add_months(today, -(plan.age * 12 + plan.since_birthday))
            birth = birth.replace(day=rng.randint(1, 28))
        started = self._workday(add_months(today, -plan.started).replace(day=rng.randint(8, 20)))
        applied = self._workday(started - timedelta(days=rng.randint(7, 12)))
        if age_on(birth, applied) < 80 or started > today:
            return 0
        male = rng.random() < 0.45
        name = rng.choice(SURNAMES) + rng.choice(ELDER_GIVEN)
        agent = ("", "", "")
        if rng.random() < 0.4:  # a son, daughter or the grid worker comes on their behalf
            helper = rng.choice(SURNAMES) + rng.choice(("建军", "丽华", "小红", "伟"))
            agent = (helper, rng.choice(AGENT_RELATIONS), fake_mobile(rng))
        actor = rng.choice(self.staff)
        self.at.at = self._moment(applied, 9, 11)
        case = self.cases.accept_case(
            actor,
            IntakeForm(
                item_id=apply.id,
                name=name,
                id_number=fake_id_number(rng, birth, male),
                phone=fake_mobile(rng),
                documents_received=apply.documents,
                agent_name=agent[0],
                agent_relation=agent[1],
                agent_phone=agent[2],
            ),
        )
        self.at.at = self._moment(started, 14, 16)
        self.cases.complete(actor, case.id, "审核通过，按月发放", "very_satisfied")
        made = 0
        for year, method in plan.checks:
            day = self._workday(add_months(started, 12 * year))
            if day <= today:
                made += self._check(case.resident_id, case.resident_name, day, method, check)
        if plan.stopped is not None:
            self.at.at = self._moment(self._workday(add_months(today, -plan.stopped)), 9, 11)
            subsidy = self._subsidy_of(case.resident_id)
            if subsidy is not None:
                self.elderly.stop(
                    self.admin, subsidy, self.at.at.date(), StopReason.DEATH.value, ""
                )
        return made

    def _check(
        self,
        resident_id: int,
        name: str,
        day: date,
        method: CheckMethod,
        item: ServiceItemInfo | None,
    ) -> int:
        self.at.at = self._moment(day, 9, 16)
        actor = self.rng.choice(self.staff)
        if method is CheckMethod.IN_PERSON and item is not None:
            with_case = self.cases.accept_case(
                actor,
                IntakeForm(
                    item_id=item.id,
                    name=name,
                    resident_id=resident_id,
                    documents_received=item.documents,
                    check_method=method.value,
                ),
            )
            self.at.at += timedelta(minutes=self.rng.randint(5, 15))
            self.cases.complete(actor, with_case.id, "本人到场，年审通过", "very_satisfied")
            return 1
        subsidy = self._subsidy_of(resident_id)
        if subsidy is None:
            return 0
        self.elderly.record_check(actor, subsidy, CheckMethod.HOME_VISIT.value, "入户核实")
        return 1

    def _subsidy_of(self, resident_id: int) -> int | None:
        rows = self.elderly.subsidised(self.admin)
        return next((r.id for r in rows if r.resident_id == resident_id), None)

    def _workday(self, day: date) -> date:
        return day if self.calendar.is_workday(day) else self.calendar.next_workday(day)

    def _moment(self, day: date, first_hour: int, last_hour: int) -> datetime:
        return datetime.combine(day, time(self.rng.randint(first_hour, last_hour), 0)) + timedelta(
            minutes=self.rng.randrange(60)
        )
