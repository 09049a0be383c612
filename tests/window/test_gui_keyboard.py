"""The window by keyboard alone: Tab reaches every control and leaves the job list,
Space presses what Tab reached, and every menu item shows the key that runs it.

The job table once kept Tab for itself (cell by cell, forever), so Copy, Export and
the result tabs could not be reached; the Job menu's Tailor showed no key though
Ctrl+Return tailors.
"""

from __future__ import annotations

from collections import Counter
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
from posting_samples import NURSE
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QTabBar, QWidget

from tailor_app import job
from tailor_app.gui.job_model import COL_TITLE, JobIdRole
from tailor_app.gui.main_window import MainWindow
from tailor_app.gui.result_pane import TAB_CHANGES, TAB_REPORT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.fixture
def shown(qtbot: Any, tmp_path: Path) -> tuple[MainWindow, list[str]]:
    """A window with three completed jobs, the first one clicked open, focus in it."""
    db_path = tmp_path / "tailor.db"
    _user, ids = make_completed_jobs(db_path, tmp_path)
    window = open_window(qtbot, db_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.waitUntil(lambda: window.job_panel.proxy.rowCount() == len(ids), timeout=WAIT)
    click_cell(window.job_panel.table, proxy_index(window, ids[0], COL_TITLE))
    wait_shown(qtbot, window, ids[0])
    return window, ids


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_chain(qtbot: Any, start: QWidget, limit: int = 60) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes back to it (one lap)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=WAIT)
    lap = [start]
    for _ in range(limit):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        if focused() is start:
            return lap
        lap.append(focused())
    names = [w.objectName() or type(w).__name__ for w in lap[-12:]]
    raise AssertionError(f"Tab never came back to {start.objectName()}: ... {names}")


def name_of(widget: QWidget, window: MainWindow) -> str:
    if isinstance(widget, QTabBar) and widget.parent() is window.result.tabs:
        return "resultTabBar"
    return widget.objectName()


def test_tab_reaches_every_control_once_and_leaves_the_job_table(
        shown: tuple[MainWindow, list[str]], qtbot: Any) -> None:
    window, _ids = shown
    window.editor.text_edit.setPlainText(NURSE)  # Tailor can be pressed
    qtbot.waitUntil(window.editor.tailor_button.isEnabled, timeout=WAIT)
    lap = [name_of(w, window) for w in tab_chain(qtbot, window.editor.text_edit)]
    for name in ("jobDescriptionEdit", "tailorButton", "statusFilter", "jobSearch",
                 "jobTable", "copyButton", "exportButton", "resultTabBar", "resultView",
                 "resumeList", "titleEdit", "companyEdit"):
        assert name in lap, (name, lap)
    assert Counter(lap)["jobTable"] == 1  # one stop, not one per cell
    # From the list, Tab goes on to the result of the job selected in it.
    assert lap[lap.index("jobTable") + 1] == "copyButton"
    assert lap.index("tailorButton") == lap.index("jobDescriptionEdit") + 1


def test_tab_out_of_the_table_even_with_nothing_to_copy(
        shown: tuple[MainWindow, list[str]], qtbot: Any) -> None:
    window, _ids = shown
    table = window.job_panel.table
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier,
                     table.visualRect(table.currentIndex()).center())  # unselect it
    qtbot.waitUntil(lambda: window.result.heading.text() == "No job selected", timeout=WAIT)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus, timeout=WAIT)
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert name_of(focused(), window) == "resultTabBar"  # Copy and Export are off
    QTest.keyClick(focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is table


def test_arrow_keys_in_the_table_open_the_next_job(shown: tuple[MainWindow, list[str]],
                                                   qtbot: Any) -> None:
    window, _ids = shown
    table = window.job_panel.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=WAIT)
    row = table.currentIndex().row()
    down = row + 1 < window.job_panel.proxy.rowCount()
    neighbour = window.job_panel.proxy.index(row + 1 if down else row - 1, COL_TITLE)
    QTest.keyClick(table, Qt.Key.Key_Down if down else Qt.Key.Key_Up)
    wait_shown(qtbot, window, str(neighbour.data(JobIdRole)))


