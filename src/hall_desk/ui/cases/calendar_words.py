"""What the case desk says about years whose holidays are not known for certain."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

_CONTEXT = "CalendarWords"


def _years(years: Sequence[int]) -> str:
    return "、".join(str(y) for y in years)


def calendar_warning(uncovered: Sequence[int], estimated: Sequence[int]) -> str:
    """The case page's warning: years with nothing entered skip weekends only; estimated
    years (statutory holidays from the national rule, 调休 not announced) may still move.
    ``uncovered`` may include the estimated years; they are only named once."""
    unknown = [y for y in uncovered if y not in set(estimated)]
    parts = []
    if unknown:
        parts.append(
            QCoreApplication.translate(
                _CONTEXT,
                "The public holidays of {years} are not entered yet: promised dates there "
                "skip weekends only. An administrator adds them under Settings → Holidays.",
            ).format(years=_years(unknown))
        )
    if estimated:
        parts.append(
            QCoreApplication.translate(
                _CONTEXT,
                "The holidays of {years} are estimated from the national rule; the make-up "
                "working days (调休) are not announced yet, so promised dates there may move. "
                "An administrator confirms the notice under Settings → Holidays.",
            ).format(years=_years(estimated))
        )
    return " ".join(parts)


def promise_note(uncovered: Sequence[int], estimated: Sequence[int]) -> str:
    """The short note beside a promised date that falls in such a year."""
    unknown = [y for y in uncovered if y not in set(estimated)]
    if unknown:
        return QCoreApplication.translate(
            _CONTEXT,
            "The holidays of {years} are not entered yet, so only weekends are skipped there.",
        ).format(years=_years(unknown))
    if estimated:
        return QCoreApplication.translate(
            _CONTEXT,
            "The holidays of {years} are estimated; the date may move once 调休 is announced.",
        ).format(years=_years(estimated))
    return ""
