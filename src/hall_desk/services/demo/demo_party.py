"""Made-up party-service work: 双报到 units and members, three months of demands, two
residents' meetings with their problem lists, and the monthly projects.

Everything goes through the party area's public services with the clock set to the moment,
so the registry, the demand desk and the figures obey the same rules as at the desk. The
outcomes are those a center reports: most demands solved within the clock and rated
satisfied, some late, a few rated poorly and reopened, a handful still open today (one or two
of them overdue), and a few residents' calls merged into a demand already open.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from hall_desk.db.database import Database
from hall_desk.db.models import Resident
from hall_desk.db.party_models import PartyMember
from hall_desk.domain.cases import Rating
from hall_desk.domain.clock import Clock, FixedClock
from hall_desk.domain.demands import DemandLevel
from hall_desk.domain.errors import DomainError
from hall_desk.services.calendar import CalendarService
from hall_desk.services.demo.demo_cases import demo_staff
from hall_desk.services.party.demand_forms import DemandForm
from hall_desk.services.party.demands import DemandService
from hall_desk.services.party.problem_forms import ProblemForm
from hall_desk.services.party.problem_lists import ProblemListService
from hall_desk.services.party.projects import ProjectForm, ProjectService
from hall_desk.services.party.registry import RegistryService
from hall_desk.services.party.registry_lists import PartyList
from hall_desk.services.party.registry_records import MemberForm, UnitForm
from hall_desk.services.session import StaffSession

#: (name, kind, members sent, what the unit commits to under its agreement)
UNITS = (
    ("县人民医院", "institution", 16, "每月一次义诊，慢性病随访"),
    ("县税务局", "government", 10, "政策宣讲，帮办代办"),
    ("县第二中学", "institution", 12, "暑托班辅导，四点半课堂"),
    ("国网县供电公司", "state_owned", 11, "线路排查，老旧小区线路改造"),
    ("县农商银行", "state_owned", 8, "防诈骗宣传，助老金融服务"),
    ("县司法局", "government", 9, "法律咨询，矛盾调解"),
    ("县住建局", "government", 8, "无物业楼宇帮扶，电梯更新协调"),
    ("县文化馆", "institution", 9, "非遗培训，文艺演出"),
    ("恒通物业公司", "property", 7, "小区环境整治，维修响应"),
    ("县融媒体中心", "institution", 6, "社区宣传，线上微心愿平台"),
    ("晋商律师事务所", "private", 6, "每周一次法律服务"),
    ("县心理卫生协会", "social_org", 6, "心理疏导，困难家庭探访"),
    ("县城市管理局", "government", 8, "车辆乱停放整治，占道经营治理"),
    ("县中医院", "institution", 7, "中医理疗进社区"),
)

NEIGHBOURHOODS = ("幸福家园", "阳光小区", "锦绣苑", "和平里", "南关新村", "供电小区")
GRIDS = tuple(f"第{n}网格" for n in range(1, 9))
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "建国志强海燕丽娟晓明国华玉兰秀英文博思远雅琴振华红梅立新宏伟婷婷浩然春燕鹏飞"
#: (category, level, needs a visit, what the resident asked for)
DEMANDS = (
    ("小区环境", "general", True, "楼道堆放杂物，影响通行"),
    ("小区环境", "general", True, "垃圾清运不及时，有异味"),
    ("综合服务", "general", False, "老人想学用智能手机挂号"),
    ("电梯更新", "complex", True, "电梯经常停运，老人上下楼困难"),
    ("城市管理", "general", True, "小区门口占道经营"),
    ("出租屋人口管理", "general", False, "出租屋住户频繁更换，需登记"),
    ("矛盾化解", "complex", True, "楼上漏水，邻里协商不成"),
    ("无物业管理楼宇服务", "complex", True, "无物业楼院路灯损坏"),
    ("车辆乱停放", "general", True, "车辆堵住消防通道"),
    ("社区党员管理", "general", False, "流动党员想参加组织生活"),
    ("养老助老", "general", True, "独居老人需要上门理发"),
    ("困难帮扶", "complex", False, "低保家庭孩子需要课业辅导"),
    ("安全隐患", "major", True, "外墙瓷砖松动有脱落风险"),
    ("文体活动", "general", False, "想组织广场舞队排练场地"),
)
WISHES = ("想要一副老花镜", "希望有人陪伴聊天", "孩子想要一套课外书", "想学习太极拳")
RESULTS = ("已上门处理完毕", "已协调相关单位解决", "已现场清理", "已联系维修并修复")
PROJECTS = (
    ("线路改造", "老旧小区线路排查改造", ("入户排查", "更换线路", "验收")),
    ("绿化补植", "小区绿地补植树木花草", ("选定苗木", "补植完成")),
    ("非遗培训进社区", "剪纸、面塑等非遗技艺培训", ("招募学员", "开班授课", "成果展示")),
    ("助老理发日", "每月为高龄老人上门理发", ("登记需求", "上门服务")),
    ("法律服务月", "法律咨询与防诈骗讲座", ("讲座", "咨询日")),
    ("暑期四点半课堂", "双职工家庭子女课业辅导", ("招募志愿者", "开课")),
)
#: When the demo's months of demands begin, counted back from today.
MONTHS_DAYS = 91


@dataclass(frozen=True)
class DemoParty:
    units: int
    members: int
    demands: int
    problems: int
    projects: int


def fill_demo_party(
    db: Database, clock: Clock, site_id: int, *, per_day: int, seed: int
) -> DemoParty:
    """Units, about 120 members, ``per_day`` demands on a working day over three months,
    two meetings' problem lists and the projects of those months."""
    rng = random.Random(seed + 7)
    now = clock.now()
    at = FixedClock(now)
    calendar = CalendarService(db, at)
    registry = RegistryService(db, at)
    demands = DemandService(db, at, calendar)
    staff = demo_staff(db, site_id)
    admin = next(m for m in staff if m.is_admin)
    first_day = now.date() - timedelta(days=MONTHS_DAYS)
    # Filled before (the demo run again): keep its registry and add the months of work.
    members = [m.id for m in registry.members(admin)] or _registry(
        rng, registry, admin, at, first_day
    )
    with db.read() as s:
        residents = [
            (id_, name)
            for id_, name in s.execute(
                select(Resident.id, Resident.name).where(Resident.site_id == site_id)
            )
        ]
    made = 0
    for offset in range(MONTHS_DAYS, -1, -1):
        day = now.date() - timedelta(days=offset)
        if day.weekday() >= 5 and rng.random() < 0.7:
            continue
        for _ in range(max(0, round(per_day * rng.uniform(0.5, 1.5)))):
            moment = datetime.combine(day, time(rng.randint(8, 16), rng.randrange(60)))
            if moment > now - timedelta(minutes=20):
                continue
            at.at = moment
            if _one_demand(rng, demands, rng.choice(staff), at, residents, now):
                made += 1
    at.at = now
    with db.read() as s:  # a problem is answered for by a member still registered
        serving = list(
            s.scalars(
                select(PartyMember.id).where(
                    PartyMember.site_id == site_id, PartyMember.left_on.is_(None)
                )
            )
        )
    problems = _meetings(rng, ProblemListService(db, at, calendar), admin, at, now, serving)
    projects = _projects(rng, ProjectService(db, at), admin, at, now)
    at.at = now
    units = len(registry.units(admin))
    return DemoParty(units, len(members), made, problems, projects)


