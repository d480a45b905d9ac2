"""Run under a real X server (Xvfb): open each screen with demo data and save PNGs.

``python -m tests.ui.screenshot_app OUTDIR [LANGUAGE]``. Also checks that Chinese glyphs
are drawn from the bundled font and not as empty boxes, and exits non-zero if not.
"""

from __future__ import annotations

import sys
from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from hall_desk.app import build_main_window, create_application
from hall_desk.config import Preferences
from hall_desk.domain.periods import Period
from hall_desk.ui.bookings.booking_form import BookingFormDialog
from hall_desk.ui.figures.export_dialog import LedgerExportDialog
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.shell.login_dialogs import LoginDialog, SetupDialog
from hall_desk.ui.shell.qt_i18n import install_translations
from tests.ui.screens import empty_desk, fill_center


def glyph_image(font: QFont, text: str) -> QImage:
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QPoint(4, 48), text)
    painter.end()
    return image


def chinese_is_drawn(font: QFont) -> bool:
    """Boxes look alike for every missing character; real glyphs differ from each other."""
    big = QFont(font)
    big.setPointSize(28)
    a, b = glyph_image(big, "党"), glyph_image(big, "群")
    blank = glyph_image(big, " ")
    return a != b and a != blank and b != blank


def settle(app: QApplication, widget: QWidget) -> None:
    widget.show()
    for _ in range(10):
        app.processEvents()


def main(out: Path, language: str) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    install_translations(app, language)
    if not chinese_is_drawn(app.font()):
        print("Chinese text is drawn as boxes", file=sys.stderr)
        return 3

    services, db, paths, clock = empty_desk()

    setup = SetupDialog(services.staff)
    settle(app, setup)
    setup.grab().save(str(out / f"setup-{language}.png"))
    setup.center_code.setText("x")
    setup.username.setText("王")
    setup.password.setText("short")
    setup.confirm.setText("other")
    setup.submit.click()  # refused: every bad field says why, nothing is saved
    settle(app, setup)
    setup.grab().save(str(out / f"setup-errors-{language}.png"))
    setup.close()

    session = fill_center(services, db, clock)

    login = LoginDialog(services.staff)
    login.username.setText("wang.admin")
    settle(app, login)
    login.grab().save(str(out / f"login-{language}.png"))
    login.close()

    window = build_main_window(services, session, paths, Preferences(language=language))
    window.resize(1366, 768)
    settle(app, window)
    print("minimum size", window.minimumSizeHint().width(), window.minimumSizeHint().height())
    for key in ("visitor", "settings"):
        hint = window.page(key).minimumSizeHint()
        print("page", key, hint.width(), hint.height())
    visitor = window.page("visitor")
    visitor.finder.box.setText("王")  # type: ignore[attr-defined]
    visitor.finder.run_search()  # type: ignore[attr-defined]
    settle(app, window)
    window.grab().save(str(out / f"visitor-{language}.png"))
    visitor.clear()  # type: ignore[attr-defined]
    visitor.form.name.setText("张三")  # type: ignore[attr-defined]
    visitor.form.id_number.setText("110101199002301234")  # type: ignore[attr-defined]
    visitor.form.phone.setText("12345")  # type: ignore[attr-defined]
    visitor.register()  # type: ignore[attr-defined]
    settle(app, window)
    window.grab().save(str(out / f"visitor-errors-{language}.png"))
    window.show_page("settings")
    settle(app, window)
    window.grab().save(str(out / f"settings-{language}.png"))
    settings = window.page("settings")
    settings.tabs.setCurrentWidget(settings.backup_panel)  # type: ignore[attr-defined]
    settle(app, window)
    window.grab().save(str(out / f"settings-backups-{language}.png"))
    settings.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]

    window.show_page("cases")
    cases = window.page("cases")
    settle(app, window)
    window.grab().save(str(out / f"cases-{language}.png"))
    intake = cases.intake_dialog()  # type: ignore[attr-defined]
    intake.show()
    intake.name.setText("李秀英")
    intake.phone.setText("13912345678")
    item = next(i for i in intake._items if len(i.documents) >= 3)
    intake.select_item(item.id)
    intake.documents.item(0).setCheckState(Qt.CheckState.Checked)
    intake.accept_case()  # refused: documents still missing are named
    settle(app, intake)
    intake.grab().save(str(out / f"intake-{language}.png"))
    intake.close()
    row = cases.model.case_at(0)  # type: ignore[attr-defined]
    dialog = cases.case_dialog(row)  # type: ignore[attr-defined]
    dialog.show()
    settle(app, dialog)
    dialog.grab().save(str(out / f"case-{language}.png"))
    dialog.close()

    window.show_page("bookings")
    bookings = window.page("bookings")
    settle(app, window)
    window.grab().save(str(out / f"bookings-day-{language}.png"))
    plan = services.booking_plans.day_plan(session, clock.now().date())
    busiest = max(plan, key=lambda day: len(day.bookings))
    details = bookings.details_dialog(busiest.bookings[0].id)  # type: ignore[attr-defined]
    details.show()
    settle(app, details)
    details.grab().save(str(out / f"booking-details-{language}.png"))
    details.close()
    form = BookingFormDialog(
        services,
        session,
        DataEvents(),
        room_id=busiest.room.id,
        starts_at=datetime.combine(clock.now().date(), time(19, 0)),
        ends_at=datetime.combine(clock.now().date(), time(20, 0)),
    )
    form.show()
    settle(app, form)
    form.grab().save(str(out / f"booking-form-{language}.png"))
    form.close()
    bookings.show_week_view(busiest.room.id)  # type: ignore[attr-defined]
    settle(app, window)
    window.grab().save(str(out / f"bookings-week-{language}.png"))

    window.show_page("today")
    settle(app, window)
    window.grab().save(str(out / f"today-{language}.png"))
    window.show_page("review")
    review = window.page("review")
    review.set_period(Period.month(clock.now().date()))  # type: ignore[attr-defined]
    settle(app, window)
    window.grab().save(str(out / f"review-{language}.png"))
    review.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    settle(app, window)
    window.grab().save(str(out / f"review-items-rooms-{language}.png"))
    records = review.records.open(  # type: ignore[attr-defined]
        Period.month(clock.now().date()), "cases.accepted", "Accepted"
    )
    records.resize(900, 500)
    settle(app, records)
    records.grab().save(str(out / f"records-{language}.png"))
    records.close()
    export = LedgerExportDialog(
        services.ledgers,
        session,
        Period.month(clock.now().date()),
        default_dir=paths.exports_dir,
        site_code="CN01",
    )
    export.show()
    settle(app, export)
    export.grab().save(str(out / f"ledger-export-{language}.png"))
    export.close()
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "zh_CN"))
