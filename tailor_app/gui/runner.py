"""Tailoring jobs in the background for the window (small one-off work: :mod:`.tasks`).

The rules (DESIGN.md "never frozen", STYLE.md "Background work"):

- Work runs on the app's own ``QThreadPool``, injected here, never
  ``QThreadPool.globalInstance()``; :meth:`JobRunner.shutdown` clears the queue and
  waits for running workers at exit. Jobs that never started stay PENDING in the
  database and are queued again at the next start.
- Each ``QRunnable`` holds a signals ``QObject`` that was created on the GUI thread;
  its ``run()`` never raises. Payloads are ``str``, ``int`` or ``object``.
  The signals are connected to ``@Slot`` methods of this GUI-thread object, so
  results are applied on the GUI thread.
- Every submission gets a token; a result whose token is no longer the job's current
  one (it was cancelled, deleted or retried meanwhile) is dropped. The database
  keeps the same guard per attempt, so a late worker can't overwrite anything.
- Cancellation is a flag the worker polls between engine stages.
- Progress is sent only when it changes: a job in a tailoring child repeats
  "tailoring 10%" at every cancel check while it waits, and every signal costs the
  GUI thread a call (the finished signal carries the final state). The whole path
  to the screen is in docs/ARCHITECTURE.md ("A job's status on its way to the
  screen").
- The job runnable hands the whole job to one of :mod:`~tailor_app.engine_pool`'s
  child processes, which runs the command line's own ``process_pending_job`` there
  (:mod:`~tailor_app.job_child`): a worker thread that ran Python (the engine, or
  only the job's database work) asked for the GIL the GUI thread needs, and made it
  wait.
- Three priorities, one order: the GUI thread (normal), the job threads (nice
  :data:`JOB_NICENESS`, 5), the tailoring children (nice 15,
  ``child_process.CHILD_NICENESS``). A job thread runs Python (its database work)
  only while it holds the GIL the GUI thread needs. Niced to 10 like the children,
  it shared the cores with them and was preempted holding the GIL: the kernel's trace
  of the load benchmark showed the GUI thread and all four job threads retrying the
  GIL every millisecond for up to 90 ms while the holder waited for a core. At the
  window's own priority it took the GUI thread's CPU instead; between the two, the
  holder runs again before any child and lets go, and the GUI thread still comes
  first (GUI thread's GIL waits in the load benchmark's work scenario, summed: 6.0 s
  at nice 10, 0.85 s at 0, 0.5 s at 5 with the children at 15).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..engine_pool import EnginePool
from ..errors import AppError
from ..logging_setup import log_exception_privately
from .tasks import readable_error

log = logging.getLogger("tailor_app.gui.runner")

JOB_NICENESS = 5  # between the GUI thread's 0 and the children's 15 (module docstring)

ProcessFunction = Callable[..., dict[str, Any]]


def _whole_job_engine(pool: QThreadPool) -> tuple[EnginePool, ProcessFunction]:
    """The real job: all of it (claim, read, tailor, save) in a child process of the
    returned pool, the worker thread only waiting for it, so busy workers don't ask for
    the GIL the GUI thread needs (``tailor_app.job_child``)."""
    from .. import db
    from ..job_child import process_in_child, run_job

    engine = EnginePool(pool.maxThreadCount(), work=run_job)
    return engine, process_in_child(engine, str(db.database.database))


def lower_thread_priority(niceness: int = JOB_NICENESS) -> None:
    """This job thread's place in the order of the module docstring (Linux, where a
    thread has its own nice value; elsewhere nothing)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        tid = threading.get_native_id()
        if os.getpriority(os.PRIO_PROCESS, tid) < niceness:
            os.setpriority(os.PRIO_PROCESS, tid, niceness)


# -------------------------------------------------------------------------- jobs


class JobSignals(QObject):
    """Created on the GUI thread; emitted from workers (queued to the GUI thread)."""

    progress = Signal(str, int, int, str)  # job id, token, percent, stage
    # The job dict waits in the runner's ``results`` under its token: a queued signal
    # with a Python object copies it under Qt's connection lock and needs the GIL there
    # (see tasks._TaskSignals), so only strings and ints cross threads.
    finished = Signal(str, int)  # job id, token
    failed = Signal(str, int, str)  # job id, token, message (the job was not processed)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.results: dict[int, dict[str, Any] | None] = {}  # token -> finished job


