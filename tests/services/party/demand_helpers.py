"""What the demand tests share: a registry of members, residents, and a demand form."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from hall_desk.db.models import AuditEntry, Site, Staff
from hall_desk.domain.staff import Role
from hall_desk.services import Services
from hall_desk.services.party.demand_forms import DemandForm
from hall_desk.services.session import StaffSession
from hall_desk.services.visitors.visits import VisitForm
from tests.services.party.rows import add_member, add_unit, seed_lists


@dataclass(frozen=True)
class Registry:
    categories: dict[str, int]
    hospital: int  # unit ids
    lawyers: int
    property_co: int
    zhang: int  # member ids: 张律师 法律服务, 幸福小区 1网格
    li: int  # 李医生 医疗健康, 幸福小区 2网格
    wang: int  # 王师傅 家政维修, 和平小区
    zhao: int  # 赵志愿 志愿服务, 幸福小区 1网格


def registry(services: Services, site_id: int) -> Registry:
    db = services.db
    _pools, categories = seed_lists(db, site_id)
    hospital = add_unit(db, site_id, "县人民医院", "institution")
    lawyers = add_unit(db, site_id, "明理律师事务所", "private")
    property_co = add_unit(db, site_id, "安居物业公司", "property")
    return Registry(
        categories=categories,
        hospital=hospital,
        lawyers=lawyers,
        property_co=property_co,
        zhang=add_member(db, site_id, lawyers, "张律师", "13900000001",
                         neighbourhood="幸福小区", grid="1网格", pools=["法律服务"]),
        li=add_member(db, site_id, hospital, "李医生", "13900000002",
                      neighbourhood="幸福小区", grid="2网格", pools=["医疗健康"]),
        wang=add_member(db, site_id, property_co, "王师傅", "13900000003",
                        neighbourhood="和平小区", grid="5网格", pools=["家政维修"]),
        zhao=add_member(db, site_id, hospital, "赵志愿", "13900000004",
                        neighbourhood="幸福小区", grid="1网格", pools=["志愿服务"]),
    )  # fmt: skip


def resident(services: Services, actor: StaffSession, name: str, phone: str) -> int:
    """A resident on file, registered as a visitor at the desk."""
    visit = services.visits.register_visit(
        actor, VisitForm(name=name, phone=phone, purposes=["errand"])
    )
    return visit.resident_id


def form(category_id: int, **fields: object) -> DemandForm:
    values: dict[str, object] = {
        "kind": "demand",
        "source": "desk",
        "category_id": category_id,
        "description": "3号楼2单元楼道灯坏了，晚上看不见台阶",
        "neighbourhood": "幸福小区",
        "place": "3号楼2单元",
        "level": "general",
        **fields,
    }
    return DemandForm(**values)  # type: ignore[arg-type]


def other_center(services: Services) -> StaffSession:
    """A clerk of a second center on the same database."""
    now = services.clock.now()
    with services.db.write() as s:
        site = Site(code="BJ02", name="北街社区党群服务中心", created_at=now)
        s.add(site)
        s.flush()
        staff = Staff(
            site_id=site.id, username="bei.clerk", full_name="北街前台", role="clerk",
            password_hash="x", created_at=now,
        )  # fmt: skip
        s.add(staff)
        s.flush()
        return StaffSession(staff.id, site.id, "bei.clerk", "北街前台", Role.CLERK, site.name)


def audit_rows(services: Services, entity: str = "demand") -> list[AuditEntry]:
    with services.db.read() as s:
        return list(
            s.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id))
        )
