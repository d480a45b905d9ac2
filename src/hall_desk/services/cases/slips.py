"""Issuing a case's printed slip: render it, archive the PDF, remember that it was printed.

The slip a case needs follows its state (受理回执, 一次性告知单, 不予受理告知书, 办结通知). Every
issued slip is written to the archive folder before anything is sent to a printer, so a printer
that fails never loses the paper trail; the second slip of the same kind is marked 补打.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import ServiceCase, Site, SlipPrint
from hall_desk.domain.cases import CaseStatus, parse_case_number
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import NotFoundError
from hall_desk.domain.id_numbers import mask_id_number
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.phones import mask_phone
from hall_desk.printing.slips import SlipData, SlipKind, SlipLayout, archive_name, render_slip
from hall_desk.services import audit
from hall_desk.services.archive import archive_pdf
from hall_desk.services.calendar import promise_is_estimated
from hall_desk.services.session import StaffSession

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IssuedSlip:
    case_number: str
    kind: SlipKind
    layout: SlipLayout
    reprint: bool
    pdf: bytes
    archived: Path | None


def slip_kind_for(status: CaseStatus) -> SlipKind:
    """The slip a case in ``status`` gets when it is printed now."""
    if status is CaseStatus.WAITING_DOCS:
        return SlipKind.NOTICE
    if status is CaseStatus.REFUSED:
        return SlipKind.REFUSAL
    if status is CaseStatus.COMPLETED:
        return SlipKind.COMPLETION
    return SlipKind.RECEIPT


class SlipService:
    def __init__(self, db: Database, clock: Clock, archive_dir: Path | None) -> None:
        self._db = db
        self._clock = clock
        self._archive_dir = archive_dir

    def issue(
        self,
        actor: StaffSession | None,
        *,
        case_id: int | None = None,
        number: str | None = None,
        layout: SlipLayout = SlipLayout.A5,
        kind: SlipKind | None = None,
    ) -> IssuedSlip:
        """Render the case's current slip, archive it and record it (a repeat is 补打).

        ``actor`` is None from the terminal; then the case is found by its number alone.
        """
        now = self._clock.now()
        with self._db.write() as s:
            case = self._find(s, actor, case_id, number)
            site = s.get(Site, case.site_id)
            assert site is not None
            chosen = kind or slip_kind_for(CaseStatus(case.status))
            earlier = s.scalar(
                select(func.count()).where(
                    SlipPrint.case_id == case.id, SlipPrint.kind == chosen.value
                )
            )
            reprint = bool(earlier)
            data = _slip_data(case, site, chosen, now, reprint)
            data = replace(data, promised_estimated=promise_is_estimated(s, case.due_date))
            pdf = render_slip(data, layout)
            archived = self._archive(case.number, chosen, now, reprint, pdf)
            s.add(
                SlipPrint(
                    case_id=case.id,
                    kind=chosen.value,
                    layout=layout.value,
                    reprint=reprint,
                    printed_at=now,
                    staff_id=actor.staff_id if actor else None,
                    path=str(archived) if archived else "",
                )
            )
            audit.record(
                s,
                at=now,
                actor=actor,
                site_id=case.site_id,
                action="reprint" if reprint else "print",
                entity="case",
                entity_id=case.number,
                slip=chosen.value,
                layout=layout.value,
            )
            return IssuedSlip(case.number, chosen, layout, reprint, pdf, archived)

    def _find(
        self, s: Session, actor: StaffSession | None, case_id: int | None, number: str | None
    ) -> ServiceCase:
        case: ServiceCase | None = None
        if case_id is not None:
            case = s.get(ServiceCase, case_id)
        elif number is not None:
            canonical = parse_case_number(number)
            if canonical is not None:
                case = s.scalar(select(ServiceCase).where(ServiceCase.number == canonical))
        if case is None or (actor is not None and case.site_id != actor.site_id):
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Messages", "There is no case numbered {number}."),
                number=number or "",
            )
        return case

    def _archive(
        self, number: str, kind: SlipKind, now: datetime, reprint: bool, pdf: bytes
    ) -> Path | None:
        return archive_pdf(self._archive_dir, archive_name(number, kind, now, reprint), now, pdf)


def _slip_data(
    case: ServiceCase, site: Site, kind: SlipKind, now: datetime, reprint: bool
) -> SlipData:
    resident = case.resident
    agent = ""
    if case.agent_name:
        agent = f"{case.agent_name}（{case.agent_relation}） {mask_phone(case.agent_phone)}"
    reason = case.result_note if kind is SlipKind.COMPLETION else case.reason
    return SlipData(
        kind=kind,
        center_name=site.name,
        center_address=site.address,
        center_phone=site.phone,
        case_number=case.number,
        item_name=case.item.name,
        office=case.office,
        resident_name=resident.name,
        resident_id_masked=mask_id_number(resident.id_number) if resident.id_number else "",
        resident_phone_masked=mask_phone(resident.phone) if resident.phone else "",
        agent_line=agent,
        documents_received=tuple(json.loads(case.documents_received)),
        documents_missing=tuple(json.loads(case.documents_missing)),
        promised_date=case.due_date,
        time_limit_days=case.time_limit_days,
        clerk_name=case.clerk.full_name,
        accepted_at=case.accepted_at,
        printed_at=now,
        reason=reason,
        completed_at=case.closed_at if kind is SlipKind.COMPLETION else None,
        reprint=reprint,
    )
