"""Signing people up for an activity, with a waiting list that moves up by itself.

A sign-up takes a place while one is free and otherwise joins the end of the waiting list. The
places are counted under a lock, so two desks signing people up at the same moment never give
away more than the capacity: on SQLite the write transaction began IMMEDIATE (one writer at a
time); on PostgreSQL the activity's row is locked ``FOR UPDATE`` before anything is counted.
A cancellation hands its place to the first on the waiting list in the same transaction.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.activity_models import Activity, ActivitySignup
from hall_desk.db.database import Database
from hall_desk.db.models import Resident
from hall_desk.domain.activities import (
    ActivityStatus,
    Audience,
    NumberSeries,
    SignupStatus,
)
from hall_desk.domain.activity_rules import (
    FIELD_PHONE,
    FIELD_RESIDENT,
    CleanChild,
    check_signup_open,
    clean_child,
    clean_reason,
)
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.phones import parse_phone
from hall_desk.printing.activity_slips import render_signup_slip, signup_archive_name
from hall_desk.printing.slip_layout import SlipLayout
from hall_desk.services import audit
from hall_desk.services.activities.activity_queries import PLANNED, find_activity
from hall_desk.services.activities.activity_records import CancelResult, SignupForm, SignupRow
from hall_desk.services.activities.signup_records import (
    activity_signups,
    find_signup,
    first_session_day,
    signup_rows,
)
from hall_desk.services.activities.signup_roster import HOLDING, load_roster, promote
from hall_desk.services.activities.signup_slips import slip_data
from hall_desk.services.archive import archive_pdf
from hall_desk.services.numbering import next_activity_number
from hall_desk.services.session import StaffSession


class SignupService:
    def __init__(self, db: Database, clock: Clock, slips_dir: Path | None = None) -> None:
        self._db = db
        self._clock = clock
        self._slips_dir = slips_dir

    def sign_up(self, actor: StaffSession, activity_id: int, form: SignupForm) -> SignupRow:
        """Sign a resident (or a resident's child) up: a place while one is free, else the end
        of the waiting list (the row gives the position)."""
        now = self._clock.now()
        with self._db.write() as s:
            activity = find_activity(s, actor, activity_id, lock=True)
            last_end = max((x.ends_at for x in activity.sessions if x.status == PLANNED),
                           default=None)  # fmt: skip
            check_signup_open(ActivityStatus(activity.status), activity.signup_opens_at,
                              activity.signup_closes_at, last_end, now,
                              title=activity.title)  # fmt: skip
            resident = _resident(s, actor, form.resident_id)
            child: CleanChild | None = None
            if activity.audience == Audience.CHILDREN.value:
                child = clean_child(
                    form.child_name,
                    form.child_birth_date,
                    form.guardian_relation,
                    age_min=activity.age_min,
                    age_max=activity.age_max,
                    on=first_session_day(s, activity) or now.date(),
                )
            phone = _contact_phone(form.contact_phone, resident, child is not None)
            _refuse_twice(s, activity, resident, child)
            roster = load_roster(s, activity)
            row = ActivitySignup(
                site_id=actor.site_id,
                activity_id=activity.id,
                number=next_activity_number(s, actor.site_id, NumberSeries.SIGNUP, now.year),
                resident_id=resident.id,
                child_name=child.name if child else "",
                child_birth_date=child.birth_date if child else None,
                guardian_relation=child.relation if child else "",
                contact_phone=phone,
                status=SignupStatus.WAITING.value,
                queued_at=now,
                cancel_reason="",
                clerk_id=actor.staff_id,
                created_at=now,
                updated_at=now,
                slips_printed=0,
            )
            s.add(row)
            s.flush()
            roster, enrolled = roster.add(row.id)
            if enrolled:
                row.status = SignupStatus.ENROLLED.value
            audit.record(s, at=now, actor=actor, action="sign_up", entity="activity_signup",
                         entity_id=row.number, activity=activity.number, status=row.status,
                         position=roster.position(row.id), child=child is not None)  # fmt: skip
            s.flush()
            return signup_rows(s, activity, [row], roster)[0]

    def cancel(self, actor: StaffSession, signup_id: int, reason: str) -> CancelResult:
        """Cancel a sign-up; a place it held goes at once to the first on the waiting list."""
        text = clean_reason(reason)
        now = self._clock.now()
        with self._db.write() as s:
            activity_id = find_signup(s, actor, signup_id).activity_id
            activity = find_activity(s, actor, activity_id, lock=True)
            row = find_signup(s, actor, signup_id)
            s.refresh(row)  # as it stands now that the activity is locked
            if row.status == SignupStatus.CANCELLED.value:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "Sign-up {number} was already cancelled."),
                    number=row.number,
                )
            was = row.status
            row.status = SignupStatus.CANCELLED.value
            row.cancelled_at = now
            row.cancel_reason = text
            row.updated_at = now
            s.flush()
            open_ = activity.status == ActivityStatus.OPEN.value
            roster, moved = load_roster(s, activity).fill() if open_ else (None, ())
            audit.record(s, at=now, actor=actor, action="cancel_signup", entity="activity_signup",
                         entity_id=row.number, activity=activity.number, was=was,
                         promoted=len(moved), reason="given")  # fmt: skip
            promoted = promote(s, actor, activity, moved, now, because="cancel")
            roster = load_roster(s, activity)
            return CancelResult(
                cancelled=signup_rows(s, activity, [row], roster)[0],
                promoted=signup_rows(s, activity, promoted, roster),
            )

    def signups(
        self, actor: StaffSession, activity_id: int, *, include_cancelled: bool = False
    ) -> list[SignupRow]:
        """Enrolled (by sign-up time), then the waiting list (by position), then, if asked,
        the cancelled ones."""
        with self._db.read() as s:
            activity = find_activity(s, actor, activity_id)
            rows = activity_signups(s, activity, include_cancelled=include_cancelled)
            return signup_rows(s, activity, rows, load_roster(s, activity))

    def slip_pdf(
        self, actor: StaffSession, signup_id: int, layout: SlipLayout, *, reprint: bool = False
    ) -> bytes:
        """The sign-up slip (A5 or the 80 mm roll) with the QR code of its number, archived
        before it goes to the printer; any slip after the first is marked 补打."""
        layout = SlipLayout(layout)
        now = self._clock.now()
        with self._db.write() as s:
            row = find_signup(s, actor, signup_id)
            if row.status == SignupStatus.CANCELLED.value:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Sign-up {number} was cancelled; there is no slip to print."
                    ),
                    number=row.number,
                )
            again = reprint or row.slips_printed > 0
            roster = load_roster(s, row.activity)
            pdf = render_signup_slip(
                slip_data(s, row, roster.position(row.id), now, reprint=again), layout
            )
            archive_pdf(self._slips_dir, signup_archive_name(row.number, now, again), now, pdf)
            row.slips_printed += 1
            audit.record(s, at=now, actor=actor, action="reprint" if again else "print",
                         entity="activity_signup", entity_id=row.number,
                         layout=layout.value)  # fmt: skip
            return pdf


def _resident(s: Session, actor: StaffSession, resident_id: int | None) -> Resident:
    if resident_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please find the person signing up."),
            field=FIELD_RESIDENT,
        )
    resident = s.get(Resident, resident_id)
    if resident is None or resident.site_id != actor.site_id:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "That resident record no longer exists."))
    return resident


def _contact_phone(typed: str, resident: Resident, for_child: bool) -> str:
    """The phone typed (checked), else the resident's on file; a child needs one of them."""
    if typed.strip():
        try:
            return parse_phone(typed).canonical
        except ValidationError as exc:
            message = exc.message
            raise ValidationError(message.template, field=FIELD_PHONE, **message.params) from None
    if for_child and not resident.phone:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Please enter the guardian's phone number: none is on file."
            ),
            field=FIELD_PHONE,
        )
    return ""  # the resident's phone on file is used, as it stands when they are called


def _refuse_twice(
    s: Session, activity: Activity, resident: Resident, child: CleanChild | None
) -> None:
    """Nobody is signed up (or waiting) twice: the same resident, or the same child of them."""
    earlier = s.scalar(
        select(ActivitySignup).where(
            ActivitySignup.activity_id == activity.id,
            ActivitySignup.resident_id == resident.id,
            ActivitySignup.child_name == (child.name if child else ""),
            ActivitySignup.status.in_(HOLDING),
        )
    )
    if earlier is None:
        return
    if earlier.status == SignupStatus.WAITING.value:
        position = load_roster(s, activity).position(earlier.id)
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Already on the waiting list of “{title}”, at place {position} (slip {number}).",
            ),
            title=activity.title,
            position=position,
            number=earlier.number,
        )
    raise ConflictError(
        QT_TRANSLATE_NOOP("Messages", "Already signed up for “{title}” (slip {number})."),
        title=activity.title,
        number=earlier.number,
    )
