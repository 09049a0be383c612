"""The window as a user drives it: import, paste, tailor, retry, cancel, delete,
filter, sort, export, drafts, settings. Real database (a temp file per test), real
workflow and engine; waits are on state (qtbot.waitUntil), never on time."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from factories import SAMPLE_RESUME, make_docx, make_pdf, make_text
from gui_driving import WAIT, open_window
from posting_samples import NURSE, SOFTWARE
from PySide6.QtCore import QPoint, QRunnable, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
)

from tailor_app import db, job, startup
from tailor_app.gui.job_delegate import retry_button_rect
from tailor_app.gui.job_model import COL_COMPANY, COL_PROGRESS, COL_STATUS, BadgeRole, JobIdRole
from tailor_app.gui.main_window import MainWindow
from tailor_app.gui.settings import KEY_DRAFT_TEXT, app_settings
from tailor_app.gui.settings_dialog import SettingsDialog
from tailor_app.job_processor import process_job

# The offscreen platform says this when a main window is shown; it is not ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
OBJECT_NAMES = ("resumeList", "importResumeButton", "titleEdit", "companyEdit",
                "jobDescriptionEdit", "tailorButton", "jobTable", "retryButton", "resultView",
                "originalView", "matchReport", "exportButton")


class Blocker(QRunnable):
    """Occupies a pool thread until released, so queued jobs stay PENDING."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.started = threading.Event()

    def run(self) -> None:
        self.started.set()
        self.release.wait(WAIT / 1000)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tailor.db"


@pytest.fixture
def window(qtbot: Any, db_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, db_path)
    yield win
    win.close()


def resume_count(win: MainWindow) -> int:
    tree = win.findChild(QTreeWidget, "resumeList")
    return tree.topLevelItemCount()


def import_file(qtbot: Any, win: MainWindow, path: Path) -> None:
    before = resume_count(win)
    win.resumes.import_files([path])
    qtbot.waitUntil(lambda: resume_count(win) == before + 1, timeout=WAIT)


def tailor(qtbot: Any, win: MainWindow, posting: str, title: str = "") -> str:
    win.editor.title_edit.setText(title)
    win.findChild(QPlainTextEdit, "jobDescriptionEdit").setPlainText(posting)
    button = win.findChild(QPushButton, "tailorButton")
    assert button.isEnabled()
    before = set(win.model.job_ids())
    with qtbot.waitSignal(win.job_actions.jobCreated, timeout=WAIT) as created:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    new = set(win.model.job_ids()) - before
    assert new == {created.args[0]}
    return new.pop()


def wait_status(qtbot: Any, win: MainWindow, job_id: str, status: str) -> None:
    qtbot.waitUntil(lambda: (row := win.model.job(job_id)) is not None
                    and row.status == status, timeout=WAIT)


def status_text(win: MainWindow, job_id: str) -> str:
    return win.model.index(win.model.row_of(job_id), COL_STATUS).data()


def test_stable_object_names_and_first_run_state(window: MainWindow, qtbot: Any) -> None:
    for name in OBJECT_NAMES:
        assert window.findChild(object, name) is not None, name
    assert window.resumes.stack.currentIndex() == 0  # the welcome page
    assert not window.findChild(QPushButton, "tailorButton").isEnabled()
    sample = window.findChild(QPushButton, "sampleButton")
    qtbot.mouseClick(sample, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: resume_count(window) == 1, timeout=WAIT)
    assert window.resumes.stack.currentIndex() == 1
    qtbot.waitUntil(lambda: "Jordan Avery" in window.resumes.preview.toPlainText(),
                    timeout=WAIT)


