"""What an activity is, in a few lines at the top of its dialog."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from hall_desk.domain.activities import (
    ACTIVITY_KIND_LABELS,
    AUDIENCE_LABELS,
    ActivityStatus,
    Audience,
)
from hall_desk.services.activities.activity_records import ActivityDetail
from hall_desk.ui.activities.activity_models import dates_text
from hall_desk.ui.kit.common import translate_message


def window_text(opens: datetime | None, closes: datetime | None) -> str:
    """When sign-up is open: from, until, both, or "until the activity ends"."""
    if opens is None and closes is None:
        return QCoreApplication.translate("ActivityAbout", "sign-up open until the activity ends")
    if opens is None:
        assert closes is not None
        return QCoreApplication.translate("ActivityAbout", "sign-up until {closes}").format(
            closes=f"{closes:%Y-%m-%d %H:%M}"
        )
    if closes is None:
        return QCoreApplication.translate("ActivityAbout", "sign-up from {opens}").format(
            opens=f"{opens:%Y-%m-%d %H:%M}"
        )
    return QCoreApplication.translate("ActivityAbout", "sign-up {opens} – {closes}").format(
        opens=f"{opens:%Y-%m-%d %H:%M}", closes=f"{closes:%Y-%m-%d %H:%M}"
    )


def about_text(detail: ActivityDetail) -> str:
    """Number, title and kind; organiser and dates; places; who may come and when to sign up;
    why it was cancelled."""
    row = detail.row
    kind = translate_message(ACTIVITY_KIND_LABELS[row.kind])
    lines = [f"{row.number}  {row.title}（{kind}）"]
    lines.append(
        QCoreApplication.translate("ActivityAbout", "Organiser: {organiser} · {dates}").format(
            organiser=row.organiser_name, dates=dates_text(row.first_starts_at, row.last_ends_at)
        )
    )
    places = QCoreApplication.translate(
        "ActivityAbout", "{enrolled} of {capacity} places taken"
    ).format(enrolled=row.enrolled, capacity=row.capacity)
    if row.waiting:
        places += " · " + QCoreApplication.translate("ActivityAbout", "{count} waiting").format(
            count=row.waiting
        )
    audience = translate_message(AUDIENCE_LABELS[detail.audience])
    if detail.audience is Audience.CHILDREN and detail.age_min is not None:
        audience += " " + QCoreApplication.translate("ActivityAbout", "aged {low}–{high}").format(
            low=detail.age_min, high=detail.age_max
        )
    lines.append(
        " · ".join((places, audience, window_text(detail.signup_opens_at, detail.signup_closes_at)))
    )
    if row.status is ActivityStatus.CANCELLED:
        lines.append(
            QCoreApplication.translate("ActivityAbout", "Cancelled: {reason}").format(
                reason=detail.cancel_reason
            )
        )
    if detail.description:
        lines.append(detail.description)
    return "\n".join(lines)
