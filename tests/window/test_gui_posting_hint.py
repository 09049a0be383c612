"""A posting that is clearly not one ("hi", a link, a number) is caught in the editor
before it costs a job; a finished job whose posting gave nothing to match says so
instead of showing 0 → 0 as if it were a verdict on the resume."""

from __future__ import annotations

from typing import Any

import pytest
from factories import completed_job
from posting_samples import ACCOUNTANT, NURSE
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tailor_app.gui import report_html
from tailor_app.gui.posting_editor import (
    MIN_POSTING_WORDS,
    PostingEditor,
    posting_advice,
    posting_problem,
)
from tailor_app.gui.result_pane import ResultPane

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TERSE = "Staff Accountant\n\nRequirements:\n- GAAP and month-end close\n- Excel\n"


@pytest.mark.parametrize("text", ["hi", "Hi!", "12345", "$$$ ---", "Data Analyst, Acme",
                                  "https://jobs.example.com/view/12345",
                                  "  www.example.com/careers  \n", "see the attached file"])
def test_clearly_not_a_posting(text: str) -> None:
    assert posting_problem(text) is not None


@pytest.mark.parametrize("text", [NURSE, ACCOUNTANT, TERSE, "", "   \n"])
def test_real_and_terse_postings_and_blank_text_pass(text: str) -> None:
    assert posting_problem(text) is None  # blank: the button's own tooltip says so


def test_a_terse_posting_gets_advice_not_a_refusal() -> None:
    assert posting_advice(TERSE) is not None
    assert posting_advice(NURSE) is None and posting_advice("hi") is None


def test_editor_hint_and_disabled_tailor(qtbot: Any) -> None:
    editor = PostingEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()  # its Ctrl+Return is a window shortcut
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    editor.set_resume_chosen(True)
    button, hint = editor.tailor_button, editor.posting_hint
    editor.text_edit.setPlainText("hi")
    assert hint.isVisible() and "too short" in hint.text()
    assert not button.isEnabled()
    assert button.toolTip() == hint.text()  # the reason, where the user looks for it
    requested: list[bool] = []
    editor.tailorRequested.connect(lambda: requested.append(True))
    QTest.keyClick(editor.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert requested == []  # Ctrl+Return is refused the same way

    editor.text_edit.setPlainText("https://jobs.example.com/view/12345")
    assert "link" in hint.text() and not button.isEnabled()

    editor.text_edit.setPlainText(TERSE)
    assert hint.isVisible() and "very short" in hint.text()
    assert button.isEnabled()

    editor.text_edit.setPlainText(NURSE)
    assert not hint.isVisible() and button.isEnabled()
    assert "Ctrl+Return" in button.toolTip()
    QTest.keyClick(editor.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert requested == [True]  # the key that was refused above does reach the editor

    editor.text_edit.setPlainText("")
    assert not hint.isVisible() and not button.isEnabled()
    assert button.toolTip() == "Paste the job posting first"


def test_threshold_is_counted_in_words_not_characters() -> None:
    words = " ".join(["word"] * MIN_POSTING_WORDS)
    assert posting_problem(words) is None
    assert posting_problem(" ".join(["word"] * (MIN_POSTING_WORDS - 1))) is not None
    assert posting_problem("x" * 5000) is not None  # one long run is still one word


def test_result_pane_says_when_the_posting_gave_nothing(qtbot: Any) -> None:
    pane = ResultPane()
    qtbot.addWidget(pane)
    pane.show()
    job = completed_job("hi")
    assert report_html.posting_gave_nothing(job["result"])
    pane.show_job(job)
    assert pane.banner.isVisible()
    assert "nothing to match against" in pane.banner_text.text()
    assert "Paste the whole posting" in pane.banner_text.text()
    assert not pane.banner_retry.isVisible()  # retrying the same text gives the same
    pane.tabs.setCurrentWidget(pane.match_report)
    assert "nothing to match against" in pane.match_report.toPlainText()
    assert pane.copy_button.isEnabled()  # the job did finish; its text is still there

    real = completed_job(NURSE)
    assert not report_html.posting_gave_nothing(real["result"])
    pane.show_job(real)
    assert not pane.banner.isVisible()
    assert "nothing to match against" not in pane.match_report.toPlainText()


def test_a_posting_with_only_a_degree_or_years_is_something_to_match() -> None:
    empty = {"skills": [], "certifications": [], "min_years": None, "degree": None}
    assert report_html.posting_gave_nothing({"analysis": empty})
    assert not report_html.posting_gave_nothing({"analysis": {**empty, "min_years": 3}})
    assert not report_html.posting_gave_nothing({"analysis": {**empty, "degree": "bachelor"}})
    assert not report_html.posting_gave_nothing({})  # no analysis stored: not judged
