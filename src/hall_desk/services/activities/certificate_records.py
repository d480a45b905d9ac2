"""Certificates as stored (their items kept as JSON) and as the desk and the printer see them."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.db.activity_models import VolunteerCertificate
from hall_desk.db.models import Site, Staff
from hall_desk.printing.publicity_list import PublicityDocument, PublicityLine
from hall_desk.printing.volunteer_certificate import CertificateDocument, CertificateItem
from hall_desk.services.activities.activity_records import (
    CertificateInfo,
    HoursItem,
    HoursTotal,
)
from hall_desk.services.activities.volunteer_records import (
    Person,
    member_person,
    resident_person,
)


def items_json(items: list[HoursItem]) -> str:
    """The services certified, kept as they were when the certificate was issued."""
    return json.dumps(
        [
            {
                "day": item.day.isoformat(),
                "activity_number": item.activity_number,
                "activity_title": item.activity_title,
                "role_name": item.role_name,
                "minutes": item.minutes,
                "supplementary": item.supplementary,
            }
            for item in items
        ],
        ensure_ascii=False,
    )


def items_of(text: str) -> list[HoursItem]:
    return [
        HoursItem(
            day=date.fromisoformat(raw["day"]),
            activity_number=str(raw["activity_number"]),
            activity_title=str(raw["activity_title"]),
            role_name=str(raw["role_name"]),
            minutes=int(raw["minutes"]),
            supplementary=bool(raw["supplementary"]),
        )
        for raw in json.loads(text or "[]")
    ]


def certificate_person(certificate: VolunteerCertificate) -> Person:
    if certificate.member is not None:
        return member_person(certificate.member)
    assert certificate.resident is not None
    return resident_person(certificate.resident)


def staff_names(s: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = s.execute(select(Staff.id, Staff.full_name).where(Staff.id.in_(ids)))
    return {staff_id: name for staff_id, name in rows}


def certificate_info(
    certificate: VolunteerCertificate, issued_by: str, *, with_items: bool = True
) -> CertificateInfo:
    person = certificate_person(certificate)
    return CertificateInfo(
        id=certificate.id,
        number=certificate.number,
        ref=person.ref,
        name=person.name,
        masked_id_number=person.masked_id_number,
        unit_name=person.unit_name,
        period_from=certificate.period_from,
        period_to=certificate.period_to,
        total_minutes=certificate.total_minutes,
        items=items_of(certificate.items) if with_items else [],
        issued_by=issued_by,
        issued_at=certificate.issued_at,
        prints=certificate.prints,
    )


def certificate_document(
    info: CertificateInfo, site: Site, now: datetime, *, reprint: bool
) -> CertificateDocument:
    assert info.issued_at is not None
    return CertificateDocument(
        number=info.number,
        name=info.name,
        masked_id_number=info.masked_id_number,
        unit_name=info.unit_name,
        organisation=site.name,
        organisation_address=site.address,
        organisation_phone=site.phone,
        period_from=info.period_from,
        period_to=info.period_to,
        total_minutes=info.total_minutes,
        items=tuple(
            CertificateItem(
                day=item.day,
                activity=item.activity_title,
                role=item.role_name,
                minutes=item.minutes,
                supplementary=item.supplementary,
            )
            for item in info.items
        ),
        issuer=info.issued_by,
        issued_on=info.issued_at.date(),
        printed_at=now,
        reprint=reprint,
    )


def publicity_document(
    totals: list[HoursTotal], site: Site, start: date, end: date, now: datetime, posted_to: date
) -> PublicityDocument:
    return PublicityDocument(
        organisation=site.name,
        organisation_address=site.address,
        organisation_phone=site.phone,
        period_from=start,
        period_to=end,
        lines=tuple(
            PublicityLine(
                name=t.name, unit_name=t.unit_name, shifts=t.shifts, minutes=t.total_minutes
            )
            for t in totals
        ),
        posted_from=now.date(),
        posted_to=posted_to,
        printed_at=now,
    )
