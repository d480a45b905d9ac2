"""The records behind one figure of a report (the drill-down list), newest first.

A figure is named by a key such as ``"cases.completed"`` or ``"visitors.hour:9"``; the list
holds exactly the records the figure counts (built from the same ``stats_rules``), at most
:data:`RECORD_LIMIT`. Per kind of record:

- ``visit``: ``who`` the resident, ``what`` the purposes' label templates joined by ``" / "``
  (split and translate each), ``detail`` the visitor category's label template;
- ``walk_in``: ``what`` the tally kind's label template;
- ``case``: ``ref`` the case number, ``at`` the moment the figure counts (intake, notice,
  closing or rating), ``what`` the item name, ``status`` the status label (the rating label
  for ratings), ``detail`` the office;
- ``booking``: ``ref`` the booking number, ``at`` its start, ``who`` the booker, ``what`` the
  room, ``status`` its status label, ``detail`` time span, seat and purpose;
- ``follow_up``: a call-back owed, ``status`` the poor rating, ``detail`` its due date;
- ``subsidy``: a person whose annual check is due, ``detail`` the due month;
- ``transfer``: a late receipt, ``what`` where the letter went, ``detail`` letter and date.

``who`` is only ever a name, never an ID number or phone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from hall_desk.db.models import (
    CaseEvent,
    CaseFollowUp,
    QuickTally,
    Resident,
    ServiceCase,
    ServiceItem,
    Visit,
    VisitPurposeRow,
)
from hall_desk.db.room_models import Booking
from hall_desk.domain.bookings import BOOKING_STATUS_LABELS, BookingStatus
from hall_desk.domain.cases import RATING_LABELS, STATUS_LABELS, CaseStatus, Rating
from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.periods import Period
from hall_desk.domain.reports import RecordRow
from hall_desk.domain.visits import (
    CATEGORY_LABELS,
    PURPOSE_LABELS,
    TALLY_LABELS,
    TallyKind,
    VisitorCategory,
    VisitPurpose,
)
from hall_desk.services.bookings.booking_records import booking_info
from hall_desk.services.figures import stats_rules as rules
from hall_desk.services.figures.stats_rules import Condition, SqlDialect, day_bounds

RECORD_LIMIT = 2000
PURPOSE_SEPARATOR = " / "


def unknown_figure(figure: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Messages", "There is no figure called “{figure}”."),
        field="figure",
        figure=figure[:60],
    )


class RecordFinder:
    """Finds the records of one figure of one center for one period, in an open session."""

    def __init__(
        self, s: Session, sql: SqlDialect, site_id: int, period: Period, now: datetime
    ) -> None:
        self._s = s
        self._sql = sql
        self._site = site_id
        self._period = period
        self._now = now

    def find(self, figure: str) -> list[RecordRow]:
        """The records behind ``figure``; an unknown key raises ``ValidationError``."""
        name, colon, arg = figure.strip().partition(":")
        plain = self._plain()
        if not colon and name in plain:
            return plain[name]()
        with_arg = self._with_arg()
        if colon and arg and name in with_arg:
            try:
                return with_arg[name](arg)
            except ValueError:
                raise unknown_figure(figure) from None
        raise unknown_figure(figure)

    # -- the keys --------------------------------------------------------------------------
    def _plain(self) -> dict[str, Callable[[], list[RecordRow]]]:
        site, period, today = self._site, self._period, self._now.date()
        completed = rules.closed_in(site, period, rules.COMPLETED)
        return {
            "visitors": lambda: self._visits(rules.visits_in(site, period)),
            "walk_ins": lambda: self._tallies(rules.tallies_in(site, period)),
            "cases.received": lambda: self._cases(rules.received_in(site, period)),
            "cases.accepted": lambda: self._cases(rules.accepted_in(site, period)),
            "cases.refused": lambda: self._cases(rules.refused_in(site, period)),
            "cases.agent": lambda: self._cases(rules.agent_in(site, period)),
            "cases.notified": self._notices,
            "cases.completed": lambda: self._cases(completed, ServiceCase.closed_at),
            "cases.completed_late": lambda: self._cases(
                [*completed, rules.late(self._sql)], ServiceCase.closed_at
            ),
            "cases.returned": lambda: self._cases(
                rules.closed_in(site, period, rules.RETURNED), ServiceCase.closed_at
            ),
            "rooms.bookings": lambda: self._bookings(self._counted_bookings()),
            "rooms.checked_in": lambda: self._bookings_with(BookingStatus.CHECKED_IN.value),
            "rooms.no_shows": lambda: self._bookings_with(BookingStatus.NO_SHOW.value),
            "rooms.cancelled": lambda: self._bookings_with(*rules.CALLED_OFF),
            "ratings": lambda: self._ratings(rules.rated_in(site, period)),
            "ratings.satisfied": lambda: self._ratings(
                [*rules.rated_in(site, period), ServiceCase.rating.in_(rules.SATISFIED)]
            ),
            "backlog.in_hall": lambda: self._visits(rules.in_hall(site, today)),
            "backlog.open_cases": lambda: self._cases(rules.open_cases(site)),
            "backlog.waiting_docs": lambda: self._cases(rules.waiting_docs(site)),
            "backlog.overdue": lambda: self._cases(rules.overdue(site, today)),
            "backlog.due_today": lambda: self._cases(rules.due_today(site, today)),
            "backlog.follow_ups_open": self._follow_ups,
            "backlog.checks_due": self._checks_due,
            "backlog.receipts_outstanding": self._receipts,
            "backlog.pending_bookings": lambda: self._bookings(
                rules.pending_bookings(site, self._now)
            ),
        }

    def _with_arg(self) -> dict[str, Callable[[str], list[RecordRow]]]:
        site, period = self._site, self._period
        visits = rules.visits_in(site, period)
        rated = rules.rated_in(site, period)
        return {
            "visitors.category": lambda a: self._visits(
                [*visits, Visit.category == VisitorCategory(a).value]
            ),
            "visitors.purpose": lambda a: self._visits(
                [*visits, rules.has_purpose(VisitPurpose(a).value)]
            ),
            "visitors.hour": lambda a: self._visits(
                [*visits, self._sql.hour(Visit.arrived_at) == _hour(a)]
            ),
            "visitors.day": lambda a: self._visits(
                [*visits, rules.between(Visit.arrived_at, *day_bounds(date.fromisoformat(a)))]
            ),
            "walk_ins.kind": lambda a: self._tallies(
                [*rules.tallies_in(site, period), QuickTally.kind == TallyKind(a).value]
            ),
            "cases.item": lambda a: self._cases(
                [*rules.accepted_in(site, period), rules.of_item(site, a)]
            ),
            "cases.office": lambda a: self._cases(
                [*rules.accepted_in(site, period), ServiceCase.office == a]
            ),
            "rooms.room": lambda a: self._bookings(
                [*self._counted_bookings(), rules.in_room(site, a)]
            ),
            "ratings.rating": lambda a: self._ratings(
                [*rated, ServiceCase.rating == Rating(a).value]
            ),
            "ratings.day": lambda a: self._ratings(
                [*rated, rules.between(ServiceCase.rated_at, *day_bounds(date.fromisoformat(a)))]
            ),
        }

    # -- visitors -----------------------------------------------------------------------------
    def _visits(self, conditions: list[Condition]) -> list[RecordRow]:
        rows = self._s.execute(
            select(Visit.id, Visit.arrived_at, Visit.category, Resident.name)
            .join(Resident, Resident.id == Visit.resident_id)
            .where(*conditions)
            .order_by(Visit.arrived_at.desc(), Visit.id.desc())
            .limit(RECORD_LIMIT)
        ).all()
        purposes: dict[int, set[str]] = {}
        if rows:
            for visit_id, purpose in self._s.execute(
                select(VisitPurposeRow.visit_id, VisitPurposeRow.purpose).where(
                    VisitPurposeRow.visit_id.in_([r.id for r in rows])
                )
            ):
                purposes.setdefault(visit_id, set()).add(purpose)
        return [
            RecordRow(
                kind="visit",
                ref="",
                at=arrived_at,
                who=name,
                what=PURPOSE_SEPARATOR.join(
                    PURPOSE_LABELS[p] for p in VisitPurpose if p.value in purposes.get(vid, ())
                ),
                status="",
                detail=_label(CATEGORY_LABELS, VisitorCategory, category),
            )
            for vid, arrived_at, category, name in rows
        ]

    def _tallies(self, conditions: list[Condition]) -> list[RecordRow]:
        rows = self._s.execute(
            select(QuickTally.counted_at, QuickTally.kind)
            .where(*conditions)
            .order_by(QuickTally.counted_at.desc(), QuickTally.id.desc())
            .limit(RECORD_LIMIT)
        ).all()
        return [
            RecordRow("walk_in", "", at, "", _label(TALLY_LABELS, TallyKind, kind), "", "")
            for at, kind in rows
        ]

    # -- cases ----------------------------------------------------------------------------------
    def _cases(
        self,
        conditions: list[Condition],
        at: InstrumentedAttribute[Any] = ServiceCase.accepted_at,
    ) -> list[RecordRow]:
        return self._case_rows(select(ServiceCase.id).where(*conditions), at)

    def _notices(self) -> list[RecordRow]:
        query = (
            select(ServiceCase.id)
            .select_from(CaseEvent)
            .join(ServiceCase, ServiceCase.id == CaseEvent.case_id)
            .where(*rules.notified_in(self._site, self._period))
        )
        return self._case_rows(query, CaseEvent.at, events=True)

    def _case_rows(
        self, base: Any, at: InstrumentedAttribute[Any], *, events: bool = False
    ) -> list[RecordRow]:
        query = base.add_columns(
            ServiceCase.number,
            at,
            Resident.name,
            ServiceItem.name,
            ServiceCase.status,
            ServiceCase.office,
        )
        if not events:
            query = query.select_from(ServiceCase)
        rows = self._s.execute(
            query.join(Resident, Resident.id == ServiceCase.resident_id)
            .join(ServiceItem, ServiceItem.id == ServiceCase.item_id)
            .order_by(at.desc(), ServiceCase.id.desc())
            .limit(RECORD_LIMIT)
        ).all()
        return [
            RecordRow(
                "case", number, moment, who, item, _label(STATUS_LABELS, CaseStatus, status), office
            )
            for _id, number, moment, who, item, status, office in rows
        ]

    def _ratings(self, conditions: list[Condition]) -> list[RecordRow]:
        rows = self._s.execute(
            select(
                ServiceCase.number,
                ServiceCase.rated_at,
                Resident.name,
                ServiceItem.name,
                ServiceCase.rating,
                ServiceCase.office,
            )
            .join(Resident, Resident.id == ServiceCase.resident_id)
            .join(ServiceItem, ServiceItem.id == ServiceCase.item_id)
            .where(*conditions)
            .order_by(ServiceCase.rated_at.desc(), ServiceCase.id.desc())
            .limit(RECORD_LIMIT)
        ).all()
        return [
            RecordRow("case", number, at, who, item, _label(RATING_LABELS, Rating, rating), office)
            for number, at, who, item, rating, office in rows
        ]

    def _follow_ups(self) -> list[RecordRow]:
        rows = self._s.execute(
            select(
                ServiceCase.number,
                CaseFollowUp.opened_at,
                Resident.name,
                ServiceItem.name,
                CaseFollowUp.rating,
                CaseFollowUp.due_date,
            )
            .select_from(CaseFollowUp)
            .join(ServiceCase, ServiceCase.id == CaseFollowUp.case_id)
            .join(Resident, Resident.id == ServiceCase.resident_id)
            .join(ServiceItem, ServiceItem.id == ServiceCase.item_id)
            .where(*rules.follow_ups_open(self._site))
            .order_by(CaseFollowUp.opened_at.desc(), CaseFollowUp.id.desc())
            .limit(RECORD_LIMIT)
        ).all()
        return [
            RecordRow(
                "follow_up",
                number,
                at,
                who,
                item,
                _label(RATING_LABELS, Rating, rating),
                due.isoformat(),
            )
            for number, at, who, item, rating, due in rows
        ]

    def _checks_due(self) -> list[RecordRow]:
        due = rules.checks_due(self._s, self._site, self._now.date())
        return [
            RecordRow("subsidy", "", None, d.name, "", "", f"{d.due_month[0]}-{d.due_month[1]:02d}")
            for d in due[:RECORD_LIMIT]
        ]

    def _receipts(self) -> list[RecordRow]:
        late = rules.receipts_outstanding(self._s, self._site, self._now.date())
        return [
            RecordRow(
                "transfer",
                r.case_number,
                None,
                r.name,
                r.to_org,
                "",
                f"{r.letter_number} {r.issued_on.isoformat()}",
            )
            for r in late[:RECORD_LIMIT]
        ]

    # -- bookings -------------------------------------------------------------------------------
    def _counted_bookings(self) -> list[Condition]:
        return [
            *rules.bookings_in(self._site, self._period),
            Booking.status.not_in(rules.CALLED_OFF),
        ]

    def _bookings_with(self, *statuses: str) -> list[RecordRow]:
        return self._bookings(
            [*rules.bookings_in(self._site, self._period), Booking.status.in_(statuses)]
        )

    def _bookings(self, conditions: list[Condition]) -> list[RecordRow]:
        rows = self._s.scalars(
            select(Booking)
            .options(
                selectinload(Booking.room),
                selectinload(Booking.resident),
                selectinload(Booking.clerk),
            )
            .where(*conditions)
            .order_by(Booking.starts_at.desc(), Booking.id.desc())
            .limit(RECORD_LIMIT)
        ).all()
        records: list[RecordRow] = []
        for row in rows:
            info = booking_info(row)
            span = f"{info.starts_at:%H:%M}-{info.ends_at:%H:%M}"
            seat = f" #{info.seat}" if info.seat else ""
            records.append(
                RecordRow(
                    kind="booking",
                    ref=info.number,
                    at=info.starts_at,
                    who=info.booker,
                    what=info.room_name,
                    status=BOOKING_STATUS_LABELS[info.status],
                    detail=f"{span}{seat} {info.purpose}".strip(),
                )
            )
        return records


def _hour(raw: str) -> int:
    hour = int(raw)
    if not 0 <= hour <= 23:
        raise ValueError(raw)
    return hour


def _label(labels: dict[Any, str], enum: Callable[[str], Any], value: str | None) -> str:
    """The label template of a stored enum value ("" if the value is unknown)."""
    try:
        return labels[enum(value)] if value is not None else ""
    except ValueError:
        return ""
