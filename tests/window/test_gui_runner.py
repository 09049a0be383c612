"""The job runner on a real pool, with a fake processing function.

The fake stands in for ``process_pending_job`` so these tests can hold a worker at
a chosen point (a threading.Event) and check the stale-result guard; the real
workflow is driven end to end in test_gui_window.py.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool

from tailor_app import child_process
from tailor_app.errors import JobStateError
from tailor_app.gui.runner import JobRunner


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    yield pool
    pool.waitForDone(5000)


class FakeProcess:
    """Stands in for process_pending_job: sends two stages, may wait on a gate."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.gate.set()
        self.calls: list[str] = []

    def __call__(self, job_id: str, progress: Callable[[str, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> dict[str, Any]:
        self.calls.append(job_id)
        assert progress is not None and cancelled is not None
        progress("analysing posting", 10)
        self.gate.wait(5)
        if cancelled():
            return {"id": job_id, "status": "FAILED", "error_message": "Cancelled by you."}
        if job_id == "boom":
            raise RuntimeError("secret resume text")
        if job_id == "done-already":
            raise JobStateError("This job is already COMPLETED.")
        progress("done", 100)
        return {"id": job_id, "status": "COMPLETED"}


def test_job_sends_progress_then_finishes_on_the_gui_thread(qtbot: Any,
                                                              pool: QThreadPool) -> None:
    fake = FakeProcess()
    runner = JobRunner(pool, process=fake)
    progress: list[tuple[str, int, str]] = []
    runner.jobProgress.connect(lambda *args: progress.append(args))
    with qtbot.waitSignal(runner.jobFinished, timeout=5000) as blocker:
        assert runner.submit("a")
        assert not runner.submit("a")  # already queued
    assert blocker.args == ["a", {"id": "a", "status": "COMPLETED"}]
    assert progress[0] == ("a", 10, "analysing posting")
    assert runner.active_count() == 0


@pytest.mark.allow_log("tailor_app.gui.runner", "worker error")
def test_unexpected_error_becomes_a_readable_message(qtbot: Any, pool: QThreadPool) -> None:
    runner = JobRunner(pool, process=FakeProcess())
    with qtbot.waitSignal(runner.jobError, timeout=5000) as blocker:
        runner.submit("boom")
    assert blocker.args[0] == "boom"
    assert "RuntimeError" in blocker.args[1] and "secret" not in blocker.args[1]
    with qtbot.waitSignal(runner.jobError, timeout=5000) as blocker:
        runner.submit("done-already")
    assert blocker.args == ["done-already", "This job is already COMPLETED."]


def test_a_cancelled_job_result_is_dropped_and_a_retry_wins(qtbot: Any,
                                                            pool: QThreadPool) -> None:
    fake = FakeProcess()
    fake.gate.clear()
    runner = JobRunner(pool, process=fake)
    finished: list[tuple[str, object]] = []
    runner.jobFinished.connect(lambda *args: finished.append(args))
    with qtbot.waitSignal(runner.jobProgress, timeout=5000):
        runner.submit("a")  # now held at the gate
    runner.cancel("a")
    assert not runner.is_active("a")
    assert runner.submit("a")  # a retry while the old worker still runs
    fake.gate.set()
    qtbot.waitUntil(lambda: runner.active_count() == 0, timeout=5000)
    # Only the retry's result arrives; the cancelled run's late answer is ignored.
    assert finished == [("a", {"id": "a", "status": "COMPLETED"})]


def test_a_cancelled_worker_that_outlives_its_runner_ends_quietly(
        qtbot: Any, pool: QThreadPool) -> None:
    """The window may go (and its runner with it) while a cancelled worker still waits
    for its next cancel check; that worker must end without raising into the pool
    ("Signal source has been deleted" failed a CI run)."""
    fake = FakeProcess()
    fake.gate.clear()
    runner = JobRunner(pool, process=fake)
    with qtbot.waitSignal(runner.jobProgress, timeout=5000):
        runner.submit("a")  # now held at the gate
    runner.cancel("a")
    shiboken6.delete(runner)  # its signals object, a child, goes with it
    fake.gate.set()
    assert pool.waitForDone(5000)
    assert fake.calls == ["a"]


@pytest.mark.allow_log("tailor_app.gui.runner", "workers still busy at exit")
def test_shutdown_drops_queued_jobs(qtbot: Any) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    fake = FakeProcess()
    fake.gate.clear()
    runner = JobRunner(pool, process=fake)
    with qtbot.waitSignal(runner.jobProgress, timeout=5000):
        runner.submit("first")
    runner.submit("second")
    # "first" is held at the gate, so shutdown clears the queue and gives up waiting.
    assert not runner.shutdown(100)
    fake.gate.set()
    assert pool.waitForDone(5000)
    assert fake.calls == ["first"]  # "second" stays PENDING for the next start


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_job_threads_yield_to_the_window_but_not_to_the_children(
        qtbot: Any, pool: QThreadPool) -> None:
    """A job thread holds the GIL the GUI thread needs while it does the job's database
    work. Below the GUI thread, so the window comes first; above the tailoring
    children, so a holder is never preempted by one (see runner's docstring)."""
    seen: list[int] = []

    def process(job_id: str, progress: Any = None, cancelled: Any = None) -> dict[str, Any]:
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        return {"id": job_id, "status": "COMPLETED"}

    runner = JobRunner(pool, process=process)
    with qtbot.waitSignal(runner.jobFinished, timeout=5000):
        runner.submit("a")
    gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert seen and gui < seen[0] < child_process.CHILD_NICENESS


def test_nothing_is_queued_after_shutdown(qtbot: Any, pool: QThreadPool) -> None:
    fake = FakeProcess()
    runner = JobRunner(pool, process=fake)
    assert runner.shutdown(5000)
    assert not runner.submit("late")  # it stays PENDING for the next start
    assert runner.active_count() == 0 and fake.calls == []
