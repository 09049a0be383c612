"""The window paints on its own thread: Qt's GUI thread pool is turned off before the
first paint, so a busy machine's scheduler can't make the window wait for Qt's helper
threads to finish filling a scroll bar (tailor_app.gui.paint_on_the_gui_thread)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from gui_driving import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_window_turns_qts_paint_threads_off_before_it_paints(
        qtbot: Any, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "tailor.db")
    try:
        assert os.environ.get("QT_NO_GUI_THREADPOOL") == "1"
        assert window.isVisible()  # it painted with them off
    finally:
        window.close()
