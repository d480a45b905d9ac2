"""Settings > Backups (备份): where backups go, the last one and its check, back up, restore.

Backing up and restoring run off the GUI thread (``BackgroundTask``); while a restore runs a
modal progress dialog keeps anyone from working on the database being replaced. When it is
done the panel emits ``restored`` and the application signs everyone out. The file and folder
dialogs and the confirmation are module-level functions so tests can replace them.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hall_desk.config import Preferences
from hall_desk.domain.errors import DomainError
from hall_desk.services.safety.backup_files import BackupInfo
from hall_desk.services.safety.backups import (
    BackupResult,
    BackupService,
    BackupStatus,
    RestoreResult,
)
from hall_desk.services.session import StaffSession
from hall_desk.ui.kit.background import BackgroundTask
from hall_desk.ui.kit.common import message_text, name_widget, restyle, translate_message

TIME_FORMAT = "%Y-%m-%d %H:%M"


# -- replaced in tests ------------------------------------------------------------------------
def _choose_folder(parent: QWidget | None, title: str, start: str) -> str:
    """Ask for a folder; "" when the person cancels."""
    return QFileDialog.getExistingDirectory(parent, title, start)


def _choose_backup_file(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    """Ask for a backup file; "" when the person cancels."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, start, filters)
    return chosen


