"""Tailoring in a few long-lived child processes, for the window's job workers.

Why not just in the worker threads: the engine is pure Python, and Python runs one
thread's bytecode at a time (the GIL). With four workers tailoring, the GUI thread
had to win the GIL back for every call Qt makes into Python while it paints the job
list (``rowCount``, ``data``, the delegate's ``paint``), and each win could take a
switch interval: measured stalls of 130–700 ms with 4 workers on 2 cores, against a
50 ms budget. In child processes the workers only wait on a pipe (the GIL is free),
the window stays smooth, and tailoring uses every core.

The shape stays as DESIGN.md says: jobs are QRunnables on the window's QThreadPool.
What crosses to a child is a pool's ``work`` function: by default
:func:`~tailor_app.job_processor.process_job_tailoring` (pure computation on the
job's data; the caller claims, reads and saves), and for the window
:func:`tailor_app.job_child.run_job`, the whole job, database work included, so the
waiting thread runs almost no Python (see that module). A child answers one request
at a time:

- **time**: a request that takes longer than ``timeout`` seconds gets its child
  killed and the job a FAILED message; the next request starts a fresh child;
- **memory**: each child caps its own address space (``RLIMIT_AS`` on Linux);
- **cancel**: the waiting thread calls the job's progress callback every
  :data:`POLL_INTERVAL`, which raises when the job was cancelled; the busy child is
  then killed, not waited for;
- **death**: a child that dies (killed, out of memory, crashed) fails only the job
  it was running, with a message that says to retry.

Children are started from :func:`tailor_app.child_process.context`, warm their
vocabulary once, and are reused; at most ``size`` stay idle. Only error types and
stack frames come back for unexpected failures, never their messages (they may
quote the resume); the parent logs them.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from . import child_process
from .errors import AppError
from .job_processor import TailoringRefusedError, process_job_tailoring
from .tailoring import ResumeReadError

log = logging.getLogger("tailor_app.engine_pool")

DEFAULT_TIMEOUT = 60.0  # seconds for one job's tailoring; a normal one takes 15-40 ms
DEFAULT_MEMORY_LIMIT = 1024 * 1024 * 1024  # address space of a child, bytes
# Seconds between a waiting thread's checks for a cancel and the time limit. An
# answer or a child's death wakes it at once (it sleeps on the pipe and the child's
# sentinel); a job of 30-300 ms never wakes in between, so it never asks for the GIL
# the GUI thread needs (see job_child's docstring).
POLL_INTERVAL = 0.25
WAITING_PERCENT = 10  # the job's progress while its child works

Progress = Callable[[str, int], None]
Work = Callable[[dict[str, Any]], Any]

TIMEOUT_MESSAGE = (
    "Tailoring this job took longer than {seconds:g} seconds, so it was stopped; the "
    "posting or the resume may be built in an unusual way. Press Retry, or shorten the "
    "posting to the job itself."
)
MEMORY_MESSAGE = (
    "Tailoring this job needed far more memory than it ever should, so it was stopped; "
    "shorten the posting to the job itself and press Retry."
)
DIED_MESSAGE = (
    "The tailoring process stopped before it finished (it may have been closed or run "
    "out of memory); press Retry."
)
CRASH_MESSAGE = (
    "Something went wrong while tailoring ({kind}); press Retry, and if it fails again "
    "the details are in the log file."
)


class EngineLimitError(AppError):
    """A job stopped by the pool: it hit a limit, or its child died."""


# ------------------------------------------------------------------- in the child


def _serve(conn: Connection, work: Work, memory_limit: int | None) -> None:
    """A child's life: answer requests until the pipe closes or ``None`` arrives."""
    child_process.start_engine_child(memory_limit, yield_cpu=True)
    for request in child_process.requests(conn):
        conn.send(_answer(work, request))


def _answer(work: Work, request: dict[str, Any]) -> tuple[Any, ...]:
    try:
        return ("ok", work(request))
    except TailoringRefusedError as exc:
        return ("refused", str(exc))
    except ResumeReadError as exc:
        if child_process.caused_by_exhaustion(exc):
            return ("memory",)
        return ("read_error", exc.code, exc.message)
    except (MemoryError, RecursionError):
        return ("memory",)
    except Exception as exc:
        return ("crash", type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__)))


# ------------------------------------------------------------------- in the parent


@dataclass
class _Child:
    process: Any  # multiprocessing.Process of the pool's context
    conn: Connection

    def stop(self, *, kill: bool) -> None:
        """End the child: politely when idle, at once when it is busy or stuck."""
        try:
            if not kill:
                self.conn.send(None)
        except (OSError, ValueError):
            kill = True
        finally:
            self.conn.close()
        if kill and self.process.is_alive():
            self.process.kill()
        self.process.join(2 if not kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)


