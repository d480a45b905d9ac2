"""Chaining audit rows onto the audit chain as they are written.

Every audit row stores ``prev_hash`` (the row_hash of the row before it, 64 zeros for the first
row) and ``row_hash = sha256(prev_hash + content)``, where ``content`` is the UTF-8 bytes of
this JSON object, keys sorted, no spaces, non-ASCII kept as is::

    {"action": ..., "at": "2026-11-20T09:30:00.000000", "detail": ..., "entity": ...,
     "entity_id": ..., "id": 17, "site_id": 1, "staff_id": 2}

Rows are chained in id order across the whole database (every center), and the one row of
``audit_chain_head`` names the last row and its hash. ``services.audit`` seals the rows of a
transaction when it commits; checking the chain afterwards is ``services.safety.audit_chain``.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hall_desk.db.models import AuditChainHead, AuditEntry

log = logging.getLogger(__name__)

ZERO_HASH = "0" * 64
HEAD_ID = 1


def canonical_content(
    id: int,
    site_id: int | None,
    staff_id: int | None,
    at: datetime,
    action: str,
    entity: str,
    entity_id: str,
    detail: str,
) -> bytes:
    """The bytes a row's hash covers; see the module docstring for the exact form."""
    return json.dumps(
        {
            "id": id,
            "site_id": site_id,
            "staff_id": staff_id,
            "at": at.replace(tzinfo=None).isoformat(timespec="microseconds"),
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "detail": detail,
        },
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    ).encode("utf-8")


def chain_hash(prev_hash: str, content: bytes) -> str:
    """sha256 of the previous row's hash (64 hex digits, as ASCII) followed by ``content``."""
    return hashlib.sha256(prev_hash.encode("ascii") + content).hexdigest()


def entry_hash(prev_hash: str, entry: AuditEntry) -> str:
    return chain_hash(
        prev_hash,
        canonical_content(
            entry.id,
            entry.site_id,
            entry.staff_id,
            entry.at,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.detail,
        ),
    )


def seal(session: Session, entries: Sequence[AuditEntry]) -> None:
    """Insert ``entries`` and chain them onto the head, inside the session's transaction.

    The caller's own changes are flushed first, so locking the head is the last lock the
    transaction takes (no deadlock with other row locks) and is held only until the commit.
    On PostgreSQL the head row is locked with ``SELECT ... FOR UPDATE``; SQLite write
    transactions already hold the database's write lock (``BEGIN IMMEDIATE``). The entries'
    ids come from the insert made under that lock, so ids and chain order agree.
    """
    session.flush()
    prev_hash = _locked_head(session)
    for entry in entries:
        entry.prev_hash = entry.row_hash = ""
        session.add(entry)
    session.flush()
    for entry in sorted(entries, key=lambda e: e.id):
        entry.prev_hash = prev_hash
        entry.row_hash = prev_hash = entry_hash(prev_hash, entry)
    session.flush()
    last = max(entries, key=lambda e: e.id)
    session.execute(
        update(AuditChainHead)
        .where(AuditChainHead.id == HEAD_ID)
        .values(last_id=last.id, last_hash=last.row_hash)
    )


def _locked_head(session: Session) -> str:
    head = session.execute(
        select(AuditChainHead.last_hash).where(AuditChainHead.id == HEAD_ID).with_for_update()
    ).scalar_one_or_none()
    if head is not None:
        return head
    # Only a hand-edited database lacks the head (verify reports it); carry on from the last
    # row rather than refuse every change at the desk.
    last = session.execute(
        select(AuditEntry.id, AuditEntry.row_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    last_id, last_hash = (last.id, last.row_hash) if last is not None else (0, ZERO_HASH)
    log.warning("audit chain head missing; rebuilt at #%s", last_id)
    session.add(AuditChainHead(id=HEAD_ID, last_id=last_id, last_hash=last_hash))
    session.flush()
    return last_hash
