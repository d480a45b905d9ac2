"""Party membership transfers (党员组织关系转接) after intake: receipts to chase, letters
running out and the receipt when it comes back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import PartyTransfer, Resident, ServiceCase
from hall_desk.domain.cases import CaseStatus, clean_reason
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.party_transfer import (
    TransferChannel,
    TransferDirection,
    TransferScope,
    expired,
    expires_soon,
    receipt_overdue,
)
from hall_desk.services import audit
from hall_desk.services.session import StaffSession

_NO_LETTER_SENT = (CaseStatus.REFUSED.value, CaseStatus.RETURNED.value)
"""Case outcomes after which no letter went anywhere, so no receipt is awaited."""


@dataclass(frozen=True)
class TransferRow:
    """One transfer letter with its case, as the lists show it (days and expiry as of today)."""

    id: int
    case_id: int
    case_number: str
    resident_name: str
    direction: TransferDirection
    scope: TransferScope
    from_org: str
    to_org: str
    letter_number: str
    issued_on: date
    valid_until: date
    channel: TransferChannel
    receipt_back_on: date | None
    days_since_issue: int
    expired: bool
    receipt_note: str = ""
    case_open: bool = True


def _row(transfer: PartyTransfer, case: ServiceCase, name: str, today: date) -> TransferRow:
    return TransferRow(
        id=transfer.id,
        case_id=case.id,
        case_number=case.number,
        resident_name=name,
        direction=TransferDirection(transfer.direction),
        scope=TransferScope(transfer.scope),
        from_org=transfer.from_org,
        to_org=transfer.to_org,
        letter_number=transfer.letter_number,
        issued_on=transfer.issued_on,
        valid_until=transfer.valid_until,
        channel=TransferChannel(transfer.channel),
        receipt_back_on=transfer.receipt_back_on,
        days_since_issue=(today - transfer.issued_on).days,
        expired=expired(transfer.valid_until, today),
        receipt_note=transfer.receipt_note,
        case_open=case.closed_at is None,
    )


class TransferService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def outstanding_receipts(self, actor: StaffSession) -> list[TransferRow]:
        """Letters whose receipt (回执) is not back more than 30 days after issue, oldest
        first. Cases refused or returned are left out: their letter went nowhere."""
        today = self._clock.today()
        rows = self._rows(
            actor,
            PartyTransfer.receipt_back_on.is_(None),
            ServiceCase.status.not_in(_NO_LETTER_SENT),
        )
        late = [r for r in rows if receipt_overdue(r.issued_on, r.receipt_back_on, today)]
        return sorted(late, key=lambda r: (r.issued_on, r.id))

    def expiring_letters(self, actor: StaffSession) -> list[TransferRow]:
        """Letters of open cases that run out within 7 days or already have, the earliest
        end of validity first."""
        today = self._clock.today()
        rows = self._rows(actor, ServiceCase.closed_at.is_(None))
        soon = [
            r for r in rows if expired(r.valid_until, today) or expires_soon(r.valid_until, today)
        ]
        return sorted(soon, key=lambda r: (r.valid_until, r.id))

    def all_transfers(self, actor: StaffSession, limit: int = 300) -> list[TransferRow]:
        """The newest transfers (by issue date), at most ``limit``."""
        return self._rows(actor, limit=limit)

    def record_receipt(
        self,
        actor: StaffSession,
        transfer_id: int,
        received_on: date | None,
        note: str = "",
    ) -> TransferRow:
        """The receipt came back on ``received_on`` (not in the future, not before the letter
        was issued). Every bad field is reported at once."""
        now = self._clock.now()
        today = now.date()
        with self._db.write() as s:
            transfer = self._transfer(s, actor, transfer_id)
            case = transfer.case
            if transfer.receipt_back_on is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The receipt of letter {letter} was already recorded as back on {date}.",
                    ),
                    letter=transfer.letter_number,
                    date=transfer.receipt_back_on.isoformat(),
                )
            errors: list[ValidationError] = []
            if received_on is None:
                errors.append(
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Please enter the date the receipt came back."
                        ),
                        field="received_on",
                    )
                )
            elif received_on > today:
                errors.append(
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "{date} is in the future; the receipt cannot be back yet."
                        ),
                        field="received_on",
                        date=received_on.isoformat(),
                    )
                )
            elif received_on < transfer.issued_on:
                errors.append(
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "{date} is before the letter was issued on {issued}."
                        ),
                        field="received_on",
                        date=received_on.isoformat(),
                        issued=transfer.issued_on.isoformat(),
                    )
                )
            clean = ""
            try:
                clean = clean_reason(note, "receipt_note", required=False)
            except ValidationError as exc:
                errors.append(exc)
            if errors:
                raise ValidationError.many(errors)
            assert received_on is not None
            transfer.receipt_back_on = received_on
            transfer.receipt_note = clean
            audit.record(
                s,
                at=now,
                actor=actor,
                action="receipt",
                entity="party_transfer",
                entity_id=transfer.id,
                case=case.number,
                received_on=received_on.isoformat(),
            )
            return _row(transfer, case, case.resident.name, today)

    def _rows(
        self, actor: StaffSession, *conditions: object, limit: int | None = None
    ) -> list[TransferRow]:
        today = self._clock.today()
        with self._db.read() as s:
            query = (
                select(PartyTransfer, ServiceCase, Resident.name)
                .join(ServiceCase, ServiceCase.id == PartyTransfer.case_id)
                .join(Resident, Resident.id == ServiceCase.resident_id)
                .where(PartyTransfer.site_id == actor.site_id, *conditions)  # type: ignore[arg-type]
                .order_by(PartyTransfer.issued_on.desc(), PartyTransfer.id.desc())
            )
            if limit is not None:
                query = query.limit(limit)
            return [_row(t, c, name, today) for t, c, name in s.execute(query).all()]

    @staticmethod
    def _transfer(s: Session, actor: StaffSession, transfer_id: int) -> PartyTransfer:
        transfer = s.get(PartyTransfer, transfer_id)
        if transfer is None or transfer.site_id != actor.site_id:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Messages", "That party membership transfer no longer exists.")
            )
        return transfer
