"""Taking in and moving service cases (办件): intake, the moves, ratings and follow-ups.

Every move runs the domain state machine, writes a case event and an audit row in the same
transaction, and recomputes the promised date from the holiday calendar.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import (
    CaseEvent,
    CaseFollowUp,
    PartyTransfer,
    ServiceCase,
    Site,
)
from hall_desk.domain.cases import (
    FOLLOW_UP_WORKING_DAYS,
    NEEDS_FOLLOW_UP,
    CaseAction,
    CaseStatus,
    clean_reason,
    next_status,
    parse_rating,
    promised_finish_date,
)
from hall_desk.domain.catalogue import ItemKind
from hall_desk.domain.clock import Clock
from hall_desk.domain.elderly import CheckMethod
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.workdays import WorkCalendar
from hall_desk.services import audit
from hall_desk.services.calendar import CalendarService
from hall_desk.services.cases.case_intake import (
    IntakeForm,
    clean_lines,
    validate_intake,
)
from hall_desk.services.cases.case_records import CaseRecord, case_record
from hall_desk.services.cases.item_rules import applicant_refusal, check_item_rules
from hall_desk.services.numbering import next_case_number
from hall_desk.services.residents import resident_for_visit
from hall_desk.services.session import StaffSession

T = TypeVar("T")

MAX_AGENT_RELATION = 20


class CaseService:
    def __init__(self, db: Database, clock: Clock, calendar: CalendarService) -> None:
        self._db = db
        self._clock = clock
        self._calendar = calendar

    # -- intake --------------------------------------------------------------------------
    def accept_case(self, actor: StaffSession, form: IntakeForm) -> CaseRecord:
        """受理: every required document is in; the promised date starts today."""
        return self._intake(actor, form, CaseAction.ACCEPT)

    def issue_notice(self, actor: StaffSession, form: IntakeForm) -> CaseRecord:
        """一次性告知: the case waits for the documents listed once on the notice."""
        return self._intake(actor, form, CaseAction.NOTIFY)

    def refuse_case(self, actor: StaffSession, form: IntakeForm, reason: str) -> CaseRecord:
        """不予受理 with the reason printed for the resident."""
        return self._intake(actor, form, CaseAction.REFUSE, reason=reason)

    def check_applicant(
        self, actor: StaffSession, item_id: int | None, resident_id: int | None, id_number: str
    ) -> None:
        """Raise now what accepting would refuse about this applicant for this item (too young
        for the elderly-age subsidy, with the date they can apply ...), before any document."""
        with self._db.read() as s:
            applicant_refusal(s, actor, item_id, resident_id, id_number, self._clock.today())

    def _intake(
        self, actor: StaffSession, form: IntakeForm, action: CaseAction, reason: str = ""
    ) -> CaseRecord:
        now = self._clock.now()
        today = now.date()
        calendar = self._calendar.calendar()
        with self._db.write() as s:
            clean = validate_intake(s, actor, form, action, reason, today)
            status = next_status(None, action)
            resident, _created = resident_for_visit(s, actor, form.resident_id, clean.person, now)
            if action is not CaseAction.REFUSE:
                check_item_rules(s, actor, clean, resident.id, resident.birth_date, today)
            site = s.get(Site, actor.site_id)
            assert site is not None
            case = ServiceCase(
                site_id=actor.site_id,
                number=next_case_number(s, actor.site_id, site.code, now.year),
                item_id=clean.item.id,
                resident_id=resident.id,
                status=status.value,
                office=clean.item.office,
                clerk_id=actor.staff_id,
                accepted_at=now,
                time_limit_days=clean.item.time_limit_days,
                paused_working_days=0,
                documents_received=_dump(clean.received),
                documents_missing=_dump(clean.missing),
                agent_name=clean.agent[0],
                agent_relation=clean.agent[1],
                agent_phone=clean.agent[2],
                note=clean.note,
                reason=clean_reason(reason) if action is CaseAction.REFUSE else "",
                detail=json.dumps(
                    {"check_method": clean.check_method.value} if clean.check_method else {}
                ),
                updated_at=now,
            )
            if status is CaseStatus.ACCEPTED:
                self._start_clock(case, calendar, today)
            if status is CaseStatus.REFUSED:
                case.closed_at = now
            s.add(case)
            s.flush()
            if clean.transfer is not None:
                t = clean.transfer
                s.add(
                    PartyTransfer(
                        case_id=case.id,
                        site_id=actor.site_id,
                        direction=t.direction.value,
                        scope=t.scope.value,
                        from_org=t.from_org,
                        to_org=t.to_org,
                        letter_number=t.letter_number,
                        issued_on=t.issued_on,
                        valid_until=t.valid_until,
                        channel=t.channel.value,
                    )
                )
            self._event(s, actor, case, action, None, status, now, case.reason)
            audit.record(
                s,
                at=now,
                actor=actor,
                action=action.value,
                entity="case",
                entity_id=case.number,
                item=clean.item.code,
                resident_id=resident.id,
                missing=list(clean.missing),
                agent=bool(clean.agent[0]),
            )
            s.flush()
            s.refresh(case)
            return self._record(s, case, calendar, today)

    # -- moves ---------------------------------------------------------------------------
    def documents_complete(
        self, actor: StaffSession, case_id: int, received: Sequence[str] = ()
    ) -> CaseRecord:
        """The missing papers came in: the case is accepted and its clock starts today."""

        def change(s: Session, case: ServiceCase, now: datetime, cal: WorkCalendar) -> str:
            have = list(json.loads(case.documents_received))
            for doc in [*json.loads(case.documents_missing), *clean_lines(received)]:
                if doc not in have:
                    have.append(doc)
            case.documents_received = _dump(have)
            case.documents_missing = "[]"
            self._start_clock(case, cal, now.date())
            return ""

        return self._move(actor, case_id, CaseAction.DOCUMENTS_COMPLETE, change)

    def start(self, actor: StaffSession, case_id: int) -> CaseRecord:
        return self._move(actor, case_id, CaseAction.START, lambda *_: "")

    def pause(self, actor: StaffSession, case_id: int, reason: str) -> CaseRecord:
        """暂停: the days until it resumes do not count against the promise."""
        text = clean_reason(reason)

        def change(s: Session, case: ServiceCase, now: datetime, cal: WorkCalendar) -> str:
            case.paused_at = now
            return text

        return self._move(actor, case_id, CaseAction.PAUSE, change)

    def resume(self, actor: StaffSession, case_id: int) -> CaseRecord:
        def change(s: Session, case: ServiceCase, now: datetime, cal: WorkCalendar) -> str:
            assert case.paused_at is not None
            paused = cal.working_days_between(case.paused_at.date(), now.date())
            case.paused_working_days += paused
            case.paused_at = None
            self._recompute_due(case, cal)
            return str(paused)

        return self._move(actor, case_id, CaseAction.RESUME, change)

    def transfer(self, actor: StaffSession, case_id: int, office: str, note: str) -> CaseRecord:
        """转办: hand the case to another office; the promise stays as it was."""
        target = clean_reason(office, "office")
        text = clean_reason(note, "note", required=False)
        if len(target) > 40:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "At most {max} characters, please."),
                field="office",
                max=40,
            )

        def change(s: Session, case: ServiceCase, now: datetime, cal: WorkCalendar) -> str:
            if case.office == target:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "The case is already with {office}."),
                    field="office",
                    office=target,
                )
            case.office = target
            return text

        return self._move(actor, case_id, CaseAction.TRANSFER, change)

    def complete(
        self, actor: StaffSession, case_id: int, result_note: str, rating: str | None
    ) -> CaseRecord:
        """办结, with the resident's rating when they give one (a poor one opens a follow-up)."""
        note = clean_reason(result_note, "result_note", required=False)
        grade = parse_rating(rating)

        def change(s: Session, case: ServiceCase, now: datetime, cal: WorkCalendar) -> str:
            case.closed_at = now
            case.result_note = note
            if grade is not None:
                self._rate(s, actor, case, grade.value, now, cal)
            self._completion_effects(s, actor, case, now)
            return note

        return self._move(actor, case_id, CaseAction.COMPLETE, change)

    def return_case(self, actor: StaffSession, case_id: int, reason: str) -> CaseRecord:
        """退回 with the reason."""
        text = clean_reason(reason)

        def change(s: Session, case: ServiceCase, now: datetime, cal: WorkCalendar) -> str:
            case.closed_at = now
            case.paused_at = None
            case.reason = text
            return text

        return self._move(actor, case_id, CaseAction.RETURN, change)

    def refuse_waiting(self, actor: StaffSession, case_id: int, reason: str) -> CaseRecord:
        """不予受理 for a case that waited for documents that never came."""
        text = clean_reason(reason)

        def change(s: Session, case: ServiceCase, now: datetime, cal: WorkCalendar) -> str:
            case.closed_at = now
            case.reason = text
            return text

        return self._move(actor, case_id, CaseAction.REFUSE, change)

    def rate(self, actor: StaffSession, case_id: int, rating: str) -> CaseRecord:
        """Record the rating of a completed case that was not rated at completion."""
        grade = parse_rating(rating)
        if grade is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Please choose one of the five ratings."),
                field="rating",
            )
        now = self._clock.now()
        cal = self._calendar.calendar()
        with self._db.write() as s:
            case = self._case_row(s, actor, case_id)
            if case.status != CaseStatus.COMPLETED.value:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "Only a completed case can be rated.")
                )
            if case.rating is not None:
                raise ConflictError(QT_TRANSLATE_NOOP("Messages", "This case was already rated."))
            self._rate(s, actor, case, grade.value, now, cal)
            return self._record(s, case, cal, now.date())

    def close_follow_up(self, actor: StaffSession, case_id: int, outcome: str) -> CaseRecord:
        """The call back after a poor rating was made; what came of it is kept."""
        text = clean_reason(outcome, "outcome")
        now = self._clock.now()
        cal = self._calendar.calendar()
        with self._db.write() as s:
            case = self._case_row(s, actor, case_id)
            follow = s.scalar(select(CaseFollowUp).where(CaseFollowUp.case_id == case.id))
            if follow is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Messages", "This case has no follow-up call to make.")
                )
            if follow.done_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "The follow-up call was already recorded.")
                )
            follow.done_at = now
            follow.done_by_id = actor.staff_id
            follow.outcome = text
            audit.record(
                s, at=now, actor=actor, action="follow_up", entity="case", entity_id=case.number
            )
            return self._record(s, case, cal, now.date())

    # -- helpers -------------------------------------------------------------------------
    def _move(
        self,
        actor: StaffSession,
        case_id: int,
        action: CaseAction,
        change: Callable[[Session, ServiceCase, datetime, WorkCalendar], str],
    ) -> CaseRecord:
        now = self._clock.now()
        cal = self._calendar.calendar()
        with self._db.write() as s:
            case = self._case_row(s, actor, case_id)
            before = CaseStatus(case.status)
            after = next_status(before, action)
            note = change(s, case, now, cal)
            case.status = after.value
            case.updated_at = now
            self._event(s, actor, case, action, before, after, now, note)
            audit.record(
                s,
                at=now,
                actor=actor,
                action=action.value,
                entity="case",
                entity_id=case.number,
                before=before.value,
                after=after.value,
                office=case.office,
                note=note,
            )
            s.flush()
            return self._record(s, case, cal, now.date())

    def _start_clock(self, case: ServiceCase, cal: WorkCalendar, today: date) -> None:
        case.clock_start = today
        self._recompute_due(case, cal)

    @staticmethod
    def _recompute_due(case: ServiceCase, cal: WorkCalendar) -> None:
        assert case.clock_start is not None
        case.due_date = promised_finish_date(
            cal, case.clock_start, case.time_limit_days, case.paused_working_days
        )

    @staticmethod
    def _rate(
        s: Session,
        actor: StaffSession,
        case: ServiceCase,
        rating: str,
        now: datetime,
        cal: WorkCalendar,
    ) -> None:
        case.rating = rating
        case.rated_at = now
        grade = parse_rating(rating)
        if grade in NEEDS_FOLLOW_UP:
            s.add(
                CaseFollowUp(
                    site_id=case.site_id,
                    case_id=case.id,
                    rating=rating,
                    opened_at=now,
                    due_date=cal.add_working_days(now.date(), FOLLOW_UP_WORKING_DAYS),
                )
            )
        audit.record(
            s,
            at=now,
            actor=actor,
            action="rate",
            entity="case",
            entity_id=case.number,
            rating=rating,
        )

    @staticmethod
    def _completion_effects(
        s: Session, actor: StaffSession, case: ServiceCase, now: datetime
    ) -> None:
        # Imported here: the elderly module builds on case records.
        from hall_desk.services.cases.elderly_steps import (
            record_check_for_case,
            start_subsidy_for_case,
        )

        kind = ItemKind(case.item.kind)
        if kind is ItemKind.ELDERLY_SUBSIDY:
            start_subsidy_for_case(s, actor, case, now)
        elif kind is ItemKind.ELDERLY_CHECK:
            method = json.loads(case.detail or "{}").get("check_method", "in_person")
            record_check_for_case(s, actor, case, CheckMethod(method), now)

    @staticmethod
    def _event(
        s: Session,
        actor: StaffSession,
        case: ServiceCase,
        action: CaseAction,
        before: CaseStatus | None,
        after: CaseStatus,
        now: datetime,
        note: str,
    ) -> None:
        s.add(
            CaseEvent(
                case_id=case.id,
                at=now,
                staff_id=actor.staff_id,
                action=action.value,
                from_status=before.value if before else None,
                to_status=after.value,
                office=case.office,
                note=note,
            )
        )

    @staticmethod
    def _case_row(s: Session, actor: StaffSession, case_id: int) -> ServiceCase:
        case = s.get(ServiceCase, case_id)
        if case is None or case.site_id != actor.site_id:
            raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "That case no longer exists."))
        return case

    @staticmethod
    def _record(s: Session, case: ServiceCase, cal: WorkCalendar, today: date) -> CaseRecord:
        follow = s.scalar(select(CaseFollowUp).where(CaseFollowUp.case_id == case.id))
        transfer = s.scalar(select(PartyTransfer).where(PartyTransfer.case_id == case.id))
        return case_record(case, cal, today, follow_up=follow, transfer=transfer, with_events=True)


def _dump(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)
