"""The 双报到 registry: units with their agreements, members, talent pools and kinds of demand.

Units and members are the center's own: every query is filtered by the signed-in center.
Members' phones and ID numbers are stored in full and handed out masked; a look at one in
full is written to the audit log. Audit rows name what changed, never a person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.party_models import Demand, PartyMember, PartyUnit
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ConflictError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.party_registry import clean_left, clean_member, clean_unit, pinyin_key
from hall_desk.services import audit
from hall_desk.services.party import registry_lists as lists
from hall_desk.services.party.registry_lists import ListEntry, PartyList
from hall_desk.services.party.registry_members import (
    apply_member,
    changed_fields,
    checked_pool_ids,
    clean_note,
    duplicate_refusal,
    flush_member,
    lock_registry,
    new_member,
    set_pools,
    stored_spec,
)
from hall_desk.services.party.registry_records import (
    MemberFilter,
    MemberForm,
    MemberInfo,
    MemberState,
    UnitForm,
    UnitInfo,
    member_info,
    member_row,
    unit_info,
    unit_row,
)
from hall_desk.services.party.registry_search import (
    audit_number_search,
    is_number_search,
    listed_members,
)
from hall_desk.services.party.registry_units import (
    active_member_counts,
    apply_unit,
    check_unit_name,
)
from hall_desk.services.session import StaffSession

__all__ = [
    "ListEntry",
    "MemberFilter",
    "MemberForm",
    "MemberInfo",
    "MemberState",
    "PartyList",
    "Places",
    "RegistryService",
    "UnitForm",
    "UnitInfo",
]


@dataclass(frozen=True)
class Places:
    """The 小区 and 网格 already used in the center, for completing what is typed."""

    neighbourhoods: tuple[str, ...]
    grids: tuple[str, ...]


class RegistryService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # -- units -----------------------------------------------------------------------------
    def units(self, session: StaffSession, *, include_retired: bool = False) -> list[UnitInfo]:
        """The center's units in pinyin order, with their active members counted."""
        today = self._clock.today()
        with self._db.read() as s:
            query = select(PartyUnit).where(PartyUnit.site_id == session.site_id)
            if not include_retired:
                query = query.where(PartyUnit.active)
            rows = s.scalars(query).all()
            counts = active_member_counts(s, session.site_id)
            units = [unit_info(r, counts.get(r.id, 0), today) for r in rows]
        return sorted(units, key=lambda u: (pinyin_key(u.name), u.id))

    def unit(self, session: StaffSession, unit_id: int) -> UnitInfo:
        with self._db.read() as s:
            row = unit_row(s, session, unit_id)
            count = active_member_counts(s, session.site_id).get(row.id, 0)
            return unit_info(row, count, self._clock.today())

    def add_unit(self, session: StaffSession, form: UnitForm) -> UnitInfo:
        """Register a unit (报到单位) with its contact and co-building agreement."""
        spec = clean_unit(
            name=form.name,
            kind=form.kind,
            contact_name=form.contact_name,
            contact_phone=form.contact_phone,
            agreement=form.agreement,
        )
        now = self._clock.now()
        with self._db.write() as s:
            check_unit_name(s, session.site_id, spec.name)
            row = PartyUnit(site_id=session.site_id, active=True, created_at=now)
            apply_unit(row, spec, keep_phone=False)
            row.updated_at = now
            s.add(row)
            s.flush()
            audit.record(s, at=now, actor=session, action="add", entity="party_unit",
                         entity_id=row.id, name=spec.name, kind=spec.kind.value)  # fmt: skip
            return unit_info(row, 0, now.date())

    def update_unit(self, session: StaffSession, unit_id: int, form: UnitForm) -> UnitInfo:
        """Change a unit; an empty contact phone keeps the stored one."""
        keep_phone = not form.contact_phone.strip()
        spec = clean_unit(
            name=form.name,
            kind=form.kind,
            contact_name=form.contact_name,
            contact_phone=form.contact_phone,
            agreement=form.agreement,
        )
        now = self._clock.now()
        with self._db.write() as s:
            row = unit_row(s, session, unit_id)
            check_unit_name(s, session.site_id, spec.name, unit_id)
            apply_unit(row, spec, keep_phone=keep_phone)
            row.updated_at = now
            audit.record(s, at=now, actor=session, action="update", entity="party_unit",
                         entity_id=unit_id, name=spec.name)  # fmt: skip
            count = active_member_counts(s, session.site_id).get(unit_id, 0)
            return unit_info(row, count, now.date())

    def set_unit_retired(self, session: StaffSession, unit_id: int, retired: bool) -> UnitInfo:
        """Retire a unit that no longer reports (its history stays), or bring it back.

        A unit whose members have not all left cannot be retired."""
        now = self._clock.now()
        with self._db.write() as s:
            row = unit_row(s, session, unit_id)
            count = active_member_counts(s, session.site_id).get(unit_id, 0)
            if retired and count:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{unit} still has {count} members who have not left. Mark them as left "
                        "or move them to another unit before retiring it.",
                    ),
                    unit=row.name,
                    count=count,
                )
            row.active = not retired
            row.updated_at = now
            audit.record(s, at=now, actor=session, action="retire" if retired else "restore",
                         entity="party_unit", entity_id=unit_id)  # fmt: skip
            return unit_info(row, count, now.date())

    # -- members ---------------------------------------------------------------------------
    def members(
        self, session: StaffSession, wanted: MemberFilter | None = None
    ) -> list[MemberInfo]:
        """The members the filter asks for: by unit, then name (in pinyin order); the
        re-report list (state "due") with the longest overdue first."""
        today = self._clock.today()
        wanted = wanted or MemberFilter()
        if is_number_search(wanted):  # audited: who looked a whole number up, how many found
            with self._db.write() as s:
                members = listed_members(s, session, wanted, today)
                audit_number_search(s, session, self._clock.now(), len(members))
        else:
            with self._db.read() as s:
                members = listed_members(s, session, wanted, today)
        if wanted.state is MemberState.DUE:
            return members  # the longest overdue first, as the query has it
        return sorted(members, key=lambda m: (pinyin_key(m.unit_name), pinyin_key(m.name), m.id))

    def member(self, session: StaffSession, member_id: int) -> MemberInfo:
        with self._db.read() as s:
            return member_info(member_row(s, session, member_id), self._clock.today())

    def add_member(self, session: StaffSession, form: MemberForm) -> MemberInfo:
        """Register a member sent by a unit. The same person twice (the same ID number, or
        the same name and phone) is refused, naming the unit that sent them."""
        now = self._clock.now()
        spec = clean_member(
            name=form.name,
            phone=form.phone,
            id_number=form.id_number,
            neighbourhood=form.neighbourhood,
            grid=form.grid,
            reported_on=form.reported_on,
            today=now.date(),
        )
        note = clean_note(form.note)
        with self._db.write() as s:
            lock_registry(s, session.site_id)
            unit = self._member_unit(s, session, form.unit_id)
            pool_ids = checked_pool_ids(s, session.site_id, form.pool_ids)
            refusal = duplicate_refusal(s, session.site_id, spec)
            if refusal is not None:
                raise refusal
            row = new_member(session.site_id, spec, unit.id, pool_ids, now)
            row.note = note
            s.add(row)
            flush_member(s)
            audit.record(s, at=now, actor=session, action="add", entity="party_member",
                         entity_id=row.id, unit_id=unit.id, pools=len(pool_ids),
                         id_number=spec.id_number is not None)  # fmt: skip
            return member_info(member_row(s, session, row.id), now.date())

    def update_member(self, session: StaffSession, member_id: int, form: MemberForm) -> MemberInfo:
        """Change a member; an empty phone or ID number keeps the stored one."""
        now = self._clock.now()
        spec = clean_member(
            name=form.name,
            phone=form.phone,
            id_number=form.id_number,
            neighbourhood=form.neighbourhood,
            grid=form.grid,
            reported_on=form.reported_on,
            today=now.date(),
            keep_phone=True,
        )
        note = clean_note(form.note)
        with self._db.write() as s:
            lock_registry(s, session.site_id)
            row = member_row(s, session, member_id)
            unit_id = row.unit_id
            if form.unit_id != row.unit_id:
                unit_id = self._member_unit(s, session, form.unit_id).id
            kept = [k.pool_id for k in row.skills]
            pool_ids = checked_pool_ids(s, session.site_id, form.pool_ids, kept)
            refusal = duplicate_refusal(s, session.site_id, stored_spec(row, spec), member_id)
            if refusal is not None:
                raise refusal
            changed = changed_fields(row, spec, unit_id, pool_ids, note)
            apply_member(row, spec, unit_id, now)
            row.note = note
            set_pools(row, pool_ids)
            flush_member(s)
            audit.record(s, at=now, actor=session, action="update", entity="party_member",
                         entity_id=member_id, fields=changed)  # fmt: skip
            s.flush()
            s.expire(row)
            return member_info(member_row(s, session, member_id), now.date())

    def report_again(self, session: StaffSession, member_id: int) -> MemberInfo:
        """The member has reported again (the half-yearly 再报到): today is the last report."""
        now = self._clock.now()
        with self._db.write() as s:
            row = member_row(s, session, member_id)
            if row.left_on is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "This member left on {day}; bring them back first."
                    ),
                    day=row.left_on.isoformat(),
                )
            row.last_reported_on = now.date()
            row.updated_at = now
            audit.record(s, at=now, actor=session, action="report_again",
                         entity="party_member", entity_id=member_id)  # fmt: skip
            return member_info(row, now.date())

    def mark_left(
        self, session: StaffSession, member_id: int, left_on: date | None, reason: str
    ) -> MemberInfo:
        """The member no longer serves here (moved, retired, transferred): when and why."""
        now = self._clock.now()
        with self._db.write() as s:
            row = member_row(s, session, member_id)
            if row.left_on is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "This member is already marked as left ({day})."),
                    day=row.left_on.isoformat(),
                )
            row.left_reason = clean_left(left_on, reason, row.reported_on, now.date())
            row.left_on = left_on
            row.updated_at = now
            audit.record(s, at=now, actor=session, action="left", entity="party_member",
                         entity_id=member_id, left_on=left_on)  # fmt: skip
            return member_info(row, now.date())

    def bring_back(self, session: StaffSession, member_id: int) -> MemberInfo:
        """Undo "left": the member serves again (the unit must still report)."""
        now = self._clock.now()
        with self._db.write() as s:
            row = member_row(s, session, member_id)
            if row.left_on is None:
                return member_info(row, now.date())
            if not row.unit.active:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{unit} is retired. Restore the unit first, or change the member's unit.",
                    ),
                    unit=row.unit.name,
                )
            row.left_on = None
            row.left_reason = ""
            row.updated_at = now
            audit.record(s, at=now, actor=session, action="back", entity="party_member",
                         entity_id=member_id)  # fmt: skip
            return member_info(row, now.date())

    def reveal_member(self, session: StaffSession, member_id: int, what: str) -> str:
        """A member's full phone (any staff: the desk calls members to hand them demands) or
        ID number (administrators only); every look is written to the audit log."""
        if what not in ("phone", "id_number"):
            raise ValueError(what)
        if what == "id_number":
            session.require_admin()
        with self._db.write() as s:
            row = member_row(s, session, member_id)
            audit.record(s, at=self._clock.now(), actor=session, action="reveal",
                         entity="party_member", entity_id=member_id, field=what)  # fmt: skip
            return str(getattr(row, what) or "")

    def places(self, session: StaffSession) -> Places:
        """Every 小区 and 网格 already written for a member or a demand, sorted."""
        with self._db.read() as s:
            site = session.site_id
            member_places = (
                select(PartyMember.neighbourhood).where(PartyMember.site_id == site).distinct()
            )
            demand_places = select(Demand.neighbourhood).where(Demand.site_id == site).distinct()
            neighbourhoods = set(s.scalars(member_places)) | set(s.scalars(demand_places))
            grids = set(
                s.scalars(select(PartyMember.grid).where(PartyMember.site_id == site).distinct())
            )
        return Places(
            tuple(sorted(n for n in neighbourhoods if n)), tuple(sorted(g for g in grids if g))
        )

    # -- talent pools and kinds of demand (administrators) ----------------------------------
    def list_entries(self, session: StaffSession, which: PartyList) -> list[ListEntry]:
        """The center's talent pools or kinds of demand, retired ones too, in order."""
        with self._db.read() as s:
            found = lists.entries(s, session.site_id, which, seed=False)
        if found:
            return found
        with self._db.write() as s:  # the first look seeds the center's lists
            return lists.entries(s, session.site_id, which)

    def add_entry(self, session: StaffSession, which: PartyList, name: str) -> ListEntry:
        session.require_admin()
        now = self._clock.now()
        with self._db.write() as s:
            row = lists.add_entry(s, session.site_id, which, name)
            audit.record(s, at=now, actor=session, action="add", entity=_entity(which),
                         entity_id=row.id, name=row.name)  # fmt: skip
            return ListEntry(row.id, row.name, row.active, 0)

    def rename_entry(
        self, session: StaffSession, which: PartyList, entry_id: int, name: str
    ) -> ListEntry:
        """A new name; what was filed under the old one follows it."""
        session.require_admin()
        now = self._clock.now()
        with self._db.write() as s:
            row = lists.rename_entry(s, session.site_id, which, entry_id, name)
            audit.record(s, at=now, actor=session, action="rename", entity=_entity(which),
                         entity_id=row.id, name=row.name)  # fmt: skip
            return self._entry(s, session, which, row.id)

    def set_entry_retired(
        self, session: StaffSession, which: PartyList, entry_id: int, retired: bool
    ) -> ListEntry:
        """Retire an entry (no longer offered; members and demands keep it) or restore it."""
        session.require_admin()
        now = self._clock.now()
        with self._db.write() as s:
            row = lists.entry_row(s, session.site_id, which, entry_id)
            if retired and row.active:
                lists.check_not_last(s, session.site_id, which, entry_id)
            row.active = not retired
            audit.record(s, at=now, actor=session, action="retire" if retired else "restore",
                         entity=_entity(which), entity_id=entry_id)  # fmt: skip
            return self._entry(s, session, which, entry_id)

    def move_entry(
        self, session: StaffSession, which: PartyList, entry_id: int, step: int
    ) -> list[ListEntry]:
        """Move an entry one place up (``step`` -1) or down (+1); the whole list after."""
        session.require_admin()
        now = self._clock.now()
        with self._db.write() as s:
            if lists.move_entry(s, session.site_id, which, entry_id, step):
                audit.record(s, at=now, actor=session, action="move", entity=_entity(which),
                             entity_id=entry_id, step=step)  # fmt: skip
            s.flush()
            return lists.entries(s, session.site_id, which)

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _entry(s: Session, session: StaffSession, which: PartyList, entry_id: int) -> ListEntry:
        s.flush()
        return next(e for e in lists.entries(s, session.site_id, which) if e.id == entry_id)

    @staticmethod
    def _member_unit(s: Session, session: StaffSession, unit_id: int | None) -> PartyUnit:
        if unit_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Please choose the unit that sent the member."),
                field="unit",
            )
        unit = unit_row(s, session, unit_id)
        if not unit.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{unit} is retired; restore it first or choose another unit."
                ),
                field="unit",
                unit=unit.name,
            )
        return unit


def _entity(which: PartyList) -> str:
    return "talent_pool" if which is PartyList.POOLS else "demand_category"
