"""The plain rows the elderly-subsidy service hands the desk: bands, subsidised elders, band
changes, with ID numbers and phones masked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from pypinyin import lazy_pinyin

from hall_desk.db.models import ElderlySubsidy, Resident, SubsidyBand
from hall_desk.domain.elderly import (
    AgeBand,
    CheckStatus,
    StopReason,
    check_due_month,
    check_status,
)
from hall_desk.domain.id_numbers import age_on, mask_id_number
from hall_desk.domain.phones import mask_phone


@dataclass(frozen=True)
class BandInfo:
    """An age band of the center; ``monthly_amount_fen`` is ``None`` until an administrator
    enters it."""

    min_age: int
    max_age: int | None
    monthly_amount_fen: int | None
    label: str


@dataclass(frozen=True)
class SubsidyRow:
    """A person receiving (or, once stopped, having received) the subsidy, as lists show it.

    ``age`` and the band are as of today; ``band_label`` is empty and the amount ``None`` when
    the age is unknown or falls in no band. A stopped subsidy needs no check, so its
    ``check_status`` is always ``"ok"``; ``due_month`` still names the month it would fall in.
    """

    id: int
    resident_id: int
    name: str
    masked_id: str
    masked_phone: str
    age: int | None
    band_label: str
    monthly_amount_fen: int | None
    started_on: date
    last_checked_on: date | None
    check_status: CheckStatus
    due_month: tuple[int, int]
    stopped_on: date | None
    stop_reason: StopReason | None
    stop_note: str

    @property
    def stopped(self) -> bool:
        return self.stopped_on is not None


@dataclass(frozen=True)
class BandChangeRow:
    """Someone who moves into a higher band next month: on ``birthday`` they turn
    ``new_age`` and from then on receive the amount of ``new_band_label``."""

    subsidy: SubsidyRow
    new_age: int
    birthday: date
    new_band_label: str
    new_monthly_amount_fen: int | None


CHECK_ORDER: dict[str, int] = {"overdue": 0, "due": 1, "ok": 2}


def name_key(name: str) -> str:
    """Names sort by their pinyin, as a list of Chinese names is read."""
    return " ".join(lazy_pinyin(name))


def band_info(row: SubsidyBand) -> BandInfo:
    label = AgeBand(row.min_age, row.max_age, 0).label
    return BandInfo(row.min_age, row.max_age, row.monthly_amount_fen, label)


def band_of(bands: Sequence[BandInfo], age: int | None) -> BandInfo | None:
    if age is None:
        return None
    for band in bands:
        if band.min_age <= age and (band.max_age is None or age <= band.max_age):
            return band
    return None


def age_of(birth_date: date | None, today: date) -> int | None:
    if birth_date is None or birth_date > today:
        return None
    return age_on(birth_date, today)


def subsidy_row(
    subsidy: ElderlySubsidy, resident: Resident, bands: Sequence[BandInfo], today: date
) -> SubsidyRow:
    age = age_of(resident.birth_date, today)
    band = band_of(bands, age)
    stopped = subsidy.stopped_on is not None
    return SubsidyRow(
        id=subsidy.id,
        resident_id=resident.id,
        name=resident.name,
        masked_id=mask_id_number(resident.id_number) if resident.id_number else "",
        masked_phone=mask_phone(resident.phone) if resident.phone else "",
        age=age,
        band_label=band.label if band else "",
        monthly_amount_fen=band.monthly_amount_fen if band else None,
        started_on=subsidy.started_on,
        last_checked_on=subsidy.last_checked_on,
        check_status=(
            "ok" if stopped else check_status(subsidy.started_on, subsidy.last_checked_on, today)
        ),
        due_month=check_due_month(subsidy.started_on, subsidy.last_checked_on),
        stopped_on=subsidy.stopped_on,
        stop_reason=StopReason(subsidy.stop_reason) if subsidy.stop_reason else None,
        stop_note=subsidy.stop_note,
    )
