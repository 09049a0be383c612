"""The desktop window (PySide6 Widgets).

``create_main_window(db_path=None)`` is what ``tailor-app``, the tests and the
screenshot script call: it opens (and if needed migrates) the database first, so
a broken file fails before any widget exists, recovers jobs a crash left running,
and returns the built, not yet shown, window. A QApplication must already exist.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .main_window import MainWindow

__all__ = ["create_main_window", "paint_on_the_gui_thread"]

GIL_SWITCH_INTERVAL = 0.001  # seconds; see create_main_window


def paint_on_the_gui_thread() -> None:
    """Keep Qt's raster painting on the GUI thread (``QT_NO_GUI_THREADPOOL``).

    Qt 6 splits a large fill (the job list's scroll bar, a pane's background) across
    threads of its own GUI thread pool and waits on a latch until they are done. With
    the machine's cores busy (our tailoring children, other programs) those threads
    waited for a core, and the GUI thread with them: a kernel trace with stacks of the
    load benchmark showed most of the window's futex sleeps in ``QLatch::waitInternal``
    under ``QRasterPaintEngine::drawRects``/``fillRect`` (scroll bar painting). A list
    and a few panes are painted in well under a millisecond on one thread. Read by Qt
    when it first paints; the user's own setting is kept.
    """
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def create_main_window(db_path: Path | str | None = None, **options: Any) -> MainWindow:
    """Open the database, recover interrupted jobs, build the window.

    ``options`` go to :class:`MainWindow` (``process=`` replaces the job function,
    for tests that need a job to behave in a particular way).
    """
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        raise RuntimeError("create_main_window needs a QApplication; create one first.")
    from .. import startup
    from .main_window import MainWindow

    paint_on_the_gui_thread()  # before the first paint (tailor-app sets it before Qt starts)
    user_id = startup.open_app_database(db_path)  # init + migrate + recover + local user
    # Qt calls into Python for every painted cell, and each call must win the GIL back
    # from the job threads; a 1 ms switch interval (Python's default is 5 ms) bounds
    # each wait, which showed as shorter stalls with 1,000 jobs running.
    sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL))
    return MainWindow(user_id, **options)