class EnginePool:
    """Up to ``size`` idle tailoring children, shared by the job worker threads.

    Thread-safe; the QThreadPool's size bounds how many children are busy at once.
    """

    def __init__(self, size: int, *, work: Work = process_job_tailoring,
                 timeout: float = DEFAULT_TIMEOUT,
                 memory_limit: int | None = DEFAULT_MEMORY_LIMIT) -> None:
        self._size = max(1, size)
        self._work, self._timeout, self._memory_limit = work, timeout, memory_limit
        self._lock = threading.Lock()
        self._idle: list[_Child] = []
        self._lent: dict[int, _Child] = {}  # busy children, so close() can end them
        self._closed = False

    @property
    def size(self) -> int:
        return self._size

    def resize(self, size: int) -> None:
        """Keep at most ``size`` idle children from now on (extra ones are ended)."""
        with self._lock:
            self._size = max(1, size)
            extra = self._idle[self._size:]
            del self._idle[self._size:]
        for child in extra:
            child.stop(kill=False)

    def warm_up(self, children: int | None = None) -> None:
        """Start ``children`` (default: ``size``) now, so the first jobs don't wait for
        them (~0.3 s each)."""
        wanted = min(self._size, self._size if children is None else children)
        started = [self._start() for _ in range(wanted - self.idle_count())]
        for child in started:
            self._give_back(child)

    def idle_count(self) -> int:
        with self._lock:
            return len(self._idle)

    def idle_processes(self) -> list[Any]:
        """The idle children's processes (``multiprocessing.Process``), for whoever
        must see them from outside: a test that they ended, the load benchmark's
        memory figure."""
        with self._lock:
            return [child.process for child in self._idle]

    def run(self, request: dict[str, Any], progress: Progress | None = None) -> Any:
        """``work(request)`` in a child (by default ``process_job_tailoring``: the
        tailored text and the result dict).

        Raises what the engine raises (:class:`TailoringRefusedError`,
        ``ResumeReadError``), :class:`EngineLimitError` when the job hit a limit or
        its child died, and whatever ``progress`` raises (a cancel), after ending the
        busy child.
        """
        step = progress or (lambda stage, percent: None)
        step("tailoring", WAITING_PERCENT)
        child = self._take()
        try:
            answer = self._ask(child, request, step)
        except BaseException:
            self._forget(child)
            child.stop(kill=True)
            raise
        self._give_back(child)
        return self._result(answer)

    def tailoring(self, job_data: dict[str, Any],
                  progress: Progress | None = None) -> tuple[str, dict[str, Any]]:
        """The engine step alone, for a pool whose work is ``process_job_tailoring``
        (the command line's shape: the caller does the job's database work)."""
        text, result = self.run(job_data, progress)
        return text, result

    def close(self) -> None:
        """End every child: idle ones politely, busy ones at once (their jobs are
        recovered at the next start, as after a crash)."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
            lent = list(self._lent.values())
            self._lent.clear()
        for child in idle:
            child.stop(kill=False)
        for child in lent:
            child.stop(kill=True)

    # ------------------------------------------------------------------ internals

    def _log_death(self, child: _Child) -> None:
        # After close() the pool ended its busy children itself: not a problem to report.
        (log.info if self._closed else log.warning)("tailoring child died (exit code %s)",
                                                     child.process.exitcode)

    def _start(self) -> _Child:
        context = child_process.context()
        receiver, sender = context.Pipe(duplex=True)
        process = context.Process(target=_serve, args=(sender, self._work, self._memory_limit),
                                  name="tailor-app-engine", daemon=True)
        process.start()
        sender.close()
        return _Child(process, receiver)

    def _take(self) -> _Child:
        with self._lock:
            if self._closed:
                raise EngineLimitError("The app is closing; the job will continue at the "
                                       "next start.")
            child = self._idle.pop() if self._idle else None
        if child is None or not child.process.is_alive():
            if child is not None:
                child.stop(kill=True)
            child = self._start()
        with self._lock:
            self._lent[id(child)] = child
        return child

    def _forget(self, child: _Child) -> None:
        with self._lock:
            self._lent.pop(id(child), None)

    def _give_back(self, child: _Child) -> None:
        with self._lock:
            self._lent.pop(id(child), None)
            keep = not self._closed and len(self._idle) < self._size
            if keep:
                self._idle.append(child)
        if not keep:
            child.stop(kill=False)

    def _ask(self, child: _Child, request: dict[str, Any], step: Progress) -> tuple[Any, ...]:
        try:
            child.conn.send(request)
        except (OSError, ValueError) as exc:
            raise EngineLimitError(DIED_MESSAGE) from exc
        deadline = time.monotonic() + self._timeout
        while True:
            try:
                # Sleeps in the kernel (GIL released) until an answer, the child's
                # death, or the next cancel check.
                ready = wait([child.conn, child.process.sentinel],
                             max(0.0, min(POLL_INTERVAL, deadline - time.monotonic())))
                if child.conn in ready and child.conn.poll():
                    answer: tuple[Any, ...] = child.conn.recv()
                    return answer
            except (EOFError, OSError) as exc:
                self._log_death(child)
                raise EngineLimitError(DIED_MESSAGE) from exc
            if not child.process.is_alive():
                self._log_death(child)
                raise EngineLimitError(DIED_MESSAGE)
            if time.monotonic() > deadline:
                log.warning("tailoring child stopped after %.0f s (time limit)", self._timeout)
                raise EngineLimitError(TIMEOUT_MESSAGE.format(seconds=self._timeout))
            step("tailoring", WAITING_PERCENT)  # raises when the job was cancelled

    @staticmethod
    def _result(answer: tuple[Any, ...]) -> Any:
        kind = answer[0]
        if kind == "ok":
            return answer[1]
        if kind == "refused":
            log.warning("guard refused a result")
            raise TailoringRefusedError(answer[1])
        if kind == "read_error":
            raise ResumeReadError(answer[1], answer[2])
        if kind == "memory":
            log.warning("tailoring child hit its memory limit")
            raise EngineLimitError(MEMORY_MESSAGE)
        log.error("tailoring child failed: %s\n%s", answer[1], answer[2])
        raise EngineLimitError(CRASH_MESSAGE.format(kind=answer[1]))
