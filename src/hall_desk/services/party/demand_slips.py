"""A demand's slips (receipt, dispatch slip) and the feedback sheets for units and members.

Every slip is written to the archive folder before anything is sent to a printer, so a printer
that fails never loses the paper trail; the second slip of the same kind is marked 补打. The
resident's name and phone are masked on every slip; a dispatch slip shows the contact in full
only when the desk asks for it, and each such look is written to the audit log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import Site
from hall_desk.db.party_models import Demand, DemandEvent, DemandSlipPrint
from hall_desk.domain.clock import Clock
from hall_desk.domain.demand_documents import DemandSlipData, DemandSlipKind
from hall_desk.domain.demands import DemandLevel, DemandStatus, parse_demand_number
from hall_desk.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.phones import mask_phone
from hall_desk.printing.demand_slips import (
    demand_slip_archive_name,
    render_demand_slip,
)
from hall_desk.printing.slip_layout import SlipLayout
from hall_desk.services import audit
from hall_desk.services.archive import archive_pdf
from hall_desk.services.party import feedback_sheets
from hall_desk.services.party.demand_settings import read_response_clock
from hall_desk.services.residents import mask_name
from hall_desk.services.session import TERMINAL_STAFF_ID, StaffSession

log = logging.getLogger(__name__)

#: Moves after which the demand is with someone new: the latest one names the dispatcher.
_DISPATCH_MOVES = ("dispatch", "reassign", "reopen")


@dataclass(frozen=True)
class IssuedDemandSlip:
    number: str
    kind: DemandSlipKind
    layout: SlipLayout
    reprint: bool
    pdf: bytes
    archived: Path | None


class DemandSlipService:
    def __init__(self, db: Database, clock: Clock, archive_dir: Path | None) -> None:
        self._db = db
        self._clock = clock
        self._archive_dir = archive_dir

    def issue(
        self,
        session: StaffSession | None,
        number: str,
        kind: str,
        layout: SlipLayout = SlipLayout.A5,
        reveal_contact: bool = False,
    ) -> IssuedDemandSlip:
        """Render the receipt (``kind`` "receipt") or the dispatch slip ("dispatch") of the
        demand, archive it and record it; a second slip of the same kind is marked 补打.

        ``session`` is None from the terminal: the demand is then found by its number alone
        and the contact can never be shown in full. ``reveal_contact`` prints the resident's
        name and phone in full on a dispatch slip, for a member who must call them; the look
        is audited (naming the demand, never the phone).
        """
        chosen = _slip_kind(kind)
        layout = SlipLayout(layout)
        if reveal_contact and (session is None or session.staff_id == TERMINAL_STAFF_ID):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "A contact can only be shown in full by a member of staff signed in.",
                )
            )
        reveal = reveal_contact and chosen is DemandSlipKind.DISPATCH
        now = self._clock.now()
        with self._db.write() as s:
            demand = _find(s, session, number)
            if chosen is DemandSlipKind.DISPATCH and demand.member is None and demand.unit is None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Demand {number} has not been dispatched to anyone yet. Dispatch it to a "
                        "member or a unit first, then print the dispatch slip.",
                    ),
                    number=demand.number,
                )
            site = s.get(Site, demand.site_id)
            assert site is not None
            earlier = s.scalar(
                select(func.count()).where(
                    DemandSlipPrint.demand_id == demand.id, DemandSlipPrint.kind == chosen.value
                )
            )
            reprint = bool(earlier)
            data = _slip_data(s, demand, site, chosen, now, reprint=reprint, reveal=reveal)
            pdf = render_demand_slip(data, layout)
            name = demand_slip_archive_name(demand.number, chosen, now, reprint)
            archived = archive_pdf(self._archive_dir, name, now, pdf)
            s.add(
                DemandSlipPrint(
                    demand_id=demand.id,
                    kind=chosen.value,
                    layout=layout.value,
                    reprint=reprint,
                    printed_at=now,
                    staff_id=_staff_id(session),
                    path=str(archived) if archived else "",
                )
            )
            demand.slips_printed = (demand.slips_printed or 0) + 1
            if reveal:
                audit.record(s, at=now, actor=session, site_id=demand.site_id, action="reveal",
                             entity="demand", entity_id=demand.number, field="contact",
                             slip=chosen.value)  # fmt: skip
            audit.record(s, at=now, actor=session, site_id=demand.site_id,
                         action="reprint" if reprint else "print", entity="demand",
                         entity_id=demand.number, slip=chosen.value,
                         layout=layout.value)  # fmt: skip
            return IssuedDemandSlip(demand.number, chosen, layout, reprint, pdf, archived)

    def unit_feedback_sheet(
        self, session: StaffSession, unit_id: int, first: date, last: date
    ) -> bytes:
        """The unit's feedback sheet (报到单位反馈表) for ``first`` to ``last``, as A4 PDF bytes:
        each member's demands solved, hours, ratings and projects, with a total row."""
        return feedback_sheets.unit_sheet(
            self._db, session, unit_id, first, last, self._clock.now()
        )

    def member_feedback_sheet(
        self, session: StaffSession, member_id: int, first: date, last: date
    ) -> bytes:
        """The same sheet for one member."""
        return feedback_sheets.member_sheet(
            self._db, session, member_id, first, last, self._clock.now()
        )


