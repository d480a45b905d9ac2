"""The audit log: one row for every change and every look at a full ID or phone number."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.models import AuditEntry, Staff
from hall_desk.services.session import TERMINAL_STAFF_ID, StaffSession


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
    session.add(
        AuditEntry(
            site_id=site_id if site_id is not None else (actor.site_id if actor else None),
            staff_id=actor.staff_id if actor and actor.staff_id != TERMINAL_STAFF_ID else None,
            at=at,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            detail=json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str),
        )
    )


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
