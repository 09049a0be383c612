"""Small one-off work off the GUI thread: the window's one way to run it.

The shape is Anki's ``QueryOp``: ``tasks.run(work, success, failure)`` runs ``work()``
on the app's task pool, then calls ``success(result)`` or ``failure(exception)`` on
the GUI thread. The result keeps its type (no checks on arrival), the failure gets
the exception itself (so a caller can tell a validation error from a locked
database), and a failure no caller handles is shown to the user in a non-modal
notice, never dropped. Bugs (anything but the app's own errors, a resume reader's
verdict or a file-system error) are logged with their stack in the worker, never
their text; :func:`readable_error` gives the sentence a person reads.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import AppError
from ..logging_setup import log_exception_privately

log = logging.getLogger("tailor_app.gui.tasks")

T = TypeVar("T")
Failure = Callable[[Exception], None]


def is_expected(exc: BaseException) -> bool:
    """An error that says what to do (ours, a reader's verdict, a file's), not a bug.
    The reader is imported here, not at start: it brings the PDF library."""
    from ..rewriting import LlmError
    from ..tailoring import ResumeReadError

    return isinstance(exc, AppError | ResumeReadError | LlmError | OSError | ValueError)


def readable_error(exc: BaseException) -> str:
    """A message for the user; our own errors (and the readers') already read well."""
    if is_expected(exc) and not isinstance(exc, OSError):
        return str(exc)
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}"
    return (f"Something went wrong ({type(exc).__name__}); the details are in the log "
            "file (Settings \u2192 Open log folder).")


class _TaskSignals(QObject):
    # Only the task's id crosses threads in the signal; its outcome waits in a dict.
    # A queued signal copies its arguments while Qt holds the sender's connection lock,
    # and copying a Python object needs the GIL: the worker waited for the GIL holding
    # that lock while the GUI thread, holding the GIL, waited for the lock, and the two
    # handed both back and forth for tens of milliseconds (the kernel's scheduler trace
    # of the load benchmark, after each Tailor click). An int is copied without Python.
    done = Signal(int)  # task id


class _Task(QRunnable, Generic[T]):
    """Runs one function; its result or its exception goes back through ``outcomes``,
    announced by the task's id."""

    def __init__(self, task_id: int, work: Callable[[], T], signals: _TaskSignals,
                 outcomes: dict[int, tuple[bool, Any]]) -> None:
        super().__init__()
        self._task_id, self._work, self._signals = task_id, work, signals
        self._outcomes = outcomes

    def run(self) -> None:
        try:
            outcome: tuple[bool, Any] = (True, self._work())
        except Exception as exc:  # run() must never raise
            if not is_expected(exc):
                log_exception_privately(log, "background task failed", exc)
            outcome = (False, exc)
        self._outcomes[self._task_id] = outcome  # one dict store: atomic under the GIL
        try:
            self._signals.done.emit(self._task_id)
        except RuntimeError:  # the runner was deleted meanwhile: nobody awaits the outcome
            log.debug("task %d ended after its runner was deleted", self._task_id)


class TaskRunner(QObject):
    """Runs small functions on the injected pool; see the module docstring.

    ``unhandledError`` carries the sentence of a failure that had no ``failure``
    callback; when the runner's parent is a widget it is also shown there, in one
    non-modal notice that later failures update rather than pile up.
    """

    unhandledError = Signal(str)

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._signals = _TaskSignals(self)
        self._signals.done.connect(self._on_done)
        self._outcomes: dict[int, tuple[bool, Any]] = {}  # task id -> (succeeded, value)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Failure | None]] = {}
        self._tasks: dict[int, QRunnable] = {}
        self._notice: QMessageBox | None = None
        self._closed = False

    def close(self) -> None:
        """The window is closing: work asked for from now on is not started. A timer
        that fires during the close (a best-fit refresh, a shown job's reload) would
        otherwise read the database after the window closed it, on a pool nobody
        waits for any more. Work already queued still runs (the last save is such
        work) and the window waits for it."""
        self._closed = True

    def run(self, work: Callable[[], T], success: Callable[[T], None],
            failure: Failure | None = None) -> None:
        """``work()`` on the pool, then ``success(result)`` or ``failure(exception)``
        on the GUI thread; without ``failure`` the error is shown to the user. After
        :meth:`close` nothing runs and no callback comes."""
        if self._closed:
            log.debug("not started, the window is closing: %s", getattr(work, "__name__", work))
            return
        task_id = next(self._ids)
        task = _Task(task_id, work, self._signals, self._outcomes)
        task.setAutoDelete(False)  # Python owns it until its signal has arrived
        self._callbacks[task_id] = (success, failure)
        self._tasks[task_id] = task
        self._pool.start(task)

    def pending(self) -> int:
        """Tasks whose callback has not run yet."""
        return len(self._callbacks)

    def notice(self) -> QMessageBox | None:
        """The notice showing unhandled failures, if one was shown (for tests)."""
        return self._notice

    @Slot(int)
    def _on_done(self, task_id: int) -> None:
        succeeded, value = self._outcomes.pop(task_id)
        if succeeded:
            self._on_succeeded(task_id, value)
        else:
            self._on_failed(task_id, value)

    def _on_succeeded(self, task_id: int, result: object) -> None:
        self._tasks.pop(task_id, None)
        callbacks = self._callbacks.pop(task_id, None)
        if callbacks is not None:
            callbacks[0](result)

    def _on_failed(self, task_id: int, exc: Exception) -> None:
        self._tasks.pop(task_id, None)
        callbacks = self._callbacks.pop(task_id, None)
        if callbacks is not None and callbacks[1] is not None:
            callbacks[1](exc)
            return
        self._show_unhandled(readable_error(exc))

    def _show_unhandled(self, text: str) -> None:
        log.warning("a background task failed and no caller handled it; shown to the user")
        self.unhandledError.emit(text)
        owner = self.parent()
        if not isinstance(owner, QWidget):
            return
        if self._notice is None:
            self._notice = QMessageBox(QMessageBox.Icon.Warning, "Something went wrong", text,
                                       QMessageBox.StandardButton.Ok, owner)
            self._notice.setModal(False)
        else:
            self._notice.setText(text)
        self._notice.show()
