"""The runner's updates reach the job list in batches, and never undo a cancel."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_driving import HeldJob

from tailor_app import startup
from tailor_app.gui import create_main_window
from tailor_app.gui.job_model import COL_STATUS, BadgeRole
from tailor_app.gui.job_updates import UPDATE_INTERVAL_MS
from tailor_app.gui.main_window import MainWindow
from tailor_app.job_processor import process_job

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT = 10_000




@pytest.fixture
def running(qtbot: Any, tmp_path: Path) -> Iterator[tuple[MainWindow, str, HeldJob]]:
    db_path = tmp_path / "tailor.db"
    user = startup.open_app_database(db_path)
    job = process_job(user, None, "Nurse, surgical unit. Required: BLS, ACLS, Epic. 2+ years.",
                      process_immediately=False)
    held = HeldJob()
    window = create_main_window(db_path, process=held)  # closed below, not by qtbot
    window.closing_confirmed = True
    window.show()
    qtbot.waitUntil(lambda: (row := window.model.job(job["id"])) is not None
                    and row.status == "PROCESSING", timeout=WAIT)
    yield window, job["id"], held
    held.release.set()  # before the window closes: closing waits for running jobs
    window.close()
    window.deleteLater()


def test_a_burst_of_progress_updates_the_row_once(qtbot: Any, running: Any) -> None:
    window, job_id, _held = running
    changes: list[Any] = []
    window.model.dataChanged.connect(lambda *args: changes.append(args))
    for percent in range(11, 60):
        window.runner.jobProgress.emit(job_id, percent, "tailoring")
    assert changes == []  # nothing yet: the batch is applied after the interval
    qtbot.waitUntil(lambda: window.model.job(job_id).progress == 59,
                    timeout=UPDATE_INTERVAL_MS * 20)
    assert len(changes) == 1


def test_progress_from_before_a_cancel_does_not_undo_it(qtbot: Any, running: Any) -> None:
    window, job_id, _held = running
    window.runner.jobProgress.emit(job_id, 40, "tailoring")  # arrived, not yet applied
    window.job_actions.cancel([job_id])

    def badge() -> str:
        return str(window.model.index(window.model.row_of(job_id), COL_STATUS).data(BadgeRole))

    qtbot.waitUntil(lambda: badge() == "CANCELLED", timeout=WAIT)
    # The progress that came before the cancel was due at the next batch: once no batch
    # is pending any more, it has had its chance to undo the cancel.
    qtbot.waitUntil(lambda: not window.job_actions.updates.pending(), timeout=WAIT)
    assert badge() == "CANCELLED"
    assert window.model.job(job_id).status == "FAILED"


def test_many_waiting_jobs_are_all_queued_oldest_first(qtbot: Any, tmp_path: Path) -> None:
    """At start the window queues what was left PENDING, a chunk per event-loop pass."""
    from tailor_app.gui.job_actions import QUEUE_CHUNK

    db_path = tmp_path / "tailor.db"
    user = startup.open_app_database(db_path)
    created = [process_job(user, None, f"Analyst {n} for our data team. Required: Python, SQL.",
                           process_immediately=False)["id"] for n in range(QUEUE_CHUNK * 2 + 7)]
    ran: list[str] = []
    lock = threading.Lock()

    def process(job_id: str, progress: Any = None, cancelled: Any = None) -> dict[str, Any]:
        with lock:
            ran.append(job_id)
        return {"id": job_id, "status": "COMPLETED"}

    window = create_main_window(db_path, process=process)
    window.job_pool.setMaxThreadCount(1)  # one at a time: the order is the queue's
    window.closing_confirmed = True
    window.show()
    try:
        qtbot.waitUntil(lambda: len(ran) == len(created), timeout=WAIT)
        assert ran == created  # the list shows newest first; the queue runs oldest first
    finally:
        window.close()
        window.deleteLater()
