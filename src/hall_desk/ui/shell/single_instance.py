"""One window per database: a second start on the same SQLite file brings the first forward.

The first instance listens on a local socket (a Unix socket file, a Windows named pipe) whose
name is derived from the database file, so two different databases can be open side by side
and PostgreSQL mode, where several desks share one server, is not limited at all. A second
start connects, says "raise" and quits; the first emits ``activated``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import time

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

KEY_PREFIX = "hall-desk-"
RAISE = b"raise"
PING = b"ping"
#: How long a knock waits for the other instance to answer.
CONNECT_TIMEOUT_MS = 500
#: How long a start waits for another start that is claiming the same key at this moment.
CLAIM_LOCK_TIMEOUT_MS = 5000
_MAX_MESSAGE = 64


def instance_key(sqlite_path: str | os.PathLike[str]) -> str:
    """The socket name for one SQLite file: the same for every way of writing its path
    (relative, through a symlink, in another letter case on Windows and macOS)."""
    normalised = os.path.realpath(os.path.abspath(os.fspath(sqlite_path)))
    normalised = os.path.normcase(normalised)
    if sys.platform == "darwin":
        normalised = normalised.lower()
    digest = hashlib.sha256(normalised.encode("utf-8", "surrogateescape")).hexdigest()
    # Short: a Unix socket path must stay under about 100 bytes, with the temp folder.
    return KEY_PREFIX + digest[:16]


def _knock(key: str, message: bytes) -> bool:
    """Connect to the instance listening on ``key`` and send ``message``; False if nobody
    answers (no socket, or a stale one left by a crash)."""
    socket = QLocalSocket()
    socket.connectToServer(key)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(message + b"\n")
    socket.flush()
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
    return True


def database_in_use(key: str) -> bool:
    """Whether a Hall Desk window has the database of ``key`` open (for terminal commands
    such as restore, which must not swap the file under a running window). Needs no
    QApplication."""
    return _knock(key, PING)


class SingleInstance(QObject):
    """Claim a database for this process; hear later starts knocking.

    ``claim()`` returns False when another instance already has it (that one is told to come
    forward); True when this process now owns it and listens for knocks.
    """

    #: A second start on the same database knocked: bring the window forward.
    activated = Signal()

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        # Default socket options on purpose: with an access option Qt binds in a temporary
        # folder and renames over the name, so listen() would silently take over a live
        # instance's socket instead of failing. (The usual umask 022 already keeps other
        # users from connecting: a Unix socket needs write permission.)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._accept)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def claim(self) -> bool:
        if _knock(self.key, RAISE):
            return False
        # Two starts at the same moment both find nobody listening. Without this lock the
        # second would remove the first one's fresh socket as "stale" and both would win.
        lock = QLockFile(QDir(QDir.tempPath()).filePath(self.key + ".lock"))
        lock.setStaleLockTime(CLAIM_LOCK_TIMEOUT_MS * 2)
        locked = lock.tryLock(CLAIM_LOCK_TIMEOUT_MS)
        if not locked:
            log.warning("single-instance lock %s not obtained: %s", self.key, lock.error())
        try:
            return self._claim_locked()
        finally:
            if locked:
                lock.unlock()

    def _claim_locked(self) -> bool:
        for attempt in range(3):
            # Someone may have claimed the key while this start waited for the lock.
            if _knock(self.key, RAISE):
                return False
            # Nobody answered: a socket file left behind by a crash is stale; remove it.
            QLocalServer.removeServer(self.key)
            if self._server.listen(self.key):
                log.info("this window owns %s", self.key)
                return True
            # Listening failed: another start (without the lock, or a Windows pipe that
            # was just created) got there first. Knock again after a breath.
            log.info(
                "listening on %s failed (%s), trying again",
                self.key,
                self._server.errorString(),
            )
            time.sleep(0.05 * (attempt + 1))
        if _knock(self.key, RAISE):
            return False
        # A socket that can be neither reached nor replaced (another user's, a full temp
        # folder): the database itself is still safe with two writers, so open it anyway.
        log.warning("cannot claim %s: %s; opening anyway", self.key, self._server.errorString())
        return True

    def release(self) -> None:
        """Stop listening (the socket is removed); the next start claims the database."""
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                return
            received = bytearray()
            socket.readyRead.connect(lambda s=socket, r=received: self._read(s, r))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket, received: bytearray) -> None:
        received += bytes(socket.read(_MAX_MESSAGE - len(received)).data())
        if b"\n" not in received and len(received) < _MAX_MESSAGE:
            return  # the rest of the line is still on its way
        if received.split(b"\n", 1)[0].strip() == RAISE:
            self.activated.emit()
        socket.readAll()
        socket.disconnectFromServer()


def bring_forward(window: QWidget) -> None:
    """Show ``window`` in front of the others, restored if it was minimised."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
