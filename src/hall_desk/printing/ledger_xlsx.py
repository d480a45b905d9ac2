"""Excel workbooks of the ledgers (台账), written row by row with xlsxwriter.

The workbook runs in xlsxwriter's ``constant_memory`` mode: each row goes to disk as soon as
the next one starts, so a year of visits costs no more memory than a day. Every piece of text
is written with ``write_string``: a resident's note that starts with ``=`` stays text and is
never evaluated as a formula. Text that looks like a formula also carries Excel's quote
prefix, so editing the cell later does not turn it into one either.

Nothing here knows about the database or Qt; the caller hands over plain values.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from xlsxwriter import Workbook
from xlsxwriter.exceptions import FileCreateError, XlsxWriterException
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

CellValue = str | int | float | date | datetime | None

FORMULA_STARTS = ("=", "+", "-", "@")
"""First characters that make Excel (or a CSV opened in Excel) read text as a formula."""

MAX_SHEET_NAME = 31
MAX_ROWS = 1_048_576
"""Rows of an Excel sheet, the header row included."""


class Style(StrEnum):
    """How one cell is shown."""

    TEXT = "text"
    HEADING = "heading"
    """Bold text, for column headers and section titles."""
    INTEGER = "integer"
    DECIMAL = "decimal"
    PERCENT = "percent"
    SIGNED = "signed"
    """A change: +3, -2, 0."""
    SIGNED_DECIMAL = "signed_decimal"
    SIGNED_PERCENT = "signed_percent"
    DATETIME = "datetime"
    DATE = "date"


_FORMATS: dict[Style, dict[str, Any]] = {
    Style.TEXT: {},
    Style.HEADING: {"bold": True},
    Style.INTEGER: {"num_format": "0"},
    Style.DECIMAL: {"num_format": "0.0"},
    Style.PERCENT: {"num_format": "0.0%"},
    Style.SIGNED: {"num_format": "+0;-0;0"},
    Style.SIGNED_DECIMAL: {"num_format": "+0.0;-0.0;0.0"},
    Style.SIGNED_PERCENT: {"num_format": "+0.0%;-0.0%;0.0%"},
    Style.DATETIME: {"num_format": "yyyy-mm-dd hh:mm"},
    Style.DATE: {"num_format": "yyyy-mm-dd"},
}
_HEADER = {"bold": True, "bg_color": "#DDEBF7", "border": 1, "valign": "vcenter"}


@dataclass(frozen=True)
class Cell:
    """A value with a style other than the one its column or type gives it."""

    value: CellValue
    style: Style


@dataclass(frozen=True)
class Column:
    """One column of a ledger sheet: its header, width (in characters) and default style."""

    header: str
    width: float
    style: Style = Style.TEXT


def looks_like_formula(text: str) -> bool:
    return text.strip().startswith(FORMULA_STARTS)


class LedgerSheet:
    """One worksheet, filled from the top row down."""

    def __init__(self, book: LedgerWorkbook, sheet: Worksheet, columns: Sequence[Column]) -> None:
        self._book = book
        self._sheet = sheet
        self._columns = tuple(columns)
        self._next_row = 0

    @property
    def rows_written(self) -> int:
        return self._next_row

    def write_header(self) -> None:
        """The column headers in row 1, bold, frozen and filterable."""
        header = self._book.header_format
        for col, column in enumerate(self._columns):
            self._sheet.set_column(col, col, column.width)
        self._sheet.freeze_panes(1, 0)
        for col, column in enumerate(self._columns):
            self._sheet.write_string(0, col, column.header, header)
        self._next_row = 1

    def write_row(self, values: Sequence[CellValue | Cell]) -> None:
        row = self._next_row
        if row >= MAX_ROWS:
            # xlsxwriter would silently drop the row; a ledger must never lose one.
            raise ValueError(f"an Excel sheet holds at most {MAX_ROWS} rows")
        for col, value in enumerate(values):
            default = self._columns[col].style if col < len(self._columns) else Style.TEXT
            self._write(row, col, value, default)
        self._next_row += 1

    def skip_row(self) -> None:
        self._next_row += 1

    def set_widths(self, widths: Sequence[float]) -> None:
        """Column widths of a sheet without a header row; call before writing any row."""
        for col, width in enumerate(widths):
            self._sheet.set_column(col, col, width)

    def finish(self) -> None:
        """Put the filter buttons on the header row over every written row."""
        if self._columns:
            self._sheet.autofilter(0, 0, max(self._next_row - 1, 0), len(self._columns) - 1)

    def _write(self, row: int, col: int, cell: CellValue | Cell, style: Style) -> None:
        value = cell.value if isinstance(cell, Cell) else cell
        if isinstance(cell, Cell):
            style = cell.style
        if value is None:
            return
        sheet, book = self._sheet, self._book
        if isinstance(value, str):
            if not value:
                return
            fmt = book.quoted_format if looks_like_formula(value) else book.format(style)
            sheet.write_string(row, col, value, fmt)
        elif isinstance(value, datetime):
            chosen = style if style in (Style.DATETIME, Style.DATE) else Style.DATETIME
            sheet.write_datetime(row, col, value, book.format(chosen))
        elif isinstance(value, date):
            sheet.write_datetime(row, col, value, book.format(Style.DATE))
        elif isinstance(value, bool):
            raise TypeError("write booleans as text")
        else:
            sheet.write_number(row, col, value, book.format(style))


class LedgerWorkbook:
    """An .xlsx file being written; ``close`` finishes it, ``abandon`` throws it away.

    xlsxwriter keeps each sheet's rows in a scratch file until the workbook is closed; those
    live in a private folder that is removed either way.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._scratch = tempfile.TemporaryDirectory(
            prefix="hall-desk-ledger-", ignore_cleanup_errors=True
        )
        self._book = Workbook(
            str(path),
            {
                "constant_memory": True,
                "tmpdir": self._scratch.name,
                # Text is text: never guess numbers, formulas or links from it.
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
            },
        )
        self._formats: dict[Style, Format] = {
            style: self._book.add_format(props) for style, props in _FORMATS.items()
        }
        self.header_format: Format = self._book.add_format(_HEADER)
        self.quoted_format: Format = self._book.add_format({"quote_prefix": True})
        self._sheets: list[LedgerSheet] = []

    def format(self, style: Style) -> Format:
        return self._formats[style]

    def add_sheet(self, name: str, columns: Sequence[Column] = ()) -> LedgerSheet:
        """A new sheet after the others; with ``columns`` its header is written at once."""
        sheet = LedgerSheet(self, self._book.add_worksheet(name[:MAX_SHEET_NAME]), columns)
        if columns:
            sheet.write_header()
        self._sheets.append(sheet)
        return sheet

    def close(self) -> None:
        """Write the file. An ``OSError`` says why it could not be written."""
        try:
            for sheet in self._sheets:
                sheet.finish()
            self._book.close()
        except FileCreateError as exc:
            reason = exc.args[0] if exc.args else None
            if isinstance(reason, OSError):
                raise reason from exc
            raise OSError(str(exc)) from exc
        except XlsxWriterException as exc:
            raise OSError(str(exc)) from exc
        finally:
            self._scratch.cleanup()

    def abandon(self) -> None:
        """Give up on the file (also after a failed ``close``) and remove the scratch files."""
        for worksheet in self._book.worksheets():
            handle = getattr(worksheet, "row_data_fh", None)
            if handle is not None:
                with contextlib.suppress(OSError):
                    handle.close()
        self._scratch.cleanup()