def test_copy_and_export_reached_by_tab_and_pressed_with_space(
        shown: tuple[MainWindow, list[str]], qtbot: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, _ids = shown
    lap = tab_chain(qtbot, window.job_panel.table)
    copy = next(w for w in lap if w.objectName() == "copyButton")
    export = next(w for w in lap if w.objectName() == "exportButton")
    QApplication.clipboard().clear()
    copy.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(copy, Qt.Key.Key_Space)
    assert "Morgan" in QApplication.clipboard().text()
    target = tmp_path / "by-keyboard.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), ""))
    export.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(export, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=WAIT)
    assert "Morgan" in target.read_text(encoding="utf-8")


def test_result_tabs_switch_with_the_arrow_keys(shown: tuple[MainWindow, list[str]],
                                                qtbot: Any) -> None:
    window, _ids = shown
    bar = next(w for w in tab_chain(qtbot, window.job_panel.table)
               if name_of(w, window) == "resultTabBar")
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(bar, Qt.Key.Key_Right)
    assert window.result.tabs.currentIndex() == TAB_CHANGES
    qtbot.waitUntil(lambda: window.result.compare_view.toPlainText() != "", timeout=WAIT)
    QTest.keyClick(bar, Qt.Key.Key_Right)
    assert window.result.tabs.currentIndex() == TAB_REPORT
    assert "Match score" in window.result.match_report.toPlainText()
    QTest.keyClick(bar, Qt.Key.Key_Tab)  # into the report itself, to scroll or select
    assert focused() is window.result.match_report


def test_banner_retry_reached_by_tab(qtbot: Any, tmp_path: Path) -> None:
    from tailor_app.job_processor import process_job

    db_path = tmp_path / "tailor.db"
    user, _ids = make_completed_jobs(db_path, tmp_path, companies=("Done Co",))
    resume_id = job.get_job_by_id(_ids[0])["resume_id"]
    waiting = process_job(user, resume_id, NURSE, "Night Nurse", "Stopped Co",
                          process_immediately=False)
    job.cancel_job(waiting["id"])
    window = open_window(qtbot, db_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.model.job(waiting["id"]) is not None, timeout=WAIT)
    click_cell(window.job_panel.table, proxy_index(window, waiting["id"], COL_TITLE))
    qtbot.waitUntil(lambda: window.result.banner_retry.isVisible(), timeout=WAIT)
    lap = [w.objectName() for w in tab_chain(qtbot, window.job_panel.table)]
    assert "bannerRetryButton" in lap and "copyButton" not in lap  # nothing to copy
    window.result.banner_retry.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(window.result.banner_retry, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.model.job(waiting["id"]).status == "COMPLETED",
                    timeout=WAIT)


def menu_items(window: MainWindow) -> list[tuple[str, QAction]]:
    return [(menu_action.text(), action) for menu_action in window.menuBar().actions()
            for action in menu_action.menu().actions() if not action.isSeparator()]


def shown_key(action: QAction) -> str:
    """The key a menu item shows: its shortcut, or the text after a tab."""
    keys = action.shortcut().toString(NATIVE)
    return keys or action.text().partition("\t")[2]


def test_menu_items_show_their_keys_and_no_key_is_taken_twice(
        shown: tuple[MainWindow, list[str]]) -> None:
    window, _ids = shown
    items = {action.text().partition("\t")[0].replace("&", ""): shown_key(action)
             for _menu, action in menu_items(window)}
    ctrl = QKeySequence("Ctrl+Return").toString(NATIVE)
    assert items["Tailor"] == ctrl
    for name, key in (("Export…", "Ctrl+E"), ("Retry", "Ctrl+R"),
                      ("Duplicate into editor", "Ctrl+D"),
                      ("Copy tailored text", "Ctrl+Shift+C"), ("Quit", "Ctrl+Q")):
        assert items[name] == QKeySequence(key).toString(NATIVE), name
    # Two owners of one key make it ambiguous: then neither fires.
    keys = [key.toString() for action in window.findChildren(QAction)
            for key in action.shortcuts()]
    keys += [shortcut.key().toString() for shortcut in window.findChildren(QShortcut)]
    taken = [key for key, count in Counter(keys).items() if count > 1 and key]
    assert taken == []
    # Alt+letter: each menu's letters and the menu bar's letters are unique.
    def letters(texts: list[str]) -> list[str]:
        return [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    menus = [a.text() for a in window.menuBar().actions()]
    assert len(set(letters(menus))) == len(menus)
    for menu_action in window.menuBar().actions():
        mine = letters([a.text() for a in menu_action.menu().actions()
                        if not a.isSeparator()])
        assert len(mine) == len(set(mine)), menu_action.text()


def test_ctrl_return_tailors_from_anywhere_in_the_window(
        shown: tuple[MainWindow, list[str]], qtbot: Any) -> None:
    window, ids = shown
    assert not window.tailor_action.isEnabled()  # no posting yet: nothing to tailor
    window.editor.text_edit.setFocus()
    window.editor.text_edit.setPlainText(NURSE)
    qtbot.waitUntil(window.tailor_action.isEnabled, timeout=WAIT)
    window.job_panel.table.setFocus()  # the key works away from the editor too
    qtbot.waitUntil(window.job_panel.table.hasFocus, timeout=WAIT)
    with qtbot.waitSignal(window.job_actions.jobCreated, timeout=WAIT) as created:
        QTest.keyClick(window.job_panel.table, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    assert created.args[0] not in ids


@pytest.mark.allow_log("tailor_app.job_processor", "failed while tailoring")
def test_job_shortcuts_act_on_the_selected_job(shown: tuple[MainWindow, list[str]],
                                               qtbot: Any, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    window, ids = shown
    table = window.job_panel.table
    click_cell(table, proxy_index(window, ids[1], COL_TITLE))
    wait_shown(qtbot, window, ids[1])
    qtbot.waitUntil(window.copy_action.isEnabled, timeout=WAIT)
    QApplication.clipboard().clear()
    QTest.keyClick(table, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Morgan" in QApplication.clipboard().text()
    target = tmp_path / "by-ctrl-e.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    QTest.keyClick(table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=WAIT)
    QTest.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.company() == "Alpha Care"
    assert window.editor.posting().strip() == NURSE.strip()
