"""Help > About names where the skills vocabulary comes from, with the attribution
the O*NET licence (CC BY 4.0) and the ESCO reuse decision ask for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenuBar, QMessageBox
from test_gui_window import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_about_box_credits_the_vocabulary_sources(qtbot: Any, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path / "tailor.db")
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen.append(box.text())
        box.accept()

    help_menu = next(a.menu() for a in win.findChild(QMenuBar).actions()
                     if a.text() == "&Help")
    about = next(a for a in help_menu.actions() if a.text().startswith("&About"))
    QTimer.singleShot(0, read_and_close)
    about.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    text = seen[0]
    assert "O*NET 30.0 Database" in text and "CC BY 4.0" in text
    assert "USDOL/ETA has not approved, endorsed, or tested these modifications" in text
    assert "This service uses the ESCO classification of the European Commission" in text
    win.close()
