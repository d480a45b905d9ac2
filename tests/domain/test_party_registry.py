"""The registry's rules: units and agreements, members, the half-yearly re-report."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.party_registry import (
    Agreement,
    AgreementState,
    UnitKind,
    agreement_state,
    clean_left,
    clean_member,
    clean_unit,
    split_pools,
)
from hall_desk.domain.party_rereport import (
    ReportState,
    due_cutoff,
    due_soon_cutoff,
    rereport_due_on,
    rereport_state,
)
from hall_desk.domain.party_transfer import add_months

TODAY = date(2026, 11, 20)


def unit(**changes: object):
    fields: dict[str, object] = {
        "name": " 县人民医院 ",
        "kind": "institution",
        "contact_name": "赵书记",
        "contact_phone": "139 1234 5678",
        "agreement": Agreement("GJ-2026-01", date(2026, 1, 5), date(2027, 1, 4), "义诊每月一次"),
    }
    fields.update(changes)
    return clean_unit(**fields)  # type: ignore[arg-type]


def fields_of(exc: pytest.ExceptionInfo[ValidationError]) -> set[str | None]:
    return {e.field for e in exc.value.errors}


# -- units -----------------------------------------------------------------------------------


def test_a_unit_is_cleaned_and_its_phone_made_canonical() -> None:
    spec = unit()
    assert spec.name == "县人民医院"
    assert spec.kind is UnitKind.INSTITUTION
    assert spec.contact_phone == "13912345678"
    assert spec.agreement.commitments == "义诊每月一次"


def test_every_bad_field_of_a_unit_is_named_at_once() -> None:
    with pytest.raises(ValidationError) as exc:
        unit(
            name="",
            kind="bank",
            contact_phone="12345",
            agreement=Agreement("X1", date(2026, 5, 1), date(2026, 5, 1), ""),
        )
    assert fields_of(exc) == {"unit_name", "unit_kind", "contact_phone", "agreement_ends_on"}
    ends = exc.value.for_field("agreement_ends_on")[0].render()
    assert "2026-05-01" in ends


def test_an_agreement_needs_the_day_it_was_signed() -> None:
    with pytest.raises(ValidationError) as exc:
        unit(agreement=Agreement("GJ-7", None, date(2027, 1, 1), ""))
    assert fields_of(exc) == {"agreement_signed_on"}
    # No agreement at all is fine; so is one without an end.
    assert unit(agreement=Agreement()).agreement == Agreement()
    assert unit(agreement=Agreement("", date(2026, 1, 1), None, "")).agreement.ends_on is None


def test_a_long_commitment_text_is_refused_with_its_length() -> None:
    with pytest.raises(ValidationError) as exc:
        unit(agreement=Agreement("", date(2026, 1, 1), None, "好" * 2001))
    assert "2001" in exc.value.render()


@pytest.mark.parametrize(
    ("signed", "ends", "state"),
    [
        (None, None, AgreementState.NONE),
        (date(2026, 12, 1), date(2027, 12, 1), AgreementState.NOT_STARTED),
        (date(2026, 1, 1), None, AgreementState.IN_FORCE),
        (date(2026, 1, 1), date(2026, 12, 21), AgreementState.IN_FORCE),
        (date(2026, 1, 1), date(2026, 12, 20), AgreementState.ENDING),
        (date(2026, 1, 1), TODAY, AgreementState.ENDING),
        (date(2026, 1, 1), TODAY - timedelta(days=1), AgreementState.ENDED),
    ],
)
def test_agreement_state(signed: date | None, ends: date | None, state: AgreementState) -> None:
    assert agreement_state(signed, ends, TODAY) is state


# -- members ---------------------------------------------------------------------------------


def test_a_member_is_checked_as_on_the_visitor_desk() -> None:
    spec = clean_member(
        name="  王  小明 ",
        phone="138-1234-5678",
        id_number="11010519491231002x",
        neighbourhood="幸福小区",
        grid="第三网格",
        reported_on=date(2026, 3, 1),
        today=TODAY,
    )
    assert spec.name == "王 小明"
    assert spec.phone is not None and spec.phone.canonical == "13812345678"
    assert spec.id_number is not None and spec.id_number.canonical == "11010519491231002X"
    assert (spec.neighbourhood, spec.grid) == ("幸福小区", "第三网格")


def test_every_bad_field_of_a_member_is_named() -> None:
    with pytest.raises(ValidationError) as exc:
        clean_member(
            name="王2",
            phone="",
            id_number="110105194912310021",
            neighbourhood="小" * 41,
            grid="",
            reported_on=TODAY + timedelta(days=1),
            today=TODAY,
        )
    assert fields_of(exc) == {"name", "phone", "id_number", "neighbourhood", "reported_on"}


def test_an_edit_may_keep_the_stored_phone() -> None:
    spec = clean_member(
        name="李四", phone=" ", id_number="", neighbourhood="", grid="",
        reported_on=date(2026, 1, 1), today=TODAY, keep_phone=True,
    )  # fmt: skip
    assert spec.phone is None and spec.id_number is None


def test_a_report_date_long_ago_is_a_typo() -> None:
    with pytest.raises(ValidationError) as exc:
        clean_member(
            name="李四", phone="13812345678", id_number="", neighbourhood="", grid="",
            reported_on=date(1926, 3, 1), today=TODAY,
        )  # fmt: skip
    assert "1926-03-01" in exc.value.render()


def test_leaving_needs_a_sensible_day_and_a_reason() -> None:
    assert clean_left(TODAY, " 调离本县 ", date(2026, 1, 1), TODAY) == "调离本县"
    with pytest.raises(ValidationError) as exc:
        clean_left(date(2025, 12, 31), "", date(2026, 1, 1), TODAY)
    assert fields_of(exc) == {"left_on", "left_reason"}
    with pytest.raises(ValidationError):
        clean_left(TODAY + timedelta(days=1), "调离", date(2026, 1, 1), TODAY)
    with pytest.raises(ValidationError):
        clean_left(None, "调离", date(2026, 1, 1), TODAY)


# -- reporting again -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),
        (date(2026, 7, 15), 6, date(2027, 1, 15)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_a_member_who_reported_on_31_august_is_due_on_28_february() -> None:
    assert rereport_due_on(date(2024, 8, 31)) == date(2025, 2, 28)
    assert rereport_state(date(2024, 8, 31), date(2025, 2, 28)) is ReportState.DUE
    assert due_cutoff(date(2025, 2, 28)) == date(2024, 8, 31)


def test_rereport_states_around_the_due_day() -> None:
    assert rereport_due_on(date(2026, 5, 20)) == TODAY
    assert rereport_state(date(2026, 5, 20), TODAY) is ReportState.DUE
    assert rereport_state(date(2026, 5, 21), TODAY) is ReportState.DUE_SOON
    # Due on 20 December: exactly 30 days ahead is still "due soon", 31 days is not.
    assert rereport_state(date(2026, 6, 20), TODAY) is ReportState.DUE_SOON
    assert rereport_state(date(2026, 6, 21), TODAY) is ReportState.ON_TIME
    assert rereport_state(date(2026, 1, 1), TODAY, left_on=date(2026, 3, 1)) is ReportState.LEFT


@given(
    st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31)),
    st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31)),
)
@example(date(2024, 8, 31), date(2025, 2, 28))  # due on the clamped last day of February
@example(date(2024, 8, 30), date(2025, 1, 29))  # due soon: 28 February is 30 days ahead
def test_the_cutoffs_agree_with_the_state(last: date, today: date) -> None:
    """The list's SQL filter (cut-off days) and the per-member state never disagree."""
    state = rereport_state(last, today)
    assert (last <= due_cutoff(today)) == (state is ReportState.DUE)
    assert (last <= due_soon_cutoff(today)) == (state in (ReportState.DUE, ReportState.DUE_SOON))


def test_pools_in_one_cell() -> None:
    assert split_pools("法律服务、志愿服务, 医疗健康，法律服务;") == [
        "法律服务",
        "志愿服务",
        "医疗健康",
    ]
    assert split_pools("  ") == []
