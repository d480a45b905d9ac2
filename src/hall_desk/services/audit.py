"""The audit log: one row for every change and every look at a full ID or phone number.

``record`` queues the row in the caller's session; when that transaction commits, the queued
rows are inserted and chained onto the audit chain head (``services.audit_seal.seal``), so the
head is locked last and only for the moment of the commit. A savepoint rolled back drops the
rows recorded inside it, as it would drop any other row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, SessionTransaction

from hall_desk.db.database import Database
from hall_desk.db.models import AuditEntry, Staff
from hall_desk.services.audit_seal import seal
from hall_desk.services.session import TERMINAL_STAFF_ID, StaffSession, require_still_active


def record(
    session: Session,
    *,
    at: datetime,
    actor: StaffSession | None,
    action: str,
    entity: str,
    entity_id: object = "",
    site_id: int | None = None,
    **detail: Any,
) -> None:
    """Add an audit row inside the caller's transaction, so it commits with the change."""
    if actor is not None:
        require_still_active(session, actor)
    entry = AuditEntry(
        site_id=site_id if site_id is not None else (actor.site_id if actor else None),
        staff_id=actor.staff_id if actor and actor.staff_id != TERMINAL_STAFF_ID else None,
        at=at.replace(tzinfo=None),
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        detail=json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str),
    )
    session.info.setdefault(_PENDING, []).append(entry)


_PENDING = "hall_desk.audit.pending"
_MARKS = "hall_desk.audit.savepoints"


def _pending(session: Session) -> list[AuditEntry]:
    return session.info.get(_PENDING, [])  # type: ignore[no-any-return]


@event.listens_for(Session, "before_commit")
def _seal_on_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint released: its rows wait for the real commit
    entries = session.info.pop(_PENDING, None)
    if entries:
        seal(session, entries)


@event.listens_for(Session, "after_transaction_create")
def _mark_savepoint(session: Session, transaction: SessionTransaction) -> None:
    if transaction.nested:
        session.info.setdefault(_MARKS, {})[transaction] = len(_pending(session))


@event.listens_for(Session, "after_soft_rollback")
def _drop_rolled_back(session: Session, previous_transaction: SessionTransaction) -> None:
    marks: dict[SessionTransaction, int] = session.info.get(_MARKS, {})
    if previous_transaction.nested:
        # Rows recorded before the savepoint began stay; a savepoint begun before the first
        # record() in this session has no mark, and everything queued came after it.
        del _pending(session)[marks.pop(previous_transaction, 0) :]
    elif previous_transaction.parent is None:  # not a flush's inner transaction
        session.info.pop(_PENDING, None)
        session.info.pop(_MARKS, None)


@event.listens_for(Session, "after_transaction_end")
def _forget(session: Session, transaction: SessionTransaction) -> None:
    # Only the outermost transaction: each flush runs in an inner one of its own. Savepoint
    # marks live until then, as a savepoint's end is reported before its rollback.
    if transaction.parent is None:
        session.info.pop(_PENDING, None)
        session.info.pop(_MARKS, None)


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    staff: str
    action: str
    entity: str
    entity_id: str
    detail: dict[str, Any]


class AuditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def recent(self, actor: StaffSession, limit: int = 200) -> list[AuditRow]:
        """The newest audit rows of the actor's center."""
        with self._db.read() as s:
            rows = s.execute(
                select(AuditEntry, Staff.full_name)
                .outerjoin(Staff, Staff.id == AuditEntry.staff_id)
                .where(AuditEntry.site_id == actor.site_id)
                .order_by(AuditEntry.id.desc())
                .limit(limit)
            ).all()
        return [
            AuditRow(e.at, name or "", e.action, e.entity, e.entity_id, json.loads(e.detail))
            for e, name in rows
        ]
