"""Quick walk-in tallies leave an audit row for every count and every undo, with no person in it."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from hall_desk.db.models import AuditEntry
from hall_desk.domain.visits import TallyKind
from hall_desk.services import Services
from hall_desk.services.session import StaffSession


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    return sqlite_url


def tally_rows(services: Services) -> list[tuple[str, int | None, int | None, dict[str, object]]]:
    with services.db.read() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.staff_id, AuditEntry.site_id, AuditEntry.detail)
            .where(AuditEntry.entity == "quick_tally")
            .order_by(AuditEntry.id)
        ).all()
    return [(action, staff, site, json.loads(detail)) for action, staff, site, detail in rows]


def test_every_count_and_undo_is_audited_with_kind_and_count(
    services: Services, clerk: StaffSession
) -> None:
    services.visits.count_walk_in(clerk, TallyKind.RIDER_REST)
    services.visits.count_walk_in(clerk, TallyKind.RIDER_REST)
    services.visits.count_walk_in(clerk, TallyKind.READER)
    services.visits.undo_walk_in(clerk, TallyKind.RIDER_REST)
    rows = tally_rows(services)
    assert [(a, staff, site) for a, staff, site, _ in rows] == [
        (action, clerk.staff_id, clerk.site_id) for action in ("count", "count", "count", "undo")
    ]
    assert [(d["kind"], d["count"]) for *_, d in rows] == [
        ("rider_rest", 1), ("rider_rest", 2), ("reader", 1), ("rider_rest", 1),
    ]  # fmt: skip
    # Only the kind and the count: nothing about a person.
    assert all(set(d) == {"kind", "count"} for *_, d in rows)
