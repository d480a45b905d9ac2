"""A meeting's problems as typed at the desk, checked, and the center's working-days setting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from hall_desk.db.room_models import SiteSetting
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.problem_lists import (
    DEFAULT_PROBLEM_WORKING_DAYS,
    MAX_PROBLEM_WORKING_DAYS,
    MIN_PROBLEM_WORKING_DAYS,
    RESPONSIBLE_MAX,
    CleanProblem,
    clean_problem,
)
from hall_desk.services.party.project_claimants import registered_claimant
from hall_desk.services.session import StaffSession

WORKING_DAYS_KEY = "problem_working_days"


@dataclass(frozen=True)
class ProblemForm:
    """One problem as typed: what it is, who answers for it (text, and optionally the unit or
    registered member, who must belong to the center)."""

    description: str
    responsible: str = ""
    unit_id: int | None = None
    member_id: int | None = None


def stored_working_days(s: Session, site_id: int) -> int:
    """The center's working days for a meeting problem (5 unless changed)."""
    row = s.get(SiteSetting, (site_id, WORKING_DAYS_KEY))
    if row is None:
        return DEFAULT_PROBLEM_WORKING_DAYS
    try:
        value = int(row.value)
    except ValueError:
        return DEFAULT_PROBLEM_WORKING_DAYS
    if MIN_PROBLEM_WORKING_DAYS <= value <= MAX_PROBLEM_WORKING_DAYS:
        return value
    return DEFAULT_PROBLEM_WORKING_DAYS


def clean_problem_forms(forms: Sequence[ProblemForm]) -> list[tuple[int, CleanProblem]]:
    """The problems typed in the meeting dialog, numbered; rows left empty are skipped.

    Errors name the row (``problem_3_description``) so the dialog can mark it.
    """
    cleaned: list[tuple[int, CleanProblem]] = []
    errors: list[ValidationError] = []
    for index, form in enumerate(forms):
        if not (form.description.strip() or form.responsible.strip()) and (
            form.unit_id is None and form.member_id is None
        ):
            continue
        try:
            problem = clean_problem(
                form.description, form.responsible, form.unit_id, form.member_id
            )
        except ValidationError as exc:
            for err in exc.errors:
                errors.append(
                    ValidationError(
                        err.message.template,
                        field=f"problem_{index}_{err.field}",
                        **err.message.params,
                    )
                )
            continue
        cleaned.append((index, problem))
    if errors:
        raise ValidationError.many(errors)
    return cleaned


def responsible_text(
    s: Session, session: StaffSession, problem: CleanProblem, index: int | None
) -> str:
    """The text printed as responsible: as typed, or the named unit's or member's name."""
    field = "responsible" if index is None else f"problem_{index}_responsible"
    name = registered_claimant(s, session.site_id, problem.unit_id, problem.member_id, field)
    return (problem.responsible or name)[:RESPONSIBLE_MAX]
