"""Settings -> General: the years visitors' personal data is kept, and anonymising at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from hall_desk.db.database import Database
from hall_desk.db.models import Resident
from hall_desk.domain.clock import FixedClock
from hall_desk.services import Services, create_services
from hall_desk.services.session import StaffSession
from hall_desk.services.visitors.visits import VisitForm
from hall_desk.ui.settings import retention_box
from hall_desk.ui.settings.retention_box import RetentionBox
from tests.conftest import NOW, add_clerk, set_up_center
from tests.services.visitors.test_visits import make_id


@pytest.fixture
def desk(sqlite_url: str, passwords, tmp_path: Path) -> tuple[Services, FixedClock]:
    db = Database(sqlite_url)
    clock = FixedClock(NOW)
    yield create_services(db, clock, passwords, slips_dir=tmp_path / "slips"), clock
    db.dispose()


def _visitor(services: Services, who: StaffSession, name: str, seq: int) -> int:
    form = VisitForm(name=name, id_number=make_id(seq=seq), phone=f"13812345{seq:03d}",
                     category="resident", purposes=("errand",))  # fmt: skip
    return services.visits.register_visit(who, form).resident_id


def test_administrator_sets_the_years_and_anonymises_after_confirming(
    qtbot, desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, clock = desk
    admin = set_up_center(services)
    clock.at = NOW.replace(year=2021)
    old = _visitor(services, admin, "张三", 1)
    clock.at = NOW
    recent = _visitor(services, admin, "李四", 2)

    box = RetentionBox(services.retention, admin)
    qtbot.addWidget(box)
    assert box.years.value() == 3 and box.years.isEnabled()
    box.years.setValue(10)
    assert services.retention.retention_years(admin) == 10
    assert "10" in box.note.text()

    asked: list[str] = []
    monkeypatch.setattr(retention_box, "_confirm", lambda _p, _t, text: asked.append(text) or 0)
    box.purge_now()
    assert asked == []  # nobody is past ten years: nothing to ask
    box.years.setValue(3)
    box.purge_now()
    assert asked and "1" in asked[0]  # declined: nothing changed
    with services.db.read() as s:
        assert s.get_one(Resident, old).name == "张三"

    monkeypatch.setattr(retention_box, "_confirm", lambda *_a: True)
    box.purge_now()
    with services.db.read() as s:
        names = dict(s.execute(select(Resident.id, Resident.name)).all())
        kept_id = s.get_one(Resident, old).id_number
    assert names[old] != "张三" and kept_id is None and names[recent] == "李四"
    assert "1" in box.note.text()


def test_a_clerk_sees_the_setting_but_cannot_change_it(qtbot, desk) -> None:
    services, _clock = desk
    admin = set_up_center(services)
    clerk = add_clerk(services, admin)
    box = RetentionBox(services.retention, clerk)
    qtbot.addWidget(box)
    assert box.years.value() == 3
    assert not box.years.isEnabled() and not box.purge_button.isEnabled()
