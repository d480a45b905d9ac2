"""The feedback sheet (报到单位反馈表) for a unit or one member: pick the period (the current
quarter unless changed), then print it through the preview or save it as a PDF.

The sheet itself is made by ``services.demand_slips``; the save dialog is the module-level
``_choose_save_path`` so tests can replace it.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from hall_desk.domain.errors import DomainError
from hall_desk.domain.party_transfer import add_months
from hall_desk.services.party.demand_slips import DemandSlipService
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit import print_pdf as printing
from hall_desk.ui.kit.common import from_qdate, name_widget
from hall_desk.ui.kit.form_dialog import FormDialog
from hall_desk.ui.party.registry_member_dialog import date_edit


def _choose_save_path(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    """Ask where to save; "" when the person cancels (replaced in tests)."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, start, filters)
    return chosen


def current_quarter(today: date) -> tuple[date, date]:
    """The first and last day of the quarter holding ``today``."""
    first = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
    return first, add_months(first, 3) - timedelta(days=1)


class FeedbackSheetDialog(FormDialog):
    """The period of a feedback sheet; "Print..." shows it in the preview, "Save as PDF..."
    writes it to a file. ``whose`` names the unit or member in the title."""

    def __init__(
        self,
        slips: DemandSlipService,
        session: StaffSession,
        *,
        unit_id: int | None = None,
        member_id: int | None = None,
        whose: str,
        today: date,
        default_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "feedbackDialog", parent, growth=QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow
        )
        assert (unit_id is None) != (member_id is None), "a unit or a member"
        self._slips = slips
        self._session = session
        self._unit_id = unit_id
        self._member_id = member_id
        self._whose = whose
        self._default_dir = default_dir
        #: Where the sheet was last saved, for the message of whoever opened the dialog.
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Feedback sheet of {name}").format(name=whose))
        self.setMinimumWidth(460)
        first, last = current_quarter(today)
        what = QLabel(
            self.tr("The demands {name} solved, with hours and ratings, to send back to the unit.")
            .format(name=whose)
        )  # fmt: skip
        what.setWordWrap(True)
        self.first = date_edit(first)
        self.add_short_field(
            "first", self.first, "first", self.tr("&From"), self.tr("First day of the period")
        )
        self.last = date_edit(last)
        self.add_short_field(
            "last", self.last, "last", self.tr("&To"), self.tr("Last day of the period")
        )
        self.save_button = QPushButton(self.tr("Save as PDF..."))
        name_widget(self.save_button, "feedbackDialog.savePdf", self.tr("Save the sheet as a PDF"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda _checked=False: self.save_pdf())
        self.finish(
            self.tr("Print..."),
            self.tr("Print the feedback sheet"),
            self.tr("Cancel"),
            above=[what],
        )
        buttons = self.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)

    def title(self) -> str:
        return self.tr("Feedback sheet {name} {first} ~ {last}").format(
            name=self._whose,
            first=from_qdate(self.first.date()).isoformat(),
            last=from_qdate(self.last.date()).isoformat(),
        )

    def sheet(self) -> bytes:
        """The sheet's PDF for the chosen period (a refusal is shown on the form)."""
        first, last = from_qdate(self.first.date()), from_qdate(self.last.date())
        if self._unit_id is not None:
            return self._slips.unit_feedback_sheet(self._session, self._unit_id, first, last)
        assert self._member_id is not None
        return self._slips.member_feedback_sheet(self._session, self._member_id, first, last)

    def save(self) -> bytes:
        return self.sheet()

    def save_pdf(self) -> Path | None:
        """Ask where, then write the sheet there; the path, or None."""
        self.errors.clear()
        try:
            pdf = self.sheet()
        except DomainError as exc:
            self.errors.show(exc)
            return None
        start = self._default_dir / f"{self.title()}.pdf".replace("~", "-").replace(" ", "_")
        chosen = _choose_save_path(
            self,
            self.tr("Save the feedback sheet"),
            str(start),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            _write_whole(target, pdf)
        except OSError as exc:
            self.errors.show_text(
                self.tr("The sheet could not be written to {path} ({reason}).").format(
                    path=target, reason=exc.strerror or str(exc)
                )
            )
            return None
        self.saved_to = target
        self.accept()
        return target


def print_sheet(parent: QWidget | None, pdf: bytes, title: str) -> None:
    """The sheet in the print preview (or, with no printer, the way to look at it)."""
    printing.print_pdf(parent, pdf, title, report=True)


def _write_whole(target: Path, data: bytes) -> None:
    handle, temp = tempfile.mkstemp(prefix=".", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