def _registry(
    rng: random.Random,
    registry: RegistryService,
    admin: StaffSession,
    at: FixedClock,
    first_day: date,
) -> list[int]:
    """The units and their members; most reported again within the half year, some are due."""
    at.at = datetime.combine(first_day - timedelta(days=200), time(9))
    pools = [e.id for e in registry.list_entries(admin, PartyList.POOLS)]
    member_ids: list[int] = []
    used_phones: set[str] = set()
    for number, (name, kind, sent, commits) in enumerate(UNITS, start=1):
        signed = date(first_day.year - 1, rng.randint(1, 12), rng.randint(1, 28))
        unit = registry.add_unit(
            admin,
            UnitForm(
                name=name,
                kind=kind,
                contact_name=_person(rng),
                contact_phone=_phone(rng, used_phones),
                agreement_number=f"GJ-{signed.year}-{number:03d}",
                agreement_signed_on=signed,
                agreement_ends_on=signed.replace(year=signed.year + 3),
                agreement_commitments=commits,
            ),
        )
        for _ in range(sent):
            reported = first_day - timedelta(days=rng.randint(0, 540))
            try:
                member = registry.add_member(
                    admin,
                    MemberForm(
                        name=_person(rng),
                        unit_id=unit.id,
                        phone=_phone(rng, used_phones),
                        neighbourhood=rng.choice(NEIGHBOURHOODS),
                        grid=rng.choice(GRIDS),
                        reported_on=min(reported, at.at.date()),
                        pool_ids=tuple(rng.sample(pools, rng.choice((1, 1, 2)))),
                    ),
                )
            except DomainError:
                continue  # a made-up name and phone clashing with one already there
            member_ids.append(member.id)
    # Report again at some point of the last half year - except a few who are now due.
    for member_id in member_ids:
        if rng.random() < 0.88:
            at.at = datetime.combine(first_day + timedelta(days=rng.randint(0, 80)), time(10))
            registry.report_again(admin, member_id)
    for member_id in rng.sample(member_ids, 3):
        at.at = datetime.combine(first_day + timedelta(days=rng.randint(10, 60)), time(11))
        registry.mark_left(admin, member_id, at.at.date(), "工作调动")
    return member_ids


