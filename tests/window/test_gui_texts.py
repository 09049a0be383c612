"""Small things a user reads: a removed resume's failed job stops offering Retry at
once and says one thing about it; "Up to 1 jobs" reads right; a wide window gives
the left column a share and keeps the result's lines a readable length."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from factories import SAMPLE_RESUME_TEXT, make_text
from gui_driving import WAIT, click_cell, make_completed_jobs, open_window, proxy_index
from posting_samples import NURSE
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QTreeWidget,
)

from tailor_app import db, job
from tailor_app.gui.job_delegate import retry_button_rect
from tailor_app.gui.job_model import (
    COL_PROGRESS,
    COL_TITLE,
    RetryableRole,
    gone_resume_text,
    without_retry_advice,
)
from tailor_app.gui.main_window import MainWindow
from tailor_app.gui.reading_width import max_text_width
from tailor_app.gui.result_pane import TAB_REPORT
from tailor_app.gui.resume_panel import COL_NAME, ID_ROLE
from tailor_app.gui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def failed_of_other_resume(qtbot: Any, tmp_path: Path) -> tuple[MainWindow, str, str]:
    """A window with a completed job (resume "nurse") and a job of a second resume
    ("cv-old") that failed with the crash-recovery message, which says "press Retry".
    Returns (window, failed job id, the second resume's id)."""
    from tailor_app.importer import import_resume
    from tailor_app.job_processor import process_job

    db_path = tmp_path / "tailor.db"
    user, _ids = make_completed_jobs(db_path, tmp_path, companies=("Kept Co",))
    other = import_resume(make_text(tmp_path / "cv-old.txt", SAMPLE_RESUME_TEXT), user)
    waiting = process_job(user, other["id"], NURSE, "Night Nurse", "Lost Co",
                          process_immediately=False)
    job.mark_job_as_failed(waiting["id"], db.INTERRUPTED_MESSAGE)
    window = open_window(qtbot, db_path)
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: window.model.job(waiting["id"]) is not None, timeout=WAIT)
    return window, str(waiting["id"]), str(other["id"])


def remove_resume_by_mouse(qtbot: Any, window: MainWindow, resume_id: str,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    tree = window.findChild(QTreeWidget, "resumeList")
    item = next(tree.topLevelItem(n) for n in range(tree.topLevelItemCount())
                if tree.topLevelItem(n).data(COL_NAME, ID_ROLE) == resume_id)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, tree.visualItemRect(item).center())
    assert window.resumes.current_id() == resume_id
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.resumes.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: resume_id not in window.resumes.resume_ids(), timeout=WAIT)


def test_removing_a_resume_takes_retry_off_its_failed_job_at_once(
        failed_of_other_resume: tuple[MainWindow, str, str], qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, failed_id, resume_id = failed_of_other_resume
    table = window.job_panel.table
    click_cell(table, proxy_index(window, failed_id, COL_TITLE))
    qtbot.waitUntil(window.result.banner_retry.isVisible, timeout=WAIT)
    assert "press Retry" in window.result.banner_text.text()  # while it can be retried
    retry_tool = window.findChild(QToolButton, "retryButton")
    qtbot.waitUntil(retry_tool.isEnabled, timeout=WAIT)

    remove_resume_by_mouse(qtbot, window, resume_id, monkeypatch)
    index = proxy_index(window, failed_id, COL_PROGRESS)
    qtbot.waitUntil(lambda: not index.data(RetryableRole), timeout=WAIT)
    qtbot.waitUntil(lambda: not window.result.banner_retry.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: not retry_tool.isEnabled(), timeout=WAIT)
    banner = window.result.banner_text.text()
    assert "retry" not in banner.casefold()  # one answer: no Retry, no "press Retry"
    assert "removed" in banner and "Ctrl+D" in banner
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "retry" not in tip.casefold() and "removed" in tip
    # Where the row's Retry button was, a click only selects the row.
    table.scrollTo(index)
    centre = retry_button_rect(table.visualRect(index), table.font()).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, centre)
    assert job.get_job_by_id(failed_id)["status"] == "FAILED"
    assert job.get_job_by_id(failed_id)["attempts"] == 0


def test_a_failed_job_that_can_be_retried_keeps_its_advice(
        failed_of_other_resume: tuple[MainWindow, str, str], qtbot: Any) -> None:
    window, failed_id, _resume_id = failed_of_other_resume
    click_cell(window.job_panel.table, proxy_index(window, failed_id, COL_TITLE))
    qtbot.waitUntil(window.result.banner_retry.isVisible, timeout=WAIT)
    assert db.INTERRUPTED_MESSAGE in window.result.banner_text.text()
    assert "removed" not in window.result.banner_text.text()


