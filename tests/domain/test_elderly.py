"""Elderly-age subsidy rules: age bands, amounts, eligibility, band changes, annual checks."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import accumulate

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hall_desk.domain.elderly import (
    BAND_STARTS,
    CHECK_METHOD_LABELS,
    MAX_AMOUNT_FEN,
    MIN_SUBSIDY_AGE,
    STOP_REASON_LABELS,
    AgeBand,
    CheckMethod,
    StopReason,
    band_change_next_month,
    band_for_age,
    birthday_in,
    blank_bands,
    check_applicant_age,
    check_due_month,
    check_status,
    format_yuan,
    parse_amount_yuan,
    validate_bands,
)
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.id_numbers import age_on

EIGHTIES = AgeBand(80, 89, 10_000)
NINETIES = AgeBand(90, 99, 20_000)
HUNDREDS = AgeBand(100, None, 50_000)
TABLE = (EIGHTIES, NINETIES, HUNDREDS)


def bands_error(bands: list[AgeBand]) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        validate_bands(bands)
    assert info.value.field == "bands"
    assert "{" not in info.value.render()
    return info.value


# -- bands -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "band"),
    [
        (0, None),
        (79, None),
        (80, EIGHTIES),
        (89, EIGHTIES),
        (90, NINETIES),
        (99, NINETIES),
        (100, HUNDREDS),
        (105, HUNDREDS),
        (130, HUNDREDS),
    ],
)
def test_band_for_age(age: int, band: AgeBand | None) -> None:
    assert band_for_age(TABLE, age) == band


def test_labels() -> None:
    assert EIGHTIES.label == "80-89"
    assert HUNDREDS.label == "100+"
    assert AgeBand(95, 95, 0).label == "95"
    assert set(CHECK_METHOD_LABELS) == set(CheckMethod)
    assert set(STOP_REASON_LABELS) == set(StopReason)
    assert CHECK_METHOD_LABELS[CheckMethod.HOME_VISIT] == "Home visit"


def test_blank_bands_follow_the_usual_starts_without_amounts() -> None:
    bands = blank_bands()
    assert [b.min_age for b in bands] == list(BAND_STARTS)
    assert [b.label for b in bands] == ["80-89", "90-99", "100+"]
    assert all(b.monthly_amount_fen == 0 for b in bands)
    assert validate_bands(bands) == bands


def test_validate_bands_sorts() -> None:
    assert validate_bands([HUNDREDS, EIGHTIES, NINETIES]) == TABLE
    assert validate_bands([AgeBand(80, None, 0)]) == (AgeBand(80, None, 0),)


def test_an_empty_table_is_refused() -> None:
    assert bands_error([]).message.template == "Please set at least one age band."


def test_the_first_band_starts_at_80() -> None:
    exc = bands_error([AgeBand(70, 89, 0), NINETIES, HUNDREDS])
    assert exc.message.params == {"minimum": 80, "start": 70}
    exc = bands_error([NINETIES, HUNDREDS])
    assert exc.message.params == {"minimum": 80, "start": 90}


def test_gaps_are_refused() -> None:
    exc = bands_error([AgeBand(80, 88, 0), NINETIES, HUNDREDS])
    assert exc.message.params == {"gap_from": 89, "gap_to": 89, "band": "80-88", "next": "90-99"}


def test_overlaps_are_refused() -> None:
    exc = bands_error([AgeBand(80, 92, 0), NINETIES, HUNDREDS])
    assert exc.message.params == {"band": "80-92", "next": "90-99"}
    exc = bands_error([EIGHTIES, AgeBand(80, 85, 0), NINETIES, HUNDREDS])
    assert "overlap" in exc.render()


def test_only_the_last_band_is_open_ended() -> None:
    exc = bands_error([EIGHTIES, AgeBand(90, None, 0), HUNDREDS])
    assert exc.message.params == {"band": "90+", "next": "100+"}


def test_the_last_band_must_be_open_ended() -> None:
    exc = bands_error([EIGHTIES, NINETIES, AgeBand(100, 120, 0)])
    assert exc.message.params == {"example": "100+", "end": 120}


def test_bands_that_end_before_they_start_or_have_bad_amounts() -> None:
    exc = bands_error([AgeBand(80, 79, 0), AgeBand(80, None, 0)])
    assert exc.message.params == {"start": 80, "end": 79}
    exc = bands_error([AgeBand(80, 89, -1), NINETIES, HUNDREDS])
    assert exc.message.params == {"band": "80-89", "max": 100_000}
    exc = bands_error([EIGHTIES, NINETIES, AgeBand(100, None, MAX_AMOUNT_FEN + 1)])
    assert exc.message.params["band"] == "100+"


@st.composite
def band_tables(draw: st.DrawFn) -> list[AgeBand]:
    widths = draw(st.lists(st.integers(1, 15), max_size=6))
    starts = list(accumulate(widths, initial=MIN_SUBSIDY_AGE))
    amounts = draw(
        st.lists(st.integers(0, MAX_AMOUNT_FEN), min_size=len(starts), max_size=len(starts))
    )
    bands = [
        AgeBand(start, nxt - 1 if nxt is not None else None, amount)
        for start, nxt, amount in zip(starts, [*starts[1:], None], amounts, strict=True)
    ]
    return draw(st.permutations(bands))


@given(band_tables(), st.integers(0, 200))
def test_a_valid_table_puts_every_age_from_80_in_exactly_one_band(
    bands: list[AgeBand], age: int
) -> None:
    table = validate_bands(bands)
    assert [b.min_age for b in table] == sorted(b.min_age for b in bands)
    holders = [b for b in table if b.contains(age)]
    if age < MIN_SUBSIDY_AGE:
        assert holders == []
        assert band_for_age(table, age) is None
    else:
        assert len(holders) == 1
        assert band_for_age(table, age) == holders[0]


# -- amounts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "fen"),
    [
        ("100", 10_000),
        ("100.5", 10_050),
        ("100.55", 10_055),
        ("１００", 10_000),
        ("１００．５", 10_050),
        (" 80元 ", 8_000),
        ("￥200", 20_000),
        ("0", 0),
        ("0.01", 1),
        ("100.", 10_000),
        ("100000", 10_000_000),
    ],
)
def test_parse_amount_yuan(raw: str, fen: int) -> None:
    assert parse_amount_yuan(raw) == fen


@pytest.mark.parametrize(
    ("raw", "template_part"),
    [
        ("", "Please enter"),
        ("元", "Please enter"),
        ("-5", "is not an amount"),
        ("abc", "is not an amount"),
        ("1,000", "is not an amount"),
        (".5", "is not an amount"),
        ("1.234", "more than two decimals"),
        ("100000.01", "at most"),
        ("1000000", "at most"),
    ],
)
def test_bad_amounts(raw: str, template_part: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_amount_yuan(raw)
    assert info.value.field == "band_amount"
    assert template_part in info.value.message.template


def test_format_yuan() -> None:
    assert format_yuan(10_050) == "100.50"
    assert format_yuan(0) == "0.00"
    assert format_yuan(5) == "0.05"
    assert format_yuan(-150) == "-1.50"


@given(st.integers(0, MAX_AMOUNT_FEN))
def test_amounts_round_trip(fen: int) -> None:
    assert parse_amount_yuan(format_yuan(fen)) == fen


# -- eligibility -------------------------------------------------------------------------------


def test_an_applicant_under_80_is_told_when_they_can_apply() -> None:
    with pytest.raises(ValidationError) as info:
        check_applicant_age(date(1950, 6, 15), date(2025, 3, 1))
    exc = info.value
    assert exc.field == "id_number"
    assert exc.message.params == {
        "age": 74,
        "birth": "1950-06-15",
        "minimum": 80,
        "eligible_on": "2030-06-15",
    }
    assert exc.render() == (
        "The applicant is 74 years old (born 1950-06-15); the elderly-age subsidy starts at 80. "
        "They can apply from 2030-06-15."
    )


def test_the_80th_birthday_is_the_first_eligible_day() -> None:
    with pytest.raises(ValidationError) as info:
        check_applicant_age(date(1945, 6, 15), date(2025, 6, 14))
    assert info.value.message.params["age"] == 79
    assert check_applicant_age(date(1945, 6, 15), date(2025, 6, 15)) == 80
    assert check_applicant_age(date(1920, 1, 1), date(2025, 6, 15)) == 105


def test_a_birth_date_after_the_application_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        check_applicant_age(date(2025, 6, 16), date(2025, 6, 15))
    assert info.value.field == "id_number"


def test_29_february_birthdays_fall_on_1_march_in_common_years() -> None:
    assert birthday_in(date(1944, 2, 29), 2024) == date(2024, 2, 29)
    assert birthday_in(date(1944, 2, 29), 2025) == date(2025, 3, 1)
    assert birthday_in(date(1944, 2, 28), 2025) == date(2025, 2, 28)
    # Born 2020-02-29: the 80th birthday is in 2100, which is not a leap year.
    born = date(2020, 2, 29)
    with pytest.raises(ValidationError) as info:
        check_applicant_age(born, date(2100, 2, 28))
    assert info.value.message.params["age"] == 79
    assert info.value.message.params["eligible_on"] == "2100-03-01"
    assert check_applicant_age(born, date(2100, 3, 1)) == 80


@given(st.dates(min_value=date(1890, 1, 1), max_value=date(2030, 12, 31)), st.integers(1, 120))
def test_birthday_in_agrees_with_age_on(birth: date, years: int) -> None:
    birthday = birthday_in(birth, birth.year + years)
    assert age_on(birth, birthday) == years
    assert age_on(birth, birthday - timedelta(days=1)) == years - 1


@given(st.dates(min_value=date(1890, 1, 1), max_value=date(1960, 12, 31)), st.dates())
def test_eligible_on_is_the_first_accepted_day(birth: date, on: date) -> None:
    if on < birth:
        return
    try:
        age = check_applicant_age(birth, on)
    except ValidationError as exc:
        eligible = date.fromisoformat(exc.message.params["eligible_on"])
        assert on < eligible
        assert check_applicant_age(birth, eligible) == MIN_SUBSIDY_AGE
    else:
        assert age >= MIN_SUBSIDY_AGE


# -- band changes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "today", "expected"),
    [
        (date(1936, 1, 10), date(2025, 12, 5), 90),  # December looks at next January
        (date(1926, 1, 31), date(2025, 12, 31), 100),
        (date(1936, 1, 10), date(2025, 11, 30), None),  # two months away
        (date(1936, 1, 10), date(2026, 1, 2), None),  # this month, not next
        (date(1936, 12, 10), date(2026, 11, 1), 90),
        (date(1936, 12, 10), date(2025, 11, 1), None),  # a year early
        (date(1946, 7, 1), date(2026, 6, 15), None),  # turning 80 is not a band change
        (date(1941, 7, 1), date(2026, 6, 15), None),  # turning 85
        (date(1936, 2, 29), date(2026, 1, 15), None),  # 90 on 2026-03-01
        (date(1936, 2, 29), date(2026, 2, 10), 90),
        (date(1928, 2, 29), date(2028, 1, 10), 100),  # 2028 is a leap year
    ],
)
def test_band_change_next_month(birth: date, today: date, expected: int | None) -> None:
    assert band_change_next_month(birth, today) == expected


def test_band_change_with_the_centers_own_starts() -> None:
    born = date(1931, 3, 5)
    assert band_change_next_month(born, date(2026, 2, 1)) is None
    assert band_change_next_month(born, date(2026, 2, 1), starts=(80, 95, 100)) == 95


# -- annual checks -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("started", "last", "due"),
    [
        (date(2023, 3, 15), None, (2024, 3)),
        (date(2023, 3, 15), date(2024, 3, 20), (2025, 3)),  # on time
        (date(2023, 3, 15), date(2024, 3, 1), (2025, 3)),
        (date(2023, 3, 15), date(2024, 5, 2), (2025, 3)),  # late
        (date(2023, 3, 15), date(2024, 1, 10), (2024, 3)),  # early: still due in March
        (date(2023, 3, 15), date(2023, 3, 20), (2024, 3)),  # checked in the first month
        (date(2023, 3, 15), date(2022, 3, 20), (2024, 3)),  # before the start: ignored
        (date(2023, 12, 1), None, (2024, 12)),
        (date(2023, 12, 1), date(2024, 12, 5), (2025, 12)),
        (date(2023, 12, 1), date(2025, 1, 5), (2025, 12)),
        (date(2023, 1, 31), date(2023, 12, 31), (2024, 1)),
    ],
)
def test_check_due_month(started: date, last: date | None, due: tuple[int, int]) -> None:
    assert check_due_month(started, last) == due


@pytest.mark.parametrize(
    ("last", "today", "status"),
    [
        (None, date(2023, 3, 15), "ok"),
        (None, date(2024, 2, 29), "ok"),
        (None, date(2024, 3, 1), "due"),
        (None, date(2024, 3, 31), "due"),
        (None, date(2024, 4, 1), "overdue"),
        (None, date(2025, 1, 1), "overdue"),
        (date(2024, 3, 20), date(2024, 3, 25), "ok"),
        (date(2024, 3, 20), date(2025, 3, 2), "due"),
        (date(2024, 5, 2), date(2024, 12, 31), "ok"),
    ],
)
def test_check_status(last: date | None, today: date, status: str) -> None:
    assert check_status(date(2023, 3, 15), last, today) == status


def test_check_status_across_the_new_year() -> None:
    started = date(2023, 12, 10)
    assert check_status(started, None, date(2024, 11, 30)) == "ok"
    assert check_status(started, None, date(2024, 12, 31)) == "due"
    assert check_status(started, None, date(2025, 1, 2)) == "overdue"
    assert check_status(started, date(2024, 12, 20), date(2025, 1, 2)) == "ok"


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    st.integers(0, 3000),
)
def test_a_check_in_the_due_month_clears_it(started: date, offset: int) -> None:
    year, month = check_due_month(started, started + timedelta(days=offset))
    assert month == started.month
    checked = date(year, month, 1)
    assert check_status(started, checked, checked) == "ok"
    assert check_due_month(started, checked) == (year + 1, month)
