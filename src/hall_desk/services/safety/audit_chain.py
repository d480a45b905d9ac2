"""The audit trail as a hash chain, and the check that nothing in it was changed.

Every audit row stores ``prev_hash`` (the row_hash of the row before it, 64 zeros for the first
row) and ``row_hash = sha256(prev_hash + content)``; ``services.audit_seal`` chains the rows
as they are written and says exactly what ``content`` is.

Rows are chained in id order across the whole database (every center). The one row of
``audit_chain_head`` names the last row and its hash, so rows cut off the end show too, and the
printed daily report carries that head so a paper copy anchors the chain. Anyone able to write
the file can of course rebuild the whole chain; the chain makes a quiet edit of one row show,
and the paper anchor makes a rebuilt chain show.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.domain.errors import Message
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services.audit_seal import ZERO_HASH, canonical_content, chain_hash

log = logging.getLogger(__name__)

_BATCH = 2000
_ROWS = text(
    "SELECT id, site_id, staff_id, at, action, entity, entity_id, detail, prev_hash, row_hash "
    "FROM audit_entry ORDER BY id"
)
_HEAD = text("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")


def chain_head(db: Database) -> tuple[int, str]:
    """The last audit row's id and hash, as the head row records them ((0, zeros) if empty)."""
    with db.read() as s:
        head = s.execute(_HEAD).first()
    if head is None:
        return 0, ZERO_HASH
    return int(head.last_id), str(head.last_hash)


def head_text(head: tuple[int, str]) -> str:
    """How reports print the head: ``#1234 0123456789abcdef…``."""
    return f"#{head[0]} {head[1][:16]}…"


# -- checking ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class VerifyResult:
    """What ``verify`` found. ``reason`` is empty when all is well."""

    ok: bool
    integrity: str
    rows_checked: int
    first_broken_id: int | None
    reason: str
    message: Message | None = None
    head: tuple[int, str] | None = None


@dataclass(frozen=True)
class ChainVerdict:
    rows_checked: int
    first_broken_id: int | None = None
    message: Message | None = None


def _problem(rows: int, row_id: int | None, template: str, **params: Any) -> ChainVerdict:
    return ChainVerdict(rows, row_id, Message(template, params))


def check_chain(rows: Iterable[Any], head: tuple[int, str] | None) -> ChainVerdict:
    """Walk ``rows`` (in id order) and return the first break, or none."""
    expected = ZERO_HASH
    last_id: int | None = None
    count = 0
    for row in rows:
        count += 1
        if last_id is not None and row.id <= last_id:
            return _problem(
                count,
                row.id,
                QT_TRANSLATE_NOOP("Messages", "Audit row #{id} is out of order after #{last}."),
                id=row.id,
                last=last_id,
            )
        if row.prev_hash != expected:
            if last_id is None:
                return _problem(
                    count,
                    row.id,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Audit row #{id} is the first row but does not start the chain: "
                        "earlier rows were removed.",
                    ),
                    id=row.id,
                )
            return _problem(
                count,
                row.id,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Audit row #{id} does not link to row #{last} before it: rows between "
                    "them were removed or inserted, or row #{last} was changed.",
                ),
                id=row.id,
                last=last_id,
            )
        if _recomputed(row) != row.row_hash:
            return _problem(
                count,
                row.id,
                QT_TRANSLATE_NOOP(
                    "Messages", "Audit row #{id} was changed: its content does not match its hash."
                ),
                id=row.id,
            )
        if head is not None and row.id > head[0]:
            return _problem(
                count,
                row.id,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Audit row #{id} was added outside Hall Desk: the chain head ends at #{head}.",
                ),
                id=row.id,
                head=head[0],
            )
        expected = row.row_hash
        last_id = row.id
    return _check_head(count, last_id, expected, head)


def _check_head(
    count: int, last_id: int | None, last_hash: str, head: tuple[int, str] | None
) -> ChainVerdict:
    if head is None:
        return _problem(
            count,
            None,
            QT_TRANSLATE_NOOP(
                "Messages", "The audit chain head is missing; the end of the chain is unchecked."
            ),
        )
    head_id, head_hash = head
    if head_id > (last_id or 0):
        return _problem(
            count,
            head_id,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Audit rows after #{last} are missing: the chain head names row #{head}.",
            ),
            last=last_id or 0,
            head=head_id,
        )
    if head_hash != last_hash:
        return _problem(
            count,
            last_id,
            QT_TRANSLATE_NOOP(
                "Messages",
                "The audit chain head does not match the last row #{id}: the head or the end "
                "of the chain was changed.",
            ),
            id=last_id or 0,
        )
    return ChainVerdict(count)


def _recomputed(row: Any) -> str | None:
    """The row's hash recomputed from what is stored; None when it cannot even be read."""
    try:
        at = row.at if isinstance(row.at, datetime) else datetime.fromisoformat(row.at)
        content = canonical_content(
            row.id,
            row.site_id,
            row.staff_id,
            at,
            row.action,
            row.entity,
            row.entity_id,
            row.detail,
        )
        return chain_hash(str(row.prev_hash), content)
    except (TypeError, ValueError, UnicodeError, AttributeError):
        return None


def verify(db: Database) -> VerifyResult:
    """Check the database's integrity and the whole audit chain, in one snapshot."""
    with db.read() as s:
        if not db.is_sqlite:
            # One snapshot for the rows and the head, however long the walk takes.
            s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        return verify_session(s, is_sqlite=db.is_sqlite)


def verify_session(s: Session, *, is_sqlite: bool) -> VerifyResult:
    """``verify`` inside a session the caller holds (the tamper trials check uncommitted edits)."""
    try:
        integrity = _integrity(s, is_sqlite)
    except DatabaseError as exc:
        integrity = str(getattr(exc, "orig", exc)).splitlines()[0][:200] or "unreadable"
    try:
        head_row = s.execute(_HEAD).first()
        head = (int(head_row.last_id), str(head_row.last_hash)) if head_row else None
        rows: Iterable[Row[Any]] = s.execute(_ROWS, execution_options={"yield_per": _BATCH})
        verdict = check_chain(rows, head)
    except DatabaseError as exc:
        log.exception("audit chain unreadable")
        head = None
        verdict = _problem(
            0,
            None,
            QT_TRANSLATE_NOOP("Messages", "The audit rows could not be read: {reason}"),
            reason=str(getattr(exc, "orig", exc)).splitlines()[0][:120],
        )
    return VerifyResult(
        ok=integrity == "ok" and verdict.message is None,
        integrity=integrity,
        rows_checked=verdict.rows_checked,
        first_broken_id=verdict.first_broken_id,
        reason=verdict.message.render() if verdict.message else "",
        message=verdict.message,
        head=head,
    )


def _integrity(s: Session, is_sqlite: bool) -> str:
    """ "ok", or what is wrong with the database as a whole."""
    if is_sqlite:
        lines = [str(r[0]) for r in s.execute(text("PRAGMA integrity_check"))]
        if lines != ["ok"]:
            return "; ".join(lines[:5])
        broken = len(s.execute(text("PRAGMA foreign_key_check")).all())
        return "ok" if not broken else f"{broken} broken references (foreign_key_check)"
    invalid = s.scalar(text("SELECT count(*) FROM pg_index WHERE NOT indisvalid"))
    return "ok" if not invalid else f"{invalid} invalid indexes"