@pytest.mark.parametrize(("message", "reason"), [
    ("Interrupted by a crash or forced quit; press Retry.",
     "Interrupted by a crash or forced quit."),
    ("Tailoring this job took longer than 60 seconds, so it was stopped; the posting may "
     "be unusual. Press Retry, or shorten the posting to the job itself.",
     "Tailoring this job took longer than 60 seconds, so it was stopped; the posting may "
     "be unusual."),
    ("The computer ran out of memory while tailoring; close other programs and retry.",
     "The computer ran out of memory while tailoring."),
    ("Cancelled by you.", "Cancelled by you."),
])
def test_retry_advice_is_left_out_only_where_a_retry_cannot_work(message: str,
                                                                 reason: str) -> None:
    assert without_retry_advice(message) == reason
    said = gone_resume_text(message)
    assert said.startswith(reason) and "retry" not in said.casefold()


def test_a_reason_that_already_names_the_removal_is_not_repeated() -> None:
    said = gone_resume_text("The resume \u201ccv\u201d of this job was deleted; make a new "
                            "job with another resume.")
    assert said.count("resume") == 2 and "removed" not in said and "Ctrl+D" in said


@pytest.mark.parametrize(("workers", "expected"), [
    (1, "One job runs at a time."), (3, "Up to 3 jobs run at the same time.")])
def test_preferences_say_how_many_jobs_run_in_good_english(
        qtbot: Any, tmp_path: Path, workers: int, expected: str) -> None:
    window = open_window(qtbot, tmp_path / "tailor.db")

    def answer() -> None:  # the user types the number and presses Enter
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        spin = dialog.workers
        spin.setFocus()
        spin.selectAll()
        QTest.keyClicks(spin, str(workers))
        QTest.keyClick(spin, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    window.prefs_action.trigger()
    assert window.statusBar().currentMessage() == expected
    assert window.job_pool.maxThreadCount() == workers


@pytest.mark.parametrize(("cores", "said"), [(1, "has 1 processor core;"),
                                              (8, "has 8 processor cores;")])
def test_preferences_count_the_cores_in_good_english(qtbot: Any, cores: int, said: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("os.cpu_count", lambda: cores)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert said in dialog.workers.toolTip()


def text_columns(view: QPlainTextEdit | QTextEdit) -> tuple[int, int]:
    """(left, right) in the view's own pixels of all the text it shows."""
    cursor = QTextCursor(view.document())
    lefts, rights = [], []
    while True:
        rect = view.cursorRect(cursor)
        point = view.viewport().mapTo(view, QPoint(rect.left(), rect.top()))
        lefts.append(point.x())
        rights.append(point.x())
        if not cursor.movePosition(QTextCursor.MoveOperation.NextCharacter):
            return min(lefts), max(rights)


def test_a_wide_window_shares_its_width_and_caps_the_line_length(
        qtbot: Any, tmp_path: Path) -> None:
    db_path = tmp_path / "tailor.db"
    _user, ids = make_completed_jobs(db_path, tmp_path, companies=("Wide Co",))
    window = open_window(qtbot, db_path)
    window.resize(2560, 1440)
    qtbot.waitUntil(lambda: window.width() == 2560, timeout=WAIT)
    left, right = window.main_split.sizes()
    assert left >= 0.28 * (left + right)  # the left column grows too (it stayed at 440)
    qtbot.waitUntil(lambda: window.job_panel.proxy.rowCount() == 1, timeout=WAIT)
    click_cell(window.job_panel.table, proxy_index(window, ids[0], COL_TITLE))
    qtbot.waitUntil(lambda: window.result.job_id() == ids[0], timeout=WAIT)
    window.result.tabs.setCurrentIndex(TAB_REPORT)
    report = window.result.match_report
    qtbot.waitUntil(lambda: "Match score" in report.toPlainText(), timeout=WAIT)
    start, end = text_columns(report)
    cap = max_text_width(report)
    assert end - start <= cap + 4  # no line longer than the reading width
    assert end - start > cap * 0.6  # the long lines do use it
    middle = (start + end) / 2
    assert abs(middle - report.width() / 2) < report.width() * 0.12  # centred
    # The tailored text too, each of the two side by side.
    window.result.tabs.setCurrentIndex(0)
    view = window.result.result_view
    view.setPlainText(" ".join(["Registered nurse caring for patients"] * 40))
    start, end = text_columns(view)
    assert end - start <= max_text_width(view) + 4
    assert start > 40  # a margin on the left: the column is centred in a wide pane
