"""Every service entry point that takes text, one field at a time, for the malformed-input trials.

A target names the entry point and field, gives valid values to build on, the call
(tests/trials/malformed_calls.py) and the canonical form: the very cleaning function the service
uses, run on the same text. Where a service adds a rule of its own on top (the office of a
transfer, the note of a stop for "other"), the canonical form adds it too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from hypothesis import strategies as st

from hall_desk.domain.bookings import SEAT_PURPOSE
from hall_desk.domain.cases import clean_reason
from hall_desk.domain.catalogue import (
    clean_documents,
    clean_item_code,
    clean_item_name,
    clean_office,
)
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.id_numbers import parse_id_number
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.names import normalize_person_name
from hall_desk.domain.party_transfer import clean_transfer
from hall_desk.domain.phones import parse_phone
from hall_desk.domain.rooms import MAX_ROOM_NAME, clean_closure, clean_rules
from hall_desk.domain.sites import clean_center_code, clean_center_name, clean_free_line
from hall_desk.domain.staff import check_new_password, normalize_username
from hall_desk.domain.text import clean_text
from hall_desk.domain.visits import clean_note
from hall_desk.domain.workdays import clean_calendar_day
from hall_desk.services.bookings import booking_checks as bc
from hall_desk.services.cases.case_intake import IntakeForm, _clean_agent, _clean_extra, clean_lines
from tests.trials.common import make_id
from tests.trials.malformed_calls import (
    PASSWORD,
    PHONE,
    Call,
    Desk,
    book,
    closure,
    holiday,
    intake,
    item,
    move,
    receipt,
    room,
    setup,
    site,
    staff,
    stop,
    transfer,
    visit,
)

NAMES = ("张三", "阿卜杜·热合曼", "Anna Li", "欧阳娜娜", "O'Brien")
PHONES = (PHONE, "0351-1234567", "+86 139 1234 5678", "(0351)7654321")
TEXTS = ("读书会", "请带身份证原件", "材料齐全，已受理。", "Meeting room 2", "社区居委会")
Canonical = Callable[[Desk, str], Any]


@dataclass(frozen=True)
class Target:
    name: str
    valid: tuple[str, ...] | st.SearchStrategy[str]
    call: Call
    canonical: Canonical
    shown: bool = True  # False for a password: never displayed, any character allowed


def _blank_or(parse: Callable[[str], Any]) -> Canonical:
    return lambda d, t: parse(t) if t.strip() else None


def _agent(index: int, field: str) -> Canonical:
    def canonical(d: Desk, text: str) -> Any:
        form = IntakeForm(
            None,
            "",
            **{
                "agent_name": "李四",
                "agent_relation": "子女",
                "agent_phone": "13912345678",
                field: text,
            },
        )
        return _clean_agent(form, None)[index]

    return canonical


def _transfer_canonical(field: str) -> Canonical:
    def canonical(d: Desk, text: str) -> Any:
        letter = d.letter(**{field: text})
        values = {k: getattr(letter, k) for k in letter.__dataclass_fields__}
        return getattr(clean_transfer(**values, today=d.today), field)

    return canonical


def _office(d: Desk, text: str) -> str:
    office = clean_reason(text, "office")
    if len(office) > 40:  # the service's own limit on top of clean_reason
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "At most {max} characters, please."),
            field="office",
            max=40,
        )
    return office


def _stop_note(d: Desk, text: str) -> str:
    note = clean_reason(text, "stop_note", required=False)
    if not note:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please write down why payment stops."), field="stop_note"
        )
    return note


def _booking_text(field: str, limit: int, required: bool) -> Callable[[Desk, str], str]:
    return lambda d, t: clean_text(
        t, field=f"booking_{field}", what="", max_length=limit, required=required
    )


def _seat_purpose(d: Desk, t: str) -> str:
    """The trial books study-room seats: a seat booking with no purpose is 自习."""
    cleaned = clean_text(
        t, field="booking_purpose", what="", max_length=bc.MAX_PURPOSE, required=False
    )
    return cleaned or SEAT_PURPOSE


def _phone(d: Desk, t: str) -> str:
    return parse_phone(t).canonical


def _clean(fn: Callable[[str], Any]) -> Canonical:
    return lambda d, t: fn(t)


def _ids(d: Desk, t: str) -> str | None:
    return parse_id_number(t, d.today).canonical if t.strip() else None


IDS = (make_id(), make_id(seq=456), make_id(date(1985, 12, 31), 77))
DOCS = ("身份证复印件", "户口簿；结婚证", "申请表\n照片")
USERNAMES = st.from_regex(r"[a-z][a-z0-9._-]{3,20}", fullmatch=True)
CODES = st.from_regex(r"[A-Za-z][A-Za-z0-9-]{3,8}", fullmatch=True)
T = Target
TARGETS: tuple[Target, ...] = (
    T("visits.register_visit.name", NAMES, visit("name", "name"), _clean(normalize_person_name)),
    T(
        "visits.register_visit.phone",
        PHONES,
        visit("phone", "phone"),
        _blank_or(lambda t: parse_phone(t).canonical),
    ),
    T("visits.register_visit.id_number", IDS, visit("id_number", "id_number"), _ids),
    T("visits.register_visit.note", TEXTS, visit("note", "note"), _clean(clean_note)),
    T("staff.add_staff.username", USERNAMES, staff("username"), _clean(normalize_username)),
    T("staff.add_staff.full_name", NAMES, staff("full_name"), _clean(normalize_person_name)),
    T(
        "staff.add_staff.password",
        (PASSWORD, "长城-2024-密码", "correct horse battery"),
        staff("password"),
        lambda d, t: (check_new_password(t, t), t)[1],
        shown=False,
    ),
    T(
        "staff.set_up_center.center_name",
        ("城南社区党群服务中心",),
        setup("center_name"),
        _clean(clean_center_name),
    ),
    T(
        "staff.set_up_center.center_code",
        ("CN01", "sc02"),
        setup("center_code"),
        _clean(clean_center_code),
    ),
    T(
        "staff.set_up_center.address",
        TEXTS,
        setup("address"),
        lambda d, t: clean_free_line(t, "address"),
    ),
    T(
        "staff.set_up_center.phone",
        PHONES,
        setup("phone"),
        lambda d, t: clean_free_line(t, "phone", 40),
    ),
    T(
        "staff.set_up_center.username",
        ("wang.admin",),
        setup("username"),
        _clean(normalize_username),
    ),
    T("staff.set_up_center.full_name", NAMES, setup("full_name"), _clean(normalize_person_name)),
    T(
        "sites.update.name",
        ("城南社区党群服务中心",),
        site("name"),
        lambda d, t: clean_center_name(t, "name"),
    ),
    T("sites.update.address", TEXTS, site("address"), lambda d, t: clean_free_line(t, "address")),
    T("sites.update.phone", PHONES, site("phone"), lambda d, t: clean_free_line(t, "phone", 40)),
    T("catalogue.add_item.code", CODES, item("code"), _clean(clean_item_code)),
    T("catalogue.add_item.name", TEXTS, item("name"), _clean(clean_item_name)),
    T("catalogue.add_item.office", TEXTS, item("office"), _clean(clean_office)),
    T("catalogue.add_item.documents", DOCS, item("documents"), _clean(clean_documents)),
    T("cases.accept_case.name", NAMES, intake("name", "name"), _clean(normalize_person_name)),
    T(
        "cases.accept_case.phone",
        PHONES,
        intake("phone", "phone"),
        _clean(lambda t: parse_phone(t).canonical),
    ),
    T("cases.accept_case.id_number", IDS, intake("id_number", "id_number"), _ids),
    T(
        "cases.accept_case.note",
        TEXTS,
        intake("note", "note"),
        lambda d, t: clean_reason(t, "note", required=False),
    ),
    T(
        "cases.accept_case.agent_name",
        NAMES,
        intake("agent_name", "agent_name"),
        _agent(0, "agent_name"),
    ),
    T(
        "cases.accept_case.agent_relation",
        ("子女", "网格员"),
        intake("agent_relation", "agent_relation"),
        _agent(1, "agent_relation"),
    ),
    T(
        "cases.accept_case.agent_phone",
        PHONES,
        intake("agent_phone", "agent_phone"),
        _agent(2, "agent_phone"),
    ),
    T(
        "cases.accept_case.documents_received",
        DOCS,
        intake("documents_received", "documents_received"),
        lambda d, t: clean_lines([t]),
    ),
    T(
        "cases.issue_notice.extra_missing",
        DOCS,
        intake("extra_missing", "documents_missing", "notice"),
        lambda d, t: _clean_extra([t]),
    ),
    T(
        "cases.refuse_case.reason",
        TEXTS,
        intake("reason", "reason", "refuse"),
        _clean(clean_reason),
    ),
    T(
        "cases.accept_case.transfer.from_org",
        TEXTS,
        transfer("from_org"),
        _transfer_canonical("from_org"),
    ),
    T(
        "cases.accept_case.transfer.to_org",
        TEXTS,
        transfer("to_org"),
        _transfer_canonical("to_org"),
    ),
    T(
        "cases.accept_case.transfer.letter_number",
        ("转字第12号", "ZZ-2026-001"),
        transfer("letter_number"),
        _transfer_canonical("letter_number"),
    ),
    T("cases.pause.reason", TEXTS, move("pause"), _clean(clean_reason)),
    T("cases.transfer.office", ("民政办", "街道社保所"), move("transfer_office"), _office),
    T(
        "cases.transfer.note",
        TEXTS,
        move("transfer_note"),
        lambda d, t: clean_reason(t, "note", required=False),
    ),
    T(
        "cases.complete.result_note",
        TEXTS,
        move("complete"),
        lambda d, t: clean_reason(t, "result_note", required=False),
    ),
    T("cases.return_case.reason", TEXTS, move("return"), _clean(clean_reason)),
    T("cases.refuse_waiting.reason", TEXTS, move("refuse_waiting"), _clean(clean_reason)),
    T(
        "cases.close_follow_up.outcome",
        TEXTS,
        move("follow_up"),
        lambda d, t: clean_reason(t, "outcome"),
    ),
    T(
        "bookings.book.organisation",
        TEXTS,
        book("organisation"),
        _booking_text("organisation", bc.MAX_ORGANISATION, True),
    ),
    T(
        "bookings.book.purpose",
        TEXTS,
        book("purpose"),
        _seat_purpose,
    ),
    T(
        "bookings.book.contact_name",
        NAMES,
        book("contact_name"),
        _booking_text("contact_name", bc.MAX_CONTACT_NAME, False),
    ),
    T("bookings.book.contact_phone", PHONES, book("contact_phone"), _phone),
    T("bookings.book.note", TEXTS, book("note"), _booking_text("note", bc.MAX_NOTE, False)),
    T(
        "rooms.add_room.name",
        TEXTS,
        room("name"),
        lambda d, t: clean_text(t, field="room_name", what="", max_length=MAX_ROOM_NAME),
    ),
    T("rooms.add_room.rules", DOCS, room("rules"), _clean(clean_rules)),
    T(
        "rooms.add_closure.reason",
        TEXTS,
        closure,
        lambda d, t: clean_closure(date(2030, 1, 2), date(2030, 1, 2), t).reason,
    ),
    T(
        "calendar.set_day.name",
        ("国庆节", "春节"),
        holiday,
        lambda d, t: clean_calendar_day(date(2150, 1, 2), "holiday", t).name,
    ),
    T(
        "transfers.record_receipt.note",
        TEXTS,
        receipt,
        lambda d, t: clean_reason(t, "receipt_note", required=False),
    ),
    T("elderly.stop.note", TEXTS, stop, _stop_note),
)
