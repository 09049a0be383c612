"""Length and Put back, with the mouse: choose 1 page, see what was left out in What
changed, put one line back, and export a PDF that holds one page."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from gui_driving import WAIT, click_cell, open_window, proxy_index, wait_shown
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QTextBrowser, QToolButton
from test_export_fit import LONG
from test_fit import POSTING

from tailor_app import startup
from tailor_app.db import Status
from tailor_app.gui.job_model import COL_TITLE
from tailor_app.gui.main_window import MainWindow
from tailor_app.gui.result_pane import TAB_CHANGES

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = os.environ.get("TAILOR_SHOTS")  # a folder to save screenshots in, when set


def _anchor_point(view: QTextBrowser, href: str) -> QPoint:
    """Where a person clicks a link of the browser: the middle of its text, in the
    viewport's coordinates (the document's cursor for the anchor, its rectangle)."""
    doc: QTextDocument = view.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = view.textCursor()
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                return view.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href} in the view")


def _save(widget: Any, name: str) -> None:
    if SHOTS:
        QApplication.sendPostedEvents()  # a hidden banner's space is laid out again first
        QApplication.processEvents()
        widget.grab().save(str(Path(SHOTS) / name))


@pytest.fixture
def window_with_long_job(qtbot: Any, tmp_path: Path) -> tuple[MainWindow, str]:
    """A two-page resume tailored (keeping everything) before the window opens."""
    from tailor_app.importer import import_resume
    from tailor_app.job_processor import process_job

    db_path = tmp_path / "tailor.db"
    user = startup.open_app_database(db_path)
    source = tmp_path / "jordan.txt"
    source.write_text(LONG, encoding="utf-8")
    resume = import_resume(source, user)
    job_id = str(process_job(user, resume["id"], POSTING, "Warehouse Operations Manager",
                             "Bayside")["id"])
    window = open_window(qtbot, db_path)
    window.resize(1500, 950)
    qtbot.waitUntil(lambda: window.job_panel.proxy.rowCount() == 1, timeout=WAIT)
    return window, job_id


def _completed_with(window: MainWindow, job_id: str, pages: int | None) -> bool:
    shown = window.result.job()
    return bool(shown and shown.get("id") == job_id
                and shown.get("status") == Status.COMPLETED
                and (shown.get("result") or {}).get("pages") == pages)


def test_one_page_put_back_and_export(window_with_long_job: tuple[MainWindow, str],
                                      qtbot: Any, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window, job_id = window_with_long_job
    click_cell(window.job_panel.table, proxy_index(window, job_id, COL_TITLE))
    wait_shown(qtbot, window, job_id)
    pane = window.result
    full_text = pane.result_view.toPlainText()
    assert "Camp Counselor" in full_text

    one_page = pane.findChild(QToolButton, "length1Button")
    qtbot.waitUntil(one_page.isEnabled, timeout=WAIT)
    QTest.mouseClick(one_page, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _completed_with(window, job_id, 1), timeout=WAIT * 2)
    qtbot.waitUntil(lambda: pane.result_view.toPlainText() != full_text, timeout=WAIT)
    assert one_page.isChecked() and pane.length.isEnabled()
    left = pane.job()["result"]["left_out"]
    assert left and all(line in full_text for line in left)
    fitted_text = pane.result_view.toPlainText()
    assert left[0] not in fitted_text

    tabs = pane.tabs.tabBar()
    QTest.mouseClick(tabs, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     tabs.tabRect(TAB_CHANGES).center())
    qtbot.waitUntil(lambda: "Left out to fit 1 page" in pane.compare_view.toPlainText(),
                    timeout=WAIT)
    listed = " ".join(pane.compare_view.toPlainText().split())  # HTML joins spaces
    assert all(" ".join(line.split()) in listed for line in left)
    _save(window, "issue12-fit-left-out.png")
    _save(pane, "issue12-fit-pane.png")

    back = left[0]
    QTest.mouseClick(pane.compare_view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, _anchor_point(pane.compare_view,
                                                                   "putback:0"))
    qtbot.waitUntil(lambda: _completed_with(window, job_id, 1)
                    and back not in pane.job()["result"]["left_out"], timeout=WAIT * 2)
    assert back in pane.job()["kept_lines"]
    qtbot.waitUntil(lambda: back not in pane.compare_view.toPlainText()
                    or "Left out" in pane.compare_view.toPlainText(), timeout=WAIT)
    QTest.mouseClick(tabs, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     tabs.tabRect(0).center())
    qtbot.waitUntil(lambda: back in pane.result_view.toPlainText(), timeout=WAIT)

    target = tmp_path / "jordan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), "PDF document (*.pdf)"))
    QTest.mouseClick(pane.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0, timeout=WAIT)
    pages = PdfReader(target).pages
    assert len(pages) == 1
    assert " ".join(back.split())[:40] in " ".join((pages[0].extract_text() or "").split())


def test_keep_everything_brings_every_line_back(window_with_long_job: tuple[MainWindow, str],
                                                qtbot: Any) -> None:
    window, job_id = window_with_long_job
    click_cell(window.job_panel.table, proxy_index(window, job_id, COL_TITLE))
    wait_shown(qtbot, window, job_id)
    pane = window.result
    full_text = pane.result_view.toPlainText()
    two = pane.findChild(QToolButton, "length2Button")
    qtbot.waitUntil(two.isEnabled, timeout=WAIT)
    QTest.mouseClick(two, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _completed_with(window, job_id, 2), timeout=WAIT * 2)
    everything = pane.findChild(QToolButton, "lengthAllButton")
    qtbot.waitUntil(everything.isEnabled, timeout=WAIT)
    _save(window, "issue12-fit-length.png")
    QTest.mouseClick(everything, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _completed_with(window, job_id, None), timeout=WAIT * 2)
    qtbot.waitUntil(lambda: pane.result_view.toPlainText() == full_text, timeout=WAIT)
    assert pane.job()["result"]["left_out"] == []
