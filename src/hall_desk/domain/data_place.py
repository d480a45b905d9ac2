"""Where a desk's data lives, said in words a front-desk clerk understands."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DataPlace:
    """The database a desk works on, without any URL, user name or password.

    ``on_server`` is False for the embedded SQLite file on this PC. ``server`` is the server's
    host name (with the port when it is not the default) and ``database`` the database name on
    that server, or the file name on this PC. ``detail`` is the full file path or
    ``host:port/database``, for a tooltip the center's IT person can read.
    """

    on_server: bool
    server: str
    database: str
    detail: str