def _slip_kind(kind: str) -> DemandSlipKind:
    try:
        return DemandSlipKind(str(kind))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "A demand has a receipt and a dispatch slip; there is no “{kind}”."
            ),
            field="kind",
            kind=str(kind),
        ) from None


def _find(s: Session, session: StaffSession | None, number: str) -> Demand:
    """The demand, locked for this printing; unknown and other centers' numbers are alike."""
    canonical = parse_demand_number(number)
    demand = None
    if canonical is not None:
        demand = s.scalar(select(Demand).where(Demand.number == canonical).with_for_update())
    if demand is None or (session is not None and demand.site_id != session.site_id):
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "There is no demand numbered {number}."),
            number=canonical or number.strip(),
        )
    if demand.merged_into_id is not None:
        into = s.get(Demand, demand.merged_into_id)
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Demand {number} was merged into demand {into}; print the slip of {into}.",
            ),
            number=demand.number,
            into=into.number if into is not None else "",
        )
    return demand


def _staff_id(session: StaffSession | None) -> int | None:
    if session is None or session.staff_id == TERMINAL_STAFF_ID:
        return None
    return session.staff_id


def _dispatcher(s: Session, demand: Demand) -> str:
    """Who dispatched the demand to the one who has it now (the taker if nobody is known)."""
    event = s.scalar(
        select(DemandEvent)
        .where(DemandEvent.demand_id == demand.id, DemandEvent.action.in_(_DISPATCH_MOVES))
        .order_by(DemandEvent.id.desc())
        .limit(1)
    )
    return event.staff.full_name if event is not None else demand.clerk.full_name


def _assignee(demand: Demand) -> str:
    if demand.member is not None:
        return f"{demand.member.name}（{demand.member.unit.name}）"
    return demand.unit.name if demand.unit is not None else ""


def _slip_data(
    s: Session,
    demand: Demand,
    site: Site,
    kind: DemandSlipKind,
    now: datetime,
    *,
    reprint: bool,
    reveal: bool,
) -> DemandSlipData:
    resident = demand.resident
    name = resident.name if resident is not None else demand.contact_name
    phone = demand.contact_phone or (resident.phone if resident is not None else "") or ""
    clock = read_response_clock(s, demand.site_id)
    level = DemandLevel(demand.level)
    promised = demand.clock_minutes or clock.minutes_for(level)
    on_site = clock.on_site_minutes
    if demand.on_site_by is not None and demand.accepted_at is not None:
        on_site = int((demand.on_site_by - demand.accepted_at).total_seconds() // 60)
    dispatch = kind is DemandSlipKind.DISPATCH
    return DemandSlipData(
        kind=kind,
        center_name=site.name,
        center_address=site.address,
        center_phone=site.phone,
        number=demand.number,
        wish=demand.kind == "wish",
        source=demand.source,
        category=demand.category.name,
        level=level,
        promised_minutes=promised,
        needs_visit=demand.needs_visit,
        on_site_minutes=on_site,
        neighbourhood=demand.neighbourhood,
        place=demand.place,
        description=demand.description,
        taken_at=demand.created_at,
        status=DemandStatus(demand.status),
        contact_name=(name if reveal else mask_name(name)) if name else "",
        contact_phone=(phone if reveal else mask_phone(phone)) if phone else "",
        contact_revealed=reveal,
        clerk_name=_dispatcher(s, demand) if dispatch else demand.clerk.full_name,
        printed_at=now,
        wish_target_date=demand.wish_target_date,
        assignee=_assignee(demand),
        dispatched_at=demand.dispatched_at,
        accepted_at=demand.accepted_at,
        due_at=demand.due_at,
        on_site_by=demand.on_site_by,
        reprint=reprint,
    )
