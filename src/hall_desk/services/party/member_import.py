"""Members sent by a unit as an Excel file: checked row by row, imported when clean.

``check`` reads the file and reports every problem of every row (bad phone, unknown unit or
pool, bad date or ID number, the same person twice in the file or already registered, no
name) with the row number Excel shows. ``import_rows`` checks again inside its transaction (a
desk may have registered someone meanwhile) and imports all rows in one go, or with
``only_good`` the rows without a problem; nothing is written while a problem is left unless
the clerk asked for that. The audit log records counts only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hall_desk.db.database import Database
from hall_desk.db.party_models import PartyMember, PartyUnit
from hall_desk.domain.clock import Clock
from hall_desk.domain.errors import ConflictError, Message, ValidationError
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.domain.party_import import (
    IMPORT_FILE_FIELD,
    MemberRow,
    RowProblem,
    check_member_row,
    duplicates_in_file,
)
from hall_desk.domain.party_registry import pinyin_key
from hall_desk.services import audit
from hall_desk.services.party.lists import ensure_party_lists, pool_ids
from hall_desk.services.party.member_workbook import SheetRow, read_member_rows, write_template
from hall_desk.services.party.registry_members import lock_registry, new_member
from hall_desk.services.party.registry_units import active_unit_ids
from hall_desk.services.session import StaffSession

__all__ = ["ImportReport", "ImportResult", "MemberImportService", "RowProblem"]


@dataclass(frozen=True)
class ImportReport:
    """What checking a file found: how many member rows, how many can be imported, and
    every problem (row number as in Excel, the column's header, the message)."""

    file_name: str
    rows: int
    good: int
    problems: tuple[RowProblem, ...]

    @property
    def clean(self) -> bool:
        return not self.problems

    @property
    def bad_rows(self) -> int:
        return self.rows - self.good


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int


@dataclass(frozen=True)
class _Checked:
    report: ImportReport
    good: tuple[MemberRow, ...]


class MemberImportService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def check(self, session: StaffSession, path: Path) -> ImportReport:
        """Read ``path`` and report every row's problems; nothing is written."""
        rows = read_member_rows(path)
        with self._db.write() as s:  # a center's first look seeds its talent pools
            ensure_party_lists(s, session.site_id)
        with self._db.read() as s:
            return self._check(s, session, path, rows).report

    def import_rows(self, session: StaffSession, path: Path, only_good: bool) -> ImportResult:
        """Import the file's members in one transaction: all of them when every row is good,
        or (``only_good``) the good rows only. Refused, with nothing written, when a row has
        a problem and ``only_good`` is False, or when no row is good."""
        rows = read_member_rows(path)
        now = self._clock.now()
        with self._db.write() as s:
            lock_registry(s, session.site_id)
            ensure_party_lists(s, session.site_id)
            checked = self._check(s, session, path, rows)
            report = checked.report
            if report.problems and not only_good:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{count} rows of the file have problems, so nothing was imported. "
                        "Correct them, or import only the good rows.",
                    ),
                    field=IMPORT_FILE_FIELD,
                    count=report.bad_rows,
                )
            if not checked.good:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "No row of the file can be imported."),
                    field=IMPORT_FILE_FIELD,
                )
            units = active_unit_ids(s, session.site_id)
            pools = pool_ids(s, session.site_id)
            s.add_all(
                new_member(
                    session.site_id,
                    member.spec,
                    units[member.unit_name],
                    [pools[name] for name in member.pools],
                    now,
                )
                for member in checked.good
            )
            try:
                with s.begin_nested():
                    s.flush()
            except IntegrityError:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Another desk registered some of these members at the same moment. "
                        "Nothing was imported; check the file again.",
                    )
                ) from None
            result = ImportResult(len(checked.good), report.rows - len(checked.good))
            audit.record(s, at=now, actor=session, action="import", entity="party_member",
                         imported=result.imported, skipped=result.skipped,
                         units=len({m.unit_name for m in checked.good}))  # fmt: skip
            return result

    def save_template(self, session: StaffSession, path: Path) -> Path:
        """Write the template .xlsx: the column names, one example row, and a second sheet
        with the center's units and talent pools. Returns where it was written."""
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        with self._db.write() as s:  # the first use seeds the center's pools
            ensure_party_lists(s, session.site_id)
            units = sorted(active_unit_ids(s, session.site_id), key=pinyin_key)
            pools = list(pool_ids(s, session.site_id))
        write_template(path, units, pools, self._clock.today())
        return path

    # -- checking --------------------------------------------------------------------------
    def _check(
        self, s: Session, session: StaffSession, path: Path, rows: Sequence[SheetRow]
    ) -> _Checked:
        today = self._clock.today()
        units = active_unit_ids(s, session.site_id)
        pools = list(pool_ids(s, session.site_id))
        problems: list[RowProblem] = []
        candidates: list[MemberRow] = []
        for row in rows:
            member, found = check_member_row(
                row.row, row.cells, units=units, pools=pools, today=today
            )
            problems.extend(found)
            if member is not None:
                candidates.append(member)
        in_file = duplicates_in_file(candidates)
        problems.extend(in_file)
        repeated = {p.row for p in in_file}
        registered = _already_registered(s, session.site_id, candidates)
        problems.extend(registered)
        bad = repeated | {p.row for p in registered}
        good = tuple(m for m in candidates if m.row not in bad)
        problems.sort(key=lambda p: p.row)
        report = ImportReport(path.name, len(rows), len(good), tuple(problems))
        return _Checked(report, good)


def _already_registered(s: Session, site_id: int, rows: Sequence[MemberRow]) -> list[RowProblem]:
    """Rows whose person is already in the registry (the same ID number, or the same name
    and phone), each naming the unit that sent them."""
    if not rows:
        return []
    known = s.execute(
        select(PartyMember.id_number, PartyMember.name, PartyMember.phone, PartyUnit.name)
        .join(PartyUnit, PartyUnit.id == PartyMember.unit_id)
        .where(PartyMember.site_id == site_id)
    ).all()
    by_id = {id_number: unit for id_number, _n, _p, unit in known if id_number}
    by_contact = {(name, phone): unit for _i, name, phone, unit in known}
    problems = []
    for member in rows:
        spec = member.spec
        unit = None
        if spec.id_number is not None:
            unit = by_id.get(spec.id_number.canonical)
        if unit is None and spec.phone is not None:
            unit = by_contact.get((spec.name, spec.phone.canonical))
        if unit is not None:
            message = Message(
                QT_TRANSLATE_NOOP("Messages", "This member is already registered, sent by {unit}."),
                {"unit": unit},
            )
            problems.append(RowProblem(member.row, "", message))
    return problems
