"""The task runner: results and exceptions come back on the GUI thread, and a
failure no caller handles is shown to the user, never dropped."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from tailor_app.errors import JobStateError
from tailor_app.gui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    yield pool
    pool.waitForDone(5000)


def _fail(exc: Exception) -> Any:
    raise exc


def test_success_and_failure_run_on_the_gui_thread_with_the_exception(
        qtbot: Any, pool: QThreadPool) -> None:
    tasks = TaskRunner(pool)
    refused = JobStateError("This job is running now.")
    results: list[int] = []
    failures: list[Exception] = []
    threads: list[bool] = []
    gui = QApplication.instance().thread()  # type: ignore[union-attr]

    def success(value: int) -> None:
        threads.append(QThread.currentThread() is gui)
        results.append(value)

    def failure(exc: Exception) -> None:
        threads.append(QThread.currentThread() is gui)
        failures.append(exc)

    tasks.run(lambda: 6 * 7, success, failure)
    tasks.run(lambda: _fail(refused), success, failure)
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=5000)
    assert results == [42]
    assert failures == [refused]  # the exception itself, not a string
    assert threads == [True, True]


@pytest.mark.allow_log("tailor_app.gui.tasks", "no caller handled it")
def test_an_unhandled_failure_is_shown_in_one_non_modal_notice(
        qtbot: Any, pool: QThreadPool) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    tasks = TaskRunner(pool, window)
    with qtbot.waitSignal(tasks.unhandledError, timeout=5000) as shown:
        tasks.run(lambda: _fail(JobStateError("This job is already COMPLETED.")),
                  lambda _value: None)
    assert shown.args == ["This job is already COMPLETED."]
    notice = tasks.notice()
    assert notice is not None and notice.isVisible() and not notice.isModal()
    assert notice.text() == "This job is already COMPLETED."
    with qtbot.waitSignal(tasks.unhandledError, timeout=5000):
        tasks.run(lambda: _fail(ValueError("That file is empty.")), lambda _value: None)
    assert tasks.notice() is notice and notice.text() == "That file is empty."  # no pile


@pytest.mark.allow_log("tailor_app.gui.tasks", "failed")
def test_an_unhandled_bug_is_logged_with_its_stack_not_its_text(
        qtbot: Any, pool: QThreadPool, caplog: pytest.LogCaptureFixture) -> None:
    tasks = TaskRunner(pool)

    def broken() -> int:
        name = " ".join(["Kim", "Park"])  # stands for resume text in the message
        return len({"resume": name}[name])

    with caplog.at_level(logging.WARNING, logger="tailor_app.gui"), \
            qtbot.waitSignal(tasks.unhandledError, timeout=5000) as shown:
        tasks.run(broken, lambda _value: None)
    assert shown.args[0].startswith("Something went wrong (KeyError)")
    assert "in broken" in caplog.text  # the stack locates it
    assert "Kim Park" not in caplog.text and "Kim Park" not in shown.args[0]


def test_a_task_that_outlives_its_runner_ends_quietly(qtbot: Any, pool: QThreadPool) -> None:
    """A runner deleted (its window gone) while its task still runs: the task ends
    without raising "Signal source has been deleted" into the pool's thread."""
    gate = threading.Event()
    ran: list[str] = []

    def work() -> str:
        gate.wait(5)
        ran.append("work")
        return "result"

    runner = TaskRunner(pool)
    runner.run(work, lambda _result: ran.append("success"))
    shiboken6.delete(runner)
    gate.set()
    assert pool.waitForDone(5000)
    assert ran == ["work"]  # and no callback of a runner that is gone