def _one_demand(
    rng: random.Random,
    demands: DemandService,
    actor: StaffSession,
    at: FixedClock,
    residents: list[tuple[int, str]],
    now: datetime,
) -> bool:
    """Take one demand at ``at`` and move it on as the members would have, up to ``now``."""
    categories = {name: id_ for id_, name in demands.categories(actor)}
    category, level, visit, text = rng.choice(DEMANDS)
    wish = rng.random() < 0.08
    source = rng.choices(("desk", "grid", "phone", "hotline", "meeting"), (5, 3, 2, 1, 1))[0]
    resident = rng.choice(residents) if residents and source != "hotline" else None
    form = DemandForm(
        kind="wish" if wish else "demand",
        source=source,
        category_id=categories.get("困难帮扶" if wish else category),
        description=rng.choice(WISHES) if wish else text,
        neighbourhood=rng.choice(NEIGHBOURHOODS),
        place=f"{rng.randint(1, 18)}号楼{rng.randint(1, 4)}单元",
        level=DemandLevel.GENERAL.value if wish else level,
        needs_visit=visit and not wish,
        resident_id=resident[0] if resident else None,
        wish_target_date=at.at.date() + timedelta(days=14) if wish else None,
    )
    try:
        similar = demands.similar_open(actor, form.category_id, form.neighbourhood, form.place)
        if similar and rng.random() < 0.5:
            demands.merge_into(actor, similar[0].number, form)  # 并单
            return False
        number = demands.take(actor, form).number
        if residents and rng.random() < 0.06:  # a neighbour calls about the same thing
            neighbour = replace(form, source="phone", resident_id=rng.choice(residents)[0])
            demands.merge_into(actor, number, neighbour)
        _move_on(rng, demands, actor, at, number, DemandLevel(form.level), now)
    except DomainError:
        return False
    return True


def _move_on(
    rng: random.Random,
    demands: DemandService,
    actor: StaffSession,
    at: FixedClock,
    number: str,
    level: DemandLevel,
    now: datetime,
) -> None:
    """Dispatch, accept, handle, solve and call back, stopping where ``now`` is reached."""
    minutes = {DemandLevel.GENERAL: 30, DemandLevel.COMPLEX: 240, DemandLevel.MAJOR: 1440}[level]

    def step(after: float) -> bool:
        moment = at.at + timedelta(minutes=after)
        if moment >= now:
            return False
        at.at = moment
        return True

    if not step(rng.uniform(3, 25)):
        return
    suggestions = demands.suggest(actor, number, limit=5)
    if not suggestions:
        return
    chosen = suggestions[0] if rng.random() < 0.7 else rng.choice(suggestions)
    if chosen.kind == "member":
        demands.dispatch(actor, number, member_id=chosen.id)
    else:
        demands.dispatch(actor, number, unit_id=chosen.id)
    if rng.random() < 0.04:  # 退单, then given to the next one suggested
        if not step(rng.uniform(5, 60)):
            return
        demands.hand_back(actor, number, "本人出差，无法承接")
        others = [s for s in demands.suggest(actor, number, limit=5) if s != chosen]
        if not others or not step(rng.uniform(5, 30)):
            return
        chosen = others[0]
        if chosen.kind == "member":
            demands.dispatch(actor, number, member_id=chosen.id)
        else:
            demands.dispatch(actor, number, unit_id=chosen.id)
    if not step(rng.uniform(1, 12)):
        return
    demands.accept(actor, number, rng.choice(("phone", "phone", "in_person")))
    if now - at.at < timedelta(days=2) and rng.random() < 0.3:
        return  # still with the member today; the clock shows some of these overdue
    late = rng.random() < 0.1
    share = rng.uniform(1.05, 1.8) if late else rng.uniform(0.3, 0.95)
    if not step(minutes * share * 0.2):
        return
    demands.start(actor, number)
    if not step(minutes * share * 0.8):
        return
    demands.solve(actor, number, rng.choice(RESULTS), int(minutes * share))
    if not step(rng.uniform(60, 60 * 30)):
        return
    poor = (late and rng.random() < 0.4) or rng.random() < 0.02
    rating = (
        rng.choice((Rating.DISSATISFIED, Rating.FAIRLY_SATISFIED))
        if poor
        else (
            rng.choices(
                (Rating.VERY_SATISFIED, Rating.SATISFIED, Rating.FAIRLY_SATISFIED), (6, 3, 1)
            )[0]
        )
    )
    detail = demands.call_back(actor, number, rating.value)
    for caller in detail.callers_owed:
        demands.call_back_caller(actor, caller.id, Rating.SATISFIED.value)
    if poor and rating is Rating.DISSATISFIED and step(rng.uniform(30, 240)):
        demands.reopen(actor, number, "居民对处理结果不满意，复办")
        if step(rng.uniform(5, 30)):
            demands.accept(actor, number, "phone")
            if step(minutes * 0.6):
                demands.solve(actor, number, "复办后重新处理完毕", int(minutes * 0.6))
                if step(rng.uniform(60, 600)):
                    demands.call_back(actor, number, Rating.SATISFIED.value)


