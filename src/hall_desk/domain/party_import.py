"""The rows of a unit's member list (an Excel sheet), checked one by one before any is imported.

The sheet has a header row with 姓名, 单位, 手机号, 身份证号(可空), 小区, 网格, 报到日期
and 人才库 (in any order; more columns are ignored). Each further row is a member. Cells
arrive as Excel gives them: text, whole numbers (a phone typed into a number cell), dates, or
day numbers (a date cell read without its format). Rows are numbered as Excel shows them:
the header is row 1.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from hall_desk.domain.errors import FieldError, Message, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.party_registry import MemberSpec, clean_member, split_pools

#: What a file may hold at most (the largest center has about 2,100 members).
MAX_ROWS = 5000
IMPORT_FILE_FIELD = "import_file"


class Column(StrEnum):
    NAME = "name"
    UNIT = "unit"
    PHONE = "phone"
    ID_NUMBER = "id_number"
    NEIGHBOURHOOD = "neighbourhood"
    GRID = "grid"
    REPORTED_ON = "reported_on"
    POOLS = "pools"


#: The header of each column as the template writes it (the sheets are filled in Chinese).
HEADERS: dict[Column, str] = {
    Column.NAME: "姓名",
    Column.UNIT: "单位",
    Column.PHONE: "手机号",
    Column.ID_NUMBER: "身份证号(可空)",
    Column.NEIGHBOURHOOD: "小区",
    Column.GRID: "网格",
    Column.REPORTED_ON: "报到日期",
    Column.POOLS: "人才库",
}

#: The template's example row; left in a file, it is pointed out rather than imported.
EXAMPLE_NAME = "张三"
EXAMPLE_PHONE = "13800000000"

# Form fields of ``clean_member`` and the column each comes from.
_FIELD_COLUMNS = {
    "name": Column.NAME,
    "phone": Column.PHONE,
    "id_number": Column.ID_NUMBER,
    "neighbourhood": Column.NEIGHBOURHOOD,
    "grid": Column.GRID,
    "reported_on": Column.REPORTED_ON,
}

# Excel counts days from 30 December 1899 (its day 60 is a 29 February 1900 that never was).
_EXCEL_EPOCH = date(1899, 12, 30)
_DATE_TEXT = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
#: Digits a number cell keeps exactly; an ID number longer than this lost its last digits.
_EXACT_DIGITS = 15


@dataclass(frozen=True)
class RowProblem:
    """What is wrong in one row: the Excel row number, the column's header ("" for the whole
    row) and the message."""

    row: int
    column: str
    message: Message


@dataclass(frozen=True)
class MemberRow:
    """A row that passed every check of its own."""

    row: int
    spec: MemberSpec
    unit_name: str
    pools: tuple[str, ...]


def _header_key(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text)
    folded = re.sub(r"\s+", "", folded)
    return re.sub(r"\(可空\)$", "", folded)


_HEADER_KEYS = {_header_key(text): column for column, text in HEADERS.items()}


def match_headers(cells: Sequence[object], file_name: str = "") -> dict[Column, int]:
    """Where each column is in the header row; raises naming the file and the columns
    missing or there twice.

    Headers are matched ignoring spaces, full-width brackets and the "(可空)" note.
    """
    found: dict[Column, int] = {}
    twice: list[str] = []
    for index, cell in enumerate(cells):
        column = _HEADER_KEYS.get(_header_key(str(cell))) if cell is not None else None
        if column is None:
            continue
        if column in found:
            twice.append(HEADERS[column])
        found[column] = index
    if twice:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "In {file}, the column {columns} appears twice in the row of names."
            ),
            field=IMPORT_FILE_FIELD,
            file=file_name,
            columns="、".join(twice),
        )
    missing = [HEADERS[c] for c in Column if c not in found]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The first row of {file} must name the columns {expected}. Missing: "
                "{missing}. Save a template from this dialog to see how it looks.",
            ),
            field=IMPORT_FILE_FIELD,
            file=file_name,
            expected="、".join(HEADERS.values()),
            missing="、".join(missing),
        )
    return found


def is_blank(cells: Sequence[object]) -> bool:
    """A row with nothing in it (Excel often reports formatted but empty rows)."""
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells)


def cell_text(value: object) -> str:
    """A cell as text: whole numbers without ".0", dates as 2026-03-15, text trimmed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def cell_date(value: object) -> date | None:
    """A date cell: a date, an Excel day number, or text such as 2026-03-15, 2026/3/15,
    2026.3.15, 2026年3月15日 or 20260315. None when empty; ValidationError when not a date."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2_958_466 and float(value).is_integer():
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise _not_a_date(cell_text(value))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    match = _DATE_TEXT.fullmatch(text) or _COMPACT_DATE.fullmatch(text)
    if match is None:
        raise _not_a_date(text)
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise _not_a_date(text) from None


def _not_a_date(text: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Messages", "“{text}” is not a date; write it like 2026-03-15."),
        field="reported_on",
        text=text,
    )


def check_member_row(
    row: int,
    cells: Mapping[Column, object],
    *,
    units: Collection[str],
    pools: Collection[str],
    today: date,
) -> tuple[MemberRow | None, list[RowProblem]]:
    """Check one row against the center's unit and pool names; the member, or its problems.

    Every problem of the row is reported, each under its column.
    """
    problems: list[RowProblem] = []

    def add(column: Column | None, template: str, **params: object) -> None:
        header = HEADERS[column] if column is not None else ""
        problems.append(RowProblem(row, header, Message(template, params)))

    name = cell_text(cells.get(Column.NAME))
    phone = cell_text(cells.get(Column.PHONE))
    if name == EXAMPLE_NAME and phone == EXAMPLE_PHONE:
        add(
            None,
            QT_TRANSLATE_NOOP(
                "Messages", "This is the template's example row; delete it before importing."
            ),
        )
        return None, problems

    id_value = cells.get(Column.ID_NUMBER)
    id_text = cell_text(id_value)
    if _number_lost_digits(id_value):
        add(
            Column.ID_NUMBER,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Excel has stored the ID number as a number and changed its last digits. "
                "Format the column as text and type the number again.",
            ),
        )
        id_text = ""

    reported_on: date | None = None
    date_bad = False
    try:
        reported_on = cell_date(cells.get(Column.REPORTED_ON))
    except ValidationError as exc:
        date_bad = True
        problems.extend(RowProblem(row, HEADERS[Column.REPORTED_ON], e.message) for e in exc.errors)
    spec: MemberSpec | None = None
    try:
        spec = clean_member(
            name=name,
            phone=phone,
            id_number=id_text,
            neighbourhood=cell_text(cells.get(Column.NEIGHBOURHOOD)),
            grid=cell_text(cells.get(Column.GRID)),
            reported_on=reported_on,
            today=today,
        )
    except ValidationError as exc:
        problems.extend(_field_problems(row, exc.errors, skip_date=date_bad))

    unit = cell_text(cells.get(Column.UNIT))
    if not unit:
        add(Column.UNIT, QT_TRANSLATE_NOOP("Messages", "Please enter the unit."))
    elif unit not in units:
        add(
            Column.UNIT,
            QT_TRANSLATE_NOOP(
                "Messages",
                "No unit called {unit} is registered. Add it under Units first, or check the "
                "spelling.",
            ),
            unit=unit,
        )
    wanted = split_pools(cell_text(cells.get(Column.POOLS)))
    unknown = [p for p in wanted if p not in pools]
    if unknown:
        add(
            Column.POOLS,
            QT_TRANSLATE_NOOP("Messages", "No talent pool called {pool}. The pools are: {pools}."),
            pool="、".join(unknown),
            pools="、".join(pools),
        )
    problems.sort(key=lambda p: _column_order(p.column))
    if problems or spec is None:
        return None, problems
    return MemberRow(row, spec, unit, tuple(wanted)), []


def duplicates_in_file(rows: Sequence[MemberRow]) -> list[RowProblem]:
    """Rows that repeat an earlier row's person (the same ID number, or the same name and
    phone): each is named with the row it repeats."""
    by_id: dict[str, int] = {}
    by_contact: dict[tuple[str, str], int] = {}
    problems: list[RowProblem] = []
    for member in rows:
        spec = member.spec
        assert spec.phone is not None  # rows of a file always carry their phone
        earlier = None
        if spec.id_number is not None:
            earlier = by_id.get(spec.id_number.canonical)
        contact = (spec.name, spec.phone.canonical)
        earlier = earlier or by_contact.get(contact)
        if earlier is not None:
            problems.append(
                RowProblem(
                    member.row,
                    "",
                    Message(
                        QT_TRANSLATE_NOOP("Messages", "The same person as in row {first}."),
                        {"first": earlier},
                    ),
                )
            )
            continue
        if spec.id_number is not None:
            by_id[spec.id_number.canonical] = member.row
        by_contact[contact] = member.row
    return problems


def _number_lost_digits(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return len(cell_text(value).lstrip("-")) > _EXACT_DIGITS


def _field_problems(row: int, errors: list[FieldError], *, skip_date: bool) -> list[RowProblem]:
    found = []
    for error in errors:
        column = _FIELD_COLUMNS.get(error.field or "", Column.NAME)
        if column is Column.REPORTED_ON and skip_date:
            continue  # the date cell's own problem is already there
        found.append(RowProblem(row, HEADERS[column], error.message))
    return found


def _column_order(header: str) -> int:
    headers = list(HEADERS.values())
    return headers.index(header) if header in headers else -1
