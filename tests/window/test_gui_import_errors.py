"""Import errors as a person meets them (issue 15, point 7): five bad files chosen
with Import…, every one listed in a banner that scrolls, the resume list keeps its
rows, and the "paste the text" advice leads to New resume from text…"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from broken_factories import (
    make_binary_txt,
    make_pua_pdf,
    make_random_zip_docx,
    make_truncated_pdf,
)
from factories import make_docx, make_image_only_pdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton, QToolButton, QTreeWidget
from test_gui_window import WAIT, import_file, open_window

from tailor_app.gui.import_banner import BANNER_MAX_LINES
from tailor_app.gui.main_window import MainWindow
from tailor_app.gui.resume_panel import LIST_MIN_ROWS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, tmp_path / "tailor.db")
    win.resize(1320, 860)
    yield win
    win.close()


def bad_files(folder: Path) -> list[Path]:
    return [make_truncated_pdf(folder / "truncated.pdf"), make_pua_pdf(folder / "icons.pdf"),
            make_binary_txt(folder / "binary.txt"),
            make_random_zip_docx(folder / "random.docx"),
            make_image_only_pdf(folder / "scan.pdf")]


def choose_with_import_button(qtbot: Any, win: MainWindow, files: list[Path],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Click Import… and pick ``files`` in the (patched) file dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *_a, **_k: ([str(f) for f in files], ""))
    button = win.findChild(QPushButton, "importResumeButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.resumes.is_busy(), timeout=WAIT * 2)


def test_every_failed_file_is_listed_and_the_list_keeps_its_rows(
        window: MainWindow, qtbot: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import_file(qtbot, window, make_docx(tmp_path / "nurse.docx"))
    tree = window.findChild(QTreeWidget, "resumeList")
    qtbot.waitUntil(lambda: tree.height() > 0)
    height_before = tree.height()
    files = bad_files(tmp_path)
    choose_with_import_button(qtbot, window, files, monkeypatch)

    banner = window.resumes.banner
    assert banner.isVisible()
    assert banner.title.text() == "5 problems"
    text = window.findChild(QLabel, "importError").text()
    for path in files:  # the truncated PDF's error included
        assert f"{path.name} was not imported" in text
    assert len(window.resumes.errors()) == 5

    # Nothing clipped: the label gets all the height its text needs, and the banner
    # scrolls instead of growing past a few lines.
    label = banner.text
    assert label.height() >= label.heightForWidth(label.width())
    lines = label.fontMetrics().lineSpacing()
    assert banner.scroll_area.height() <= lines * BANNER_MAX_LINES + 4
    bar = banner.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    qtbot.keyClick(bar, Qt.Key.Key_End)  # the last error can be scrolled into view
    assert bar.value() == bar.maximum()

    # The list keeps its size: at least LIST_MIN_ROWS rows' room, as tall as before.
    row = tree.visualItemRect(tree.topLevelItem(0)).height()
    assert tree.viewport().height() >= LIST_MIN_ROWS * row
    assert tree.height() >= height_before - 1

    # Dismissing hides it; a new batch starts a new list.
    qtbot.mouseClick(window.findChild(QToolButton, "dismissImportError"),
                     Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    choose_with_import_button(qtbot, window, files[:1], monkeypatch)
    assert banner.title.text() == "A problem" and len(window.resumes.errors()) == 1


def test_paste_advice_offers_new_resume_from_text(window: MainWindow, qtbot: Any,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    paste_button = window.findChild(QPushButton, "bannerFromTextButton")
    choose_with_import_button(qtbot, window, [make_truncated_pdf(tmp_path / "t.pdf")],
                              monkeypatch)
    assert "paste the text" not in window.resumes.errors()[0]
    assert not paste_button.isVisible()  # a damaged PDF: no advice to paste, no button
    choose_with_import_button(qtbot, window, [make_pua_pdf(tmp_path / "icons.pdf")],
                              monkeypatch)
    assert "paste the text" in window.resumes.errors()[0]
    assert paste_button.isVisible()
    qtbot.mouseClick(paste_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "resumeFromTextDialog")
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=WAIT)
    dialog.reject()