def _confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before something that cannot be undone; No is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("backups.confirm")
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    no = box.addButton(QMessageBox.StandardButton.No)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def file_size(size: int | None) -> str:
    if size is None:
        return "?"
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class BackupPanel(QWidget):
    """The Backups tab of Settings."""

    #: A restore finished (the RestoreResult): sign everyone out, the database is another now.
    restored = Signal(object)
    #: A backup was written (the BackupResult).
    backedUp = Signal(object)

    def __init__(
        self,
        backups: BackupService,
        session: StaffSession,
        preferences: Preferences,
        preferences_path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backups")
        self._backups = backups
        self._session = session
        self._preferences = preferences
        self._preferences_path = preferences_path
        self._task: BackgroundTask | None = None
        self._progress: QProgressDialog | None = None
        self.status: BackupStatus | None = None

        layout = QVBoxLayout(self)
        self.postgres_note = QLabel(
            self.tr(
                "This desk works on a PostgreSQL server. Hall Desk does not back it up itself: "
                "the server's administrator backs it up with pg_dump (for example every night) "
                "and restores it with pg_restore."
            )
        )
        self.postgres_note.setObjectName("backups.postgres")
        self.postgres_note.setWordWrap(True)
        layout.addWidget(self.postgres_note)
        self.folder_group = self._folder_group()
        layout.addWidget(self.folder_group)
        self.last_group = self._last_group()
        layout.addWidget(self.last_group)
        self.note = QLabel()
        name_widget(self.note, "backups.note", self.tr("Backup message"))
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        layout.addWidget(self.note)
        layout.addStretch(1)

        supported = backups.supported
        self.postgres_note.setVisible(not supported)
        self.folder_group.setVisible(supported)
        self.last_group.setVisible(supported)
        self.refresh()

    # -- building ----------------------------------------------------------------------------
    def _folder_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Backup folder"))
        group.setObjectName("backups.folderGroup")
        self.folder = QLabel()
        name_widget(self.folder, "backups.folder", self.tr("Backup folder"))
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_folder_button = QPushButton(self.tr("Choose folder..."))
        name_widget(
            self.choose_folder_button, "backups.chooseFolder", self.tr("Choose the backup folder")
        )
        self.choose_folder_button.clicked.connect(self.choose_folder)
        self.default_folder_button = QPushButton(self.tr("Use the standard folder"))
        name_widget(
            self.default_folder_button,
            "backups.defaultFolder",
            self.tr("Use the standard backup folder"),
        )
        self.default_folder_button.clicked.connect(self.use_default_folder)
        for button in (self.choose_folder_button, self.default_folder_button):
            button.setVisible(self._session.is_admin)
        hint = QLabel(
            self.tr(
                "A second disk or a USB drive keeps the backups safe when this computer's disk "
                "fails. Backups are taken when the desk starts and closes (at most one an "
                "hour); 14 daily, 8 weekly and 12 monthly copies are kept."
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.choose_folder_button)
        row.addWidget(self.default_folder_button)
        row.addStretch(1)
        column = QVBoxLayout(group)
        column.addWidget(self.folder)
        column.addLayout(row)
        column.addWidget(hint)
        return group

    def _last_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Last backup"))
        group.setObjectName("backups.lastGroup")
        self.last = QLabel()
        name_widget(self.last, "backups.last", self.tr("Last backup"))
        self.last.setWordWrap(True)
        self.last.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.failure = QLabel()
        name_widget(self.failure, "backups.failure", self.tr("Backup problem"))
        self.failure.setProperty("role", "error")
        self.failure.setWordWrap(True)
        self.failure.hide()
        self.back_up_button = QPushButton(self.tr("Back up now"))
        name_widget(self.back_up_button, "backups.backUpNow", self.tr("Back up now"))
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore from a backup..."))
        name_widget(
            self.restore_button, "backups.restore", self.tr("Restore the database from a backup")
        )
        self.restore_button.clicked.connect(self.restore_from_file)
        self.restore_button.setVisible(self._session.is_admin)
        row = QHBoxLayout()
        row.addWidget(self.back_up_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        column = QVBoxLayout(group)
        column.addWidget(self.last)
        column.addWidget(self.failure)
        column.addLayout(row)
        if not self._session.is_admin:
            note = QLabel(self.tr("Only an administrator can restore a backup or move the folder."))
            note.setObjectName("backups.adminOnly")
            note.setProperty("role", "hint")
            column.addWidget(note)
        return group

    # -- showing the state -------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # the terminal, or the desk's start, may have written one since
        super().showEvent(event)

    def refresh(self) -> None:
        if not self._backups.supported:
            return
        status = self._backups.status()
        self.status = status
        self.folder.setText(str(status.folder))
        if status.newest is None or status.newest_at is None:
            self.last.setText(self.tr("No backup has been written to this folder yet."))
            restyle(self.last, "role", "hint")
        else:
            if status.check is None:
                check = self.tr("not checked by this desk")
            elif status.check == "ok":
                check = self.tr("integrity check passed")
            else:
                check = self.tr("integrity check: {verdict}").format(verdict=status.check)
            self.last.setText(
                self.tr(
                    "{time} - {file} ({size}), {check}. Backups in the folder: {count}."
                ).format(
                    time=status.newest_at.strftime(TIME_FORMAT),
                    file=status.newest.name,
                    size=file_size(status.newest_size),
                    check=check,
                    count=status.count,
                )
            )
            restyle(self.last, "role", "ok" if status.check == "ok" else "hint")
        problems = []
        if status.failure is not None:
            when = status.failed_at.strftime(TIME_FORMAT) if status.failed_at else "?"
            problems.append(
                self.tr("The last backup failed ({time}): {reason}").format(
                    time=when, reason=status.failure.render(translate_message)
                )
            )
        if status.folder_problem is not None and status.failure is None:
            problems.append(status.folder_problem.render(translate_message))
        self.failure.setText("\n".join(problems))
        self.failure.setVisible(bool(problems))

    def _say(self, text: str, role: str) -> None:
        restyle(self.note, "role", role)
        self.note.setText(text)
        self.note.show()

    def _busy(self, busy: bool) -> None:
        self.back_up_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        self.choose_folder_button.setEnabled(not busy)
        self.default_folder_button.setEnabled(not busy)

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running()

    # -- the folder --------------------------------------------------------------------------
    def choose_folder(self) -> None:
        if not self._session.is_admin:
            return
        start = str(self._backups.folder())
        chosen = _choose_folder(self, self.tr("Backup folder"), start)
        if not chosen:
            return
        folder = Path(chosen)
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            self._say(
                self.tr("Backups cannot be written to {folder}. Choose another folder.").format(
                    folder=folder
                ),
                "error",
            )
            return
        self._save_folder(str(folder))

    def use_default_folder(self) -> None:
        if self._session.is_admin:
            self._save_folder("")

    def _save_folder(self, value: str) -> None:
        # Read the file again so a setting saved elsewhere meanwhile is not written over.
        updated = replace(Preferences.load(self._preferences_path), backup_dir=value)
        try:
            updated.save(self._preferences_path)
        except OSError as exc:
            self._say(
                self.tr("The folder could not be saved: {reason}").format(
                    reason=exc.strerror or str(exc)
                ),
                "error",
            )
            return
        self._preferences.backup_dir = value
        self.refresh()
        self._say(
            self.tr("Backups go to {folder} from now on.").format(folder=self._backups.folder()),
            "ok",
        )

    # -- backing up --------------------------------------------------------------------------
    def back_up_now(self) -> None:
        if self.is_busy():
            return
        self.note.hide()
        session = self._session
        backups = self._backups
        task = BackgroundTask(lambda _p, _c: backups.back_up(session, reason="manual"), self)
        task.succeeded.connect(self._backed_up)
        task.failed.connect(self._failed)
        task.finished.connect(self._task_done)
        self._task = task
        self._busy(True)
        self._say(self.tr("Backing up..."), "hint")
        task.start()

    def _backed_up(self, result: BackupResult) -> None:
        self._say(
            self.tr("Backed up to {file} ({size}); the integrity check passed.").format(
                file=result.path, size=file_size(result.size)
            ),
            "ok",
        )
        self.backedUp.emit(result)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self._say(message_text(error), "error")
        else:
            self._say(
                self.tr("Something went wrong ({reason}); see the log file.").format(
                    reason=type(error).__name__
                ),
                "error",
            )

    def _task_done(self) -> None:
        self._task = None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self._busy(False)
        self.refresh()

    # -- restoring ---------------------------------------------------------------------------
    def restore_from_file(self) -> None:
        """Choose a backup, check it, ask, then restore it (administrators only)."""
        if not self._session.is_admin or self.is_busy():
            return
        chosen = _choose_backup_file(
            self,
            self.tr("Restore from a backup"),
            str(self._backups.folder()),
            self.tr("Hall Desk backups (*.sqlite3);;All files (*)"),
        )
        if not chosen:
            return
        self.note.hide()
        backups = self._backups
        task = BackgroundTask(lambda _p, _c: backups.inspect(Path(chosen)), self)
        task.succeeded.connect(self._checked)
        task.failed.connect(self._failed)
        task.finished.connect(self._task_done)
        self._task = task
        self._busy(True)
        self._say(self.tr("Checking {file}...").format(file=chosen), "hint")
        task.start()

    def _checked(self, info: BackupInfo) -> None:
        self.note.hide()
        centers = "、".join(info.centers) or self.tr("no center yet")
        text = self.tr(
            "Restore the backup of {time} of {centers}?\n\n{file}\n\nThe database in use now is "
            "first saved to {folder}. When the restore is done everyone is signed out."
        ).format(
            time=info.taken_at.strftime(TIME_FORMAT),
            centers=centers,
            file=info.path,
            folder=self._backups.folder(),
        )
        if info.needs_upgrade:
            text += "\n\n" + self.tr(
                "It was made by an older version of Hall Desk and is brought up to date."
            )
        if not _confirm(self, self.tr("Restore a backup"), text):
            return
        # Started once this task has finished (finished is emitted after succeeded).
        assert self._task is not None
        self._task.finished.connect(lambda: self._start_restore(info))

    def _start_restore(self, info: BackupInfo) -> None:
        session = self._session
        backups = self._backups
        task = BackgroundTask(lambda _p, _c: backups.restore(session, info.path), self)
        task.succeeded.connect(self._restored)
        task.failed.connect(self._failed)
        task.finished.connect(self._task_done)
        self._task = task
        self._busy(True)
        progress = QProgressDialog(self.tr("Restoring the backup..."), "", 0, 0, self)
        progress.setObjectName("backups.progress")
        progress.setWindowTitle(self.tr("Restore a backup"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)
        progress.show()
        self._progress = progress
        task.start()

    def _restored(self, result: RestoreResult) -> None:
        text = self.tr("Restored the backup of {time}.").format(
            time=result.info.taken_at.strftime(TIME_FORMAT)
        )
        if result.saved_before is not None:
            text += " " + self.tr("The database it replaced was saved as {file}.").format(
                file=result.saved_before
            )
        self._say(text, "ok")
        self.restored.emit(result)
