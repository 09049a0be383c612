"""The checking child process and the edit session's stale-result guard."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from gui_driving import WAIT, click_cell, open_window, proxy_index, wait_shown
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from test_additions import TAILORED, edited
from test_gui_edit import make_job

from tailor_app.edit_check import CheckAnswer, EditChecker, EditCheckError, check_in_process
from tailor_app.edit_check import job_context as context_of
from tailor_app.gui.job_model import COL_COMPANY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

JOB = {"id": "job-1", "job_description": __import__("posting_samples").SOFTWARE,
       "title": "Senior Backend Engineer", "company_name": None,
       "result": TAILORED.to_dict(), "facts": []}


def test_the_child_answers_as_the_check_itself_and_is_replaced_when_it_dies() -> None:
    checker = EditChecker()
    try:
        text = edited("- Readied 12 services for FedRAMP")
        answer = checker.check(JOB, text)
        here = check_in_process(context_of(JOB), text)
        assert answer == here
        assert [a.text for a in answer.additions] == ["12", "FedRAMP"]
        assert answer.report["score"] >= TAILORED.match_after.score
        # A fact given meanwhile is part of the next check.
        said = {**JOB, "facts": [{"skill": "FedRAMP", "entry": None, "line": None}]}
        assert [a.text for a in checker.check(said, text).additions] == ["12"]

        assert checker._child is not None
        checker._child[0].kill()
        checker._child[0].join(5)
        assert checker.check(JOB, text) == here  # a new child takes over
    finally:
        checker.close()
    with pytest.raises(EditCheckError):
        checker.check(JOB, "text")


class SlowFirstChecker:
    """Holds its first check until released, answers the others at once."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.asked: list[str] = []

    def warm_up(self) -> None:
        pass

    def check(self, job: dict[str, Any], text: str) -> CheckAnswer:
        self.asked.append(text)
        if len(self.asked) == 1:
            self.release.wait(WAIT / 1000)
        return check_in_process(context_of(job), text)

    def close(self) -> None:
        self.release.set()


def test_an_older_check_never_overwrites_a_newer_one(qtbot: Any, tmp_path: Path) -> None:
    db_path = tmp_path / "tailor.db"
    job_id, _resume = make_job(db_path)
    window = open_window(qtbot, db_path)
    qtbot.waitUntil(lambda: window.job_panel.proxy.rowCount() == 1, timeout=WAIT)
    slow = SlowFirstChecker()
    window.job_actions.edits._checker = slow
    click_cell(window.job_panel.table, proxy_index(window, job_id, COL_COMPANY))
    wait_shown(qtbot, window, job_id)
    view = window.result.result_view
    cursor = view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    view.setTextCursor(cursor)
    view.setFocus()
    QTest.keyClicks(view, " Rust")
    qtbot.waitUntil(lambda: len(slow.asked) == 1, timeout=WAIT)  # held
    QTest.keyClick(view, Qt.Key.Key_Backspace)
    QTest.keyClicks(view, "by")  # " Rusby": the newest text, no Rust in it
    slow.release.set()
    newest = view.toPlainText()
    qtbot.waitUntil(lambda: window.result.check() is not None
                    and window.result.check().text == newest, timeout=WAIT)
    assert slow.asked[0] != newest  # the held check did finish, and was not shown
    assert [a.text for a in window.result.marks.additions()] == []  # not Rust's
    qtbot.wait(200)  # nothing later replaces it
    assert window.result.check().text == newest
