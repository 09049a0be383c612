"""Driving the window as a person does, for the GUI tests: open it on a database with
jobs already in it, click a row with the mouse, and wait on what the user would see.

A click goes to the table's viewport at the centre of the cell's visual rectangle
(never ``selectionModel().select`` in code): Qt moves the current index before it
updates the selection on a mouse press, and code that selects rows skips that order.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from factories import make_docx
from posting_samples import NURSE
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView

from tailor_app import startup
from tailor_app.gui import create_main_window
from tailor_app.gui.main_window import MainWindow

WAIT = 15_000
COMPANIES = ("Zeta Health", "Alpha Care", "Mid Clinic")


class HeldJob:
    """Stands in for the job function as the real one behaves while the engine's child
    works: reports "tailoring" once, then holds until released or cancelled (a job that
    is running while the test acts)."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def __call__(self, job_id: str, progress: Callable[[str, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> dict[str, Any]:
        assert progress is not None and cancelled is not None
        progress("tailoring", 10)
        while not self.release.wait(0.02):
            if cancelled():
                break
        return {"id": job_id, "status": "FAILED", "error_message": "Cancelled by you."}


def open_window(qtbot: Any, db_path: Path) -> MainWindow:
    """The window on ``db_path``, shown, its job list loaded."""
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    window.closing_confirmed = True  # pytest-qt's teardown closes it: never ask then
    window.show()
    qtbot.waitUntil(lambda: window.job_actions.loaded, timeout=WAIT)
    return window


def make_completed_jobs(db_path: Path, tmp_path: Path,
                        companies: tuple[str, ...] = COMPANIES) -> tuple[str, list[str]]:
    """A resume and one COMPLETED nurse job per company, made before the window opens.
    Returns (user id, job ids in the order of ``companies``)."""
    from tailor_app.importer import import_resume
    from tailor_app.job_processor import process_job

    user = startup.open_app_database(db_path)
    resume = import_resume(make_docx(tmp_path / "nurse.docx"), user)
    ids = [str(process_job(user, resume["id"], NURSE, "Registered Nurse", company)["id"])
           for company in companies]
    return user, ids


def proxy_index(window: MainWindow, job_id: str, column: int) -> QModelIndex:
    """The view's index of a job's cell (through the filter proxy)."""
    row = window.model.row_of(job_id)
    assert row is not None, job_id
    return window.job_panel.proxy.mapFromSource(window.model.index(row, column))


def click_cell(table: QTableView, index: QModelIndex, *, double: bool = False) -> None:
    """One press and release (or a double click) at the centre of the cell."""
    assert index.isValid()
    table.scrollTo(index)
    centre = table.visualRect(index).center()
    if double:
        QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier, centre)
    else:
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, centre)


def wait_shown(qtbot: Any, window: MainWindow, job_id: str) -> None:
    """Until the result pane shows that job, read in full (its heading and text)."""
    qtbot.waitUntil(lambda: window.result.job_id() == job_id
                    and window.result.heading.text() != "No job selected", timeout=WAIT)
