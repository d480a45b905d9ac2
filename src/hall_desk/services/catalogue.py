"""The center's service list (便民服务事项清单): the default catalogue and administrators' edits."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hall_desk.bundled import default_catalogue
from hall_desk.db.database import Database
from hall_desk.db.models import ServiceCase, ServiceItem
from hall_desk.domain.catalogue import ItemCategory, ItemKind, ServiceItemSpec, clean_item
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import NotFoundError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.services import audit
from hall_desk.services.session import StaffSession


@dataclass(frozen=True)
class ItemForm:
    """An item as the administrator typed it (documents one per line or as a list)."""

    code: str
    name: str
    office: str
    category: str
    documents: str | Sequence[str]
    time_limit_days: int | str
    agent_allowed: bool
    kind: str = ItemKind.GENERAL.value


@dataclass(frozen=True)
class ServiceItemInfo:
    id: int
    code: str
    name: str
    office: str
    category: ItemCategory
    kind: ItemKind
    documents: tuple[str, ...]
    time_limit_days: int
    agent_allowed: bool
    retired: bool
    case_count: int = 0

    @property
    def on_the_spot(self) -> bool:
        return self.time_limit_days == 0


def item_info(row: ServiceItem, case_count: int = 0) -> ServiceItemInfo:
    return ServiceItemInfo(
        id=row.id,
        code=row.code,
        name=row.name,
        office=row.office,
        category=ItemCategory(row.category),
        kind=ItemKind(row.kind),
        documents=tuple(json.loads(row.documents)),
        time_limit_days=row.time_limit_days,
        agent_allowed=row.agent_allowed,
        retired=row.retired_at is not None,
        case_count=case_count,
    )


def _apply(row: ServiceItem, spec: ServiceItemSpec) -> None:
    row.code = spec.code
    row.name = spec.name
    row.office = spec.office
    row.category = spec.category.value
    row.kind = spec.kind.value
    row.documents = json.dumps(list(spec.documents), ensure_ascii=False)
    row.time_limit_days = spec.time_limit_days
    row.agent_allowed = spec.agent_allowed


class CatalogueService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def ensure_default(self, site_id: int) -> int:
        """Give a center the shipped list if it has no items yet; return how many were added."""
        with self._db.read() as s:
            if s.scalar(select(func.count()).where(ServiceItem.site_id == site_id)):
                return 0
        specs = default_catalogue()
        now = self._clock.now()
        with self._db.write() as s:
            if s.scalar(select(func.count()).where(ServiceItem.site_id == site_id)):
                return 0
            for order, spec in enumerate(specs):
                row = ServiceItem(site_id=site_id, sort_order=order, created_at=now, updated_at=now)
                _apply(row, spec)
                s.add(row)
            audit.record(
                s,
                at=now,
                actor=None,
                site_id=site_id,
                action="seed",
                entity="service_item",
                count=len(specs),
            )
        return len(specs)

    def items(self, actor: StaffSession, *, include_retired: bool = False) -> list[ServiceItemInfo]:
        """The service list in its display order; retired items only when asked for."""
        self.ensure_default(actor.site_id)
        with self._db.read() as s:
            counts: dict[int, int] = {
                item_id: count
                for item_id, count in s.execute(
                    select(ServiceCase.item_id, func.count())
                    .where(ServiceCase.site_id == actor.site_id)
                    .group_by(ServiceCase.item_id)
                )
            }
            query = select(ServiceItem).where(ServiceItem.site_id == actor.site_id)
            if not include_retired:
                query = query.where(ServiceItem.retired_at.is_(None))
            rows = s.scalars(query.order_by(ServiceItem.sort_order, ServiceItem.code))
            return [item_info(r, counts.get(r.id, 0)) for r in rows]

    def get(self, actor: StaffSession, item_id: int) -> ServiceItemInfo:
        with self._db.read() as s:
            return item_info(self._row(s, actor, item_id))

    def offices(self, actor: StaffSession) -> list[str]:
        """Every office on the list, for filters and for handing a case on (转办)."""
        with self._db.read() as s:
            return sorted(
                set(
                    s.scalars(
                        select(ServiceItem.office).where(ServiceItem.site_id == actor.site_id)
                    )
                )
                | set(
                    s.scalars(
                        select(ServiceCase.office).where(ServiceCase.site_id == actor.site_id)
                    )
                )
            )

    def add_item(self, actor: StaffSession, form: ItemForm) -> ServiceItemInfo:
        actor.require_admin()
        spec = _clean(form)
        self.ensure_default(actor.site_id)  # the shipped list first, so it is never skipped
        now = self._clock.now()
        with self._db.write() as s:
            self._refuse_duplicate(s, actor, spec.code, None)
            last = s.scalar(
                select(func.max(ServiceItem.sort_order)).where(ServiceItem.site_id == actor.site_id)
            )
            row = ServiceItem(
                site_id=actor.site_id,
                sort_order=(last or 0) + 1,
                created_at=now,
                updated_at=now,
            )
            _apply(row, spec)
            s.add(row)
            s.flush()
            audit.record(
                s,
                at=now,
                actor=actor,
                action="create",
                entity="service_item",
                entity_id=row.id,
                code=spec.code,
                name=spec.name,
            )
            return item_info(row)

    def update_item(self, actor: StaffSession, item_id: int, form: ItemForm) -> ServiceItemInfo:
        """Change an item. Cases already taken keep the documents and limit they started with."""
        actor.require_admin()
        spec = _clean(form)
        now = self._clock.now()
        with self._db.write() as s:
            row = self._row(s, actor, item_id)
            self._refuse_duplicate(s, actor, spec.code, row.id)
            before = item_info(row)
            _apply(row, spec)
            row.updated_at = now
            changed = {
                key: [getattr(before, key), getattr(spec, key)]
                for key in ("code", "name", "office", "time_limit_days", "agent_allowed")
                if getattr(before, key) != getattr(spec, key)
            }
            if before.documents != spec.documents:
                changed["documents"] = [list(before.documents), list(spec.documents)]
            audit.record(
                s,
                at=now,
                actor=actor,
                action="update",
                entity="service_item",
                entity_id=row.id,
                changes=changed,
            )
            return item_info(row)

    def set_retired(self, actor: StaffSession, item_id: int, retired: bool) -> ServiceItemInfo:
        """Retire an item (no new cases; its cases and history stay) or bring it back."""
        actor.require_admin()
        now = self._clock.now()
        with self._db.write() as s:
            row = self._row(s, actor, item_id)
            row.retired_at = now if retired else None
            row.updated_at = now
            audit.record(
                s,
                at=now,
                actor=actor,
                action="retire" if retired else "restore",
                entity="service_item",
                entity_id=row.id,
                code=row.code,
            )
            return item_info(row)

    @staticmethod
    def _row(s: Session, actor: StaffSession, item_id: int) -> ServiceItem:
        row = s.get(ServiceItem, item_id)
        if row is None or row.site_id != actor.site_id:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Messages", "That service item no longer exists.")
            )
        return row

    @staticmethod
    def _refuse_duplicate(s: Session, actor: StaffSession, code: str, own_id: int | None) -> None:
        other = s.scalar(
            select(ServiceItem).where(
                ServiceItem.site_id == actor.site_id, ServiceItem.code == code
            )
        )
        if other is not None and other.id != own_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The code {code} is already used by “{name}”."),
                field="item_code",
                code=code,
                name=other.name,
            )


def _clean(form: ItemForm) -> ServiceItemSpec:
    return clean_item(
        code=form.code,
        name=form.name,
        office=form.office,
        category=form.category,
        documents=form.documents,
        time_limit_days=form.time_limit_days,
        agent_allowed=form.agent_allowed,
        kind=form.kind,
    )
