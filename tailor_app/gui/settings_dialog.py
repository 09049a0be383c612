"""Preferences: how many jobs run at once, where the app keeps its files, and the
language model server for rewriting (its own section, gui/llm_settings.py).

The data and log folders are shown (selectable, so they can be pasted into a
support request) with buttons that open them in the system's file manager.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from .llm_settings import LlmSettingsSection
from .settings import KEY_WORKERS, MAX_WORKERS, app_settings, default_workers, worker_count


def open_folder(path: Path) -> bool:
    """Open a folder in the file manager; False when the desktop refused."""
    path.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class SettingsDialog(QDialog):
    """Workers and the model server (applied on OK), and the data/log folders."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(560)  # the model server's sentences read on two lines, not five
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.workers = QSpinBox()
        self.workers.setObjectName("workersSpin")
        self.workers.setRange(1, MAX_WORKERS)
        self.workers.setValue(worker_count())
        cpus = os.cpu_count() or 1
        cores = f"{cpus} processor core{'s' if cpus != 1 else ''}"
        self.workers.setToolTip(f"Jobs tailored at the same time. This computer has {cores}; "
                                f"the default is {default_workers()}.")
        form.addRow("Jobs at the same time:", self.workers)
        data = paths.data_dir()
        form.addRow("Data folder:", self._folder_row(data, "openDataFolderButton",
                                                      "Open data folder"))
        form.addRow("Log files:", self._folder_row(paths.log_dir(), "openLogFolderButton",
                                                    "Open log folder"))
        layout.addLayout(form)
        note = QLabel("Your resumes, jobs and settings stay in the data folder on this "
                      "computer; nothing is sent anywhere unless you turn on rewriting "
                      "below.")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.llm = LlmSettingsSection(self)
        layout.addWidget(self.llm)
        self.notice = ""  # a sentence for the status bar after OK (the key not kept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _folder_row(self, folder: Path, name: str, text: str) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        label = QLabel(str(folder))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: open_folder(folder))
        box.addWidget(label, 1)
        box.addWidget(button)
        return row

    def accept(self) -> None:
        settings = app_settings()
        settings.setValue(KEY_WORKERS, self.workers.value())
        self.notice = self.llm.save(settings)
        settings.sync()
        super().accept()
