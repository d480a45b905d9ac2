"""What completing an elderly-subsidy case does: start payment, or count the annual check."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.models import ElderlyCheck, ElderlySubsidy, ServiceCase
from hall_desk.domain.elderly import CheckMethod
from hall_desk.services import audit
from hall_desk.services.session import StaffSession


def start_subsidy_for_case(
    s: Session, actor: StaffSession, case: ServiceCase, now: datetime
) -> ElderlySubsidy:
    """A completed application starts (or restarts) payment from the completion day."""
    subsidy = s.scalar(
        select(ElderlySubsidy).where(
            ElderlySubsidy.site_id == case.site_id,
            ElderlySubsidy.resident_id == case.resident_id,
        )
    )
    if subsidy is None:
        subsidy = ElderlySubsidy(site_id=case.site_id, resident_id=case.resident_id)
        s.add(subsidy)
    subsidy.case_id = case.id
    subsidy.started_on = now.date()
    subsidy.stopped_on = None
    subsidy.stop_reason = ""
    subsidy.stop_note = ""
    subsidy.last_checked_on = None
    subsidy.updated_at = now
    s.flush()
    audit.record(
        s,
        at=now,
        actor=actor,
        action="start",
        entity="elderly_subsidy",
        entity_id=subsidy.id,
        case=case.number,
    )
    return subsidy


def record_check_for_case(
    s: Session, actor: StaffSession, case: ServiceCase, method: CheckMethod, now: datetime
) -> ElderlyCheck | None:
    """A completed annual-check case (高龄补贴年审) counts as this year's check."""
    subsidy = s.scalar(
        select(ElderlySubsidy).where(
            ElderlySubsidy.site_id == case.site_id,
            ElderlySubsidy.resident_id == case.resident_id,
        )
    )
    if subsidy is None:
        return None
    check = ElderlyCheck(
        subsidy_id=subsidy.id,
        checked_on=now.date(),
        method=method.value,
        case_id=case.id,
        staff_id=actor.staff_id,
    )
    s.add(check)
    subsidy.last_checked_on = now.date()
    subsidy.updated_at = now
    audit.record(
        s,
        at=now,
        actor=actor,
        action="check",
        entity="elderly_subsidy",
        entity_id=subsidy.id,
        method=method.value,
        case=case.number,
    )
    return check
