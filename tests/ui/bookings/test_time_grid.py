"""The booking time grid, driven with the mouse and the keyboard the way a clerk uses it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QHelpEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QToolTip, QVBoxLayout, QWidget

from hall_desk.config import resources_dir
from hall_desk.ui.bookings.time_grid import GridBlock, TimeGrid, format_minute
from hall_desk.ui.shell.fonts import BUNDLED_FONT_FILE

LEFT = Qt.MouseButton.LeftButton
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
H = 60  # minutes in an hour, to write times as 9 * H + 30

ROOMS = ["多功能厅", "会议室 A", "阅览室"]
ROOM_NOTES = ["120人 · 需审批", "30人", "40人 · 周一闭馆"]
BLOCKS = [
    GridBlock("b-reading", 0, 9 * H, 11 * H, "张三 · 读书会", "09:00–11:00"),
    GridBlock("b-class", 1, 14 * H, 15 * H + 30, "李四 · 党员学习", "14:00–15:30", "pending"),
    GridBlock("b-dance", 0, 15 * H, 16 * H, "广场舞排练", "15:00–16:00", "checked_in"),
    GridBlock("b-notice", 2, 10 * H, 12 * H, "图书整理", "10:00–12:00", "info"),
]


class Recorder:
    """Collects what the grid reports, in order."""

    def __init__(self, grid: TimeGrid) -> None:
        self.slots: list[tuple[int, int, int]] = []
        self.keys: list[object] = []
        grid.slotPicked.connect(lambda row, start, end: self.slots.append((row, start, end)))
        grid.blockActivated.connect(self.keys.append)


@pytest.fixture
def host(qtbot) -> tuple[QWidget, TimeGrid, QLineEdit]:
    """A grid on a small page with a field after it, so Tab has somewhere to go."""
    page = QWidget()
    grid = TimeGrid()
    after = QLineEdit()
    after.setObjectName("after")
    layout = QVBoxLayout(page)
    layout.addWidget(grid)
    layout.addWidget(after)
    qtbot.addWidget(page)
    grid.set_rows(ROOMS, ROOM_NOTES)
    grid.set_hours(8 * H, 18 * H, 30)
    grid.set_blocks(BLOCKS)
    grid.set_unavailable(2, [(8 * H, 9 * H), (17 * H, 18 * H)], "非开放时间")
    page.resize(1100, 320)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitActive(page)
    grid.setFocus()
    return page, grid, after


@pytest.fixture
def grid(host) -> TimeGrid:
    return host[1]


def click(qtbot, grid: TimeGrid, row: int, minute: int) -> None:
    qtbot.mouseClick(grid.canvas, LEFT, pos=grid.slot_rect(row, minute).center())


def test_defaults_name_the_grid_for_tests_and_screen_readers(qtbot) -> None:
    grid = TimeGrid()
    qtbot.addWidget(grid)
    assert grid.objectName() == "time_grid"
    assert grid.accessibleName()
    assert grid.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_clicking_an_empty_slot_picks_that_slot(qtbot, grid: TimeGrid) -> None:
    seen = Recorder(grid)
    click(qtbot, grid, 1, 10 * H + 10)
    assert seen.slots == [(1, 10 * H, 10 * H + 30)]
    assert seen.keys == []
    assert grid.cursor() == (1, 10 * H, 10 * H + 30)


def test_dragging_along_a_row_picks_the_whole_range_once(qtbot, grid: TimeGrid) -> None:
    seen = Recorder(grid)
    canvas = grid.canvas
    before = canvas.grab().toImage()
    middle = grid.slot_rect(1, 9 * H + 30).center()
    qtbot.mousePress(canvas, LEFT, pos=grid.slot_rect(1, 9 * H).center())
    qtbot.mouseMove(canvas, middle)
    qtbot.mouseMove(canvas, grid.slot_rect(1, 10 * H).center())
    assert seen.slots == []
    during = canvas.grab().toImage()
    # The range is drawn highlighted while the button is down.
    assert during.pixelColor(middle) != before.pixelColor(middle)
    qtbot.mouseRelease(canvas, LEFT, pos=grid.slot_rect(1, 10 * H).center())
    assert seen.slots == [(1, 9 * H, 10 * H + 30)]


def test_dragging_right_to_left_picks_the_same_range(qtbot, grid: TimeGrid) -> None:
    seen = Recorder(grid)
    canvas = grid.canvas
    qtbot.mousePress(canvas, LEFT, pos=grid.slot_rect(1, 12 * H).center())
    qtbot.mouseMove(canvas, grid.slot_rect(1, 11 * H).center())
    qtbot.mouseRelease(canvas, LEFT, pos=grid.slot_rect(1, 11 * H).center())
    assert seen.slots == [(1, 11 * H, 12 * H + 30)]


def test_a_drag_stops_where_the_room_is_closed_or_booked(qtbot, grid: TimeGrid) -> None:
    seen = Recorder(grid)
    canvas = grid.canvas
    qtbot.mousePress(canvas, LEFT, pos=grid.slot_rect(2, 15 * H + 30).center())
    qtbot.mouseMove(canvas, grid.slot_rect(2, 17 * H + 30).center())
    qtbot.mouseRelease(canvas, LEFT, pos=grid.slot_rect(2, 17 * H + 30).center())
    qtbot.mousePress(canvas, LEFT, pos=grid.slot_rect(0, 12 * H).center())
    qtbot.mouseMove(canvas, grid.slot_rect(0, 16 * H).center())
    qtbot.mouseRelease(canvas, LEFT, pos=grid.slot_rect(0, 16 * H).center())
    assert seen.slots == [(2, 15 * H + 30, 17 * H), (0, 12 * H, 15 * H)]


def test_clicking_a_block_activates_its_booking(qtbot, grid: TimeGrid) -> None:
    seen = Recorder(grid)
    click(qtbot, grid, 0, 10 * H)
    assert grid.accessibleDescription() == "多功能厅 09:00–11:00, booked: 张三 · 读书会"
    click(qtbot, grid, 1, 15 * H)
    assert seen.keys == ["b-reading", "b-class"]
    assert seen.slots == []


def test_pressing_a_block_and_letting_go_elsewhere_activates_nothing(qtbot, grid) -> None:
    seen = Recorder(grid)
    qtbot.mousePress(grid.canvas, LEFT, pos=grid.slot_rect(0, 9 * H).center())
    qtbot.mouseRelease(grid.canvas, LEFT, pos=grid.slot_rect(1, 12 * H).center())
    assert seen.keys == [] and seen.slots == []


def test_closed_time_cannot_be_picked_but_its_blocks_still_open(qtbot, grid) -> None:
    seen = Recorder(grid)
    grid.set_unavailable(0, [(8 * H, 12 * H)], "维修")
    click(qtbot, grid, 2, 8 * H)
    click(qtbot, grid, 0, 8 * H + 30)
    assert seen.slots == []
    click(qtbot, grid, 0, 9 * H + 30)  # the reading club lies inside the closed morning
    assert seen.keys == ["b-reading"]
    grid.clear_unavailable()
    click(qtbot, grid, 2, 8 * H)
    assert seen.slots == [(2, 8 * H, 8 * H + 30)]


def test_arrows_shift_and_enter_pick_a_range(qtbot, grid: TimeGrid) -> None:
    seen = Recorder(grid)
    grid.set_cursor(0, 12 * H)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.cursor() == (1, 12 * H + 30, 13 * H)
    assert grid.accessibleDescription() == "会议室 A 12:30–13:00, free"
    qtbot.keyClick(grid, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(grid, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(grid, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(grid, Qt.Key.Key_Left, SHIFT)
    assert grid.cursor() == (1, 12 * H + 30, 14 * H)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert seen.slots == [(1, 12 * H + 30, 14 * H)]
    # A plain arrow collapses the range to the slot just past it.
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.cursor() == (1, 14 * H, 14 * H + 30)
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert grid.cursor()[0] == 0  # stays on the first row


def test_shift_left_extends_backwards_from_the_anchor(qtbot, grid: TimeGrid) -> None:
    seen = Recorder(grid)
    grid.set_cursor(1, 12 * H)
    qtbot.keyClick(grid, Qt.Key.Key_Left, SHIFT)
    qtbot.keyClick(grid, Qt.Key.Key_Left, SHIFT)
    qtbot.keyClick(grid, Qt.Key.Key_Enter)
    assert seen.slots == [(1, 11 * H, 12 * H + 30)]


def test_enter_on_closed_time_picks_nothing(qtbot, grid: TimeGrid) -> None:
    seen = Recorder(grid)
    grid.set_cursor(2, 16 * H + 30)
    qtbot.keyClick(grid, Qt.Key.Key_Right, SHIFT)
    assert grid.cursor() == (2, 16 * H + 30, 17 * H + 30)
    assert grid.accessibleDescription() == "阅览室 16:30–17:30, closed: 非开放时间"
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert seen.slots == []
    qtbot.keyClick(grid, Qt.Key.Key_Left)  # back to the open half hour before closing
    assert grid.accessibleDescription() == "阅览室 16:00–16:30, free"
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert seen.slots == [(2, 16 * H, 16 * H + 30)]


def test_tab_visits_blocks_in_reading_order_and_enter_opens_one(qtbot, host) -> None:
    _page, grid, _after = host
    seen = Recorder(grid)
    grid.set_cursor(0, 8 * H)
    visited = []
    for _ in range(4):
        qtbot.keyClick(grid, Qt.Key.Key_Tab)
        visited.append(grid.block_at(grid.cursor()[0], grid.cursor()[1]))
    assert [b.key for b in visited if b] == ["b-reading", "b-dance", "b-class", "b-notice"]
    assert grid.cursor() == (2, 10 * H, 12 * H)
    assert grid.accessibleDescription() == "阅览室 10:00–12:00, 图书整理"
    qtbot.keyClick(grid, Qt.Key.Key_Backtab, SHIFT)
    assert grid.cursor() == (1, 14 * H, 15 * H + 30)
    assert "awaiting approval: 李四 · 党员学习" in grid.accessibleDescription()
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert seen.keys == ["b-class"]
    assert seen.slots == []


def test_enter_on_a_slot_inside_a_block_opens_the_block(qtbot, grid: TimeGrid) -> None:
    seen = Recorder(grid)
    grid.set_cursor(0, 10 * H)
    assert grid.accessibleDescription() == "多功能厅 10:00–10:30, booked: 张三 · 读书会"
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert seen.keys == ["b-reading"]


def test_tab_after_the_last_block_leaves_the_grid(qtbot, host) -> None:
    _page, grid, after = host
    grid.set_cursor(2, 13 * H)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)


def test_home_and_end_go_to_the_first_and_last_slot(qtbot, grid: TimeGrid) -> None:
    grid.set_cursor(1, 12 * H)
    qtbot.keyClick(grid, Qt.Key.Key_End)
    assert grid.cursor() == (1, 17 * H + 30, 18 * H)
    qtbot.keyClick(grid, Qt.Key.Key_Home, SHIFT)
    assert grid.cursor() == (1, 8 * H, 18 * H)
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    assert grid.cursor() == (1, 8 * H, 8 * H + 30)
    qtbot.keyClick(grid, Qt.Key.Key_End, CTRL)
    assert grid.cursor() == (2, 17 * H + 30, 18 * H)


def test_the_cursor_stays_in_view_when_the_grid_scrolls(qtbot, host) -> None:
    page, grid, _after = host
    grid.set_rows([f"座位 {n}" for n in range(1, 31)])
    grid.set_hours(0, 24 * H, 15)
    page.resize(600, 320)
    qtbot.waitUntil(lambda: grid.horizontalScrollBar().maximum() > 0)
    grid.set_cursor(0, 8 * H)
    qtbot.keyClick(grid, Qt.Key.Key_End, CTRL)
    assert grid.cursor() == (29, 23 * H + 45, 24 * H)
    assert grid.horizontalScrollBar().value() == grid.horizontalScrollBar().maximum()
    assert grid.verticalScrollBar().value() == grid.verticalScrollBar().maximum()
    assert grid.canvas.rect().contains(grid.slot_rect(29, 23 * H + 45))
    # Clicking where the cursor now is still picks the right slot after scrolling.
    seen = Recorder(grid)
    click(qtbot, grid, 28, 23 * H)
    assert seen.slots == [(28, 23 * H, 23 * H + 15)]


def test_overlapping_blocks_share_the_row_and_each_can_be_clicked(qtbot, grid) -> None:
    seen = Recorder(grid)
    grid.set_blocks(
        [
            GridBlock(1, 1, 9 * H, 11 * H, "社区议事会"),
            GridBlock(2, 1, 10 * H, 12 * H, "志愿者培训", state="pending"),
        ]
    )
    slot = grid.slot_rect(1, 10 * H)
    qtbot.mouseClick(grid.canvas, LEFT, pos=QPoint(slot.center().x(), slot.top() + 8))
    qtbot.mouseClick(grid.canvas, LEFT, pos=QPoint(slot.center().x(), slot.bottom() - 8))
    assert seen.keys == [1, 2]
    assert [b.key for b in grid.blocks()] == [1, 2]
    assert grid.block_at(1, 10 * H).key == 1
    assert grid.block_at(1, 11 * H + 59).key == 2
    assert grid.block_at(1, 12 * H) is None


def tooltip_at(qtbot, grid: TimeGrid, pos: QPoint) -> str:
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    event = QHelpEvent(QEvent.Type.ToolTip, pos, grid.canvas.mapToGlobal(pos))
    QApplication.sendEvent(grid.canvas, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_tooltips_explain_closed_time_blocks_and_rows(qtbot, grid: TimeGrid) -> None:
    grid.set_blocks([*BLOCKS, GridBlock("b-tip", 1, 16 * H, 17 * H, "王五", tooltip="电话 138")])
    assert tooltip_at(qtbot, grid, grid.slot_rect(2, 8 * H).center()) == "非开放时间"
    assert (
        tooltip_at(qtbot, grid, grid.slot_rect(0, 9 * H).center()) == "张三 · 读书会\n09:00–11:00"
    )
    assert tooltip_at(qtbot, grid, grid.slot_rect(1, 16 * H).center()) == "电话 138"
    label = QPoint(20, grid.slot_rect(0, 9 * H).center().y())
    assert tooltip_at(qtbot, grid, label) == "多功能厅\n120人 · 需审批"
    assert tooltip_at(qtbot, grid, grid.slot_rect(1, 9 * H).center()) == ""


def test_a_whole_closed_day_reads_its_reason_across_the_row(qtbot, grid: TimeGrid) -> None:
    grid.set_unavailable(1, [(0, 12 * H), (12 * H, 24 * H)], "周一闭馆")
    grid.set_cursor(1, 12 * H)
    assert grid.accessibleDescription() == "会议室 A 12:00–12:30, closed: 周一闭馆"
    seen = Recorder(grid)
    click(qtbot, grid, 1, 12 * H)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert seen.slots == []
    grid.set_unavailable(1, [])
    click(qtbot, grid, 1, 12 * H)
    assert seen.slots == [(1, 12 * H, 12 * H + 30)]


def test_a_refresh_keeps_the_cursor_on_its_booking_and_the_view_still(qtbot, host) -> None:
    page, grid, _after = host
    page.resize(600, 320)
    qtbot.waitUntil(lambda: grid.horizontalScrollBar().maximum() > 0)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert grid.cursor() == (0, 15 * H, 16 * H)
    grid.horizontalScrollBar().setValue(0)  # the clerk scrolls back with the mouse
    moved = [GridBlock("b-dance", 0, 15 * H, 16 * H, "广场舞排练", state="confirmed"), *BLOCKS[:2]]
    grid.set_blocks(moved)
    assert grid.horizontalScrollBar().value() == 0
    assert grid.accessibleDescription() == "多功能厅 15:00–16:00, booked: 广场舞排练"
    seen = Recorder(grid)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert seen.keys == ["b-dance"]


def test_bad_hours_and_rows_are_refused(grid: TimeGrid) -> None:
    with pytest.raises(ValueError):
        grid.set_hours(18 * H, 8 * H)
    with pytest.raises(ValueError):
        grid.set_hours(8 * H, 18 * H, 0)
    with pytest.raises(ValueError):
        grid.set_rows(["一", "二"], ["只有一个"])


def test_the_now_line_can_be_limited_to_todays_row_or_hidden(qtbot, grid: TimeGrid) -> None:
    def red_at(row: int) -> bool:
        image = grid.canvas.grab().toImage()
        slot = grid.slot_rect(row, 12 * H)
        return any(
            image.pixelColor(QPoint(x, slot.center().y())).red() > 200
            and image.pixelColor(QPoint(x, slot.center().y())).green() < 100
            for x in range(slot.left() - 2, slot.left() + 3)
        )

    grid.set_now(12 * H)
    assert red_at(1) and red_at(2)
    grid.set_now(12 * H, row=2)
    assert red_at(2) and not red_at(1)
    grid.set_now(None)
    assert not red_at(2)


def test_blocks_must_be_sensible() -> None:
    with pytest.raises(ValueError):
        GridBlock(1, 0, 10 * H, 10 * H, "空")
    with pytest.raises(ValueError):
        GridBlock(1, 0, 10 * H, 11 * H, "未知", state="cancelled")
    assert format_minute(9 * H + 5) == "09:05"
    assert format_minute(24 * H) == "24:00"


def test_screenshot_shows_rows_blocks_and_the_now_line(qtbot, host, tmp_path: Path) -> None:
    page, grid, _after = host
    # The app gives every widget the bundled CJK font at 11 pt; do the same for this one.
    family = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / BUNDLED_FONT_FILE))
    )[0]
    font = QFont(grid.font())
    font.setFamilies([*font.families(), family])
    font.setPointSizeF(11)
    small_row = grid.slot_rect(0, 9 * H).height()
    grid.setFont(font)
    assert grid.slot_rect(0, 9 * H).height() >= small_row  # rows grow with the font
    grid.set_rows([*ROOMS, "舞蹈室", "书画室"], [*ROOM_NOTES, "", "20人 · 需审批"])
    grid.set_hours(7 * H, 22 * H)
    grid.set_unavailable(3, [(0, 24 * H)], "周一闭馆")
    grid.set_now(9 * H + 40)
    grid.set_cursor(1, 10 * H)
    page.resize(1150, 360)
    qtbot.waitUntil(lambda: grid.canvas.width() > 1000)
    image = grid.grab().toImage()
    image.save(str(tmp_path / "time_grid.png"))  # kept with the test's files, to look at
    offset = grid.canvas.pos()

    def fill(row: int, start: int) -> QColor:
        """A pixel inside a block that starts at ``start``: past its border, before its text."""
        slot = grid.slot_rect(row, start)
        return image.pixelColor(QPoint(slot.left() + 4, slot.center().y()) + offset)

    confirmed, checked_in, pending = fill(0, 9 * H), fill(0, 15 * H), fill(1, 14 * H)
    assert confirmed.blue() > 180 and confirmed.red() < 90
    assert checked_in.green() > checked_in.red() and checked_in.green() > checked_in.blue()
    assert pending.red() > 200 and pending.green() > 180 and pending.blue() < 200
    closed = image.pixelColor(grid.slot_rect(3, 8 * H).center() + offset)
    assert closed != image.pixelColor(grid.slot_rect(4, 8 * H).center() + offset)
    # 09:40 is a third of the way into the 09:30 slot; the red line is two pixels wide.
    slot = grid.slot_rect(4, 9 * H + 30)
    x = slot.left() + round(slot.width() / 3)
    line = [image.pixelColor(QPoint(x + dx, slot.center().y()) + offset) for dx in (-1, 0, 1)]
    assert any(c.red() > 200 and c.green() < 100 for c in line)
