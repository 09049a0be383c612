"""Title and company follow the posting they were guessed from (issue 15, point 2).

Driven as a person does: postings are pasted with Ctrl+A, Ctrl+V; titles are typed
key by key; Duplicate is Ctrl+D; the editor is cleared with Ctrl+A, Delete. Real
database, engine and Best fit; every wait is on the editor's state.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from factories import make_docx
from posting_samples import ACCOUNTANT, NURSE, SOFTWARE
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QLineEdit
from test_gui_window import WAIT, import_file, open_window, wait_status

from tailor_app import job
from tailor_app.gui.main_window import MainWindow
from tailor_app.gui.posting_editor import GUESSED, TYPED, PostingEditor
from tailor_app.gui.settings import (
    KEY_DRAFT_COMPANY,
    KEY_DRAFT_TEXT,
    KEY_DRAFT_TITLE,
    app_settings,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier
NURSE_TITLE, NURSE_COMPANY = "Registered Nurse (RN)", "Riverside Valley Medical Center"
ACCOUNTANT_TITLE, ACCOUNTANT_COMPANY = "Staff Accountant", "Harborline Logistics"


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, tmp_path / "tailor.db")
    import_file(qtbot, win, make_docx(tmp_path / "nurse.docx"))
    yield win
    win.close()


def paste_posting(qtbot: Any, win: MainWindow, text: str) -> None:
    """Select everything in the posting editor and paste ``text`` over it."""
    QGuiApplication.clipboard().setText(text)
    edit = win.editor.text_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_V, CTRL)
    assert win.editor.posting() == text


def type_into(qtbot: Any, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def fields(win: MainWindow) -> tuple[str, str]:
    return win.editor.title(), win.editor.company()


def wait_fields(qtbot: Any, win: MainWindow, title: str, company: str) -> None:
    qtbot.waitUntil(lambda: fields(win) == (title, company), timeout=WAIT)


def looks_guessed(editor: PostingEditor, key: str) -> bool:
    """What the user sees: italic, muted text and the "from the posting" note."""
    edit = editor.title_edit if key == "title" else editor.company_edit
    muted = edit.palette().color(QPalette.ColorRole.Text) != editor.palette().color(
        QPalette.ColorRole.Text)
    note = editor.guess_notes[key]
    assert edit.font().italic() == muted == note.isVisible(), "one look, all or nothing"
    return note.isVisible()


def tailor_with_the_button(qtbot: Any, win: MainWindow) -> str:
    with qtbot.waitSignal(win.job_actions.jobCreated, timeout=WAIT) as created:
        qtbot.mouseClick(win.editor.tailor_button, Qt.MouseButton.LeftButton)
    return str(created.args[0])


def duplicate_with_ctrl_d(qtbot: Any, win: MainWindow, job_id: str) -> None:
    assert win.job_panel.current_job_id() == job_id  # the job just created is the current row
    qtbot.keyClick(win.job_panel.table, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: win.editor.posting() != "", timeout=WAIT)


def test_guesses_follow_a_new_posting_after_duplicate(window: MainWindow, qtbot: Any) -> None:
    paste_posting(qtbot, window, NURSE)
    wait_fields(qtbot, window, NURSE_TITLE, NURSE_COMPANY)
    assert looks_guessed(window.editor, "title") and looks_guessed(window.editor, "company")
    job_id = tailor_with_the_button(qtbot, window)
    wait_status(qtbot, window, job_id, "COMPLETED")
    saved = job.get_job_by_id(job_id)
    assert (saved["title"], saved["company_name"]) == (NURSE_TITLE, NURSE_COMPANY)

    duplicate_with_ctrl_d(qtbot, window, job_id)
    assert fields(window) == (NURSE_TITLE, NURSE_COMPANY)
    # The job kept only the values; reading the same posting again shows they were
    # guesses, so they look like guesses again.
    qtbot.waitUntil(lambda: looks_guessed(window.editor, "title"), timeout=WAIT)
    assert looks_guessed(window.editor, "company")

    paste_posting(qtbot, window, ACCOUNTANT)
    wait_fields(qtbot, window, ACCOUNTANT_TITLE, ACCOUNTANT_COMPANY)
    # A posting that names no company leaves none behind from the last one.
    paste_posting(qtbot, window, SOFTWARE)
    wait_fields(qtbot, window, "Senior Backend Engineer", "")
    assert not looks_guessed(window.editor, "company")

    # The job saved from here carries this posting's title, not the nurse's.
    new_id = tailor_with_the_button(qtbot, window)
    saved = job.get_job_by_id(new_id)
    assert saved["title"] == "Senior Backend Engineer"
    assert saved["company_name"] in (None, "")


def test_clearing_the_posting_clears_guesses_and_keeps_what_was_typed(
        window: MainWindow, qtbot: Any) -> None:
    paste_posting(qtbot, window, NURSE)
    wait_fields(qtbot, window, NURSE_TITLE, NURSE_COMPANY)
    type_into(qtbot, window.editor.title_edit, "Night shift RN")
    assert window.editor.origin("title") == TYPED
    assert not looks_guessed(window.editor, "title")  # typed looks normal at once
    assert looks_guessed(window.editor, "company")

    window.editor.text_edit.setFocus()
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_Delete)
    wait_fields(qtbot, window, "Night shift RN", "")

    # The typed title survives a different posting too; the company is guessed afresh.
    paste_posting(qtbot, window, ACCOUNTANT)
    wait_fields(qtbot, window, "Night shift RN", ACCOUNTANT_COMPANY)
    assert not looks_guessed(window.editor, "title")
    assert looks_guessed(window.editor, "company")

    # Emptying a typed field hands it back to the posting.
    type_into(qtbot, window.editor.title_edit, "")
    wait_fields(qtbot, window, ACCOUNTANT_TITLE, ACCOUNTANT_COMPANY)
    assert looks_guessed(window.editor, "title")


def test_duplicate_keeps_a_typed_title_typed(window: MainWindow, qtbot: Any) -> None:
    paste_posting(qtbot, window, NURSE)
    wait_fields(qtbot, window, NURSE_TITLE, NURSE_COMPANY)
    type_into(qtbot, window.editor.title_edit, "RN, nights")
    job_id = tailor_with_the_button(qtbot, window)
    wait_status(qtbot, window, job_id, "COMPLETED")
    assert fields(window) == ("", "")  # the editor empties after Tailor

    duplicate_with_ctrl_d(qtbot, window, job_id)
    qtbot.waitUntil(lambda: window.editor.origin("title") == TYPED
                    and window.editor.origin("company") == GUESSED, timeout=WAIT)
    assert not looks_guessed(window.editor, "title")
    assert looks_guessed(window.editor, "company")
    paste_posting(qtbot, window, ACCOUNTANT)
    wait_fields(qtbot, window, "RN, nights", ACCOUNTANT_COMPANY)


def test_origins_survive_a_restart(qtbot: Any, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path / "tailor.db")
    paste_posting(qtbot, win, NURSE)
    wait_fields(qtbot, win, NURSE_TITLE, NURSE_COMPANY)
    type_into(qtbot, win.editor.company_edit, "Riverside Travel Nursing")
    win.close()  # saves the draft

    again = open_window(qtbot, tmp_path / "tailor.db")
    assert fields(again) == (NURSE_TITLE, "Riverside Travel Nursing")
    assert looks_guessed(again.editor, "title")  # known at once, from the draft
    assert not looks_guessed(again.editor, "company")
    paste_posting(qtbot, again, ACCOUNTANT)
    wait_fields(qtbot, again, ACCOUNTANT_TITLE, "Riverside Travel Nursing")
    again.close()


def test_a_draft_without_origins_is_read_again(qtbot: Any, tmp_path: Path) -> None:
    """A draft saved before origins existed: the values the posting gives are guesses."""
    settings = app_settings()
    settings.setValue(KEY_DRAFT_TITLE, NURSE_TITLE)
    settings.setValue(KEY_DRAFT_COMPANY, "My agency")
    settings.setValue(KEY_DRAFT_TEXT, NURSE)
    settings.sync()
    win = open_window(qtbot, tmp_path / "tailor.db")
    import_file(qtbot, win, make_docx(tmp_path / "nurse.docx"))
    qtbot.waitUntil(lambda: win.editor.origin("title") == GUESSED, timeout=WAIT)
    assert win.editor.origin("company") == TYPED  # the posting does not say "My agency"
    paste_posting(qtbot, win, ACCOUNTANT)
    wait_fields(qtbot, win, ACCOUNTANT_TITLE, "My agency")
    win.close()
