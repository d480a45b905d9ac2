"""Certificates of volunteer service (志愿服务记录证明), their register and the 公示 list.

A certificate is issued free by the center that kept the record, numbered in the year's
certificate series, for the hours credited in a period; the services it lists are kept with
it, so a reprint shows what was certified even if a shift is corrected later. Every printed
certificate is archived as the slips are, and printing one again is audited as a reprint.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hall_desk.db.activity_models import VolunteerCertificate
from hall_desk.db.database import Database
from hall_desk.db.models import Site
from hall_desk.db.party_models import PartyMember
from hall_desk.domain.activities import NumberSeries
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ConflictError, NotFoundError, PermissionDenied
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.printing.publicity_list import render_publicity_list
from hall_desk.printing.volunteer_certificate import (
    certificate_archive_name,
    render_volunteer_certificate,
)
from hall_desk.services import audit
from hall_desk.services.activities.activity_records import (
    CertificateInfo,
    VolunteerCandidate,
    VolunteerRef,
)
from hall_desk.services.activities.certificate_records import (
    certificate_document,
    certificate_info,
    items_json,
    publicity_document,
    staff_names,
)
from hall_desk.services.activities.hours_queries import check_period, hours_totals, served_items
from hall_desk.services.activities.volunteer_records import load_person
from hall_desk.services.activities.volunteer_search import find_candidates
from hall_desk.services.archive import archive_pdf
from hall_desk.services.numbering import next_activity_number
from hall_desk.services.residents import ResidentService
from hall_desk.services.session import TERMINAL_STAFF_ID, StaffSession

#: How long the 公示 list is posted, from the day it is printed.
POSTING_DAYS = 7


class CertificateService:
    def __init__(self, db: Database, clock: Clock, slips_dir: Path | None = None) -> None:
        self._db = db
        self._clock = clock
        self._slips_dir = slips_dir

    def find_people(self, actor: StaffSession, text: str) -> list[VolunteerCandidate]:
        """Members (those who left too) and residents matching a name, phone or ID number as
        the desk's search reads it; every match is returned, for the caller to list."""
        residents = ResidentService(self._db, self._clock)
        with self._db.read() as s:
            return find_candidates(residents, s, actor, text, self._clock.today(),
                                   with_left=True)  # fmt: skip

    def issue(
        self, actor: StaffSession, ref: VolunteerRef, start: date, end: date
    ) -> CertificateInfo:
        """Number and keep a certificate of the hours credited from ``start`` to ``end``;
        refused when there are none."""
        check_period(start, end)
        if actor.staff_id == TERMINAL_STAFF_ID:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Messages", "A certificate is issued by a member of staff of the center."
                )
            )
        now = self._clock.now()
        with self._db.write() as s:
            person = load_person(s, actor.site_id, ref)
            items = [i for i in served_items(s, actor.site_id, person.ref, start, end) if i.minutes]
            if not items:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{name} has no volunteer hours from {start} to {end}; there is nothing "
                        "to certify.",
                    ),
                    name=person.name,
                    start=start.isoformat(),
                    end=end.isoformat(),
                )
            certificate = VolunteerCertificate(
                site_id=actor.site_id,
                number=next_activity_number(s, actor.site_id, NumberSeries.CERTIFICATE, now.year),
                member_id=person.ref.member_id,
                resident_id=person.ref.resident_id,
                period_from=start,
                period_to=end,
                total_minutes=sum(item.minutes for item in items),
                items=items_json(items),
                issued_by_id=actor.staff_id,
                issued_at=now,
                prints=0,
            )
            s.add(certificate)
            s.flush()
            audit.record(s, at=now, actor=actor, action="issue_certificate",
                         entity="volunteer_certificate", entity_id=certificate.id,
                         number=certificate.number, member_id=person.ref.member_id,
                         resident_id=person.ref.resident_id, start=start.isoformat(),
                         end=end.isoformat(), items=len(items),
                         minutes=certificate.total_minutes)  # fmt: skip
            return certificate_info(certificate, actor.full_name)

    def pdf(self, actor: StaffSession, certificate_id: int) -> bytes:
        """The certificate as A4 PDF bytes, archived; a second print is marked 补打."""
        now = self._clock.now()
        with self._db.write() as s:
            certificate = s.scalar(
                select(VolunteerCertificate)
                .where(
                    VolunteerCertificate.id == certificate_id,
                    VolunteerCertificate.site_id == actor.site_id,
                )
                .with_for_update()
            )
            if certificate is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "That certificate is not in this center's register."
                    )
                )
            reprint = certificate.prints > 0
            issuer = staff_names(s, {certificate.issued_by_id}).get(certificate.issued_by_id, "")
            info = certificate_info(certificate, issuer)
            pdf = render_volunteer_certificate(
                certificate_document(info, _site(s, actor.site_id), now, reprint=reprint)
            )
            archive_pdf(self._slips_dir, certificate_archive_name(info.number, now, reprint),
                        now, pdf)  # fmt: skip
            certificate.prints += 1
            audit.record(s, at=now, actor=actor, action="reprint" if reprint else "print",
                         entity="volunteer_certificate", entity_id=certificate.id,
                         number=certificate.number, prints=certificate.prints)  # fmt: skip
        return pdf

    def register(
        self, actor: StaffSession, start: date | None = None, end: date | None = None
    ) -> list[CertificateInfo]:
        """The certificates issued (on the days from ``start`` to ``end``, either open),
        newest first."""
        if start is not None and end is not None:
            check_period(start, end)
        stmt = (
            select(VolunteerCertificate)
            .options(
                selectinload(VolunteerCertificate.member).selectinload(PartyMember.unit),
                selectinload(VolunteerCertificate.resident),
            )
            .where(VolunteerCertificate.site_id == actor.site_id)
            .order_by(VolunteerCertificate.issued_at.desc(), VolunteerCertificate.id.desc())
        )
        if start is not None:
            stmt = stmt.where(VolunteerCertificate.issued_at >= datetime.combine(start, time.min))
        if end is not None:
            stmt = stmt.where(
                VolunteerCertificate.issued_at < datetime.combine(end + timedelta(days=1), time.min)
            )
        with self._db.read() as s:
            certificates = list(s.scalars(stmt))
            names = staff_names(s, {c.issued_by_id for c in certificates})
            return [certificate_info(c, names.get(c.issued_by_id, "")) for c in certificates]

    def publicity_pdf(self, actor: StaffSession, start: date, end: date) -> bytes:
        """The 公示 list of everyone with hours from ``start`` to ``end``, to be posted from
        today for seven days."""
        check_period(start, end)
        now = self._clock.now()
        with self._db.write() as s:
            totals = hours_totals(s, actor.site_id, start, end)
            document = publicity_document(
                totals, _site(s, actor.site_id), start, end, now,
                now.date() + timedelta(days=POSTING_DAYS),
            )  # fmt: skip
            audit.record(s, at=now, actor=actor, action="print", entity="volunteer_hours",
                         entity_id="", document="publicity", start=start.isoformat(),
                         end=end.isoformat(), people=len(totals))  # fmt: skip
        return render_publicity_list(document)


def _site(s: Session, site_id: int) -> Site:
    site = s.get(Site, site_id)
    assert site is not None
    return site
