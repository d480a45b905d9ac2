"""The audit trail as a hash chain: prev_hash and row_hash on every row, and the chain head.

Existing rows are chained in id order, the first onto 64 zeros, and the head names the last.
The hashing is copied here on purpose (a migration must not change when the code does); it is
the one ``hall_desk.services.safety.audit_chain`` documents, and a test checks that they agree.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 02:00:00
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ZERO_HASH = "0" * 64
_BATCH = 1000

_audit = sa.table(
    "audit_entry",
    sa.column("id", sa.Integer()),
    sa.column("site_id", sa.Integer()),
    sa.column("staff_id", sa.Integer()),
    sa.column("at", sa.DateTime()),
    sa.column("action", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_id", sa.String()),
    sa.column("detail", sa.Text()),
    sa.column("prev_hash", sa.String()),
    sa.column("row_hash", sa.String()),
)


def _row_hash(prev_hash: str, row: sa.Row[tuple[object, ...]]) -> str:
    at: datetime = row.at
    content = json.dumps(
        {
            "id": row.id,
            "site_id": row.site_id,
            "staff_id": row.staff_id,
            "at": at.replace(tzinfo=None).isoformat(timespec="microseconds"),
            "action": row.action,
            "entity": row.entity,
            "entity_id": row.entity_id,
            "detail": row.detail,
        },
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    ).encode("utf-8")
    return hashlib.sha256(prev_hash.encode("ascii") + content).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("row_hash", sa.String(length=64), nullable=True))

    last_id, last_hash = _chain_existing_rows()

    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("row_hash", existing_type=sa.String(length=64), nullable=False)

    head = op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    op.bulk_insert(head, [{"id": 1, "last_id": last_id, "last_hash": last_hash}])


def _chain_existing_rows() -> tuple[int, str]:
    conn = op.get_bind()
    columns = [c for c in _audit.c if c.name not in ("prev_hash", "row_hash")]
    prev_hash, last_id, after = ZERO_HASH, 0, -1
    while True:
        # Keyset pages, so a large log is neither held in memory nor read under an open cursor
        # while it is being updated.
        rows = conn.execute(
            sa.select(*columns).where(_audit.c.id > after).order_by(_audit.c.id).limit(_BATCH)
        ).all()
        if not rows:
            return last_id, prev_hash
        updates = []
        for row in rows:
            row_hash = _row_hash(prev_hash, row)
            updates.append({"key": row.id, "prev": prev_hash, "hash": row_hash})
            prev_hash, last_id = row_hash, row.id
        conn.execute(
            _audit.update()
            .where(_audit.c.id == sa.bindparam("key"))
            .values(prev_hash=sa.bindparam("prev"), row_hash=sa.bindparam("hash")),
            updates,
        )
        after = last_id


def downgrade() -> None:
    op.drop_table("audit_chain_head")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_column("row_hash")
        batch_op.drop_column("prev_hash")