def _meetings(
    rng: random.Random,
    lists: ProblemListService,
    admin: StaffSession,
    at: FixedClock,
    now: datetime,
    members: list[int],
) -> int:
    """Two meetings: one a month ago (mostly ticked off, one late), one this week (open)."""
    added = 0
    plans = (
        (now.date() - timedelta(days=30), "council", "月度例会", True),
        (now.date() - timedelta(days=3), "night_talk", "幸福家园专场", False),
    )
    for held_on, kind, title, old in plans:
        at.at = datetime.combine(held_on, time(19, 30))
        problems = [
            ProblemForm("3号楼楼道灯不亮", "恒通物业公司"),
            ProblemForm("小区东门车辆乱停", "县城市管理局"),
            ProblemForm("健身器材损坏", "社区居委会"),
            ProblemForm("下水管道堵塞", "恒通物业公司", member_id=rng.choice(members)),
        ]
        meeting = lists.add_meeting(admin, held_on, kind, title, "居民议事厅", problems)
        added += len(problems)
        if old:
            for problem in lists.problems(admin, meeting.id)[:-1]:
                at.at = datetime.combine(held_on + timedelta(days=rng.randint(1, 5)), time(15))
                lists.tick_off(admin, problem.id, "已处理，现场核实后销号")
    return added


def _projects(
    rng: random.Random,
    projects: ProjectService,
    admin: StaffSession,
    at: FixedClock,
    now: datetime,
) -> int:
    """Two projects published in each of the last three months, claimed and advanced."""
    made = 0
    for months_ago in (2, 1, 0):
        month = _month_start(now.date(), months_ago)
        for hour, (title, text, steps) in enumerate(rng.sample(PROJECTS, 2), start=9):
            at.at = datetime.combine(month, time(hour))
            milestones = tuple(
                (step, month + timedelta(days=8 * (n + 1))) for n, step in enumerate(steps)
            )
            project = projects.publish(admin, ProjectForm(month, title, text, milestones))
            made += 1
            claimants = projects.claimants(admin, rng.choice(UNITS)[0])
            if not claimants:
                continue
            at.at += timedelta(days=rng.randint(1, 4))
            who = rng.choice(claimants)
            if who.kind == "member":
                projects.claim(admin, project.id, member_id=who.id)
            else:
                projects.claim(admin, project.id, unit_id=who.id)
            done = [
                m for m in projects.project(admin, project.id).milestones if m.due_on < now.date()
            ]
            for milestone in done:
                at.at = datetime.combine(milestone.due_on, time(16))
                projects.tick_milestone(admin, milestone.id, milestone.due_on, "按期完成")
            if months_ago and len(done) == len(steps):
                at.at = datetime.combine(month + timedelta(days=28), time(16))
                projects.finish(admin, project.id, "项目完成")
    return made


def _month_start(day: date, months_ago: int) -> date:
    month = day.month - months_ago
    year = day.year
    while month < 1:
        month += 12
        year -= 1
    return date(year, month, 1)


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2))))


def _phone(rng: random.Random, used: set[str]) -> str:
    while True:
        phone = rng.choice(("139", "138", "135", "186", "158")) + f"{rng.randrange(10**8):08d}"
        if phone not in used:
            used.add(phone)
            return phone
