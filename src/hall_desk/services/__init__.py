"""Use cases of the front desk, one method each, each owning its transaction.

Services take plain values, return frozen dataclasses and raise ``domain.errors`` with messages
a front-desk worker understands. They never import Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hall_desk.db.database import Database
from hall_desk.domain.clock import Clock
from hall_desk.services.activities.activities import ActivityService
from hall_desk.services.activities.attendance import AttendanceService
from hall_desk.services.activities.certificates import CertificateService
from hall_desk.services.activities.hours import HoursService
from hall_desk.services.activities.signups import SignupService
from hall_desk.services.activities.volunteers import VolunteerService
from hall_desk.services.audit import AuditService
from hall_desk.services.bookings.booking_documents import BookingDocuments
from hall_desk.services.bookings.booking_records import BookingPlans
from hall_desk.services.bookings.bookings import BookingService
from hall_desk.services.bookings.rooms import RoomService
from hall_desk.services.calendar import CalendarService
from hall_desk.services.cases.case_lists import CaseLists
from hall_desk.services.cases.cases import CaseService
from hall_desk.services.cases.elderly import ElderlyService
from hall_desk.services.cases.slips import SlipService
from hall_desk.services.cases.transfers import TransferService
from hall_desk.services.catalogue import CatalogueService
from hall_desk.services.figures.activity_stats import ActivityStatsService
from hall_desk.services.figures.demand_stats import DemandStatsService
from hall_desk.services.figures.ledgers import LedgerService
from hall_desk.services.figures.stats import StatsService
from hall_desk.services.party.demand_slips import DemandSlipService
from hall_desk.services.party.demands import DemandService
from hall_desk.services.party.member_import import MemberImportService
from hall_desk.services.party.problem_lists import ProblemListService
from hall_desk.services.party.projects import ProjectService
from hall_desk.services.party.registry import RegistryService
from hall_desk.services.passwords import Passwords
from hall_desk.services.residents import ResidentService
from hall_desk.services.safety.retention import RetentionService
from hall_desk.services.sites import SiteService
from hall_desk.services.staff import StaffService
from hall_desk.services.visitors.visits import VisitService


@dataclass(frozen=True)
class Services:
    db: Database
    clock: Clock
    staff: StaffService
    sites: SiteService
    residents: ResidentService
    visits: VisitService
    audit: AuditService
    calendar: CalendarService
    catalogue: CatalogueService
    cases: CaseService
    case_lists: CaseLists
    slips: SlipService
    elderly: ElderlyService
    transfers: TransferService
    rooms: RoomService
    bookings: BookingService
    booking_plans: BookingPlans
    booking_documents: BookingDocuments
    stats: StatsService
    ledgers: LedgerService
    retention: RetentionService
    registry: RegistryService
    member_import: MemberImportService
    demands: DemandService
    demand_slips: DemandSlipService
    problem_lists: ProblemListService
    projects: ProjectService
    demand_stats: DemandStatsService
    activities: ActivityService
    signups: SignupService
    attendance: AttendanceService
    volunteers: VolunteerService
    hours: HoursService
    certificates: CertificateService
    activity_stats: ActivityStatsService


def create_services(
    db: Database,
    clock: Clock | None = None,
    passwords: Passwords | None = None,
    *,
    slips_dir: Path | None = None,
) -> Services:
    """Wire every service to one database and one clock; slips are archived in ``slips_dir``."""
    clock = clock or Clock()
    passwords = passwords or Passwords()
    calendar = CalendarService(db, clock)
    stats = StatsService(db, clock, calendar)
    demand_stats = DemandStatsService(db, clock, calendar)
    activity_stats = ActivityStatsService(db, clock)
    bookings = BookingService(db, clock, calendar)
    return Services(
        db=db,
        clock=clock,
        staff=StaffService(db, clock, passwords),
        sites=SiteService(db, clock),
        residents=ResidentService(db, clock),
        visits=VisitService(db, clock),
        audit=AuditService(db),
        calendar=calendar,
        catalogue=CatalogueService(db, clock),
        cases=CaseService(db, clock, calendar),
        case_lists=CaseLists(db, clock, calendar),
        slips=SlipService(db, clock, slips_dir),
        elderly=ElderlyService(db, clock),
        transfers=TransferService(db, clock),
        rooms=RoomService(db, clock),
        bookings=bookings,
        booking_plans=BookingPlans(db, clock, calendar),
        booking_documents=BookingDocuments(db, clock, slips_dir),
        stats=stats,
        ledgers=LedgerService(db, clock, stats, demand_stats, activity_stats),
        retention=RetentionService(db, clock),
        registry=RegistryService(db, clock),
        member_import=MemberImportService(db, clock),
        demands=DemandService(db, clock, calendar),
        demand_slips=DemandSlipService(db, clock, slips_dir),
        problem_lists=ProblemListService(db, clock, calendar),
        projects=ProjectService(db, clock),
        demand_stats=demand_stats,
        activities=ActivityService(db, clock, bookings),
        signups=SignupService(db, clock, slips_dir),
        attendance=AttendanceService(db, clock),
        volunteers=VolunteerService(db, clock),
        hours=HoursService(db, clock),
        certificates=CertificateService(db, clock, slips_dir),
        activity_stats=activity_stats,
    )
