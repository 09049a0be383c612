"""Best fit counts the resume's facts: after "I have this", the Fit column of the
resume list (scored for the posting in the editor) rises as the job's own score does."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from gui_driving import WAIT
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from test_gui_facts import (
    LINE,
    POSTING,
    ROLE,
    click,
    click_have_this,
    make_job,
    open_job,
    row_of,
)

from tailor_app import facts
from tailor_app.db import Status
from tailor_app.gui.main_window import MainWindow
from tailor_app.gui.result_pane import TAB_REPORT
from tailor_app.gui.resume_panel import COL_FIT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support raise")


def fit_shown(window: MainWindow) -> int | None:
    """The number in the Fit column of the (only) resume, as the user reads it."""
    item = window.resumes.list.topLevelItem(0)
    found = re.search(r"\d+", item.text(COL_FIT)) if item is not None else None
    return int(found.group()) if found else None


def paste_posting(window: MainWindow, text: str) -> None:
    """Click into the posting editor and paste (Ctrl+V), as a person does."""
    QGuiApplication.clipboard().setText(text)
    editor = window.editor.text_edit
    click(editor.viewport())
    QTest.keySequence(editor, "Ctrl+V")


def test_fit_column_counts_a_fact_the_user_confirms(qtbot: Any, tmp_path: Path) -> None:
    db_path = tmp_path / "tailor.db"
    made = make_job(db_path, tmp_path)
    window = open_job(qtbot, db_path, made["job_id"], TAB_REPORT)
    paste_posting(window, POSTING)
    qtbot.waitUntil(lambda: fit_shown(window) is not None, timeout=WAIT)
    before = fit_shown(window)
    # With no facts the Fit is the job's own "before" score.
    assert before == row_of(window, made["job_id"]).score_before
    assert "with your additions" in window.resumes.list.topLevelItem(0).toolTip(COL_FIT)

    dialog = click_have_this(qtbot, window, "ServiceTitan")
    qtbot.waitUntil(dialog.place.hasFocus, timeout=WAIT)
    QTest.keyClick(dialog.place, Qt.Key.Key_Home)
    assert dialog.place.currentText() == ROLE
    click(dialog.line_edit)
    QTest.keyClicks(dialog.line_edit, LINE)
    QTest.keyClick(dialog.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(facts.list_facts(made["resume_id"])) == 1, timeout=WAIT)

    qtbot.waitUntil(lambda: (fit_shown(window) or 0) > (before or 0), timeout=WAIT)
    qtbot.waitUntil(lambda: row_of(window, made["job_id"]).status == Status.COMPLETED
                    and row_of(window, made["job_id"]).score_after > made["score"],
                    timeout=WAIT * 2)
    # The Fit now counts ServiceTitan as the tailored job does: the same number.
    assert fit_shown(window) == row_of(window, made["job_id"]).score_after
    assert (window.resumes.best_fit_label.text()
            == f"Fit for this posting: <b>{fit_shown(window)}</b>/100")
    qtbot.waitUntil(lambda: (window.result.job() or {}).get("status") == Status.COMPLETED,
                    timeout=WAIT)
    shots = os.environ.get("TAILOR_SHOTS")
    if shots:
        window.grab().save(str(Path(shots) / "gaps-fit-counts-facts.png"))
