"""Whose score the window shows: after the user edits the tailored text, the job's row
(its Score cell and tooltip) and the result pane both say the score is of the edited
version and what tailoring itself scored; Revert takes the mark away; a window opened
later reads the same from the database."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from gui_driving import WAIT, click_cell, open_window, proxy_index, wait_shown
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from test_gui_edit import SKILL_SENTENCE, after, score_cell, shown, type_after, wait_checked

from tailor_app import revisions
from tailor_app.gui.job_model import COL_COMPANY, COL_SCORE, EDITED_MARK
from tailor_app.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support raise")
__all__ = ["shown"]  # the fixture, from the editing tests

EDITED_TIP = "Score of your edited version (tailored: {})"


def score_tooltip(window: MainWindow, job_id: str) -> str:
    """Hover the job's Score cell: the tooltip shown."""
    table = window.job_panel.table
    point = table.visualRect(proxy_index(window, job_id, COL_SCORE)).center()
    QToolTip.hideText()
    QTest.mouseMove(table.viewport(), point)
    event = QHelpEvent(QEvent.Type.ToolTip, point, table.viewport().mapToGlobal(point))
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text()


def test_the_row_and_the_pane_say_the_score_is_of_your_edit(
        shown: tuple[MainWindow, str, Path], qtbot: Any) -> None:
    window, job_id, db_path = shown
    pane = window.result
    tailored = after(score_cell(window, job_id))
    assert EDITED_MARK not in score_cell(window, job_id)
    assert score_tooltip(window, job_id).startswith("Match score before tailoring")
    assert pane.edit_score.text() == f"  score: <b>{tailored}</b>"

    type_after(window, "Designed a ledger service", SKILL_SENTENCE)
    wait_checked(qtbot, window)
    qtbot.waitUntil(lambda: score_cell(window, job_id).endswith(EDITED_MARK), timeout=WAIT)
    edited = after(score_cell(window, job_id))
    assert edited > tailored
    assert EDITED_TIP.format(tailored) in score_tooltip(window, job_id)
    assert (f"score: <b>{edited}</b> (tailored: {tailored})"
            in pane.edit_score.text())
    assert pane.tailored_label.text() == "Your edited version"
    qtbot.waitUntil(lambda: revisions.current(job_id)["number"] == 2, timeout=WAIT)
    shots = os.environ.get("TAILOR_SHOTS")
    if shots:
        window.grab().save(str(Path(shots) / "gaps-edited-score.png"))

    # A window opened later reads the same from the database.
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT)
    again = open_window(qtbot, db_path)
    again.resize(1500, 900)
    qtbot.waitUntil(lambda: again.job_panel.proxy.rowCount() == 1, timeout=WAIT)
    assert score_cell(again, job_id).endswith(f"{edited} {EDITED_MARK}")
    assert EDITED_TIP.format(tailored) in score_tooltip(again, job_id)
    click_cell(again.job_panel.table, proxy_index(again, job_id, COL_COMPANY))
    wait_shown(qtbot, again, job_id)
    # Before its check comes back the pane already names the edit's saved score.
    assert f"score: <b>{edited}</b>" in again.result.edit_score.text()

    # Revert to tailored: the tailored score, and nothing says "edited" any more.
    qtbot.mouseClick(again.result.revert_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: score_cell(again, job_id).endswith(str(tailored)), timeout=WAIT)
    assert score_tooltip(again, job_id).startswith("Match score before tailoring")
    assert again.result.edit_score.text() == f"  score: <b>{tailored}</b>"
