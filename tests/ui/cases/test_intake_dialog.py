"""The new-case dialog: the known resident's line, the elderly-age subsidy's early answer, the
registered holder of a typed ID number, and the transfer letter, through the real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt

from hall_desk.db.database import Database
from hall_desk.domain.cases import CaseStatus
from hall_desk.services import Services, create_services
from hall_desk.services.catalogue import ItemForm, ServiceItemInfo
from hall_desk.services.session import StaffSession
from hall_desk.services.visitors.visits import VisitForm
from hall_desk.ui.cases.intake_dialog import IntakeDialog
from tests.conftest import set_up_center
from tests.services.visitors.test_visits import make_id
from tests.ui.helpers import commit_text

DOCS = ("申请人身份证原件及复印件", "户口簿原件及复印件", "本人社会保障卡或银行卡复印件")
YOUNG_ID = make_id(birth=date(1949, 12, 31), seq=301)  # 76 on the fixture's 2026-11-20
OLD_ID = make_id(birth=date(1940, 5, 6), seq=302)  # 86


@pytest.fixture
def desk(sqlite_url, clock, passwords, tmp_path) -> Iterator[tuple[Services, StaffSession]]:
    db = Database(sqlite_url)
    services = create_services(db, clock, passwords, slips_dir=tmp_path / "slips")
    admin = set_up_center(services)
    yield services, admin
    db.dispose()


def add_item(services: Services, admin: StaffSession, code: str, kind: str, name: str):
    return services.catalogue.add_item(
        admin, ItemForm(code, name, "民政办", "civil", list(DOCS), 15, True, kind)
    )


def shipped(services: Services, admin: StaffSession, name: str) -> ServiceItemInfo:
    """An item of the service list every center starts with."""
    return next(i for i in services.catalogue.items(admin) if i.name == name)


@pytest.fixture
def subsidy(desk) -> ServiceItemInfo:
    services, admin = desk
    return shipped(services, admin, "高龄补贴申请")


def open_intake(qtbot, services: Services, session: StaffSession) -> IntakeDialog:
    dialog = IntakeDialog(
        services.cases,
        services.residents,
        services.calendar,
        services.catalogue.items(session),
        session,
        services.clock,
    )
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)  # as it opens on a 1280x720 screen
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def on_file(services: Services, session: StaffSession, name: str, id_number: str):
    services.visits.register_visit(
        session,
        VisitForm(name=name, id_number=id_number, phone="13812345678", purposes=("errand",)),
    )
    [hit] = services.residents.search(session, name)
    return hit


def test_the_known_resident_line_shows_whole(qtbot, desk) -> None:
    services, admin = desk
    hit = on_file(services, admin, "欧阳顾欣磊", YOUNG_ID)
    dialog = open_intake(qtbot, services, admin)
    dialog.link_resident(hit)
    qtbot.wait(20)
    label = dialog.linked
    assert hit.masked_id in label.text() and "change it" in label.text()
    # Two lines of text get the height of two lines: nothing is cut at the top or bottom.
    assert label.heightForWidth(label.width()) > label.fontMetrics().height() * 1.5
    assert label.height() >= label.heightForWidth(label.width())


def test_too_young_for_the_subsidy_is_said_before_any_document(qtbot, desk, subsidy) -> None:
    services, admin = desk
    young = on_file(services, admin, "顾欣磊", YOUNG_ID)
    dialog = open_intake(qtbot, services, admin)
    dialog.link_resident(young)
    assert not dialog.eligibility.isVisible() and dialog.accept_button.isEnabled()
    dialog.select_item(subsidy.id)
    # No document is ticked yet: the refusal and the date of eligibility are already there.
    assert dialog.received() == ()
    assert dialog.eligibility.isVisible()
    text = dialog.eligibility.text()
    assert "76 years old" in text and "apply from 2029-12-31" in text
    assert not dialog.accept_button.isEnabled() and not dialog.notice_button.isEnabled()
    assert dialog.refuse_button.isEnabled()
    assert dialog.promise.text() == ""

    # Someone else (aged 86) typed by hand: the answer goes, accepting is possible again.
    dialog.unlink_resident()
    commit_text(dialog.name, "周老")
    dialog.id_number.setText(OLD_ID)
    assert not dialog.eligibility.isVisible() and dialog.accept_button.isEnabled()
    assert dialog.promise.text() != ""  # the promise is back for an applicant who may apply
    # The young applicant's number typed instead: said at once, from the number itself.
    dialog.id_number.setText(YOUNG_ID)
    assert "76 years old" in dialog.eligibility.text()
    assert not dialog.accept_button.isEnabled()


def test_refusing_a_too_young_applicant_starts_from_the_reason_given(
    qtbot, desk, subsidy, monkeypatch
) -> None:
    services, admin = desk
    young = on_file(services, admin, "顾欣磊", YOUNG_ID)
    dialog = open_intake(qtbot, services, admin)
    dialog.link_resident(young)
    dialog.select_item(subsidy.id)
    from hall_desk.ui.kit import reason_dialog

    seen: list[str] = []

    def answer(prompt: reason_dialog.ReasonDialog) -> int:
        seen.append(prompt.text())
        return reason_dialog.QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(reason_dialog.ReasonDialog, "exec", answer)
    qtbot.mouseClick(dialog.refuse_button, Qt.MouseButton.LeftButton)
    assert seen and "76 years old" in seen[0]
    assert dialog.case is not None and dialog.case.status is CaseStatus.REFUSED
    assert "76 years old" in dialog.case.reason


def test_a_typed_id_number_offers_its_registered_holder(qtbot, desk) -> None:
    services, admin = desk
    item = add_item(services, admin, "TS001", "general", "测试证明")
    zhang = on_file(services, admin, "张建国", OLD_ID)
    dialog = open_intake(qtbot, services, admin)
    commit_text(dialog.name, "张三")
    dialog.id_number.setText(OLD_ID)
    offer = dialog.take_known
    assert offer.isVisible() and offer.text() == "Register as 张** (registered resident)"
    dialog.select_item(item.id)
    dialog.all_documents.click()
    dialog.accept_case()  # saving as someone else with the number: the same words
    refusal = dialog.errors.messages()["id_number"]
    assert "registered resident 张**" in refusal and f"“{offer.text()}”" in refusal
    assert "张建国" not in refusal and dialog.case is None

    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert not offer.isVisible() and dialog.name.text() == "张建国"
    dialog.accept_case()
    assert dialog.case is not None and dialog.case.resident_id == zhang.id


def test_the_transfer_letter_is_taken_from_its_section(qtbot, desk) -> None:
    services, admin = desk
    item = next(
        i
        for i in services.catalogue.items(admin)
        if i.kind.value == "party_transfer" and "转出" in i.name
    )
    dialog = open_intake(qtbot, services, admin)
    commit_text(dialog.name, "李红")
    dialog.phone.setText("13900001111")
    dialog.select_item(item.id)
    section = dialog.transfer_box
    assert section.isVisible() and section.direction.currentData() == "out"
    commit_text(section.from_org, "城南社区党支部")
    commit_text(section.to_org, "城北街道党工委")
    section.letter.setText("2026-118")
    dialog.all_documents.click()
    dialog.accept_case()
    assert dialog.case is not None, dialog.errors.messages()
    [row] = services.transfers.all_transfers(admin)
    assert (row.from_org, row.to_org, row.letter_number) == (
        "城南社区党支部",
        "城北街道党工委",
        "2026-118",
    )
