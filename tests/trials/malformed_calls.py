"""The calls of the malformed-input trials: each puts text into one field of one entry point.

A call makes the record it needs first (a case to pause, a transfer to receive, a database to set
up) with valid values, calls the real service with the text in one field and every other field
valid, and returns a reader for what was stored.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from hall_desk.db.models import (
    CalendarDayRow,
    CaseEvent,
    CaseFollowUp,
    ElderlySubsidy,
    PartyTransfer,
    Resident,
    ServiceCase,
    ServiceItem,
    Site,
    Staff,
    Visit,
)
from hall_desk.db.room_models import Booking, Room, RoomClosure
from hall_desk.domain.errors import DomainError
from hall_desk.domain.staff import Role
from hall_desk.services import Services
from hall_desk.services.bookings.bookings import BookingForm
from hall_desk.services.bookings.rooms import RoomForm
from hall_desk.services.cases.case_intake import IntakeForm, TransferForm
from hall_desk.services.catalogue import ItemForm
from hall_desk.services.session import StaffSession
from hall_desk.services.staff import SetupForm, StaffForm
from hall_desk.services.visitors.visits import VisitForm
from tests.trials.common import copy_sqlite, make_id, open_services, sqlite_url

Reader = Callable[[], Any]
Call = Callable[["Desk", str], Reader]
PASSWORD = "Desk-2024-clerk"
PHONE = "13812345678"


class Desk:
    """One center with its administrator, clerk and the records the targets build on."""

    def __init__(
        self,
        services: Services,
        admin: StaffSession,
        clerk: StaffSession,
        template: Path,
        work: Path,
    ) -> None:
        self.s, self.admin, self.clerk = services, admin, clerk
        self.template, self.work = template, work
        self.today = services.clock.today()
        self._n = itertools.count(1)
        cat = services.catalogue
        self.general = cat.add_item(
            admin, ItemForm("MF001", "居住证明", "社区居委会", "general", [], 3, True)
        ).id
        self.transfer_item = cat.add_item(
            admin,
            ItemForm("MF002", "党员组织关系转接", "党委", "party", [], 5, True, "party_transfer"),
        ).id
        subsidy_item = cat.add_item(
            admin,
            ItemForm("MF003", "高龄补贴申请", "民政办", "civil", [], 5, True, "elderly_subsidy"),
        ).id
        rooms = {r.spec.code: r.id for r in services.rooms.rooms(admin)}
        self.study_room = rooms["ZX01"]
        old = IntakeForm(subsidy_item, "李老汉", make_id(date(1940, 5, 1), 801), PHONE)
        services.cases.complete(clerk, services.cases.accept_case(clerk, old).id, "审核通过", None)
        self.subsidy = self.scalar(select(ElderlySubsidy.id))

    def n(self) -> int:
        return next(self._n)

    def scalar(self, stmt: Any) -> Any:
        with self.s.db.read() as session:
            return session.scalar(stmt)

    def case(self, **fields: Any) -> int:
        form = IntakeForm(self.general, "张三", phone=PHONE, **fields)
        return self.s.cases.accept_case(self.clerk, form).id

    def letter(self, **fields: Any) -> TransferForm:
        values = {
            "direction": "out",
            "scope": "within_province",
            "from_org": "中共城南社区委员会",
            "to_org": "中共城北社区委员会",
            "letter_number": f"转字{self.n()}",
            "issued_on": self.today - timedelta(days=5),
            "valid_until": None,
            "channel": "paper",
            **fields,
        }
        return TransferForm(**values)


def _column(d: Desk, column: Any, key: Any, value: Any) -> Reader:
    return lambda: d.scalar(select(column).where(key == value))


def _resident(d: Desk, attr: str, model: Any, row_id: int) -> Reader:
    return lambda: d.scalar(
        select(getattr(Resident, attr))
        .join(model, model.resident_id == Resident.id)
        .where(model.id == row_id)
    )


def _json(reader: Reader) -> Reader:
    return lambda: tuple(json.loads(reader()))


# -- visits, staff, the center ---------------------------------------------------------------
def visit(field: str, attr: str) -> Callable[[Desk, str], Reader]:
    def call(d: Desk, text: str) -> Reader:
        form = VisitForm(**{"name": "张三", "purposes": ("errand",), field: text})
        visit_id = d.s.visits.register_visit(d.clerk, form).id
        if attr == "note":
            return _column(d, Visit.note, Visit.id, visit_id)
        return _resident(d, attr, Visit, visit_id)

    return call


def staff(field: str) -> Callable[[Desk, str], Reader]:
    def call(d: Desk, text: str) -> Reader:
        values = {"username": f"fz{d.n()}", "full_name": "李四", "password": PASSWORD, field: text}
        values["confirm"] = values["password"]
        row = d.s.staff.add_staff(d.admin, StaffForm(role=Role.CLERK, **values))
        if field != "password":
            return _column(d, getattr(Staff, field), Staff.id, row.id)
        return lambda: _signs_in(d, row.username, text)

    return call


def _signs_in(d: Desk, username: str, password: str) -> str | None:
    """The password as stored is the one typed when it signs in."""
    try:
        d.s.staff.sign_in(username, password)
    except DomainError:
        return None
    return password


def setup(field: str) -> Callable[[Desk, str], Reader]:
    def call(d: Desk, text: str) -> Reader:
        values = {
            "center_name": "城南社区党群服务中心",
            "center_code": "CN01",
            "username": "wang.admin",
            "full_name": "王主任",
            "password": PASSWORD,
            "confirm": PASSWORD,
            "address": "幸福路 88 号",
            "phone": "0351-1234567",
            field: text,
        }
        path = copy_sqlite(d.template, d.work / f"setup-{d.n()}.sqlite3")
        services = open_services(sqlite_url(path))
        try:
            services.staff.set_up_center(SetupForm(**values))
            with services.db.read() as s:
                site, staff = s.scalars(select(Site)).one(), s.scalars(select(Staff)).one()
                stored = getattr(
                    staff if field in ("username", "full_name") else site,
                    {"center_name": "name", "center_code": "code"}.get(field, field),
                )
        finally:
            services.db.dispose()
            for leftover in path.parent.glob(path.name + "*"):
                leftover.unlink()
        return lambda: stored

    return call


def site(field: str) -> Callable[[Desk, str], Reader]:
    def call(d: Desk, text: str) -> Reader:
        values = {
            "name": "城南社区党群服务中心",
            "address": "幸福路 88 号",
            "phone": "0351-1234567",
            field: text,
        }
        d.s.sites.update(d.admin, **values)
        return _column(d, getattr(Site, field), Site.id, d.admin.site_id)

    return call


def item(field: str) -> Callable[[Desk, str], Reader]:
    def call(d: Desk, text: str) -> Reader:
        values = {
            "code": f"FZ{d.n()}",
            "name": "测试事项",
            "office": "民政办",
            "documents": "",
            field: text,
        }
        info = d.s.catalogue.add_item(
            d.admin, ItemForm(category="civil", time_limit_days=3, agent_allowed=True, **values)
        )
        reader = _column(d, getattr(ServiceItem, field), ServiceItem.id, info.id)
        return _json(reader) if field == "documents" else reader

    return call


# -- cases -----------------------------------------------------------------------------------
def intake(field: str, attr: str, how: str = "accept") -> Callable[[Desk, str], Reader]:
    def call(d: Desk, text: str) -> Reader:
        base: dict[str, Any] = {"name": "张三", "phone": PHONE}
        if field.startswith("agent_"):
            base.update(agent_name="李四", agent_relation="子女", agent_phone="13912345678")
        if field == "id_number":
            base["phone"] = ""
        value: Any = [text] if field in ("documents_received", "extra_missing") else text
        form = IntakeForm(d.general, **(base if how == "refuse" else {**base, field: value}))
        cases = d.s.cases
        record = (
            cases.issue_notice(d.clerk, form)
            if how == "notice"
            else cases.refuse_case(d.clerk, form, text)
            if how == "refuse"
            else cases.accept_case(d.clerk, form)
        )
        if attr in ("name", "phone", "id_number"):
            return _resident(d, attr, ServiceCase, record.id)
        reader = _column(d, getattr(ServiceCase, attr), ServiceCase.id, record.id)
        return _json(reader) if attr.startswith("documents_") else reader

    return call


def transfer(field: str) -> Callable[[Desk, str], Reader]:
    def call(d: Desk, text: str) -> Reader:
        form = IntakeForm(d.transfer_item, "张三", phone=PHONE, transfer=d.letter(**{field: text}))
        case_id = d.s.cases.accept_case(d.clerk, form).id
        return _column(d, getattr(PartyTransfer, field), PartyTransfer.case_id, case_id)

    return call


def _last_note(d: Desk, case_id: int) -> Reader:
    return lambda: d.scalar(
        select(CaseEvent.note)
        .where(CaseEvent.case_id == case_id)
        .order_by(CaseEvent.id.desc())
        .limit(1)
    )


def move(how: str) -> Callable[[Desk, str], Reader]:
    def call(d: Desk, text: str) -> Reader:
        cases, clerk = d.s.cases, d.clerk
        if how == "refuse_waiting":
            case_id = cases.issue_notice(
                clerk, IntakeForm(d.general, "张三", phone=PHONE, extra_missing=["户口簿"])
            ).id
            cases.refuse_waiting(clerk, case_id, text)
            return _column(d, ServiceCase.reason, ServiceCase.id, case_id)
        case_id = d.case()
        if how == "pause":
            cases.pause(clerk, case_id, text)
            return _last_note(d, case_id)
        if how == "transfer_office":
            cases.transfer(clerk, case_id, text, "")
            return _column(d, ServiceCase.office, ServiceCase.id, case_id)
        if how == "transfer_note":
            cases.transfer(clerk, case_id, "民政办", text)
            return _last_note(d, case_id)
        if how == "complete":
            cases.complete(clerk, case_id, text, None)
            return _column(d, ServiceCase.result_note, ServiceCase.id, case_id)
        if how == "return":
            cases.return_case(clerk, case_id, text)
            return _column(d, ServiceCase.reason, ServiceCase.id, case_id)
        cases.complete(clerk, case_id, "已办结", "dissatisfied")
        cases.close_follow_up(clerk, case_id, text)
        return _column(d, CaseFollowUp.outcome, CaseFollowUp.case_id, case_id)

    return call


def receipt(d: Desk, text: str) -> Reader:
    form = IntakeForm(d.transfer_item, "张三", phone=PHONE, transfer=d.letter())
    case_id = d.s.cases.accept_case(d.clerk, form).id
    transfer_id = d.scalar(select(PartyTransfer.id).where(PartyTransfer.case_id == case_id))
    d.s.transfers.record_receipt(d.clerk, transfer_id, d.today, text)
    return _column(d, PartyTransfer.receipt_note, PartyTransfer.id, transfer_id)


def stop(d: Desk, text: str) -> Reader:
    d.s.elderly.stop(d.admin, d.subsidy, d.today, "other", text)
    note = d.scalar(select(ElderlySubsidy.stop_note).where(ElderlySubsidy.id == d.subsidy))
    d.s.elderly.resume(d.admin, d.subsidy)
    return lambda: note


# -- rooms, bookings, calendar -----------------------------------------------------------------
def book(field: str) -> Callable[[Desk, str], Reader]:
    def call(d: Desk, text: str) -> Reader:
        n = d.n()
        start = datetime.combine(
            d.today + timedelta(days=1 + n // 24 % 360), datetime.min.time()
        ) + timedelta(hours=n % 24)
        form = BookingForm(
            d.study_room,
            start,
            start + timedelta(hours=1),
            booker_kind="partner",
            organisation="共建单位",
            purpose="读书会",
            contact_name="赵老师",
            contact_phone=PHONE,
        )
        info = d.s.bookings.book(d.clerk, replace(form, **{field: text}))
        return _column(d, getattr(Booking, field), Booking.id, info.id)

    return call


def room(field: str) -> Callable[[Desk, str], Reader]:
    def call(d: Desk, text: str) -> Reader:
        n = d.n()
        values: dict[str, Any] = {"name": f"会议室{n}", "rules": (), field: text}
        form = RoomForm(
            f"Q{n}",
            kind="meeting",
            capacity=10,
            seats=0,
            hours=("08:30-17:30",) * 7,
            zone_24h=False,
            needs_approval=False,
            **values,
        )
        info = d.s.rooms.add_room(d.admin, form)
        reader = _column(d, getattr(Room, field), Room.id, info.id)
        return _json(reader) if field == "rules" else reader

    return call


def closure(d: Desk, text: str) -> Reader:
    day = date(2030, 1, 1) + timedelta(days=d.n())
    closure = d.s.rooms.add_closure(d.admin, None, day, day, text)
    return _column(d, RoomClosure.reason, RoomClosure.id, closure.id)


def holiday(d: Desk, text: str) -> Reader:
    day = date(2150, 1, 1) + timedelta(days=d.n())
    d.s.calendar.set_day(d.admin, day, "holiday", text)
    return _column(d, CalendarDayRow.name, CalendarDayRow.day, day)
