"""Editing the tailored resume as a person does: click into the text, type, watch the
score and the match report follow, see what is not in the resume underlined, undo,
revert, export, and find the edit again after the window is re-created.

The job is the software engineer's resume tailored for real to the backend posting
(it misses Query tuning, Data Modeling, High-throughput services, FedRAMP and PCI DSS;
its Terraform shows Infrastructure as Code). Query tuning is made one of the resume's
facts before the window opens: the resume states it, only not in the tailored text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_driving import WAIT, click_cell, open_window, proxy_index, wait_shown
from posting_samples import SOFTWARE as POSTING
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QToolTip
from resume_samples import SOFTWARE as RESUME

from tailor_app import facts, revisions, startup
from tailor_app.gui.export_check import AdditionsDialog
from tailor_app.gui.job_model import COL_COMPANY, COL_SCORE
from tailor_app.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        "This plugin does not support raise")  # tooltips

TITLE, COMPANY = "Senior Backend Engineer", "Ferncliff Payments"
SKILL_SENTENCE = "Sped up slow reports with query tuning in PostgreSQL"
NUMBER_SENTENCE = "Cut cloud costs by 37% in one quarter"


def make_job(db_path: Path) -> tuple[str, str]:
    """The tailored job (and its resume) in a new database: (job id, resume id)."""
    from tailor_app.importer import import_resume_text
    from tailor_app.job_processor import process_job

    user = startup.open_app_database(db_path)
    resume = import_resume_text(RESUME, user, display_name="Liam")
    job = process_job(user, resume["id"], POSTING, TITLE, COMPANY)
    assert job["status"] == "COMPLETED"
    facts.add_fact(resume["id"], "Query tuning")
    return str(job["id"]), str(resume["id"])


@pytest.fixture
def shown(qtbot: Any, tmp_path: Path) -> tuple[MainWindow, str, Path]:
    db_path = tmp_path / "tailor.db"
    job_id, _resume = make_job(db_path)
    window = open_window(qtbot, db_path)
    window.resize(1500, 900)
    qtbot.waitUntil(lambda: window.job_panel.proxy.rowCount() == 1, timeout=WAIT)
    click_cell(window.job_panel.table, proxy_index(window, job_id, COL_COMPANY))
    wait_shown(qtbot, window, job_id)
    return window, job_id, db_path


def type_after(window: MainWindow, line_start: str, sentence: str) -> None:
    """Click at the end of the line starting ``line_start``, press End, Enter and type
    ``sentence`` as a new bullet, key by key."""
    view = window.result.result_view
    block = view.document().begin()
    while block.isValid() and not block.text().lstrip("• ").startswith(line_start):
        block = block.next()
    assert block.isValid(), line_start
    cursor = QTextCursor(block)
    rect = view.cursorRect(cursor)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center() + QPoint(2, 0))
    QTest.keyClick(view, Qt.Key.Key_End)
    QTest.keyClick(view, Qt.Key.Key_Return)
    QTest.keyClicks(view, "- " + sentence)  # keyClicks types ASCII only


def wait_checked(qtbot: Any, window: MainWindow) -> None:
    """Until the score and the underlines are those of the text as it is now."""
    pane = window.result
    qtbot.waitUntil(lambda: pane.check() is not None
                    and pane.check().text == pane.result_view.toPlainText(), timeout=WAIT)


def score_cell(window: MainWindow, job_id: str) -> str:
    return str(proxy_index(window, job_id, COL_SCORE).data())


def after(cell: str) -> int:
    """The score after in a Score cell ("63 \u2192 70 \u270e": 70)."""
    return int(cell.split("\u2192")[-1].split()[0])


def report(window: MainWindow) -> str:
    window.result.tabs.setCurrentWidget(window.result.match_report)
    text = window.result.match_report.toPlainText()
    window.result.tabs.setCurrentIndex(0)
    return text


def tooltip_at(window: MainWindow, word: str) -> str:
    """Hover the middle of ``word`` in the tailored text: the tooltip shown."""
    view = window.result.result_view
    found = view.document().find(word)
    assert not found.isNull(), word
    middle = QTextCursor(view.document())
    middle.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    point = view.cursorRect(middle).center()
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QTest.mouseMove(view.viewport(), point)
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text()


def press_export(window: MainWindow, qtbot: Any) -> AdditionsDialog:
    """Click Export: the list of additions that opens."""
    qtbot.mouseClick(window.result.export_button, Qt.MouseButton.LeftButton)
    shown = [d for d in window.findChildren(AdditionsDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def test_an_edit_moves_the_score_and_the_report_and_a_new_number_is_underlined(
        shown: tuple[MainWindow, str, Path], qtbot: Any) -> None:
    window, job_id, _db = shown
    pane = window.result
    before = score_cell(window, job_id)
    assert before.endswith("73")
    assert "Query tuning" in report(window).split("Required but not in your resume")[1]

    type_after(window, "Designed a ledger service", SKILL_SENTENCE)
    # The report and the score follow the text as edited.
    qtbot.waitUntil(lambda: pane.check() is not None
                    and "query tuning" in pane.check().text, timeout=WAIT)
    qtbot.waitUntil(lambda: score_cell(window, job_id) != before, timeout=WAIT)
    wait_checked(qtbot, window)
    raised = after(score_cell(window, job_id))
    assert raised > 73
    missing = report(window).split("Required but not in your resume")[1]
    assert "Query tuning" not in missing
    assert f"score: <b>{raised}</b>" in pane.edit_score.text()
    # The resume's fact states it: nothing is underlined.
    assert pane.marks.additions() == []

    type_after(window, "Mentored 3 junior engineers", NUMBER_SENTENCE)
    qtbot.waitUntil(lambda: [a.text for a in pane.marks.additions()] == ["37"],
                    timeout=WAIT)
    assert tooltip_at(window, "37%") == "Not in your resume: a number (\u201c37\u201d)"
    assert len(pane.result_view.extraSelections()) == 1
    assert "1 not in your resume" in pane.edit_score.text()

    # Ctrl+Z undoes the typing, back to no underline.
    view = pane.result_view
    while "37" in view.toPlainText():
        QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.marks.additions() == [], timeout=WAIT)
    assert "query tuning" in view.toPlainText()
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert "37" in view.toPlainText()  # redo


def test_revert_to_tailored_and_undo_of_the_revert(
        shown: tuple[MainWindow, str, Path], qtbot: Any) -> None:
    window, job_id, _db = shown
    pane = window.result
    tailored = pane.result_view.toPlainText()
    assert not pane.revert_button.isEnabled()
    type_after(window, "Designed a ledger service", SKILL_SENTENCE)
    wait_checked(qtbot, window)
    edited_score = after(score_cell(window, job_id))
    qtbot.waitUntil(lambda: revisions.current(job_id)["number"] == 2
                    and SKILL_SENTENCE in revisions.current(job_id)["text"], timeout=WAIT)

    qtbot.mouseClick(pane.revert_button, Qt.MouseButton.LeftButton)
    assert pane.result_view.toPlainText() == tailored
    assert not pane.revert_button.isEnabled()
    qtbot.waitUntil(lambda: revisions.current(job_id)["number"] == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: score_cell(window, job_id).endswith("73"), timeout=WAIT)

    pane.result_view.setFocus()
    QTest.keyClick(pane.result_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert SKILL_SENTENCE in pane.result_view.toPlainText()  # the revert is undone whole
    qtbot.waitUntil(lambda: revisions.current(job_id)["number"] == 3, timeout=WAIT)
    qtbot.waitUntil(lambda: score_cell(window, job_id).endswith(f"{edited_score} \u270e"),
                    timeout=WAIT)


def test_export_lists_the_additions_and_writes_the_edited_text(
        shown: tuple[MainWindow, str, Path], qtbot: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, _job_id, _db = shown
    pane = window.result
    type_after(window, "Mentored 3 junior engineers",
               "Readied 12 services for FedRAMP")
    qtbot.waitUntil(lambda: len(pane.marks.additions()) == 2, timeout=WAIT)
    target = tmp_path / "edited.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a: (str(target), "Plain text (*.txt)"))

    dialog = press_export(window, qtbot)
    listed = dialog.findChildren(QPushButton, options=Qt.FindChildOption.FindChildrenRecursively)
    assert [b.text() for b in dialog.fact_buttons] == ["Add as a fact"]  # FedRAMP: not 12
    assert any(b.text() == "Go back" for b in listed)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert not target.exists()
    assert pane.result_view.textCursor().selectedText() == "12"  # the first, selected

    # One click makes FedRAMP, with the line the user wrote it in, a fact of the resume:
    # that line's words (its 12 too) are then the resume's, and nothing is underlined.
    dialog = press_export(window, qtbot)
    qtbot.mouseClick(dialog.fact_buttons[0], Qt.MouseButton.LeftButton)
    resume_id = window.result.job()["resume_id"]
    qtbot.waitUntil(lambda: any(f["skill"] == "FedRAMP" for f in facts.list_facts(resume_id)),
                    timeout=WAIT)
    fact = next(f for f in facts.list_facts(resume_id) if f["skill"] == "FedRAMP")
    assert fact["line"] == "Readied 12 services for FedRAMP"
    assert fact["entry"].startswith("Senior Backend Engineer, Harbourline Payments")
    qtbot.waitUntil(lambda: pane.marks.additions() == [], timeout=WAIT)
    assert dialog.fact_buttons[0].text() == "Added"
    # Your additions, under the resume list, counts it at once (Query Optimization, FedRAMP)
    qtbot.waitUntil(lambda: window.resumes.additions.button.text()
                    == "Your additions (2)\u2026", timeout=WAIT)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=WAIT)
    written = target.read_text(encoding="utf-8")
    assert "Readied 12 services for FedRAMP" in written
    assert written.strip() == pane.result_view.toPlainText().strip()


def test_the_edit_survives_the_window(shown: tuple[MainWindow, str, Path],
                                      qtbot: Any) -> None:
    window, job_id, db_path = shown
    type_after(window, "Designed a ledger service", SKILL_SENTENCE)
    # Saved as the user pauses, with no close: a crash now would lose nothing.
    qtbot.waitUntil(lambda: revisions.current(job_id)["text"]
                    == window.result.result_view.toPlainText(), timeout=WAIT)
    QTest.keyClicks(window.result.result_view, " daily")
    edited = window.result.result_view.toPlainText()
    window.close()  # the keys typed in the last half second are written at once
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT)
    assert revisions.current(job_id)["text"] == edited

    again = open_window(qtbot, db_path)
    again.resize(1500, 900)
    qtbot.waitUntil(lambda: again.job_panel.proxy.rowCount() == 1, timeout=WAIT)
    assert after(score_cell(again, job_id)) > 73  # the list's score is the edit's
    click_cell(again.job_panel.table, proxy_index(again, job_id, COL_COMPANY))
    wait_shown(qtbot, again, job_id)
    assert again.result.result_view.toPlainText() == edited
    assert again.result.revert_button.isEnabled()
    assert len(revisions.list_revisions(job_id)) == 1  # one editing session, one revision
    # Its report is the edit's again, and the Copy button copies the edit.
    qtbot.waitUntil(lambda: again.result.check() is not None, timeout=WAIT)
    assert "Query tuning" not in report(again).split("Required but not in your")[1]
    qtbot.mouseClick(again.result.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == edited


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard",  # the open menu
                           "This plugin does not support raise",
                           "This plugin does not support propagateSizeHints")
def test_the_edit_menu_undoes_and_reverts(shown: tuple[MainWindow, str, Path],
                                          qtbot: Any) -> None:
    window, _job_id, _db = shown
    pane = window.result
    tailored = pane.result_view.toPlainText()
    type_after(window, "Designed a ledger service", "Tuned queries")
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    items = {a.text().partition("\t")[0]: a for a in edit_menu.actions() if a.text()}
    assert items["&Undo edit"].isEnabled() and items["Re&vert to tailored"].isEnabled()
    assert items["&Undo edit"].text().endswith(
        QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText))

    def choose(letter: Qt.Key) -> None:
        """Alt+E opens the Edit menu; the item's underlined letter chooses it."""
        QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(edit_menu.isVisible, timeout=WAIT)
        QTest.keyClick(edit_menu, letter)
        qtbot.waitUntil(lambda: not edit_menu.isVisible(), timeout=WAIT)

    choose(Qt.Key.Key_V)  # Revert to tailored
    assert pane.result_view.toPlainText() == tailored
    assert not items["Re&vert to tailored"].isEnabled()
    choose(Qt.Key.Key_U)  # Undo edit: the revert is undone
    assert "Tuned queries" in pane.result_view.toPlainText()
