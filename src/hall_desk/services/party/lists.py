"""A center's talent pools and kinds of demand, seeded from the bundled lists on first use."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hall_desk.bundled import default_demand_categories, default_talent_pools
from hall_desk.db.party_models import DemandCategory, TalentPool


def ensure_party_lists(s: Session, site_id: int) -> None:
    """Give the center the default pools and kinds if it has none yet (inside a write)."""
    if s.scalar(select(TalentPool.id).where(TalentPool.site_id == site_id).limit(1)) is None:
        s.add_all(
            TalentPool(site_id=site_id, name=name, sort_order=order, active=True)
            for order, name in enumerate(default_talent_pools())
        )
    if (
        s.scalar(select(DemandCategory.id).where(DemandCategory.site_id == site_id).limit(1))
        is None
    ):
        s.add_all(
            DemandCategory(site_id=site_id, name=name, sort_order=order, active=True)
            for order, name in enumerate(default_demand_categories())
        )
    s.flush()


def pool_ids(s: Session, site_id: int) -> dict[str, int]:
    """The center's active talent pools by name, in list order."""
    rows = s.execute(
        select(TalentPool.name, TalentPool.id)
        .where(TalentPool.site_id == site_id, TalentPool.active)
        .order_by(TalentPool.sort_order, TalentPool.id)
    )
    return {name: id_ for name, id_ in rows}


def category_ids(s: Session, site_id: int) -> dict[str, int]:
    """The center's active kinds of demand by name, in list order."""
    rows = s.execute(
        select(DemandCategory.name, DemandCategory.id)
        .where(DemandCategory.site_id == site_id, DemandCategory.active)
        .order_by(DemandCategory.sort_order, DemandCategory.id)
    )
    return {name: id_ for name, id_ in rows}
