"""Starting the window. The start-up order, told once:

1. the command line is parsed (``cli.main``): ``--data-dir`` and ``--db`` become
   environment overrides, so paths are settled before anything opens a file;
2. logging goes to the rotating file in the data folder (``cli.main``);
3. here: Qt's own messages are routed into logging, and a crash hook records an
   uncaught exception's traceback (type and frames only, never resume text) and
   leaves a marker so the next start can say the last run crashed;
4. the QApplication is created (name, icon, palette from the system);
5. the database is opened, migrated and recovered (``create_main_window``) before
   any widget exists, so a broken file fails with a clear message;
6. the window is built, shown, and the PENDING jobs are queued again;
7. once the vocabulary is warm, start-up objects leave the garbage collector's
   full sweeps (``settle_when_warm``).
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
import threading
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__, paths
from ..errors import DatabaseError
from ..logging_setup import log_exception_privately, setup_logging

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger("tailor_app.gui.app")
qt_log = logging.getLogger("tailor_app.qt")
CRASH_MARKER = "last-run-crashed"

_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def _crash_hook(kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    """Record an uncaught GUI-thread exception; worker errors never get here (the
    runnables turn them into FAILED jobs)."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    exc.__traceback__ = tb
    log_exception_privately(log, "uncaught exception in the window", exc)
    with contextlib.suppress(OSError):
        (paths.data_dir() / CRASH_MARKER).write_text(kind.__name__, encoding="utf-8")


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    log.error("uncaught exception in thread %s: %s",
              getattr(args.thread, "name", "?"), args.exc_type.__name__)


def last_run_crashed() -> bool:
    """True once after a crash: the marker is removed when read."""
    marker = paths.data_dir() / CRASH_MARKER
    if not marker.exists():
        return False
    marker.unlink(missing_ok=True)
    return True


def install_hooks() -> None:
    qInstallMessageHandler(_qt_message)
    sys.excepthook = _crash_hook
    threading.excepthook = _thread_hook


def settle_when_warm(window: MainWindow) -> None:
    """Once the window has started and loaded the vocabulary, exempt what is alive from
    later full garbage collections (:mod:`tailor_app.memory` says why: they were the
    window's longest stalls while jobs finish). The warm-up freezes on its worker
    thread, before the collector runs again (``load_without_collections``). Only the
    app's one window does this; a process that makes and closes many windows (the
    tests) must not keep them all."""
    window.freeze_when_warm = True

    def settle() -> None:
        log.info("start-up settled: %d objects exempt from full collections",
                 gc.get_freeze_count())

    window.warmedUp.connect(settle)


def run_gui(argv: list[str] | None = None) -> int:
    """Open the window and run until it closes; returns the exit status.

    ``argv`` is what the command line was given; its options were already applied
    by ``cli.main``, so Qt gets only the program name.
    """
    del argv
    setup_logging()
    install_hooks()
    from . import paint_on_the_gui_thread

    paint_on_the_gui_thread()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "tailor-app"])
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(paths.APP_SLUG)
    from . import create_main_window, theme

    app.setWindowIcon(theme.app_icon())
    crashed = last_run_crashed()
    try:
        window = create_main_window()
    except DatabaseError as exc:
        QMessageBox.critical(None, "Resume Tailor can't start", str(exc))
        return 3
    settle_when_warm(window)
    window.show()
    if crashed:
        window.show_message("The last session ended with an error; the details are in the "
                            "log folder (Help \u2192 Open log folder).")
    log.info("window shown (version %s)", __version__)
    return int(app.exec())
