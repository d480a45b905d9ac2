"""Use cases of the front desk, one method each, each owning its transaction.

Services take plain values, return frozen dataclasses and raise ``domain.errors`` with messages
a front-desk worker understands. They never import Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from hall_desk.db.database import Database
from hall_desk.domain.clock import Clock
from hall_desk.services.audit import AuditService
from hall_desk.services.passwords import Passwords
from hall_desk.services.residents import ResidentService
from hall_desk.services.sites import SiteService
from hall_desk.services.staff import StaffService
from hall_desk.services.visits import VisitService


@dataclass(frozen=True)
class Services:
    db: Database
    clock: Clock
    staff: StaffService
    sites: SiteService
    residents: ResidentService
    visits: VisitService
    audit: AuditService


def create_services(
    db: Database, clock: Clock | None = None, passwords: Passwords | None = None
) -> Services:
    """Wire every service to one database and one clock."""
    clock = clock or Clock()
    passwords = passwords or Passwords()
    return Services(
        db=db,
        clock=clock,
        staff=StaffService(db, clock, passwords),
        sites=SiteService(db, clock),
        residents=ResidentService(db, clock),
        visits=VisitService(db, clock),
        audit=AuditService(db),
    )