def test_import_real_files_and_a_bad_one(window: MainWindow, qtbot: Any,
                                         tmp_path: Path) -> None:
    import_file(qtbot, window, make_docx(tmp_path / "alex.docx"))
    import_file(qtbot, window, make_pdf(tmp_path / "alex-morgan.pdf", SAMPLE_RESUME))
    tree = window.findChild(QTreeWidget, "resumeList")
    types = sorted(tree.topLevelItem(i).text(1) for i in range(2))
    assert types == ["DOCX", "PDF"]
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\nthis is not really a pdf\n")
    window.resumes.import_files([bad])
    banner = window.findChild(QLabel, "importError")
    qtbot.waitUntil(banner.isVisible, timeout=WAIT)
    assert banner.text().startswith("broken.pdf was not imported:")
    assert len(banner.text()) > len("broken.pdf was not imported: ") + 10
    assert resume_count(window) == 2  # nothing added
    qtbot.mouseClick(window.findChild(QToolButton, "dismissImportError"),
                     Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_paste_and_tailor_until_completed_with_report(window: MainWindow, qtbot: Any,
                                                      tmp_path: Path) -> None:
    import_file(qtbot, window, make_docx(tmp_path / "nurse.docx"))
    job_id = tailor(qtbot, window, NURSE)
    wait_status(qtbot, window, job_id, "COMPLETED")
    assert status_text(window, job_id) == "COMPLETED"
    # The editor is ready for the next posting; the resume stays chosen.
    assert window.editor.posting() == "" and window.resumes.current_id() is not None
    qtbot.waitUntil(lambda: window.result.job_id() == job_id
                    and window.findChild(QPlainTextEdit, "resultView").toPlainText() != "",
                    timeout=WAIT)
    tailored = window.findChild(QPlainTextEdit, "resultView").toPlainText()
    assert "Alex Morgan" in tailored or "Morgan" in tailored
    assert window.findChild(QPlainTextEdit, "originalView").toPlainText()
    report_view = window.findChild(QTextBrowser, "matchReport")
    window.result.tabs.setCurrentWidget(report_view)  # the user opens the Match report
    report = report_view.toPlainText()
    assert "Match score" in report and "Required but not in your resume" in report
    row = window.model.job(job_id)
    assert row is not None and row.score_after is not None
    window.result.copy()
    assert QApplication.clipboard().text() == tailored


@pytest.mark.allow_log("tailor_app.job_processor", "failed while tailoring")
def test_a_job_that_fails_then_succeeds_after_retry(window: MainWindow, qtbot: Any,
                                                    tmp_path: Path) -> None:
    import_file(qtbot, window, make_text(tmp_path / "cv.txt", "\n".join(
        line if isinstance(line, str) else "  ".join(line) for line in SAMPLE_RESUME)))
    resume = db.Resume.get()
    kept = tmp_path / "kept-copy.txt"
    shutil.copy(resume.stored_path, kept)
    # Truthful failure: the private copy is gone and nothing was kept in the database.
    Path(resume.stored_path).unlink()
    with db.connection_context():
        db.Resume.update(parsed_text=None, document_json=None).execute()
    job_id = tailor(qtbot, window, NURSE)
    wait_status(qtbot, window, job_id, "FAILED")
    index = window.model.index(window.model.row_of(job_id), COL_STATUS)
    assert index.data(Qt.ItemDataRole.ToolTipRole)  # the failure's message
    window.job_panel.select_job(job_id)
    qtbot.waitUntil(lambda: "failed" in window.result.banner_text.text(), timeout=WAIT)
    assert window.result.banner.isVisible() and window.result.banner_retry.isVisible()

    shutil.copy(kept, resume.stored_path)  # the user puts the file back
    retry = window.findChild(QToolButton, "retryButton")
    qtbot.waitUntil(retry.isEnabled, timeout=WAIT)  # actions follow row changes in 50 ms
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    wait_status(qtbot, window, job_id, "COMPLETED")
    assert job.get_job_by_id(job_id)["attempts"] == 2


def test_retry_button_painted_on_the_failed_row(window: MainWindow, qtbot: Any,
                                                tmp_path: Path) -> None:
    import_file(qtbot, window, make_docx(tmp_path / "nurse.docx"))
    block = Blocker()
    window.job_pool.setMaxThreadCount(1)
    window.job_pool.start(block)
    job_id = tailor(qtbot, window, NURSE)
    window.job_actions.cancel([job_id])
    block.release.set()
    wait_status(qtbot, window, job_id, "FAILED")
    table = window.job_panel.table
    proxy_index = window.job_panel.proxy.mapFromSource(
        window.model.index(window.model.row_of(job_id), COL_PROGRESS))
    table.scrollTo(proxy_index)
    rect = table.visualRect(proxy_index)
    centre = retry_button_rect(rect, table.font()).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    wait_status(qtbot, window, job_id, "COMPLETED")


def test_cancel_a_waiting_job(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    import_file(qtbot, window, make_docx(tmp_path / "nurse.docx"))
    block = Blocker()
    window.job_pool.setMaxThreadCount(1)
    window.job_pool.start(block)
    job_id = tailor(qtbot, window, NURSE)
    assert window.model.job(job_id).status == "PENDING"
    window.job_panel.select_job(job_id)
    assert window.cancel_action.isEnabled()
    window.cancel_action.trigger()
    qtbot.waitUntil(lambda: window.model.index(window.model.row_of(job_id), COL_STATUS)
                    .data(BadgeRole) == "CANCELLED", timeout=WAIT)
    block.release.set()
    qtbot.waitUntil(lambda: window.job_pool.activeThreadCount() == 0, timeout=WAIT)
    assert job.get_job_by_id(job_id)["status"] == "FAILED"  # the worker never ran it


def test_delete_asks_first(window: MainWindow, qtbot: Any, tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    import_file(qtbot, window, make_docx(tmp_path / "nurse.docx"))
    job_id = tailor(qtbot, window, NURSE)
    wait_status(qtbot, window, job_id, "COMPLETED")
    window.job_panel.select_job(job_id)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    window.delete_action.trigger()
    assert window.model.job(job_id) is not None and job.get_job_by_id(job_id) is not None
    window.delete_action.trigger()
    qtbot.waitUntil(lambda: window.model.job(job_id) is None, timeout=WAIT)
    assert job.get_job_by_id(job_id) is None


def test_filter_and_sort(qtbot: Any, db_path: Path, tmp_path: Path) -> None:
    user = startup.open_app_database(db_path)
    from tailor_app.importer import import_resume

    resume = import_resume(make_docx(tmp_path / "nurse.docx"), user)
    for company in ("Zeta Health", "Alpha Care", "Mid Clinic"):
        process_job(user, resume["id"], NURSE, "Registered Nurse", company)
    waiting = process_job(user, resume["id"], SOFTWARE, "Engineer", "Beta Soft",
                          process_immediately=False)
    job.cancel_job(waiting["id"])
    win = open_window(qtbot, db_path)
    proxy = win.job_panel.proxy
    assert proxy.rowCount() == 4
    win.job_panel.status_filter.setCurrentText("Failed")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data(JobIdRole) == waiting["id"]
    win.job_panel.status_filter.setCurrentText("All jobs")
    win.job_panel.search.setText("alpha")
    assert proxy.rowCount() == 1 and proxy.index(0, COL_COMPANY).data() == "Alpha Care"
    win.job_panel.search.clear()
    header = win.job_panel.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(COL_COMPANY) + 10, 5))
    companies = [proxy.index(r, COL_COMPANY).data() for r in range(proxy.rowCount())]
    assert companies in (sorted(companies), sorted(companies, reverse=True))
    assert companies[0] in ("Alpha Care", "Zeta Health")
    win.close()


def test_export_each_format_and_read_it_back(window: MainWindow, qtbot: Any, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("tailor_app.export")
    import_file(qtbot, window, make_docx(tmp_path / "nurse.docx"))
    job_id = tailor(qtbot, window, NURSE, title="Registered Nurse")
    wait_status(qtbot, window, job_id, "COMPLETED")
    window.job_panel.select_job(job_id)
    button = window.findChild(QPushButton, "exportButton")
    qtbot.waitUntil(button.isEnabled, timeout=WAIT)
    out = tmp_path / "out"
    out.mkdir()
    seen_names: list[str] = []
    for fmt in ("txt", "md", "docx", "pdf"):
        target = out / f"tailored.{fmt}"

        def save_dialog(_parent: Any, _caption: str, suggested: str, *_a: Any,
                        _target: Path = target) -> tuple[str, str]:
            seen_names.append(Path(suggested).name)
            return str(_target), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda t=target: t.exists() and t.stat().st_size > 0, timeout=WAIT)
    assert "Registered" in seen_names[0] or "Nurse" in seen_names[0]
    assert "Morgan" in (out / "tailored.txt").read_text(encoding="utf-8")
    assert "Morgan" in (out / "tailored.md").read_text(encoding="utf-8")
    from docx import Document

    text = "\n".join(p.text for p in Document(str(out / "tailored.docx")).paragraphs)
    assert "Morgan" in text
    from pypdf import PdfReader

    assert "Morgan" in PdfReader(str(out / "tailored.pdf")).pages[0].extract_text()
    # The next save dialog starts in the folder used last.
    assert str(out) in str(app_settings().value("export/last_dir"))


def test_draft_restored_after_the_window_is_rebuilt(qtbot: Any, db_path: Path) -> None:
    first = open_window(qtbot, db_path)
    qtbot.keyClicks(first.editor.title_edit, "Night Nurse")
    first.editor.text_edit.setPlainText(NURSE)
    # Saved as typed (debounced), not only on a clean close: the "crash" case.
    qtbot.waitUntil(lambda: app_settings().value(KEY_DRAFT_TEXT) == NURSE, timeout=WAIT)
    second = open_window(qtbot, db_path)
    assert second.editor.title_edit.text() == "Night Nurse"
    assert second.editor.posting() == NURSE
    for win in (first, second):
        win.close()


def test_settings_and_layout_persist(qtbot: Any, db_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    first = open_window(qtbot, db_path)
    dialog = SettingsDialog(first)
    qtbot.addWidget(dialog)
    dialog.workers.setValue(3)
    dialog.accept()
    first.resize(700, 500)  # the offscreen screen is small: stay inside it
    first.main_split.setSizes([300, 400])
    split = first.main_split.sizes()
    first.job_panel.table.setColumnWidth(COL_COMPANY, 201)
    first.close()
    second = open_window(qtbot, db_path)
    assert second.job_pool.maxThreadCount() == 3
    assert (second.width(), second.height()) == (700, 500)
    assert second.main_split.sizes() == split
    assert second.job_panel.table.columnWidth(COL_COMPANY) == 201
    second.close()


def test_the_window_leaves_the_screen_before_its_work_is_waited_for(
        qtbot: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing waits for the window's quick tasks (at start, the engine still loading:
    a second or more); the user sees the window gone, not frozen, meanwhile."""
    win = open_window(qtbot, db_path)
    seen: list[bool] = []
    wait = win.task_pool.waitForDone

    def record_then_wait(*args: Any) -> bool:
        seen.append(win.isVisible())
        return wait(*args)

    monkeypatch.setattr(win.task_pool, "waitForDone", record_then_wait)
    QTest.keyClick(win, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert seen == [False]
    assert not win.isVisible()


def test_pending_jobs_continue_at_the_next_start(qtbot: Any, db_path: Path,
                                                 tmp_path: Path) -> None:
    user = startup.open_app_database(db_path)
    from tailor_app.importer import import_resume

    resume = import_resume(make_docx(tmp_path / "nurse.docx"), user)
    left = process_job(user, resume["id"], NURSE, process_immediately=False)
    win = open_window(qtbot, db_path)
    wait_status(qtbot, win, left["id"], "COMPLETED")
    win.close()


def test_closing_while_jobs_run_asks(qtbot: Any, db_path: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    win = open_window(qtbot, db_path)
    import_file(qtbot, win, make_docx(tmp_path / "nurse.docx"))
    block = Blocker()
    win.job_pool.setMaxThreadCount(1)
    win.job_pool.start(block)
    job_id = tailor(qtbot, win, NURSE)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    win.closing_confirmed = False  # behave as the app does
    win.close()
    assert win.isVisible()  # the user said No
    original_clear = win.job_pool.clear

    def clear_then_release() -> None:  # the queue is emptied before the blocker ends
        original_clear()
        block.release.set()

    monkeypatch.setattr(win.job_pool, "clear", clear_then_release)
    win.close()
    assert not win.isVisible()
    assert job.get_job_by_id(job_id)["status"] == "PENDING"  # continues next start


def test_best_fit_picks_the_matching_resume(window: MainWindow, qtbot: Any,
                                            tmp_path: Path) -> None:
    import_file(qtbot, window, make_docx(tmp_path / "nurse.docx"))
    window.resumes.import_sample()  # a data analyst
    qtbot.waitUntil(lambda: resume_count(window) == 2, timeout=WAIT)
    window.editor.text_edit.setPlainText(NURSE)
    qtbot.waitUntil(lambda: "Best fit" in window.resumes.best_fit_label.text(), timeout=WAIT)
    assert "nurse" in window.resumes.best_fit_label.text()
    # The posting names its title: it is filled in because the field was empty.
    assert "Registered Nurse" in window.editor.title()
    # A link is not a posting: no fit score and no guessed title for it.
    window.editor.text_edit.setPlainText("https://jobs.example.com/posting/12345")
    qtbot.waitUntil(lambda: window.resumes.best_fit_label.text() == "", timeout=WAIT)
    assert window.editor.title() == ""


def test_duplicate_into_editor(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    import_file(qtbot, window, make_docx(tmp_path / "nurse.docx"))
    job_id = tailor(qtbot, window, NURSE, title="RN nights")
    window.job_panel.select_job(job_id)
    window.duplicate_action.trigger()
    assert window.editor.posting() == NURSE and window.editor.title() == "RN nights"
    wait_status(qtbot, window, job_id, "COMPLETED")


def test_tailor_needs_a_resume_and_a_posting_and_shows_validation(window: MainWindow,
                                                                  qtbot: Any,
                                                                  tmp_path: Path) -> None:
    button = window.findChild(QPushButton, "tailorButton")
    window.editor.text_edit.setPlainText(NURSE)
    assert not button.isEnabled()  # no resume yet
    import_file(qtbot, window, make_docx(tmp_path / "nurse.docx"))
    assert button.isEnabled()
    window.editor.text_edit.setPlainText("   \n")
    assert not button.isEnabled()  # blank posting
    window.editor.text_edit.setPlainText((NURSE + "\n\n") * (100_001 // len(NURSE) + 1))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    error = window.findChild(QLabel, "postingError")
    qtbot.waitUntil(error.isVisible, timeout=WAIT)
    assert "limit" in error.text()
    assert window.model.rowCount() == 0  # the refused request made no job
    # Ctrl+Return tailors, like the button.
    window.editor.text_edit.setPlainText(NURSE)
    assert not error.isVisible()
    with qtbot.waitSignal(window.job_actions.jobCreated, timeout=WAIT):
        qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    assert window.model.rowCount() == 1
    job_id = window.model.job_ids()[0]
    wait_status(qtbot, window, job_id, "COMPLETED")
    # A finished job is announced (status bar here: no tray in the offscreen platform).
    qtbot.waitUntil(lambda: "is tailored" in window.statusBar().currentMessage(),
                    timeout=WAIT)


def test_title_guess_follows_the_posting_not_the_last_one(window: MainWindow, qtbot: Any,
                                                          tmp_path: Path) -> None:
    import_file(qtbot, window, make_docx(tmp_path / "nurse.docx"))
    window.editor.text_edit.setPlainText(NURSE)
    qtbot.waitUntil(lambda: "Registered Nurse" in window.editor.title(), timeout=WAIT)
    window.editor.text_edit.setPlainText(
        "Staff Accountant\n\nRequirements:\n- GAAP and month-end close\n- Excel\n")
    qtbot.waitUntil(lambda: window.editor.title() == "Staff Accountant", timeout=WAIT)
    window.editor.text_edit.setPlainText("")
    qtbot.waitUntil(lambda: window.editor.title() == "", timeout=WAIT)
    # A title the user typed is theirs: a new posting never replaces it.
    window.editor.title_edit.setText("Night shift RN")
    window.editor.text_edit.setPlainText(NURSE)
    qtbot.wait_until(lambda: "Fit" in window.resumes.best_fit_label.text(), timeout=WAIT)
    assert window.editor.title() == "Night shift RN"
