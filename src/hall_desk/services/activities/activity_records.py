"""What the desk types and sees of activities, sign-ups, attendance and volunteers.

Forms come in from the widgets as typed (text may be dirty, numbers may be strings); records go
out as frozen dataclasses with phones and ID numbers already masked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from hall_desk.domain.activities import (
    ActivityKind,
    ActivityStatus,
    AttendanceSource,
    AttendanceStatus,
    Audience,
    OrganiserKind,
    SessionStatus,
    ShiftStatus,
    SignupStatus,
)
from hall_desk.domain.bookings import RepeatRule
from hall_desk.domain.errors import Message

# -- activities and sessions ----------------------------------------------------------------


@dataclass(frozen=True)
class OrganiserChoice:
    """One entry of the organiser chooser: the center, an active unit, or a live project."""

    kind: OrganiserKind
    id: int | None  # unit or project id; None for the center
    name: str


@dataclass(frozen=True)
class ActivityForm:
    """An activity as typed; numbers may arrive as text and are checked by the service."""

    title: str
    kind: str  # ActivityKind value
    organiser_kind: str = OrganiserKind.CENTER.value
    organiser_id: int | None = None
    capacity: int | str = 30
    audience: str = Audience.ALL.value
    age_min: int | str | None = None
    age_max: int | str | None = None
    signup_opens_at: datetime | None = None
    signup_closes_at: datetime | None = None
    description: str = ""


@dataclass(frozen=True)
class SessionPlan:
    """The sessions to create: the first one's date and times, repeated by ``rule`` (None: one
    date), each in ``room_id`` (booked through the booking service) or at ``place``."""

    starts_at: datetime | None
    ends_at: datetime | None
    room_id: int | None = None
    place: str = ""
    rule: RepeatRule | None = None


@dataclass(frozen=True)
class SessionCheck:
    """One planned session and, when its room cannot be booked, why not (as for any booking)."""

    starts_at: datetime
    ends_at: datetime
    problem: Message | None = None

    @property
    def free(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class SessionInfo:
    id: int
    activity_id: int
    seq: int  # 1-based position among the activity's sessions (cancelled ones included)
    starts_at: datetime
    ends_at: datetime
    room_id: int | None
    room_name: str
    place: str  # the room's name, or the place typed for a session outside the rooms
    booking_number: str  # "" when not in a room
    status: SessionStatus
    attendance_saved_at: datetime | None
    present: int
    absent: int
    excused: int


@dataclass(frozen=True)
class ActivityRow:
    """A line of the activities list."""

    id: int
    number: str
    title: str
    kind: ActivityKind
    organiser_kind: OrganiserKind
    organiser_name: str
    status: ActivityStatus
    first_starts_at: datetime | None
    last_ends_at: datetime | None
    sessions: int  # planned (not cancelled)
    capacity: int
    enrolled: int
    waiting: int
    signup_open: bool  # sign-up is possible right now (window, places or waiting list)


@dataclass(frozen=True)
class ActivityDetail:
    row: ActivityRow
    form: ActivityForm  # the activity as it can be edited
    audience: Audience
    age_min: int | None
    age_max: int | None
    signup_opens_at: datetime | None
    signup_closes_at: datetime | None
    description: str
    cancel_reason: str
    sessions: list[SessionInfo]
    roles: list[RoleInfo]
    #: The planned dates left out because their room could not be booked (``skip_conflicts``
    #: of the create or add-sessions call that returned this detail; empty otherwise).
    skipped: list[SessionCheck] = field(default_factory=list)


@dataclass(frozen=True)
class ActivityQuery:
    text: str = ""  # title, number
    kind: str | None = None
    start: date | None = None  # activities with a session on or after
    end: date | None = None  # ... and on or before
    include_cancelled: bool = False


# -- sign-ups -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignupForm:
    """Who signs up: a resident found as on the visitor desk; for a children's activity that
    resident is the guardian and the child is named with a birth date."""

    resident_id: int | None
    child_name: str = ""
    child_birth_date: date | None = None
    guardian_relation: str = ""  # 父亲, 母亲, 祖父母 ...
    contact_phone: str = ""  # required for a child when the guardian has no phone on record


@dataclass(frozen=True)
class SignupRow:
    id: int
    activity_id: int
    number: str  # the slip's number, scanned at the door
    status: SignupStatus
    #: The participant's name (the child's, for a children's activity).
    name: str
    guardian_name: str  # "" for an adult
    guardian_relation: str
    masked_phone: str
    child_age: int | None
    waiting_position: int | None  # 1-based, only while waiting
    queued_at: datetime
    promoted_at: datetime | None
    cancelled_at: datetime | None
    attended: int  # sessions present
    absent: int
    excused: int


@dataclass(frozen=True)
class CancelResult:
    cancelled: SignupRow
    promoted: list[SignupRow]  # moved up from the waiting list by this cancellation


# -- attendance -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceLine:
    signup_id: int
    number: str
    name: str
    guardian_name: str
    masked_phone: str
    status: AttendanceStatus | None  # None: not marked yet
    source: AttendanceSource | None
    marked_at: datetime | None


@dataclass(frozen=True)
class AttendanceSheet:
    activity: ActivityRow
    session: SessionInfo
    lines: list[AttendanceLine]


@dataclass(frozen=True)
class ScanResult:
    """The outcome of scanning a slip at the door of a session."""

    line: AttendanceLine
    already: bool  # it had been marked present before


# -- volunteers -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RoleForm:
    name: str
    places: int | str
    description: str = ""
    id: int | None = None  # None: a new role


@dataclass(frozen=True)
class RoleInfo:
    id: int
    activity_id: int
    name: str
    places: int
    description: str
    active: bool


@dataclass(frozen=True)
class VolunteerRef:
    """A volunteer: a 双报到 member or a resident (exactly one of the two)."""

    member_id: int | None = None
    resident_id: int | None = None


@dataclass(frozen=True)
class VolunteerCandidate:
    ref: VolunteerRef
    name: str
    masked_phone: str
    unit_name: str  # the member's unit; "" for a resident
    is_member: bool


@dataclass(frozen=True)
class ShiftRow:
    id: int
    role_id: int
    role_name: str
    session_id: int
    activity_id: int
    activity_title: str
    starts_at: datetime  # the session's times
    ends_at: datetime
    ref: VolunteerRef
    name: str
    masked_phone: str
    unit_name: str
    status: ShiftStatus
    signed_in_at: datetime | None
    signed_out_at: datetime | None
    credited_minutes: int
    supplementary: bool
    supplement_reason: str


@dataclass(frozen=True)
class HoursItem:
    """One served shift on a ledger or certificate."""

    day: date
    activity_number: str
    activity_title: str
    role_name: str
    minutes: int
    supplementary: bool


@dataclass(frozen=True)
class HoursLedger:
    ref: VolunteerRef
    name: str
    masked_id_number: str
    masked_phone: str
    unit_name: str
    start: date
    end: date
    items: list[HoursItem]
    total_minutes: int


@dataclass(frozen=True)
class HoursTotal:
    """A person's total over a period, one line of the hours sheet and the 公示 list."""

    ref: VolunteerRef
    name: str
    masked_phone: str
    unit_name: str
    shifts: int
    total_minutes: int


@dataclass(frozen=True)
class CertificateInfo:
    id: int
    number: str
    ref: VolunteerRef
    name: str
    masked_id_number: str
    unit_name: str
    period_from: date
    period_to: date
    total_minutes: int
    items: list[HoursItem] = field(default_factory=list)
    issued_by: str = ""
    issued_at: datetime | None = None
    prints: int = 0