class JobRunnable(QRunnable):
    """Processes one job; never raises."""

    def __init__(self, job_id: str, token: int, signals: JobSignals,
                 process: ProcessFunction, cancelled: threading.Event) -> None:
        super().__init__()
        self.job_id, self.token = job_id, token
        self._signals, self._process, self._cancelled = signals, process, cancelled
        self._last: tuple[str, int] | None = None

    def _progress(self, stage: str, percent: int) -> None:
        # The first call shows the row as PROCESSING at once; a repeat of the same
        # stage and percent (the pool's wait loop) is not sent again.
        if self._last != (stage, int(percent)):
            self._last = (stage, int(percent))
            self._send("progress", self.job_id, self.token, int(percent), stage)

    def run(self) -> None:
        lower_thread_priority()
        if self._cancelled.is_set():  # cancelled while queued: don't even claim it
            self._finish(None)
            return
        try:
            job = self._process(self.job_id, progress=self._progress,
                                cancelled=self._cancelled.is_set)
        except Exception as exc:  # run() must never raise
            if not isinstance(exc, AppError):
                log_exception_privately(log, "job %s: worker error", exc, self.job_id)
            self._send("failed", self.job_id, self.token, readable_error(exc))
            return
        self._finish(job)

    def _finish(self, job: dict[str, Any] | None) -> None:
        self._signals.results[self.token] = job  # one dict store: atomic under the GIL
        self._send("finished", self.job_id, self.token)

    def _send(self, name: str, *args: object) -> None:
        """Emit unless the runner that owns the signals is gone.

        A cancelled worker keeps running until its next cancel check, and the window
        (or a test) may delete its runner meanwhile; nobody is left to want the result
        then, and ``run()`` must not raise "Signal source has been deleted" into the
        pool's thread."""
        try:
            getattr(self._signals, name).emit(*args)
        except RuntimeError:
            log.debug("job %s: run %d ended after its runner was deleted", self.job_id,
                      self.token)


class JobRunner(QObject):
    """Queues jobs on the injected pool and passes on only current results."""

    jobProgress = Signal(str, int, str)  # job id, percent, stage
    jobFinished = Signal(str, object)  # job id, job dict
    jobError = Signal(str, str)  # job id, message (the job could not be processed)

    def __init__(self, pool: QThreadPool, process: ProcessFunction | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        # The real work brings its own child processes; a test's function doesn't.
        self._engine: EnginePool | None = None
        if process is None:
            self._engine, process = _whole_job_engine(pool)
        self._process = process
        self._signals = JobSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._tokens = itertools.count(1)
        self._active: dict[str, tuple[int, threading.Event, JobRunnable]] = {}
        self._shut_down = False

    @property
    def pool(self) -> QThreadPool:
        return self._pool

    def submit(self, job_id: str) -> bool:
        """Queue a job; False when it is already queued or running here, or the runner
        has been shut down (the job stays PENDING for the next start)."""
        if job_id in self._active or self._shut_down:
            return False
        token, flag = next(self._tokens), threading.Event()
        runnable = JobRunnable(job_id, token, self._signals, self._process, flag)
        runnable.setAutoDelete(False)  # Python owns it through _active
        self._active[job_id] = (token, flag, runnable)
        self._pool.start(runnable)
        return True

    def cancel(self, job_id: str) -> None:
        """Stop caring about a job: drop it from the queue, or flag the running worker.

        The caller records the cancel (``job.cancel_job``) or the deletion."""
        entry = self._active.pop(job_id, None)
        if entry is None:
            return
        _token, flag, runnable = entry
        flag.set()
        self._pool.tryTake(runnable)

    def is_active(self, job_id: str) -> bool:
        return job_id in self._active

    def active_count(self) -> int:
        return len(self._active)

    def set_workers(self, count: int) -> None:
        self._pool.setMaxThreadCount(max(1, count))
        if self._engine is not None:
            self._engine.resize(count)

    @property
    def engine(self) -> EnginePool | None:
        """The tailoring children of the real job function (None when a test gave its
        own function)."""
        return self._engine

    def warm_up(self, children: int | None = None) -> None:
        """Start tailoring child processes now (call from a background thread)."""
        if self._engine is not None:
            self._engine.warm_up(children)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Drop queued jobs (they stay PENDING for the next start), wait for the rest,
        then end the tailoring child processes."""
        self._shut_down = True
        self._pool.clear()
        done = self._pool.waitForDone(timeout_ms)
        if not done:
            log.warning("workers still busy at exit; their jobs are recovered next start")
        if self._engine is not None:
            self._engine.close()
        return done

    def _current(self, job_id: str, token: int) -> bool:
        entry = self._active.get(job_id)
        return entry is not None and entry[0] == token

    @Slot(str, int, int, str)
    def _on_progress(self, job_id: str, token: int, percent: int, stage: str) -> None:
        if self._current(job_id, token):
            self.jobProgress.emit(job_id, percent, stage)

    @Slot(str, int)
    def _on_finished(self, job_id: str, token: int) -> None:
        job = self._signals.results.pop(token, None)
        if not self._current(job_id, token):
            log.debug("job %s: stale result of run %d dropped", job_id, token)
            return
        del self._active[job_id]
        if job is not None:
            self.jobFinished.emit(job_id, job)

    @Slot(str, int, str)
    def _on_failed(self, job_id: str, token: int, message: str) -> None:
        if self._current(job_id, token):
            del self._active[job_id]
            self.jobError.emit(job_id, message)
