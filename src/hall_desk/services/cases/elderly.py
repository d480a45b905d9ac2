"""The elderly-age subsidy (高龄补贴): who receives it, their annual checks, stops and bands."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import ElderlyCheck, ElderlySubsidy, Resident, SubsidyBand
from hall_desk.domain.cases import clean_reason
from hall_desk.domain.clock import Clock
from hall_desk.domain.elderly import (
    CheckMethod,
    StopReason,
    band_change_next_month,
    birthday_in,
    blank_bands,
    parse_amount_yuan,
)
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services import audit
from hall_desk.services.cases.elderly_rows import (
    CHECK_ORDER,
    BandChangeRow,
    BandInfo,
    SubsidyRow,
    band_info,
    band_of,
    name_key,
    subsidy_row,
)
from hall_desk.services.session import StaffSession


class ElderlyService:
    """The subsidy outside of cases: the amounts per age band, the lists of people to check
    or to move to a higher band, checks made on a home visit, stopping and resuming payment."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # -- age bands -----------------------------------------------------------------------
    def bands(self, actor: StaffSession) -> list[BandInfo]:
        """The center's age bands, youngest first; the usual three (80-89, 90-99, 100+) are
        created without amounts the first time anyone asks."""
        self._ensure_bands(actor)
        with self._db.read() as s:
            return self._bands(s, actor.site_id)

    def set_bands(self, actor: StaffSession, amounts: Mapping[int, str]) -> list[BandInfo]:
        """Set the monthly amounts, typed in yuan, of the bands keyed by their first age.

        Administrators only. Every bad amount is reported at once, each under the field
        ``band_<first age>``; bands not named keep their amount.
        """
        actor.require_admin()
        self._ensure_bands(actor)
        now = self._clock.now()
        with self._db.write() as s:
            rows = {
                row.min_age: row
                for row in s.scalars(
                    select(SubsidyBand).where(SubsidyBand.site_id == actor.site_id)
                )
            }
            errors: list[ValidationError] = []
            parsed: dict[int, int] = {}
            for min_age, raw in sorted(amounts.items()):
                field = f"band_{min_age}"
                if min_age not in rows:
                    errors.append(
                        ValidationError(
                            QT_TRANSLATE_NOOP("Messages", "There is no age band from {age}."),
                            field=field,
                            age=min_age,
                        )
                    )
                    continue
                try:
                    parsed[min_age] = parse_amount_yuan(raw)
                except ValidationError as exc:
                    errors.append(_refield(exc, field))
            if errors:
                raise ValidationError.many(errors)
            before = {band_info(r).label: r.monthly_amount_fen for r in rows.values()}
            for min_age, fen in parsed.items():
                row = rows[min_age]
                if row.monthly_amount_fen != fen:
                    row.monthly_amount_fen = fen
                    row.updated_at = now
            after = {band_info(r).label: r.monthly_amount_fen for r in rows.values()}
            if before != after:
                audit.record(
                    s,
                    at=now,
                    actor=actor,
                    action="update",
                    entity="subsidy_band",
                    before=before,
                    after=after,
                )
            s.flush()
            return self._bands(s, actor.site_id)

    def _ensure_bands(self, actor: StaffSession) -> None:
        with self._db.read() as s:
            if s.scalar(select(func.count()).where(SubsidyBand.site_id == actor.site_id)):
                return
        now = self._clock.now()
        try:
            with self._db.write() as s:
                if s.scalar(select(func.count()).where(SubsidyBand.site_id == actor.site_id)):
                    return
                for band in blank_bands():
                    s.add(
                        SubsidyBand(
                            site_id=actor.site_id,
                            min_age=band.min_age,
                            max_age=band.max_age,
                            monthly_amount_fen=None,
                            updated_at=now,
                        )
                    )
                audit.record(
                    s,
                    at=now,
                    actor=actor,
                    action="seed",
                    entity="subsidy_band",
                    bands=[band.label for band in blank_bands()],
                )
        except IntegrityError:
            pass  # another desk created them at the same moment

    @staticmethod
    def _bands(s: Session, site_id: int) -> list[BandInfo]:
        rows = s.scalars(
            select(SubsidyBand).where(SubsidyBand.site_id == site_id).order_by(SubsidyBand.min_age)
        )
        return [band_info(r) for r in rows]

    # -- lists ---------------------------------------------------------------------------
    def subsidised(self, actor: StaffSession, *, include_stopped: bool = False) -> list[SubsidyRow]:
        """Everyone being paid, by name; with ``include_stopped`` also those whose payment
        stopped (after everyone being paid)."""
        rows = self._rows(actor, include_stopped=include_stopped)
        return sorted(rows, key=lambda r: (r.stopped, name_key(r.name), r.id))

    def checks_due(self, actor: StaffSession) -> list[SubsidyRow]:
        """People whose annual check falls in this month or is overdue: overdue first (the
        longest overdue at the top), then this month's, each by name."""
        rows = [r for r in self._rows(actor) if r.check_status != "ok"]
        return sorted(
            rows, key=lambda r: (CHECK_ORDER[r.check_status], r.due_month, name_key(r.name), r.id)
        )

    def band_changes_next_month(self, actor: StaffSession) -> list[BandChangeRow]:
        """People being paid who reach the first age of a higher band next month (90 and 100
        with the usual bands), in birthday order."""
        today = self._clock.today()
        self._ensure_bands(actor)
        with self._db.read() as s:
            bands = self._bands(s, actor.site_id)
            pairs = self._load(s, actor, include_stopped=False)
            changes: list[BandChangeRow] = []
            starts = [b.min_age for b in bands]
            for subsidy, resident in pairs:
                if resident.birth_date is None:
                    continue
                new_age = band_change_next_month(resident.birth_date, today, starts=starts)
                if new_age is None:
                    continue
                band = band_of(bands, new_age)
                changes.append(
                    BandChangeRow(
                        subsidy=subsidy_row(subsidy, resident, bands, today),
                        new_age=new_age,
                        birthday=birthday_in(
                            resident.birth_date, resident.birth_date.year + new_age
                        ),
                        new_band_label=band.label if band else "",
                        new_monthly_amount_fen=band.monthly_amount_fen if band else None,
                    )
                )
        return sorted(changes, key=lambda c: (c.birthday, name_key(c.subsidy.name), c.subsidy.id))

    def get(self, actor: StaffSession, subsidy_id: int) -> SubsidyRow:
        today = self._clock.today()
        self._ensure_bands(actor)
        with self._db.read() as s:
            subsidy = self._subsidy(s, actor, subsidy_id)
            return subsidy_row(subsidy, subsidy.resident, self._bands(s, actor.site_id), today)

    def _rows(self, actor: StaffSession, *, include_stopped: bool = False) -> list[SubsidyRow]:
        today = self._clock.today()
        self._ensure_bands(actor)
        with self._db.read() as s:
            bands = self._bands(s, actor.site_id)
            return [
                subsidy_row(subsidy, resident, bands, today)
                for subsidy, resident in self._load(s, actor, include_stopped=include_stopped)
            ]

    @staticmethod
    def _load(
        s: Session, actor: StaffSession, *, include_stopped: bool
    ) -> list[tuple[ElderlySubsidy, Resident]]:
        query = (
            select(ElderlySubsidy, Resident)
            .join(Resident, Resident.id == ElderlySubsidy.resident_id)
            .where(ElderlySubsidy.site_id == actor.site_id)
        )
        if not include_stopped:
            query = query.where(ElderlySubsidy.stopped_on.is_(None))
        return [(subsidy, resident) for subsidy, resident in s.execute(query).all()]

    # -- changes -------------------------------------------------------------------------
    def record_check(
        self, actor: StaffSession, subsidy_id: int, method: str, note: str = ""
    ) -> SubsidyRow:
        """Record today's annual check made outside a case: on a home visit, or done on the
        person's behalf. A check in person at the desk is taken as a case (高龄补贴年审) so
        it gets a number and a slip; stopped payments are not checked."""
        errors: list[ValidationError] = []
        check_method: CheckMethod | None = None
        try:
            check_method = CheckMethod(method.strip().lower())
        except ValueError:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "Please choose how the check was done."),
                    field="check_method",
                )
            )
        if check_method is CheckMethod.IN_PERSON:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "A check in person at the desk is taken as a case (annual check), so "
                        "that it gets a number and a slip. Record only home visits and checks "
                        "done on the person's behalf here.",
                    ),
                    field="check_method",
                )
            )
        clean = ""
        try:
            clean = clean_reason(note, "note", required=False)
        except ValidationError as exc:
            errors.append(exc)
        if errors:
            raise ValidationError.many(errors)
        assert check_method is not None
        now = self._clock.now()
        today = now.date()
        with self._db.write() as s:
            subsidy = self._subsidy(s, actor, subsidy_id)
            name = subsidy.resident.name
            if subsidy.stopped_on is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Payment to {name} stopped on {date}; resume it before recording a check.",
                    ),
                    name=name,
                    date=subsidy.stopped_on.isoformat(),
                )
            if subsidy.last_checked_on == today:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The check of {name} was already recorded today."
                    ),
                    name=name,
                )
            check = ElderlyCheck(
                subsidy_id=subsidy.id,
                checked_on=today,
                method=check_method.value,
                case_id=None,
                staff_id=actor.staff_id,
                note=clean,
            )
            s.add(check)
            subsidy.last_checked_on = today
            subsidy.updated_at = now
            s.flush()
            audit.record(
                s,
                at=now,
                actor=actor,
                action="check",
                entity="elderly_subsidy",
                entity_id=subsidy.id,
                method=check_method.value,
                check_id=check.id,
            )
            return subsidy_row(subsidy, subsidy.resident, self._bands(s, actor.site_id), today)

    def stop(
        self,
        actor: StaffSession,
        subsidy_id: int,
        stopped_on: date | None,
        reason: str,
        note: str,
    ) -> SubsidyRow:
        """Stop payment from ``stopped_on`` (not in the future, not before payment started).

        ``reason`` is a :class:`StopReason` value; the note is required for ``other``. Every
        bad field is reported at once.
        """
        now = self._clock.now()
        today = now.date()
        with self._db.write() as s:
            subsidy = self._subsidy(s, actor, subsidy_id)
            name = subsidy.resident.name
            if subsidy.stopped_on is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "Payment to {name} already stopped on {date}."),
                    name=name,
                    date=subsidy.stopped_on.isoformat(),
                )
            errors: list[ValidationError] = []
            if stopped_on is None:
                errors.append(
                    ValidationError(
                        QT_TRANSLATE_NOOP("Messages", "Please enter the date payment stops."),
                        field="stopped_on",
                    )
                )
            elif stopped_on > today:
                errors.append(
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{date} is in the future; payment can be stopped from today at the "
                            "latest.",
                        ),
                        field="stopped_on",
                        date=stopped_on.isoformat(),
                    )
                )
            elif stopped_on < subsidy.started_on:
                errors.append(
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{date} is before payment started on {start}.",
                        ),
                        field="stopped_on",
                        date=stopped_on.isoformat(),
                        start=subsidy.started_on.isoformat(),
                    )
                )
            stop_reason: StopReason | None = None
            try:
                stop_reason = StopReason(reason.strip().lower())
            except ValueError:
                errors.append(
                    ValidationError(
                        QT_TRANSLATE_NOOP("Messages", "Please choose why payment stops."),
                        field="stop_reason",
                    )
                )
            clean = ""
            try:
                clean = clean_reason(note, "stop_note", required=False)
            except ValidationError as exc:
                errors.append(exc)
            else:
                if stop_reason is StopReason.OTHER and not clean:
                    errors.append(
                        ValidationError(
                            QT_TRANSLATE_NOOP("Messages", "Please write down why payment stops."),
                            field="stop_note",
                        )
                    )
            if errors:
                raise ValidationError.many(errors)
            assert stopped_on is not None and stop_reason is not None
            subsidy.stopped_on = stopped_on
            subsidy.stop_reason = stop_reason.value
            subsidy.stop_note = clean
            subsidy.updated_at = now
            audit.record(
                s,
                at=now,
                actor=actor,
                action="stop",
                entity="elderly_subsidy",
                entity_id=subsidy.id,
                stopped_on=stopped_on.isoformat(),
                reason=stop_reason.value,
                note=clean,
            )
            return subsidy_row(subsidy, subsidy.resident, self._bands(s, actor.site_id), today)

    def resume(self, actor: StaffSession, subsidy_id: int) -> SubsidyRow:
        """Take back a stop (entered by mistake, or the person came back); payment goes on
        from the original start and the annual check cycle with it."""
        now = self._clock.now()
        with self._db.write() as s:
            subsidy = self._subsidy(s, actor, subsidy_id)
            if subsidy.stopped_on is None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Messages", "Payment to {name} has not been stopped."),
                    name=subsidy.resident.name,
                )
            audit.record(
                s,
                at=now,
                actor=actor,
                action="resume",
                entity="elderly_subsidy",
                entity_id=subsidy.id,
                stopped_on=subsidy.stopped_on.isoformat(),
                reason=subsidy.stop_reason,
                note=subsidy.stop_note,
            )
            subsidy.stopped_on = None
            subsidy.stop_reason = ""
            subsidy.stop_note = ""
            subsidy.updated_at = now
            return subsidy_row(subsidy, subsidy.resident, self._bands(s, actor.site_id), now.date())

    @staticmethod
    def _subsidy(s: Session, actor: StaffSession, subsidy_id: int) -> ElderlySubsidy:
        subsidy = s.get(ElderlySubsidy, subsidy_id)
        if subsidy is None or subsidy.site_id != actor.site_id:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Messages", "That subsidy record no longer exists.")
            )
        return subsidy


def _refield(error: ValidationError, field: str) -> ValidationError:
    """The same message under another form field."""
    return ValidationError(error.message.template, field=field, **error.message.params)
