"""Attendance per session: scanned slips, names marked at the desk, paper sheets entered.

Only people holding a place are marked: present, absent (缺席) or excused (请假), kept apart.
Marking opens an hour before the session starts; a session called off takes no marks. The
session's row is locked (``FOR UPDATE`` on PostgreSQL; SQLite's write transaction is IMMEDIATE)
so two doors scanning the same slip at once mark it once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.activity_models import ActivitySession, ActivitySignup, SessionAttendance
from hall_desk.db.database import Database
from hall_desk.domain.activities import (
    AttendanceSource,
    AttendanceStatus,
    NumberSeries,
    SignupStatus,
    parse_activity_number,
)
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.printing.sign_in_sheet import render_sign_in_sheet
from hall_desk.services import audit
from hall_desk.services.activities.activity_queries import find_session
from hall_desk.services.activities.activity_records import AttendanceSheet, ScanResult
from hall_desk.services.activities.attendance_records import (
    attendance_line,
    attendance_sheet,
    check_marking,
    enrolled,
    marks_of,
    sign_in_data,
)
from hall_desk.services.activities.signup_roster import load_roster
from hall_desk.services.session import StaffSession

#: The form field of the scan box, named by a refusal of what was typed there.
FIELD_SCAN = "scan"


class AttendanceService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def sheet(self, actor: StaffSession, session_id: int) -> AttendanceSheet:
        """Everyone holding a place, with their mark for the session (or None)."""
        with self._db.read() as s:
            return attendance_sheet(s, find_session(s, actor, session_id), self._clock.now())

    def scan(self, actor: StaffSession, session_id: int, text: str) -> ScanResult:
        """A slip scanned (or its number typed) at the door: that person is present.

        A slip of another activity, one still waiting or cancelled, or a number nobody was
        given is refused, saying which.
        """
        now = self._clock.now()
        with self._db.write() as s:
            session = find_session(s, actor, session_id, lock=True)
            check_marking(session, now)
            signup = _slip(s, actor, session, text)
            mark = s.get(SessionAttendance, (session.id, signup.id))
            already = mark is not None and mark.status == AttendanceStatus.PRESENT.value
            if not already:
                mark = _put(s, actor, session, mark, signup.id, AttendanceStatus.PRESENT,
                            AttendanceSource.SCAN, now)  # fmt: skip
                _saved(session, actor, now)
                audit.record(s, at=now, actor=actor, action="mark_attendance",
                             entity="activity_session", entity_id=session.id,
                             source=AttendanceSource.SCAN.value, signup=signup.number,
                             present=1)  # fmt: skip
            return ScanResult(attendance_line(signup, mark), already)

    def mark(
        self,
        actor: StaffSession,
        session_id: int,
        marks: Mapping[int, AttendanceStatus | None],
        source: AttendanceSource,
    ) -> AttendanceSheet:
        """Several marks at once, by sign-up id; None clears a mark. Unchanged marks keep
        their time and source."""
        how = AttendanceSource(source)
        now = self._clock.now()
        with self._db.write() as s:
            session = find_session(s, actor, session_id, lock=True)
            check_marking(session, now)
            holding = {r.id for r in enrolled(s, session)}
            strangers = [i for i in marks if i not in holding]
            if strangers:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{count} of the people marked no longer hold a place in this activity; "
                        "nothing was saved. Please reopen the list.",
                    ),
                    count=len(strangers),
                )
            existing = marks_of(s, session)
            changed: Counter[str] = Counter()
            for signup_id, wanted in marks.items():
                mark = existing.get(signup_id)
                if wanted is None:
                    if mark is not None:
                        s.delete(mark)
                        changed["cleared"] += 1
                    continue
                status = AttendanceStatus(wanted)
                if mark is None or mark.status != status.value:
                    _put(s, actor, session, mark, signup_id, status, how, now)
                    changed[status.value] += 1
            if changed:
                _saved(session, actor, now)
                audit.record(s, at=now, actor=actor, action="mark_attendance",
                             entity="activity_session", entity_id=session.id,
                             source=how.value, **dict(sorted(changed.items())))  # fmt: skip
            return attendance_sheet(s, session, now)

    def all_present(self, actor: StaffSession, session_id: int) -> AttendanceSheet:
        """ "All present" for a class: everyone not yet marked is present; the absent and the
        excused keep their marks."""
        now = self._clock.now()
        with self._db.write() as s:
            session = find_session(s, actor, session_id, lock=True)
            check_marking(session, now)
            existing = marks_of(s, session)
            unmarked = [r.id for r in enrolled(s, session) if r.id not in existing]
            for signup_id in unmarked:
                _put(s, actor, session, None, signup_id, AttendanceStatus.PRESENT,
                     AttendanceSource.ALL, now)  # fmt: skip
            if unmarked:
                _saved(session, actor, now)
                audit.record(s, at=now, actor=actor, action="mark_attendance",
                             entity="activity_session", entity_id=session.id,
                             source=AttendanceSource.ALL.value,
                             present=len(unmarked))  # fmt: skip
            return attendance_sheet(s, session, now)

    def sign_in_sheet_pdf(self, actor: StaffSession, session_id: int) -> bytes:
        """The A4 sign-in sheet (签到表) of the session: a numbered row for everyone holding a
        place, with a column to sign in. Printing it is audited (it names people)."""
        now = self._clock.now()
        with self._db.write() as s:
            session = find_session(s, actor, session_id)
            data = sign_in_data(s, session, now)
            pdf = render_sign_in_sheet(data)
            audit.record(s, at=now, actor=actor, action="print", entity="activity_session",
                         entity_id=session.id, sheet="sign_in", rows=len(data.rows))  # fmt: skip
            return pdf


def _slip(s: Session, actor: StaffSession, session: ActivitySession, text: str) -> ActivitySignup:
    """The sign-up whose slip was scanned, if it holds a place in the session's activity."""
    parsed = parse_activity_number(text)
    if parsed is None or parsed[0] is not NumberSeries.SIGNUP:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "This is not a sign-up slip number: {text}"),
            field=FIELD_SCAN,
            text=text.strip()[:40],
        )
    number = parsed[1]
    signup = s.scalar(
        select(ActivitySignup).where(
            ActivitySignup.number == number, ActivitySignup.site_id == actor.site_id
        )
    )
    if signup is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "There is no sign-up slip numbered {number}."),
            number=number,
        )
    activity = session.activity
    if signup.activity_id != activity.id:
        raise ConflictError(
            QT_TRANSLATE_NOOP("Messages", "Slip {number} is for “{other}”, not for “{title}”."),
            number=number,
            other=signup.activity.title,
            title=activity.title,
        )
    if signup.status == SignupStatus.WAITING.value:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Slip {number} is still on the waiting list (place {position}); it has no "
                "place in this activity yet.",
            ),
            number=number,
            position=load_roster(s, activity).position(signup.id),
        )
    if signup.status == SignupStatus.CANCELLED.value:
        raise ConflictError(
            QT_TRANSLATE_NOOP("Messages", "Slip {number} was cancelled."), number=number
        )
    return signup


def _put(
    s: Session,
    actor: StaffSession,
    session: ActivitySession,
    mark: SessionAttendance | None,
    signup_id: int,
    status: AttendanceStatus,
    source: AttendanceSource,
    now: datetime,
) -> SessionAttendance:
    if mark is None:
        mark = SessionAttendance(session_id=session.id, signup_id=signup_id)
        s.add(mark)
    mark.status = status.value
    mark.source = source.value
    mark.marked_at = now
    mark.marked_by_id = actor.staff_id
    return mark


def _saved(session: ActivitySession, actor: StaffSession, now: datetime) -> None:
    session.attendance_saved_at = now
    session.attendance_saved_by_id = actor.staff_id
