"""The activities desk's figures as plain text for a terminal (``hall-desk activities``): one
line per figure, this period against the last, then the kinds of activity, the organisers and
the period's sessions.

Columns are padded by display width (``report_text``), so Chinese labels line up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from hall_desk.domain.activities import format_hours
from hall_desk.domain.activity_figures import (
    ActivityComparison,
    ActivityCounty,
    ActivityCountyRow,
    ActivityFigures,
    ActivityRow,
    SessionFigures,
    row_label,
)
from hall_desk.domain.messages import QT_TRANSLATE_NOOP
from hall_desk.printing.report_text import (
    change_text,
    compared_table,
    county_table,
    desk_heading,
    percent_text,
    table_or_nothing,
)

Translate = Callable[[str], str]


def _figures(now: ActivityFigures, before: ActivityFigures, t: Translate) -> list[tuple[str, ...]]:
    counts: list[tuple[str, int, int]] = [
        (QT_TRANSLATE_NOOP("cli", "Activities held"), now.activities, before.activities),
        (QT_TRANSLATE_NOOP("cli", "Sessions held"), now.sessions, before.sessions),
        (QT_TRANSLATE_NOOP("cli", "Sign-ups"), now.signups, before.signups),
        (QT_TRANSLATE_NOOP("cli", "Sign-ups cancelled"), now.cancellations, before.cancellations),
        (QT_TRANSLATE_NOOP("cli", "Present (people served)"), now.present, before.present),
        (QT_TRANSLATE_NOOP("cli", "Absent"), now.absent, before.absent),
        (QT_TRANSLATE_NOOP("cli", "Excused"), now.excused, before.excused),
        (QT_TRANSLATE_NOOP("cli", "Volunteers"), now.volunteers, before.volunteers),
        (QT_TRANSLATE_NOOP("cli", "Volunteer shifts"), now.shifts, before.shifts),
    ]
    lines: list[tuple[str, ...]] = [
        (t(label), str(a), str(b), change_text(a, b)) for label, a, b in counts
    ]
    for label, minutes, earlier in (
        (QT_TRANSLATE_NOOP("cli", "Volunteer hours"), now.volunteer_minutes,
         before.volunteer_minutes),
        (QT_TRANSLATE_NOOP("cli", "of which entered afterwards"), now.supplementary_minutes,
         before.supplementary_minutes),
    ):  # fmt: skip
        change = change_text(round(minutes / 60, 1), round(earlier / 60, 1))
        lines.append((t(label), format_hours(minutes), format_hours(earlier), change))
    for label, a, b in (
        (QT_TRANSLATE_NOOP("cli", "Attendance rate"), now.attendance_rate, before.attendance_rate),
        (QT_TRANSLATE_NOOP("cli", "No-show rate"), now.no_show_rate, before.no_show_rate),
    ):
        lines.append((t(label), percent_text(a), percent_text(b), ""))
    return lines


def breakdown_lines(
    title: str, rows: Sequence[ActivityRow], t: Translate, label: Translate
) -> list[str]:
    """A heading and a table: sessions, sign-ups, present, absent, excused, volunteer hours."""
    header = (
        t(title),
        t(QT_TRANSLATE_NOOP("cli", "Sessions")),
        t(QT_TRANSLATE_NOOP("cli", "Sign-ups")),
        t(QT_TRANSLATE_NOOP("cli", "Present")),
        t(QT_TRANSLATE_NOOP("cli", "Absent")),
        t(QT_TRANSLATE_NOOP("cli", "Excused")),
        t(QT_TRANSLATE_NOOP("cli", "Hours")),
    )
    lines = [
        (
            row_label(row.label, label),
            str(row.sessions),
            str(row.signups),
            str(row.present),
            str(row.absent),
            str(row.excused),
            format_hours(row.volunteer_minutes),
        )
        for row in rows
    ]
    return table_or_nothing(header, lines, t)


def session_lines(sessions: Sequence[SessionFigures], t: Translate, label: Translate) -> list[str]:
    header = (
        t(QT_TRANSLATE_NOOP("cli", "Sessions")),
        t(QT_TRANSLATE_NOOP("cli", "Activity")),
        t(QT_TRANSLATE_NOOP("cli", "Signed up")),
        t(QT_TRANSLATE_NOOP("cli", "Present")),
        t(QT_TRANSLATE_NOOP("cli", "Absent")),
        t(QT_TRANSLATE_NOOP("cli", "Excused")),
    )
    rows = [
        (
            f"{s.starts_at:%Y-%m-%d %H:%M}",
            f"{s.number} {s.title} ({label(s.kind)})",
            str(s.enrolled),
            str(s.present),
            str(s.absent),
            str(s.excused),
        )
        for s in sessions
    ]
    return table_or_nothing(header, rows, t)


def activity_text(
    comparison: ActivityComparison,
    sessions: Sequence[SessionFigures],
    t: Translate,
    label: Translate,
) -> str:
    """A center's activity figures for the period against the previous period's, a table per
    kind of activity and per organiser, and the period's sessions."""
    now, before = comparison.current, comparison.previous
    lines = desk_heading(now, before, t)
    lines += ["", *compared_table(_figures(now, before, t), t)]
    lines += [
        "",
        t(QT_TRANSLATE_NOOP("cli", "On a waiting list now: {n}")).format(n=now.waiting_now),
    ]
    for title, rows in (
        (QT_TRANSLATE_NOOP("cli", "By kind of activity"), now.by_kind),
        (QT_TRANSLATE_NOOP("cli", "By organiser"), now.by_organiser),
    ):
        lines += ["", *breakdown_lines(title, rows, t, label)]
    lines += ["", *session_lines(sessions, t, label)]
    return "\n".join(lines)


def county_activity_text(county: ActivityCounty, t: Translate) -> str:
    """Every center's activities, sessions, people served and volunteer hours side by side."""
    header = (
        t(QT_TRANSLATE_NOOP("cli", "Center")),
        t(QT_TRANSLATE_NOOP("cli", "Activities")),
        t(QT_TRANSLATE_NOOP("cli", "Sessions")),
        t(QT_TRANSLATE_NOOP("cli", "People served")),
        t(QT_TRANSLATE_NOOP("cli", "Volunteers")),
        t(QT_TRANSLATE_NOOP("cli", "Hours")),
    )

    def row(name: str, r: ActivityCountyRow) -> tuple[str, ...]:
        return (
            name,
            str(r.activities),
            str(r.sessions),
            str(r.served),
            str(r.volunteers),
            format_hours(r.volunteer_minutes),
        )

    return county_table(county.period, county.sites, county.total, header, row, t)
