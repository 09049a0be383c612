"""Tailoring a job again while its text is being edited keeps every key typed: the
typing is saved as the user's version before the job is requeued, the new result is
shown with a note that the edit is kept, and the Version list brings the edit back.
Length tells the user, before and after the click, that it fits tailoring's result,
not their edit."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from gui_driving import WAIT
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from test_gui_edit import SKILL_SENTENCE, after, score_cell, shown, type_after
from test_gui_facts import click, click_have_this, click_tab, row_of

from tailor_app import facts, revisions
from tailor_app.db import Status
from tailor_app.gui.job_model import EDITED_MARK
from tailor_app.gui.main_window import MainWindow
from tailor_app.gui.result_pane import TAB_REPORT, TAB_TEXTS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support raise",
                                       "This plugin does not support grabbing")  # popups
__all__ = ["shown"]  # the fixture, from the editing tests
SHOTS = os.environ.get("TAILOR_SHOTS")


def tooltip_of(widget: QWidget) -> str:
    """Hover the widget: the tooltip shown."""
    point = widget.rect().center()
    QToolTip.hideText()
    QTest.mouseMove(widget, point)
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, point,
                                              widget.mapToGlobal(point)))
    return QToolTip.text()


def wait_tailored_again(qtbot: Any, window: MainWindow, job_id: str, finished: str) -> None:
    """Until the job has a new result and the pane shows it."""
    qtbot.waitUntil(lambda: row_of(window, job_id).status == Status.COMPLETED
                    and (window.result.job() or {}).get("status") == Status.COMPLETED
                    and (window.result.job() or {}).get("finished_at") != finished,
                    timeout=WAIT * 2)


def choose_version(qtbot: Any, window: MainWindow, text_start: str) -> None:
    """Open the Version list with a click, go down to the item starting ``text_start``
    with the arrow keys and press Enter (a click on the item right after the list
    opens is ignored by Qt, as a double click's second half)."""
    box = window.result.version_box
    click(box)
    view = box.view()
    qtbot.waitUntil(view.isVisible, timeout=WAIT)
    row = next(i for i in range(box.count()) if box.itemText(i).startswith(text_start))
    while view.currentIndex().row() < row:
        QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=WAIT)


def test_length_chosen_while_typing_keeps_the_edit_and_says_so(
        shown: tuple[MainWindow, str, Path], qtbot: Any) -> None:
    window, job_id, _db = shown
    pane = window.result
    one_page = pane.length.buttons[1]
    finished = str(pane.job()["finished_at"])
    assert "your edit" not in tooltip_of(one_page)
    assert not pane.version_box.isVisible()  # nothing but tailoring's text yet

    type_after(window, "Designed a ledger service", SKILL_SENTENCE)
    typed = pane.result_view.toPlainText()
    # Before the click, the button says what it will do to the edit.
    qtbot.waitUntil(lambda: "your edit stays under Version" in tooltip_of(one_page),
                    timeout=WAIT)
    assert window.job_actions.edits.pending()  # the last keys are not saved yet
    click(one_page)
    qtbot.waitUntil(lambda: "not to your edit" in window.statusBar().currentMessage(),
                    timeout=WAIT)
    wait_tailored_again(qtbot, window, job_id, finished)

    # Every key typed is a revision; the new result is shown and says the edit is kept.
    [kept] = revisions.list_revisions(job_id)
    assert kept["text"] == typed
    assert SKILL_SENTENCE not in pane.result_view.toPlainText()
    assert revisions.current(job_id)["number"] == 1
    assert EDITED_MARK not in score_cell(window, job_id)
    qtbot.waitUntil(pane.kept_note.isVisible, timeout=WAIT)
    assert pane.kept_note.text().startswith("Tailored again: this is the new result.")
    assert f"Your edited text (score {kept['score']}) is kept" in pane.kept_note.text()
    assert pane.version_box.isVisible()
    items = [pane.version_box.itemText(i) for i in range(pane.version_box.count())]
    assert items[0] == f"1 \u00b7 Tailored ({revisions.current(job_id)['score']})"
    assert items[1].startswith(f"{kept['number']} \u00b7 Your edit ")
    assert items[1].endswith(f"({kept['score']})")
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "gaps-retailored-edit-kept.png"))
        pane.grab().save(str(Path(SHOTS) / "edit-kept-version.png"))  # README's

    # The Version list brings the edit back, and the row's score is the edit's again.
    choose_version(qtbot, window, f"{kept['number']} \u00b7 Your edit")
    qtbot.waitUntil(lambda: pane.result_view.toPlainText() == typed, timeout=WAIT)
    assert revisions.current(job_id)["number"] == kept["number"]
    qtbot.waitUntil(lambda: score_cell(window, job_id).endswith(EDITED_MARK), timeout=WAIT)
    assert after(score_cell(window, job_id)) == kept["score"]
    assert "Showing your edit of " in window.statusBar().currentMessage()
    assert not pane.kept_note.isVisible()
    # Typing from here is a new version: the one chosen is never overwritten.
    click(pane.result_view.viewport())
    QTest.keyClick(pane.result_view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(pane.result_view, Qt.Key.Key_Return)
    QTest.keyClicks(pane.result_view, "References on request")
    qtbot.waitUntil(lambda: len(revisions.list_revisions(job_id)) == 2, timeout=WAIT)
    first, second = revisions.list_revisions(job_id)
    assert first["text"] == typed
    qtbot.waitUntil(lambda: revisions.list_revisions(job_id)[1]["text"]
                    == typed + "\nReferences on request", timeout=WAIT)
    qtbot.waitUntil(lambda: pane.version_box.currentText().startswith(
        f"{second['number']} \u00b7 Your edit"), timeout=WAIT)
    assert pane.version_box.count() == 3
    assert revisions.current(job_id)["number"] == second["number"]
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "gaps-version-chosen.png"))


def test_a_fact_added_while_typing_keeps_the_last_keys(
        shown: tuple[MainWindow, str, Path], qtbot: Any) -> None:
    window, job_id, _db = shown
    pane = window.result
    finished = str(pane.job()["finished_at"])
    click_tab(window, TAB_REPORT)
    dialog = click_have_this(qtbot, window, "Data Modeling")
    QTest.keyClick(dialog.place, Qt.Key.Key_End)  # skills list only

    # Back in the text (the dialog is not modal), type, then confirm the fact at once.
    click_tab(window, TAB_TEXTS)
    type_after(window, "Designed a ledger service", SKILL_SENTENCE)
    typed = pane.result_view.toPlainText()
    assert window.job_actions.edits.pending()
    click(dialog.ok_button)
    qtbot.waitUntil(lambda: [f["skill"] for f in facts.list_facts(
        pane.job()["resume_id"])] == ["Query tuning", "Data Modeling"], timeout=WAIT)
    wait_tailored_again(qtbot, window, job_id, finished)
    [kept] = revisions.list_revisions(job_id)
    assert kept["text"] == typed  # not one key lost
    assert "Data Modeling" in pane.result_view.toPlainText()
    assert "Your edit" in pane.version_box.itemText(1)
    assert pane.kept_note.isVisible()
