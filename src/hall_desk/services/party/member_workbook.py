"""The Excel side of a unit's member list: reading the cells of a .xlsx, writing the template.

Reading gives the rows as Excel numbers them, with the cells of the eight known columns; any
problem with the file itself (not an .xlsx, locked by another program, empty, wrong headers)
is a ``ValidationError`` on the field ``import_file`` that names it.
"""

from __future__ import annotations

import io
import logging
import os
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation

from hall_desk.domain.errors import ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.party_import import (
    EXAMPLE_NAME,
    EXAMPLE_PHONE,
    HEADERS,
    IMPORT_FILE_FIELD,
    MAX_ROWS,
    Column,
    is_blank,
    match_headers,
)

log = logging.getLogger(__name__)

SUFFIXES = (".xlsx", ".xlsm")
MEMBERS_SHEET = "党员名单"
LISTS_SHEET = "单位和人才库"
#: The header may sit below a title line or two; it is looked for in the first rows.
HEADER_SEARCH_ROWS = 5
_WIDTHS = {"姓名": 12, "单位": 28, "手机号": 15, "身份证号(可空)": 22, "小区": 18, "网格": 12}


@dataclass(frozen=True)
class SheetRow:
    """A row of the sheet: its Excel number and the cells of the known columns."""

    row: int
    cells: dict[Column, object]


def read_member_rows(path: Path) -> list[SheetRow]:
    """The member rows of the first sheet of ``path`` (blank rows left out)."""
    if path.suffix.lower() not in SUFFIXES:
        raise _file_problem(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{file} is not an Excel .xlsx file. Open it in Excel or WPS and save it as "
                "“Excel workbook (.xlsx)” first.",
            ),
            path,
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _file_problem(
            QT_TRANSLATE_NOOP("Messages", "The file {file} cannot be found."), path
        ) from None
    except OSError as exc:
        raise _file_problem(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The file {file} cannot be opened ({reason}). If it is open in Excel or WPS, "
                "close it there and try again.",
            ),
            path,
            reason=exc.strerror or str(exc),
        ) from None
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError):
        raise _file_problem(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{file} cannot be read as an Excel workbook: it is damaged, protected with a "
                "password, or not really an .xlsx file.",
            ),
            path,
        ) from None
    try:
        if not book.worksheets:
            raise _empty(path)
        rows = list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()
    return _member_rows(path, rows)


def _member_rows(path: Path, rows: Sequence[Sequence[object]]) -> list[SheetRow]:
    filled = [(number, cells) for number, cells in enumerate(rows, start=1) if not is_blank(cells)]
    if not filled:
        raise _empty(path)
    header_at = next(
        (
            index
            for index, (_number, cells) in enumerate(filled[:HEADER_SEARCH_ROWS])
            if any(isinstance(c, str) and c.strip() == HEADERS[Column.NAME] for c in cells)
        ),
        0,
    )
    columns = match_headers(filled[header_at][1], path.name)
    members = [
        SheetRow(number, {c: cells[i] if i < len(cells) else None for c, i in columns.items()})
        for number, cells in filled[header_at + 1 :]
    ]
    members = [m for m in members if not is_blank(list(m.cells.values()))]
    if not members:
        raise _file_problem(
            QT_TRANSLATE_NOOP("Messages", "{file} has no members below the row of column names."),
            path,
        )
    if len(members) > MAX_ROWS:
        raise _file_problem(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{file} has {count} rows; at most {max} can be imported at once. Split it into "
                "several files.",
            ),
            path,
            count=len(members),
            max=MAX_ROWS,
        )
    return members


def write_template(path: Path, units: Sequence[str], pools: Sequence[str], today: date) -> None:
    """The template: the header and one example row, then a sheet listing the center's
    units and talent pools (the unit column offers the units as a list)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = MEMBERS_SHEET
    headers = list(HEADERS.values())
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    example_pools = "、".join(pools[:2])
    sheet.append(
        [
            EXAMPLE_NAME,
            units[0] if units else "",
            EXAMPLE_PHONE,
            "",
            "幸福小区",
            "第一网格",
            today,
            example_pools,
        ]
    )
    for index, header in enumerate(headers, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = _WIDTHS.get(header, 14)
        if header in (HEADERS[Column.PHONE], HEADERS[Column.ID_NUMBER]):
            # Text, so Excel keeps every digit of a phone or an ID number.
            sheet.column_dimensions[letter].number_format = "@"
            sheet.cell(row=2, column=index).number_format = "@"
        if header == HEADERS[Column.REPORTED_ON]:
            sheet.cell(row=2, column=index).number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"

    lists = book.create_sheet(LISTS_SHEET)
    lists.append(["单位", "人才库"])
    for cell in lists[1]:
        cell.font = Font(bold=True)
    for index in range(max(len(units), len(pools))):
        lists.append(
            [
                units[index] if index < len(units) else None,
                pools[index] if index < len(pools) else None,
            ]
        )
    lists.column_dimensions["A"].width = 32
    lists.column_dimensions["B"].width = 16
    if units:
        choice = DataValidation(
            type="list", formula1=f"'{LISTS_SHEET}'!$A$2:$A${len(units) + 1}", allow_blank=True
        )
        sheet.add_data_validation(choice)
        choice.add(f"B2:B{MAX_ROWS + 1}")

    buffer = io.BytesIO()
    book.save(buffer)
    _write_whole(path, buffer.getvalue())


def _write_whole(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder: a failure leaves no half file."""
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".", suffix=".part", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temp_name, path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    except OSError as exc:
        log.warning("template not written to %s: %s", path, exc)
        raise _file_problem(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The template could not be saved as {file} ({reason}). If a file of that name "
                "is open in Excel or WPS, close it there, or choose another folder.",
            ),
            path,
            reason=exc.strerror or str(exc),
        ) from None


def _empty(path: Path) -> ValidationError:
    return _file_problem(QT_TRANSLATE_NOOP("Messages", "{file} is empty."), path)


def _file_problem(template: str, path: Path, **params: object) -> ValidationError:
    return ValidationError(template, field=IMPORT_FILE_FIELD, file=path.name, **params)
