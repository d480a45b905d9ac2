"""Excel ledgers (台账): visitors, cases and room bookings of a period, with a summary sheet.

The workbook is written into a temporary file beside the chosen one and moved over it only
when complete, so a cancelled or failed export never leaves half a file, and a ledger that
was there before stays as it was. ID and phone numbers are masked unless an administrator
asks for them in full; every export goes into the audit log, and a full-number export is
logged before the first row is written, so even one cancelled half-way leaves its trace.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from hall_desk.config import make_private, private_opener
from hall_desk.db.database import Database
from hall_desk.domain.activity_figures import ActivityComparison
from hall_desk.domain.clock import Clock
from hall_desk.domain.demand_figures import DemandComparison
from hall_desk.domain.errors import DomainError, StorageError, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.periods import Period
from hall_desk.domain.reports import Comparison
from hall_desk.printing.ledger_xlsx import MAX_ROWS, LedgerWorkbook
from hall_desk.services import audit
from hall_desk.services.figures.ledger_activities import activity_summary_rows
from hall_desk.services.figures.ledger_rows import (
    COLUMNS,
    LEDGER_LABELS,
    SHEET_NAMES,
    SHEET_ORDER,
    LedgerKind,
    RowContext,
    count_records,
    stream_records,
)
from hall_desk.services.figures.ledger_summary import (
    SUMMARY_WIDTHS,
    demand_summary_rows,
    summary_rows,
)
from hall_desk.services.session import StaffSession

__all__ = [
    "LEDGER_LABELS",
    "PROGRESS_STEP",
    "ExportCancelled",
    "LedgerKind",
    "LedgerResult",
    "LedgerService",
]

PROGRESS_STEP = 200
"""Rows between two progress reports (and two looks at the cancel button)."""

_LOCKED = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} cannot be written. If it is open in Excel or another program, close it and "
    "try again; otherwise choose a folder you may save in.",
)
_FAILED = QT_TRANSLATE_NOOP(
    "Messages",
    "{file} could not be written ({reason}). Nothing was saved; choose another folder or "
    "check the disk and try again.",
)


class ExportCancelled(DomainError):
    """The person at the desk stopped the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Messages", "The export was cancelled; no file was written.")
        )


@dataclass(frozen=True)
class LedgerResult:
    path: Path
    rows: dict[LedgerKind, int]
    """Data rows of each sheet written (for the summary: its lines)."""
    revealed: bool


class ComparisonSource(Protocol):
    """The part of the statistics service the summary sheet needs."""

    def compare(self, actor: StaffSession, period: Period) -> Comparison: ...


class DemandComparisonSource(Protocol):
    """The part of the demand figures the summary sheet needs."""

    def compare(self, session: StaffSession, period: Period) -> DemandComparison: ...


class ActivityComparisonSource(Protocol):
    """The part of the activity figures the summary sheet needs."""

    def compare(self, session: StaffSession, period: Period) -> ActivityComparison: ...


class _Progress:
    def __init__(
        self,
        total: int,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def report(self) -> None:
        self.check()
        if self._progress is not None:
            self._progress(self.done, max(self.total, self.done))

    def step(self) -> None:
        self.done += 1
        if self.done % PROGRESS_STEP == 0:
            self.report()

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self.done, self.done)


