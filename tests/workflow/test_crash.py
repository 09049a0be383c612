"""A process killed while a job is PROCESSING: the next start recovers it, Retry finishes it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tailor_app import db, job_processor

CHILD = Path(__file__).resolve().parents[1] / "crash_child.py"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
@pytest.mark.allow_log("tailor_app.db", "recovered interrupted jobs")
def test_job_killed_mid_processing_is_recovered_and_retried(tmp_path: Path) -> None:
    database = tmp_path / "crash.db"
    ready = tmp_path / "ready"
    child = subprocess.Popen([sys.executable, str(CHILD), str(database), str(ready)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=os.environ.copy())
    try:
        deadline = time.monotonic() + 60
        while not (ready.exists() and ready.read_text()) and child.poll() is None:
            assert time.monotonic() < deadline, "child never reached PROCESSING"
            time.sleep(0.05)
        assert child.poll() is None, child.communicate()[1].decode()
        job_id = ready.read_text()
        with sqlite3.connect(database) as conn:  # what the disk says just before the kill
            status, attempts = conn.execute("SELECT status, attempts FROM job WHERE id = ?",
                                            (job_id,)).fetchone()
        conn.close()
        assert (status, attempts) == ("PROCESSING", 1)
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL

    db.init_db(database)  # the next start
    try:
        assert db.recover_interrupted_jobs() == {"requeued": 1, "failed": 0}
        row = db.get_job_row(job_id)
        assert row is not None and row["status"] == "PENDING"
        done = job_processor.process_pending_job(job_id)
        assert (done["status"], done["attempts"]) == ("COMPLETED", 2)
        assert "kim.park@example.com" in done["tailored_resume_text"]
    finally:
        db.close_db()
