"""New resume from text… (issue 12, "Also"): pasted text becomes a resume exactly
like an imported .txt — same reading and parse, a row in the database, a private
.txt copy in the data folder — and a job can be tailored against it."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from factories import SAMPLE_RESUME_TEXT, make_text
from posting_samples import NURSE
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton
from test_gui_window import WAIT, open_window, resume_count, wait_status

from tailor_app import db, importer, job, paths
from tailor_app.gui.main_window import MainWindow
from tailor_app.gui.resume_from_text import DEFAULT_NAME, EMPTY_MESSAGE

# The offscreen platform says these of any window; they are not ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support raise")
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def user(tmp_path: Path) -> Iterator[str]:
    db.init_db(tmp_path / "tailor.db")
    try:
        yield db.get_or_create_local_user()
    finally:
        db.close_db()


def test_pasted_text_is_a_resume_like_an_imported_txt(user: str, tmp_path: Path) -> None:
    pasted = importer.import_resume_text(SAMPLE_RESUME_TEXT, user, display_name="Nurse CV")
    assert pasted["display_name"] == "Nurse CV"
    assert pasted["original_filename"] == "Nurse CV.txt"
    assert pasted["file_format"] == "txt" and not pasted["duplicate"]
    copy = Path(pasted["stored_path"])
    assert copy.parent == paths.resumes_dir() and copy.name == f"{pasted['id']}.txt"
    assert copy.read_text(encoding="utf-8") == SAMPLE_RESUME_TEXT
    if os.name == "posix":
        assert copy.stat().st_mode & 0o777 == 0o600
    # Nothing left behind but the copy: the temporary file and its folder are gone.
    assert not list(paths.data_dir().glob(".pasted-*"))

    # The same text imported as a .txt file reads and parses identically (the same
    # bytes, so it is recognised as the same resume).
    from_file = importer.import_resume(make_text(tmp_path / "cv.txt", SAMPLE_RESUME_TEXT),
                                       user)
    assert from_file["duplicate"] and from_file["id"] == pasted["id"]
    stored = importer.get_resume(pasted["id"])
    assert stored is not None and stored["parsed_text"] == SAMPLE_RESUME_TEXT
    assert json.dumps(stored["parsed"]) == json.dumps(from_file["parsed"])
    experience = [s for s in stored["parsed"]["sections"] if s["kind"] == "experience"]
    assert experience and experience[0]["entries"][0]["start"]["year"] == 2019


def test_names_are_safe_and_default(user: str) -> None:
    odd = importer.import_resume_text("Alex Morgan\nNurse, 2019 - Present\nCharting in Epic",
                                      user, display_name="  a/b:c*  ")
    assert odd["display_name"] == "a/b:c*"
    assert odd["original_filename"] == "a b c.txt"
    plain = importer.import_resume_text("Jordan Lee\nAccountant\nGAAP, month-end close",
                                        user, display_name="")
    assert plain["display_name"] == importer.PASTED_NAME


def test_empty_text_is_refused_and_nothing_is_written(user: str) -> None:
    with pytest.raises(ValueError, match="no text"):
        importer.import_resume_text(" \n\t\n", user, display_name="Empty")
    assert importer.list_resumes(user) == []
    assert not list(paths.data_dir().glob(".pasted-*"))


def dialog_closed(win: MainWindow) -> bool:
    """The dialog is closed (and, a moment later, deleted)."""
    dialog = win.findChild(QDialog, "resumeFromTextDialog")
    return dialog is None or not dialog.isVisible()


def open_dialog(qtbot: Any, win: MainWindow) -> QDialog:
    qtbot.mouseClick(win.findChild(QPushButton, "resumeFromTextButton"),
                     Qt.MouseButton.LeftButton)
    dialog = win.findChild(QDialog, "resumeFromTextDialog")
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=WAIT)
    dialog.activateWindow()  # what the window manager does for a new dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    return dialog


def test_paste_create_and_tailor_in_the_window(qtbot: Any, tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path / "tailor.db")
    try:
        # First run: the welcome page offers it too.
        assert win.findChild(QPushButton, "welcomeFromTextButton").isVisible()
        dialog = open_dialog(qtbot, win)
        create = dialog.findChild(QPushButton, "createResumeButton")
        error = dialog.findChild(QLabel, "resumeTextError")

        # Empty text: a clear message, the dialog stays, nothing is created.
        qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
        assert error.isVisible() and error.text() == EMPTY_MESSAGE
        assert dialog.isVisible() and resume_count(win) == 0

        name = dialog.findChild(QLineEdit, "resumeNameEdit")
        name.setFocus()
        qtbot.keyClicks(name, "Alex (pasted)")
        text = dialog.findChild(QPlainTextEdit, "resumeTextEdit")
        qtbot.keyClick(name, Qt.Key.Key_Tab)  # Tab walks from the name to the text box
        assert text.hasFocus()
        QGuiApplication.clipboard().setText(SAMPLE_RESUME_TEXT)
        qtbot.keyClick(text, Qt.Key.Key_V, CTRL)
        assert not error.isVisible()  # the message goes once there is text
        qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: resume_count(win) == 1, timeout=WAIT)
        qtbot.waitUntil(lambda: dialog_closed(win), timeout=WAIT)

        resume_id = win.resumes.current_id()
        assert win.resumes.resume_name(resume_id) == "Alex (pasted)"
        assert win.resumes.list.currentItem().text(1) == "TXT"
        qtbot.waitUntil(lambda: win.resumes.preview.toPlainText() == SAMPLE_RESUME_TEXT,
                        timeout=WAIT)

        # Tailor a job against it, as with any resume.
        QGuiApplication.clipboard().setText(NURSE)
        win.editor.text_edit.setFocus()
        qtbot.keyClick(win.editor.text_edit, Qt.Key.Key_V, CTRL)
        with qtbot.waitSignal(win.job_actions.jobCreated, timeout=WAIT) as created:
            qtbot.mouseClick(win.editor.tailor_button, Qt.MouseButton.LeftButton)
        job_id = str(created.args[0])
        wait_status(qtbot, win, job_id, "COMPLETED")
        done = job.get_job_by_id(job_id)
        assert done["resume_id"] == resume_id
        assert "Trained 12 new graduate nurses in charting with Epic" in \
            done["tailored_resume_text"]
        matched = {m["name"]: m["evidence"] for m in done["result"]["match_after"]["matched"]}
        assert matched["Epic"] == "Trained 12 new graduate nurses in charting with Epic"
    finally:
        win.close()


def test_a_second_dialog_is_not_opened_and_cancel_creates_nothing(qtbot: Any,
                                                                  tmp_path: Path) -> None:
    win = open_window(qtbot, tmp_path / "tailor.db")
    try:
        dialog = open_dialog(qtbot, win)
        assert dialog.findChild(QLineEdit, "resumeNameEdit").placeholderText() == DEFAULT_NAME
        win.resumes.new_from_text()  # e.g. the banner's button: the same dialog comes up
        assert len(win.findChildren(QDialog, "resumeFromTextDialog")) == 1
        qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "resumeTextEdit"), "Alex Morgan")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: dialog_closed(win), timeout=WAIT)
        assert resume_count(win) == 0
    finally:
        win.close()
