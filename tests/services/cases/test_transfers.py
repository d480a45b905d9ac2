"""Party membership transfer letters after intake: receipts and expiry (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from hall_desk.db.models import AuditEntry
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.domain.party_transfer import TransferChannel, TransferDirection, TransferScope
from hall_desk.services import Services
from hall_desk.services.cases.case_intake import TransferForm
from hall_desk.services.cases.case_records import CaseRecord
from hall_desk.services.catalogue import ServiceItemInfo
from tests.services.cases.test_cases import add_item, intake
from tests.services.visitors.test_visits import make_id


@pytest.fixture
def transfer_item(services, admin) -> ServiceItemInfo:
    return add_item(services, admin, code="DW009", kind="party_transfer", name="党员组织关系转接")


def letter(
    number: str, issued_on: date, valid_until: date | None = None, direction: str = "out"
) -> TransferForm:
    return TransferForm(
        direction=direction,
        scope="within_province",
        from_org="中共城南社区委员会",
        to_org="中共城北社区委员会",
        letter_number=number,
        issued_on=issued_on,
        valid_until=valid_until,
        channel="paper",
    )


def take(
    services: Services, clerk, item: ServiceItemInfo, name: str, seq: int, form: TransferForm
) -> CaseRecord:
    return services.cases.accept_case(
        clerk,
        intake(item, name=name, id_number=make_id(birth=date(1980, 1, 1), seq=seq), transfer=form),
    )


def ids(rows) -> list[str]:
    return [r.letter_number for r in rows]


def test_receipts_not_back_after_thirty_days_are_listed_oldest_first(
    services, clerk, transfer_item, clock
) -> None:
    old = take(services, clerk, transfer_item, "张党员", 101, letter("转字001", date(2026, 10, 1)))
    take(services, clerk, transfer_item, "李党员", 102, letter("转字002", date(2026, 10, 21)))
    take(services, clerk, transfer_item, "王党员", 103, letter("转字003", date(2026, 9, 15)))
    returned = take(
        services, clerk, transfer_item, "赵党员", 104, letter("转字004", date(2026, 9, 1))
    )
    services.cases.return_case(clerk, returned.id, "介绍信抬头有误")  # no letter went out
    services.cases.complete(clerk, old.id, "已开具介绍信", None)  # closed cases still wait

    rows = services.transfers.outstanding_receipts(clerk)
    assert ids(rows) == ["转字003", "转字001"]  # 转字002 is exactly 30 days old
    first = rows[0]
    assert first.days_since_issue == 66 and first.resident_name == "王党员"
    assert first.case_number.startswith("CN01-2026-")
    assert first.direction is TransferDirection.OUT
    assert first.scope is TransferScope.WITHIN_PROVINCE
    assert first.channel is TransferChannel.PAPER
    assert first.receipt_back_on is None and not first.expired and first.case_open
    assert not rows[1].case_open

    clock.advance(days=1)
    assert ids(services.transfers.outstanding_receipts(clerk)) == ["转字003", "转字001", "转字002"]


def test_letters_of_open_cases_expiring_within_a_week_or_expired(
    services, clerk, transfer_item, clock
) -> None:
    take(services, clerk, transfer_item, "张党员", 101, letter("转字011", date(2026, 9, 1)))
    soon = take(
        services,
        clerk,
        transfer_item,
        "李党员",
        102,
        letter("转字012", date(2026, 9, 20), date(2026, 11, 27)),
    )
    take(
        services,
        clerk,
        transfer_item,
        "王党员",
        103,
        letter("转字013", date(2026, 9, 20), date(2026, 11, 28)),
    )
    done = take(
        services,
        clerk,
        transfer_item,
        "赵党员",
        104,
        letter("转字014", date(2026, 8, 1), date(2026, 11, 1)),
    )
    services.cases.complete(clerk, done.id, "", None)

    rows = services.transfers.expiring_letters(clerk)
    # 转字011 is valid three months, until 1 December: 11 days away, not yet a worry.
    assert ids(rows) == ["转字012"]
    assert rows[0].case_id == soon.id and not rows[0].expired

    clock.advance(days=8)  # 2026-11-28: 转字012 ran out yesterday, 转字013 ends today
    rows = services.transfers.expiring_letters(clerk)
    assert [(r.letter_number, r.expired) for r in rows] == [
        ("转字012", True),
        ("转字013", False),
        ("转字011", False),
    ]
    services.cases.complete(clerk, soon.id, "", None)
    assert ids(services.transfers.expiring_letters(clerk)) == ["转字013", "转字011"]


def test_all_transfers_newest_first_with_a_limit(services, clerk, transfer_item) -> None:
    for n, issued in enumerate((date(2026, 9, 1), date(2026, 11, 1), date(2026, 10, 1))):
        take(services, clerk, transfer_item, "甲乙丙"[n] + "党员", 110 + n, letter(f"L{n}", issued))
    assert ids(services.transfers.all_transfers(clerk)) == ["L1", "L2", "L0"]
    assert ids(services.transfers.all_transfers(clerk, limit=2)) == ["L1", "L2"]


def test_recording_the_receipt_checks_the_date_and_is_audited(
    services, clerk, transfer_item
) -> None:
    case = take(services, clerk, transfer_item, "张党员", 101, letter("转字021", date(2026, 10, 1)))
    row = services.transfers.outstanding_receipts(clerk)[0]
    assert row.case_id == case.id

    with pytest.raises(ValidationError) as err:
        services.transfers.record_receipt(clerk, row.id, None, "x" * 501)
    assert {e.field for e in err.value.errors} == {"received_on", "receipt_note"}
    with pytest.raises(ValidationError) as err:
        services.transfers.record_receipt(clerk, row.id, date(2026, 11, 21))
    assert "2026-11-21" in err.value.for_field("received_on")[0].render()
    with pytest.raises(ValidationError) as err:
        services.transfers.record_receipt(clerk, row.id, date(2026, 9, 30))
    assert "2026-10-01" in err.value.for_field("received_on")[0].render()
    with pytest.raises(NotFoundError):
        services.transfers.record_receipt(clerk, 9999, date(2026, 11, 1))

    back = services.transfers.record_receipt(clerk, row.id, date(2026, 11, 18), " 城北社区已回执 ")
    assert back.receipt_back_on == date(2026, 11, 18) and back.receipt_note == "城北社区已回执"
    assert services.transfers.outstanding_receipts(clerk) == []
    assert services.transfers.all_transfers(clerk)[0].receipt_back_on == date(2026, 11, 18)
    assert services.case_lists.get(clerk, case.id).transfer.receipt_back_on == date(2026, 11, 18)
    with pytest.raises(ConflictError):
        services.transfers.record_receipt(clerk, row.id, date(2026, 11, 19))

    with services.db.read() as s:
        entries = s.execute(
            select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.detail).where(
                AuditEntry.entity == "party_transfer"
            )
        ).all()
    assert [(a, e, json.loads(d)) for a, e, d in entries] == [
        ("receipt", str(row.id), {"case": case.number, "received_on": "2026-11-18"})
    ]