class LedgerService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        stats: ComparisonSource,
        demands: DemandComparisonSource | None = None,
        activities: ActivityComparisonSource | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._stats = stats
        self._demands = demands
        self._activities = activities

    def count_rows(
        self, actor: StaffSession, period: Period, kinds: Collection[LedgerKind | str]
    ) -> int:
        """How many data rows the chosen ledgers hold, for the progress bar."""
        return sum(self._counts(actor, period, _chosen(kinds)).values())

    def _counts(
        self, actor: StaffSession, period: Period, chosen: tuple[LedgerKind, ...]
    ) -> dict[LedgerKind, int]:
        with self._db.read() as s:
            return {kind: count_records(s, kind, actor.site_id, period) for kind in chosen}

    def export(
        self,
        actor: StaffSession,
        period: Period,
        kinds: Collection[LedgerKind | str],
        path: Path,
        *,
        reveal: bool = False,
        label: Callable[[str], str],
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> LedgerResult:
        """Write the chosen ledgers of the actor's center for ``period`` to ``path``.

        ``reveal`` shows ID and phone numbers in full (administrators only). ``label``
        translates fixed labels into Chinese. ``progress(done, total)`` is called every
        few hundred rows and at the end; when ``cancelled()`` turns true the export stops
        with ``ExportCancelled``. A file that cannot be written raises ``StorageError``.
        """
        chosen = _chosen(kinds)
        if reveal:
            actor.require_admin()
        target = Path(path)
        _probe(target)
        counts = self._counts(actor, period, chosen)
        _check_fits(counts)
        total = sum(counts.values())
        detail: dict[str, Any] = {
            "kinds": [k.value for k in chosen],
            "period": period.text(),
            "file": target.name,
        }
        if reveal:
            self._audit(actor, "export_unmasked", rows=total, revealed=True, **detail)
        tracker = _Progress(total, progress, cancelled)
        tracker.report()
        comparison = self._stats.compare(actor, period) if LedgerKind.SUMMARY in chosen else None
        demands = activities = None
        if comparison is not None and self._demands is not None:
            demands = self._demands.compare(actor, period)
        if comparison is not None and self._activities is not None:
            activities = self._activities.compare(actor, period)
        ctx = RowContext(
            actor.site_id, period, self._clock.today(), reveal, label, self._clock.now()
        )
        temp = _temp_beside(target)
        book: LedgerWorkbook | None = None
        done = False
        try:
            book = LedgerWorkbook(temp)
            rows = self._fill(book, chosen, ctx, (comparison, demands, activities), tracker)
            tracker.check()
            book.close()
            # Logged before the file appears: a log entry without a file is harmless, a
            # file of residents' details without a log entry is not.
            written = sum(n for kind, n in rows.items() if kind is not LedgerKind.SUMMARY)
            self._audit(actor, "export", rows=written, revealed=reveal, **detail)
            make_private(temp)  # whoever can read the folder, the ledger is the owner's
            os.replace(temp, target)
            done = True
        except OSError as exc:
            raise _storage_error(target, exc) from exc
        finally:
            if not done:
                if book is not None:
                    book.abandon()
                temp.unlink(missing_ok=True)
        tracker.finish()
        return LedgerResult(target, rows, reveal)

    def _fill(
        self,
        book: LedgerWorkbook,
        chosen: tuple[LedgerKind, ...],
        ctx: RowContext,
        summaries: tuple[Comparison | None, DemandComparison | None, ActivityComparison | None],
        tracker: _Progress,
    ) -> dict[LedgerKind, int]:
        rows: dict[LedgerKind, int] = {}
        comparison, demands, activities = summaries
        if comparison is not None:
            sheet = book.add_sheet(SHEET_NAMES[LedgerKind.SUMMARY])
            sheet.set_widths(SUMMARY_WIDTHS)
            lines = 0
            party = [[], *demand_summary_rows(demands)] if demands is not None else []
            if activities is not None:
                party += [[], *activity_summary_rows(activities, ctx.label)]
            for line in [*summary_rows(comparison, ctx.label), *party]:
                if line:
                    sheet.write_row(line)
                    lines += 1
                else:
                    sheet.skip_row()
            rows[LedgerKind.SUMMARY] = lines
        with self._db.read() as s:
            for kind in chosen:
                if kind is LedgerKind.SUMMARY:
                    continue
                tracker.check()
                sheet = book.add_sheet(SHEET_NAMES[kind], COLUMNS[kind])
                for row in stream_records(s, kind, ctx):
                    sheet.write_row(row)
                    tracker.step()
                rows[kind] = sheet.rows_written - 1
        return rows

    def _audit(self, actor: StaffSession, action: str, **detail: Any) -> None:
        with self._db.write() as s:
            audit.record(
                s, at=self._clock.now(), actor=actor, action=action, entity="ledger", **detail
            )


def _chosen(kinds: Collection[LedgerKind | str]) -> tuple[LedgerKind, ...]:
    """The chosen ledgers in workbook order; at least one."""
    try:
        wanted = {LedgerKind(k) for k in kinds}
    except ValueError:
        wanted = set()
    if not wanted:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Please choose at least one ledger to export."),
            field="kinds",
        )
    return tuple(kind for kind in SHEET_ORDER if kind in wanted)


def _check_fits(counts: dict[LedgerKind, int]) -> None:
    """Refuse a period whose ledger has more rows than an Excel sheet holds."""
    for kind, rows in counts.items():
        if rows >= MAX_ROWS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The {ledger} of this period has {rows} rows, more than an Excel sheet "
                    "holds ({max}). Please choose a shorter period.",
                ),
                field="period",
                ledger=LEDGER_LABELS[kind],
                rows=rows,
                max=MAX_ROWS - 1,
            )


def _probe(target: Path) -> None:
    """Fail before any work when the file is held open (Excel locks it on Windows)."""
    try:
        if target.is_dir():
            raise IsADirectoryError(target)
        if target.exists():
            with open(target, "r+b"):
                pass
    except OSError as exc:
        raise _storage_error(target, exc) from exc


def _temp_beside(target: Path) -> Path:
    """A new, empty file in the target's folder, named so nobody takes it for a ledger,
    readable by the owner only."""
    while True:
        candidate = target.with_name(f".{target.stem}.{secrets.token_hex(4)}.xlsx.part")
        try:
            with open(candidate, "xb", opener=private_opener):
                pass
            make_private(candidate)
            return candidate
        except FileExistsError:
            continue
        except OSError as exc:
            raise _storage_error(target, exc) from exc


def _storage_error(target: Path, exc: OSError) -> StorageError:
    if isinstance(exc, PermissionError):
        return StorageError(_LOCKED, file=str(target))
    reason = exc.strerror or type(exc).__name__
    return StorageError(_FAILED, file=str(target), reason=reason)
