"""What the desks' report sections share (party service, activities): a breakdown table of
the first rows with the rest in one "其他" line and the total, and a chart of one measure per
day (week, month). Internal to ``hall_desk.printing``; the text is Chinese.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from reportlab.platypus import Flowable, KeepTogether

from hall_desk.domain.periods import Period
from hall_desk.domain.reports import DayCount
from hall_desk.printing.report_charts import column_chart
from hall_desk.printing.report_layout import WIDTH, data_table, note, sub_heading
from hall_desk.printing.report_series import chart_buckets, step_name, visits_per_bucket

#: Rows of a breakdown table printed one by one; the rest are summed in one "其他" line.
TOP_ROWS = 20


class KeyedRow(Protocol):
    @property
    def key(self) -> str: ...


R = TypeVar("R", bound=KeyedRow)


def summed(make: Callable[..., R], name: str, rows: Sequence[Any], fields: Sequence[str]) -> R:
    """A row named ``name`` whose ``fields`` are those of ``rows`` added up."""
    return make(key=name, label=name, **{f: sum(getattr(r, f) for r in rows) for f in fields})


def ranked_table(
    head: Sequence[str],
    rows: Sequence[R],
    cells: Callable[[R, int | None], list[Any]],
    sum_row: Callable[[str, Sequence[R]], R],
    *,
    numbers_share: float,
    top: int = TOP_ROWS,
    before: Mapping[str, int] | None = None,
    total: bool = True,
) -> Flowable:
    """The first ``top`` rows one by one, the rest in one "其他" line, and (unless ``total`` is
    False) the "合计" line; the number columns share ``numbers_share`` of the width.

    ``cells`` draws a row with its previous-period count, which ``before`` gives by key (None
    without ``before``)."""
    numbers = (WIDTH * numbers_share) / (len(head) - 1)
    widths = [WIDTH - numbers * (len(head) - 1)] + [numbers] * (len(head) - 1)

    def earlier(part: Sequence[R]) -> int | None:
        return None if before is None else sum(before.get(row.key, 0) for row in part)

    shown, rest = list(rows[:top]), list(rows[top:])
    body = [cells(row, earlier([row])) for row in shown]
    if rest:
        body.append(cells(sum_row("其他", rest), earlier(rest)))
    if not total:
        return data_table(head, body, widths)
    all_before = None if before is None else sum(before.values())
    return data_table(head, body, widths, total=cells(sum_row("合计", rows), all_before))


class Counted(Protocol):
    @property
    def period(self) -> Period: ...

    @property
    def per_day(self) -> Sequence[Any]: ...


def per_day_chart(
    now: Counted, before: Counted, count: Callable[[Any], int], what: str, nothing: str
) -> Flowable:
    """``what`` per day (week, month) counted by ``count`` from each day of ``per_day``: this
    period as bars, the previous as a dashed line; ``nothing`` when this period has none."""
    buckets = chart_buckets(now.period)
    current = visits_per_bucket(buckets, [DayCount(d.day, count(d)) for d in now.per_day])
    previous = visits_per_bucket(
        chart_buckets(before.period), [DayCount(d.day, count(d)) for d in before.per_day]
    )
    title = f"{step_name(now.period)}{what}（柱：本期，虚线：上期）"
    if not any(current):
        return KeepTogether([sub_heading(title), note(nothing)])
    drawing = column_chart([b.label for b in buckets], current, previous)
    return KeepTogether([sub_heading(title), drawing])
