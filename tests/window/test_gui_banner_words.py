"""The banner above a running or cancelled job says what a person needs, once.

Found by driving the window as a new user: while a job ran, the banner read
"Tailoring… tailoring" (the engine's child reports the stage "tailoring" for its whole
run), and a job the user cancelled, whose row badge says CANCELLED, opened on
"This job failed. Cancelled by you.".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from factories import make_docx
from gui_driving import WAIT, HeldJob, click_cell, proxy_index
from posting_samples import NURSE
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QToolButton

from tailor_app.db import Status
from tailor_app.gui import create_main_window
from tailor_app.gui.job_model import COL_STATUS, COL_TITLE, BadgeRole
from tailor_app.gui.main_window import MainWindow
from tailor_app.gui.result_pane import running_banner_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")




@pytest.fixture
def held_window(qtbot: Any, tmp_path: Path) -> Iterator[tuple[MainWindow, HeldJob]]:
    held = HeldJob()
    window = create_main_window(tmp_path / "tailor.db", process=held)
    window.closing_confirmed = True
    window.resize(1320, 860)
    window.show()
    qtbot.waitUntil(lambda: window.job_actions.loaded, timeout=WAIT)
    yield window, held
    held.release.set()  # before the window closes: closing waits for running jobs
    window.close()
    window.deleteLater()


def import_and_paste(qtbot: Any, window: MainWindow, tmp_path: Path,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Import… a resume in the file dialog, then paste a posting into the editor."""
    resume = make_docx(tmp_path / "nurse.docx")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *_a, **_k: ([str(resume)], ""))
    button = next(b for b in window.findChildren(QPushButton)
                  if b.text().startswith("Import my resume"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.resumes.current_id() is not None, timeout=WAIT)
    editor = window.editor.text_edit
    QApplication.clipboard().setText(NURSE)
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton)
    QTest.keySequence(editor, QKeySequence.StandardKey.Paste)


def test_the_running_banner_names_no_stage_twice_and_a_cancel_says_cancelled(
        held_window: tuple[MainWindow, HeldJob], qtbot: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, _held = held_window
    import_and_paste(qtbot, window, tmp_path, monkeypatch)
    with qtbot.waitSignal(window.job_actions.jobCreated, timeout=WAIT) as created:
        qtbot.mouseClick(window.editor.tailor_button, Qt.MouseButton.LeftButton)
    job_id = str(created.args[0])
    qtbot.waitUntil(lambda: window.model.job(job_id).status == Status.PROCESSING,
                    timeout=WAIT)
    click_cell(window.job_panel.table, proxy_index(window, job_id, COL_TITLE))
    banner = window.result.banner_text
    qtbot.waitUntil(lambda: banner.text().startswith("Tailoring"), timeout=WAIT)
    assert banner.text() == "Tailoring\u2026"

    cancel = next(b for b in window.findChildren(QToolButton)
                  if b.defaultAction() is window.cancel_action)
    qtbot.waitUntil(cancel.isEnabled, timeout=WAIT)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.index(window.model.row_of(job_id), COL_STATUS)
                    .data(BadgeRole) == "CANCELLED", timeout=WAIT)
    qtbot.waitUntil(lambda: "cancelled" in banner.text(), timeout=WAIT)
    assert "failed" not in banner.text()
    assert banner.text().startswith("<b>You cancelled this job.</b>")
    assert "Retry" in banner.text() and window.result.banner_retry.isVisible()


@pytest.mark.parametrize(("status", "stage", "shown"), [
    (Status.PENDING, None, "Waiting for a free worker\u2026"),
    (Status.PROCESSING, None, "Tailoring\u2026"),
    (Status.PROCESSING, "starting", "Tailoring\u2026"),
    (Status.PROCESSING, "tailoring", "Tailoring\u2026"),
    (Status.PROCESSING, "Tailoring", "Tailoring\u2026"),
    (Status.PROCESSING, "reading resume", "Tailoring\u2026 reading resume"),
    (Status.PROCESSING, "saving", "Tailoring\u2026 saving"),
])
def test_running_banner_text(status: str, stage: str | None, shown: str) -> None:
    assert running_banner_text(status, stage) == shown
