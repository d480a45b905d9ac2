"""Every screen of the desk, opened on a busy demo center, for size checks and screenshots.

``demo_desk()`` builds a signed-in main window over three weeks of demo data. ``scenes()`` walks
it the way a clerk does: every page, every tab, and every dialog that a button ending in "..."
opens, yielding ``(name, widget)`` while the screen is up. ``clipped(widget)`` names what a
person could not read on it: text cut off, columns narrower than their headings or times, and
controls outside the window.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)

from hall_desk.app import build_main_window
from hall_desk.config import AppPaths, Preferences, resolve_paths
from hall_desk.db.database import Database
from hall_desk.db.migrate import upgrade_to_head
from hall_desk.domain.clock import FixedClock
from hall_desk.domain.periods import Period
from hall_desk.services import Services, create_services
from hall_desk.services.activities.activity_records import ActivityQuery
from hall_desk.services.demo.demo import fill_demo
from hall_desk.services.party.demand_forms import DemandForm
from hall_desk.services.passwords import Passwords
from hall_desk.services.session import StaffSession
from hall_desk.services.staff import SetupForm
from hall_desk.ui.bookings.booking_form import BookingFormDialog
from hall_desk.ui.figures.export_dialog import LedgerExportDialog
from hall_desk.ui.kit.elided_cells import ElidedToolTipDelegate
from hall_desk.ui.kit.events import DataEvents
from hall_desk.ui.party.demand_dispatch import DispatchDialog
from hall_desk.ui.shell.login_dialogs import LoginDialog, SetupDialog
from hall_desk.ui.shell.main_window import MainWindow

# The client area a maximised window gets: the screen less a taskbar and a title bar.
SCREENS = {"1280x720": (1280, 690), "1366x768": (1366, 698)}
# The free area of each screen: a 1366x768 desk has a 40-pixel taskbar; 1280x720 is the
# smallest a desk may have, with nothing taken.
FREE_AREA = {"1280x720": (1280, 720), "1366x768": (1366, 728)}

# Buttons whose dialogs are Qt's own file pickers, or that change data when clicked.
SKIPPED_BUTTONS = {"backups.chooseFolder", "backups.restore"}

# A cell worth checking: a date, a time, a number or a case/booking number never gets cut.
_COMPACT = re.compile(r"^[0-9A-Z\-:/. %~（）()+×*]+$")


@dataclass
class DemoDesk:
    services: Services
    session: StaffSession
    paths: AppPaths
    clock: FixedClock
    window: MainWindow
    db: Database


def settle(widget: QWidget | None = None) -> None:
    if widget is not None:
        widget.show()
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()  # type: ignore[union-attr]


# The center every screenshot shows.
DEMO_CENTER = SetupForm(
    "城南社区党群服务中心",
    "CN01",
    "wang.admin",
    "王主任",
    "Screen-shot-1",
    "Screen-shot-1",
    "城南街道幸福路 88 号",
    "0351-1234567",
)


def empty_desk() -> tuple[Services, Database, AppPaths, FixedClock]:
    """A fresh database in a temporary data folder, before the center is set up."""
    data = Path(tempfile.mkdtemp(prefix="hd-screens-"))
    paths = resolve_paths(data)
    paths.ensure()
    db = Database(f"sqlite:///{paths.db_file}")
    upgrade_to_head(db)
    # A Friday afternoon, so "today" is busy whatever time the screens are opened.
    clock = FixedClock(datetime(2026, 11, 20, 15, 40))
    services = create_services(db, clock, Passwords(), slips_dir=paths.slips_dir)
    return services, db, paths, clock


def fill_center(services: Services, db: Database, clock: FixedClock) -> StaffSession:
    """Set up the demo center and give it two busy weeks; its administrator is signed in."""
    session = services.staff.set_up_center(DEMO_CENTER)
    fill_demo(db, clock, Passwords(), days=14, visits_per_day=80, demands_per_day=2)
    return session


def demo_desk(language: str = "zh_CN") -> DemoDesk:
    """A center with two weeks of demo data and its administrator signed in."""
    services, db, paths, clock = empty_desk()
    session = fill_center(services, db, clock)
    window = build_main_window(services, session, paths, Preferences(language=language))
    return DemoDesk(services, session, paths, clock, window, db)


def _close_modals(found: list[QWidget], before: Callable[[QWidget], None]) -> None:
    """Deal with whatever modal window is up: show it to ``before`` once, then close it."""
    modal = QApplication.activeModalWidget()
    if modal is None:
        return
    if modal not in found:
        found.append(modal)
        settle(modal)
        before(modal)
    if isinstance(modal, (QMessageBox, QDialog)):
        modal.reject()
    else:
        modal.close()


def open_and_close(button: QAbstractButton, visit: Callable[[QWidget], None]) -> list[QWidget]:
    """Click ``button``; every modal window it opens is visited, then dismissed."""
    found: list[QWidget] = []
    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(lambda: _close_modals(found, visit))
    timer.start()
    try:
        button.click()  # returns at once for a dialog shown with open()
        QTest.qWait(120)
    finally:
        timer.stop()
    _close_modals(found, visit)
    return found


def _select_first_rows(root: QWidget) -> None:
    """Pick the first row of every list, so buttons that act on a row are enabled."""
    for view in root.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView):
            continue
        model = view.model()
        if view.isVisibleTo(root.window()) and model is not None and model.rowCount() > 0:
            if isinstance(view, QTableView):
                view.selectRow(0)
            else:
                view.setCurrentIndex(model.index(0, 0))
    settle()


def _dialog_buttons(root: QWidget) -> list[QAbstractButton]:
    buttons = []
    for button in root.findChildren(QPushButton):
        text = button.text().rstrip()
        if (
            button.isVisible()
            and button.isEnabled()
            and text.endswith(("...", "…"))
            and button.objectName() not in SKIPPED_BUTTONS
        ):
            buttons.append(button)
    return buttons


def _tab_widgets(root: QWidget) -> list[QTabWidget]:
    return [tabs for tabs in root.findChildren(QTabWidget) if tabs.isVisibleTo(root.window())]


def walk(name: str, root: QWidget, visit: Callable[[str, QWidget], None], depth: int = 0) -> None:
    """Visit ``root`` and each of its tabs, and every dialog its "..." buttons open."""
    settle()
    visit(name, root)
    _select_first_rows(root)
    for button in _dialog_buttons(root):
        label = button.objectName() or button.text()
        open_and_close(button, lambda dialog, label=label: visit(f"{name}~{label}", dialog))
    if depth > 2:
        return
    for tabs in _tab_widgets(root):
        if not _outermost(tabs, root):
            continue
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            settle()
            walk(f"{name}/{tabs.tabText(index)}", tabs.widget(index), visit, depth + 1)
        tabs.setCurrentIndex(0)
        settle()


def _outermost(tabs: QTabWidget, root: QWidget) -> bool:
    """Tabs directly in ``root``, not inside another tab widget below it."""
    parent = tabs.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QTabWidget):
            return False
        parent = parent.parentWidget()
    return True


def page_scenes(desk: DemoDesk, visit: Callable[[str, QWidget], None]) -> None:
    """Every page of the main window, its tabs, and the dialogs its buttons open."""
    window = desk.window
    for entry in window._pages:  # the shell's own list of pages
        window.show_page(entry.key)
        settle(window)
        walk(entry.key, entry.widget, visit)
    visitor_scenes(desk, visit)
    booking_scenes(desk, visit)


def visitor_scenes(desk: DemoDesk, visit: Callable[[str, QWidget], None]) -> None:
    """The visitor desk with search results, a returning resident picked, and errors."""
    window = desk.window
    window.show_page("visitor")
    visitor = window.page("visitor")
    visitor.finder.box.setText("王")  # type: ignore[attr-defined]
    visitor.finder.run_search()  # type: ignore[attr-defined]
    settle(window)
    visit("visitor.search", window)
    visitor.finder.pick(0)  # type: ignore[attr-defined]
    settle(window)
    visit("visitor.picked", window)
    visitor.clear()  # type: ignore[attr-defined]
    visitor.form.name.setText("张三")  # type: ignore[attr-defined]
    visitor.form.id_number.setText("110101199002301234")  # type: ignore[attr-defined]
    visitor.form.phone.setText("12345")  # type: ignore[attr-defined]
    visitor.register()  # type: ignore[attr-defined]
    settle(window)
    visit("visitor.errors", window)
    visitor.clear()  # type: ignore[attr-defined]


def booking_scenes(desk: DemoDesk, visit: Callable[[str, QWidget], None]) -> None:
    """One room's week, and the study room's seats."""
    window = desk.window
    window.show_page("bookings")
    bookings = window.page("bookings")
    rooms = desk.services.rooms.rooms(desk.session)
    booked = next(room for room in rooms if not room.by_seat)
    bookings.show_week_view(booked.id)  # type: ignore[attr-defined]
    settle(window)
    visit("bookings.week", window)
    seats = next((room for room in rooms if room.by_seat), None)
    if seats is not None:
        bookings.show_week_view(seats.id)  # type: ignore[attr-defined]
        settle(window)
        visit("bookings.seats", window)
    bookings.show_day_view()  # type: ignore[attr-defined]
    settle(window)


def dialog_scenes(desk: DemoDesk, visit: Callable[[str, QWidget], None]) -> None:
    """The dialogs opened from places other than a "..." button."""
    services, session, clock = desk.services, desk.session, desk.clock
    setup = SetupDialog(services.staff)
    settle(setup)
    visit("dialog.setup", setup)
    setup.close()
    login = LoginDialog(services.staff)
    login.username.setText("wang.admin")
    settle(login)
    visit("dialog.login", login)
    login.close()

    cases = desk.window.page("cases")
    intake = cases.intake_dialog()  # type: ignore[attr-defined]
    settle(intake)
    intake.name.setText("李秀英")
    intake.phone.setText("13912345678")
    item = next(i for i in intake._items if len(i.documents) >= 3)
    intake.select_item(item.id)
    intake.accept_case()  # refused: the missing documents are named
    settle(intake)
    visit("dialog.intake", intake)
    intake.close()
    case = cases.case_dialog(cases.model.case_at(0))  # type: ignore[attr-defined]
    settle(case)
    walk("dialog.case", case, visit, depth=2)
    case.close()

    bookings = desk.window.page("bookings")
    plan = services.booking_plans.day_plan(session, clock.now().date())
    busiest = max(plan, key=lambda day: len(day.bookings))
    details = bookings.details_dialog(busiest.bookings[0].id)  # type: ignore[attr-defined]
    settle(details)
    walk("dialog.booking-details", details, visit, depth=2)
    details.close()
    form = BookingFormDialog(
        services,
        session,
        DataEvents(),
        room_id=busiest.room.id,
        starts_at=datetime.combine(clock.now().date(), time(19, 0)),
        ends_at=datetime.combine(clock.now().date(), time(20, 0)),
    )
    settle(form)
    visit("dialog.booking-form", form)
    form.close()

    demands = desk.window.page("party").demands  # type: ignore[attr-defined]
    demand_intake = demands.intake_dialog()
    settle(demand_intake)
    visit("dialog.demand-intake", demand_intake)
    demand_intake.close()
    waiting = services.demands.take(
        session,
        DemandForm(
            kind="demand",
            source="phone",
            category_id=services.demands.categories(session)[0][0],
            description="楼道灯不亮，晚上老人上下楼看不见",
            neighbourhood="幸福家园",
            place="3号楼2单元",
        ),
    )
    chooser = DispatchDialog(
        services.demands, session, waiting, lambda m, u, t: waiting, parent=desk.window
    )
    settle(chooser)
    visit("dialog.demand-dispatch", chooser)
    chooser.close()

    # The activities desk: a running course's dialog (its "..." buttons walked: sign-up, add
    # sessions, edit, cancel) and the attendance of today's session at the door.
    activities = desk.window.page("activities").activities  # type: ignore[attr-defined]
    course = next(r for r in services.activities.list(session, ActivityQuery()) if r.sessions > 1)
    activity = activities.activity_dialog(course.id)
    activity.show()
    walk("dialog.activity", activity, visit)
    activity.close()
    today = services.activities.sessions_on(session, clock.now().date())
    attendance = activities.attendance_dialog(today[0][1].id)
    attendance.show()
    settle(attendance)
    visit("dialog.attendance", attendance)
    attendance.close()

    review = desk.window.page("review")
    month = Period.month(clock.now().date())
    records = review.records.open(month, "cases.accepted", "Accepted")  # type: ignore[attr-defined]
    settle(records)
    visit("dialog.records", records)
    records.close()
    export = LedgerExportDialog(
        services.ledgers, session, month, default_dir=desk.paths.exports_dir, site_code="CN01"
    )
    settle(export)
    visit("dialog.ledger-export", export)
    export.close()


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    inner = label.contentsRect()
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + 1:
            return f"label {text[:30]!r} needs {need}px high, has {label.height()}"
        return None
    need = label.sizeHint().width()
    if need > label.width() + 1 and inner.width() < label.fontMetrics().horizontalAdvance(text):
        return f"label {text[:30]!r} needs {need}px wide, has {label.width()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text().replace("&", "")
    if not text or not isinstance(button, (QPushButton, QCheckBox, QRadioButton)):
        return None
    # Room for the text itself, plus a check box's indicator where there is one.
    need = button.fontMetrics().horizontalAdvance(text) + (
        6 if isinstance(button, QPushButton) else 22
    )
    if need > button.width() + 1:
        return f"button {text[:30]!r} needs {need}px wide, has {button.width()}"
    return None


def _line_problem(line: QLineEdit) -> str | None:
    hint = line.placeholderText()
    if line.text() or not hint:
        return None
    need = line.fontMetrics().horizontalAdvance(hint) + 12
    if need > line.width():
        return f"placeholder {hint[:30]!r} needs {need}px wide, has {line.width()}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    need = combo.fontMetrics().horizontalAdvance(text) + 24
    if need > combo.width():
        return f"choice {text[:30]!r} needs {need}px wide, has {combo.width()}"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    found = []
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        text = bar.tabText(index)
        rect = bar.tabRect(index)
        if not rect.intersects(bar.rect()) or rect.right() > bar.width():
            found.append(f"tab {text!r} is off the tab bar")
        elif metrics.horizontalAdvance(text) + 8 > rect.width():
            found.append(f"tab {text!r} is cut")
    return found


def _may_elide(view: QTableView, column: int) -> bool:
    """A long name in the one column that stretches may be cut: its tooltip says it all."""
    header = view.horizontalHeader()
    stretches = header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch or (
        header.stretchLastSection() and column == header.logicalIndex(header.count() - 1)
    )
    return stretches and isinstance(view.itemDelegate(), ElidedToolTipDelegate)


def _table_problems(view: QTableView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    header = view.horizontalHeader()
    found = []
    metrics = view.fontMetrics()
    # Qt draws a heading inside the section less its margin on each side.
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        width = view.columnWidth(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if header.isVisible() and header.fontMetrics().horizontalAdvance(title) + margin > width:
            found.append(f"column {title!r} heading is cut ({width}px)")
            continue
        for row in range(min(model.rowCount(), 30)):
            value = model.data(model.index(row, column, QModelIndex()))
            if value is None:
                continue
            text = str(value)
            if not _COMPACT.match(text) and _may_elide(view, column):
                continue
            if metrics.horizontalAdvance(text) + 6 > width:
                found.append(f"column {title!r} cuts {text!r} ({width}px)")
                break
    return found


def clipped(root: QWidget) -> list[str]:
    """What a person could not read or reach on ``root`` as it is laid out now."""
    found: list[str] = []
    bounds = root.rect()
    for widget in root.findChildren(QWidget):
        if not _shown(widget, root) or widget.window() is not root.window():
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), QComboBox):
            problem = _line_problem(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
        if (
            problem is None
            and isinstance(widget, (QAbstractButton, QLabel, QAbstractScrollArea))
            and not _in_scroll_area(widget)
        ):
            where = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
            if not bounds.contains(where.adjusted(2, 2, -2, -2)):
                what = widget.objectName() or type(widget).__name__
                problem = f"{what} {getattr(widget, 'text', str)()[:20]!r} is off the window"
        if problem is not None:
            found.append(problem)
        if isinstance(widget, QTabBar):
            found.extend(_tab_problems(widget))
        if isinstance(widget, QTableView):
            found.extend(_table_problems(widget))
    return found


def all_scenes(desk: DemoDesk, visit: Callable[[str, QWidget], None]) -> None:
    page_scenes(desk, visit)
    dialog_scenes(desk, visit)


def tour(screen: str, shots: Path | None) -> list[str]:
    """Open every screen on a desk the size of ``screen``; what cannot be read, and where.

    Run in a process whose (offscreen or X) screen is that size, so dialogs size themselves
    to it as they would at a real desk. With ``shots``, each screen is saved there as a PNG.
    """
    width, height = SCREENS[screen]
    desk = demo_desk()
    window = desk.window
    found: list[str] = []
    window.fit_to_screen()
    settle(window)
    free = window.screen().availableGeometry()
    if window.frameGeometry().width() > free.width() or window.height() > free.height():
        found.append(
            f"main window: opens at {window.width()}x{window.height()}, larger than {free}"
        )
    if window.minimumSizeHint().width() > width or window.minimumSizeHint().height() > height:
        hint = window.minimumSizeHint()
        found.append(f"main window: needs at least {hint.width()}x{hint.height()}")
    window.showNormal()
    window.resize(width, height)
    settle(window)

    def visit(name: str, widget: QWidget) -> None:
        target = widget if widget.isWindow() else widget.window()
        if target is not window and (target.width() > width or target.height() > height):
            found.append(f"{name}: opens at {target.width()}x{target.height()}")
        found.extend(f"{name}: {problem}" for problem in clipped(target))
        if shots is not None:
            safe = re.sub(r"[^\w.-]+", "_", name.replace("~", "--"))
            target.grab().save(str(shots / f"{safe}.png"))

    all_scenes(desk, visit)
    window.close()
    desk.db.dispose()
    return sorted(set(found))


def main(argv: list[str]) -> int:
    """``python -m tests.ui.screens SCREEN [SHOTS_DIR]``: exit 1 and list what is cut."""
    from hall_desk.app import create_application
    from hall_desk.ui.shell.qt_i18n import install_translations

    screen = argv[0]
    shots = Path(argv[1]) if len(argv) > 1 else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    app = create_application()
    install_translations(app, "zh_CN")
    found = tour(screen, shots)
    for problem in found:
        print(problem)
    print(f"{len(found)} problems at {screen}")
    return 1 if found else 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
