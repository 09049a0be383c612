"""Clicking a job in the list opens it: the mouse, not code, picks the row.

Qt moves the current index before it updates the selection on a mouse press; the
list once decided what to show at the first of the two, saw no selected row and
showed nothing ("No job selected", and Export said to select a completed job).
Every test here presses the mouse on the table's viewport at the cell's centre.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_driving import (
    WAIT,
    click_cell,
    make_completed_jobs,
    open_window,
    proxy_index,
    wait_shown,
)
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QToolButton

from tailor_app.gui.job_model import COL_COMPANY, COL_TITLE, HEADERS, JobIdRole
from tailor_app.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def listed(qtbot: Any, tmp_path: Path) -> tuple[MainWindow, list[str]]:
    """A window whose list holds three COMPLETED jobs, none of them selected."""
    db_path = tmp_path / "tailor.db"
    _user, ids = make_completed_jobs(db_path, tmp_path)
    window = open_window(qtbot, db_path)
    window.resize(1600, 900)  # wide enough that no column is hidden
    qtbot.waitUntil(lambda: window.job_panel.proxy.rowCount() == len(ids), timeout=WAIT)
    assert window.result.heading.text() == "No job selected"
    return window, ids


def test_a_click_on_any_column_opens_that_job(listed: tuple[MainWindow, list[str]],
                                              qtbot: Any) -> None:
    window, ids = listed
    table = window.job_panel.table
    visible = [c for c in range(len(HEADERS)) if not table.isColumnHidden(c)]
    assert len(visible) == len(HEADERS)
    for step, column in enumerate(visible):
        job_id = ids[step % len(ids)]  # a different job than the one shown before
        click_cell(table, proxy_index(window, job_id, column))
        wait_shown(qtbot, window, job_id)
        assert window.result.result_view.toPlainText(), HEADERS[column]
        assert window.job_panel.selected_job_ids() == [job_id]
        qtbot.waitUntil(window.export_action.isEnabled, timeout=WAIT)


def test_a_click_after_sorting_by_a_header_opens_the_clicked_job(
        listed: tuple[MainWindow, list[str]], qtbot: Any) -> None:
    window, ids = listed
    table = window.job_panel.table
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(COL_COMPANY) + 10, 5))
    proxy = window.job_panel.proxy
    companies = [proxy.index(r, COL_COMPANY).data() for r in range(proxy.rowCount())]
    assert companies in (sorted(companies), sorted(companies, reverse=True))
    # The row on screen that reads "Mid Clinic", wherever sorting put it.
    row = companies.index("Mid Clinic")
    click_cell(table, proxy.index(row, COL_TITLE))
    wait_shown(qtbot, window, ids[2])
    assert "Mid Clinic" in window.result.heading.text()


def test_a_click_after_filtering_opens_the_job_left_in_view(
        listed: tuple[MainWindow, list[str]], qtbot: Any) -> None:
    window, ids = listed
    search = window.job_panel.search
    search.setFocus()
    QTest.keyClicks(search, "alpha")
    proxy = window.job_panel.proxy
    qtbot.waitUntil(lambda: proxy.rowCount() == 1, timeout=WAIT)
    click_cell(window.job_panel.table, proxy.index(0, COL_COMPANY))
    wait_shown(qtbot, window, ids[1])
    assert "Alpha Care" in window.result.heading.text()


def test_a_double_click_opens_the_job(listed: tuple[MainWindow, list[str]],
                                      qtbot: Any) -> None:
    window, ids = listed
    click_cell(window.job_panel.table, proxy_index(window, ids[0], COL_TITLE), double=True)
    wait_shown(qtbot, window, ids[0])
    click_cell(window.job_panel.table, proxy_index(window, ids[2], COL_COMPANY), double=True)
    wait_shown(qtbot, window, ids[2])


def test_clicking_the_same_row_again_after_ctrl_click_cleared_it(
        listed: tuple[MainWindow, list[str]], qtbot: Any) -> None:
    """The current row stays where it is: only the selection changes, and the pane
    must follow it both ways."""
    window, ids = listed
    table = window.job_panel.table
    index = proxy_index(window, ids[1], COL_TITLE)
    click_cell(table, index)
    wait_shown(qtbot, window, ids[1])
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, table.visualRect(index).center())
    qtbot.waitUntil(lambda: window.result.heading.text() == "No job selected", timeout=WAIT)
    assert not window.job_panel.selected_job_ids()
    click_cell(table, index)
    wait_shown(qtbot, window, ids[1])


def test_toolbar_export_saves_the_clicked_job(listed: tuple[MainWindow, list[str]],
                                              qtbot: Any, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    window, ids = listed
    click_cell(window.job_panel.table, proxy_index(window, ids[1], COL_COMPANY))
    wait_shown(qtbot, window, ids[1])
    target = tmp_path / "exported.txt"
    suggested: list[str] = []

    def save_dialog(_parent: Any, _caption: str, name: str, *_a: Any) -> tuple[str, str]:
        suggested.append(Path(name).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    button = window.findChild(QToolButton, "exportToolButton")
    qtbot.waitUntil(button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=WAIT)
    assert "Alpha" in suggested[0]  # the clicked job's company, not another's
    assert "Morgan" in target.read_text(encoding="utf-8")
    message = window.statusBar().currentMessage()
    assert "Select a completed job" not in message


def test_shift_click_selects_a_range_and_shows_the_clicked_row(
        listed: tuple[MainWindow, list[str]], qtbot: Any) -> None:
    window, _ids = listed
    table = window.job_panel.table
    proxy = window.job_panel.proxy
    first, last = proxy.index(0, COL_TITLE), proxy.index(2, COL_TITLE)
    click_cell(table, first)
    wait_shown(qtbot, window, str(first.data(JobIdRole)))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier, table.visualRect(last).center())
    assert len(window.job_panel.selected_job_ids()) == 3
    wait_shown(qtbot, window, str(last.data(JobIdRole)))
    qtbot.waitUntil(lambda: not window.export_action.isEnabled(), timeout=WAIT)
    assert window.delete_action.isEnabled()
