"""Many workers, one database file: every job finishes, none is lost, nothing is locked."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from factories import make_text

from tailor_app import db, importer, job_processor

THREADS = 8
JOBS = 200

RESUME = """Lee Chen
lee.chen@example.com

Experience
Sales Manager, Contoso, 2017 - Present
- Grew regional revenue 30% by coaching 8 account executives in Salesforce

Skills
Salesforce, negotiation, forecasting, CRM
"""

POSTING = "Sales Manager\nRequirements:\n- 5+ years in B2B sales\n- Salesforce and CRM\n"


def test_eight_threads_process_two_hundred_jobs(tmp_path: Path) -> None:
    db.init_db(tmp_path / "busy.db")
    user_id = db.get_or_create_local_user()
    resume_id = importer.import_resume(make_text(tmp_path / "lee.txt", RESUME), user_id)["id"]
    results: list[dict[str, Any]] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    done = threading.Event()

    def worker(index: int) -> None:
        try:
            with db.connection_context():
                for n in range(JOBS // THREADS):
                    # Half the jobs run at once, half are queued and then processed.
                    job = job_processor.process_job(user_id, resume_id, POSTING,
                                                    title=f"Job {index}-{n}",
                                                    process_immediately=n % 2 == 0)
                    if job["status"] == "PENDING":
                        job = job_processor.process_pending_job(job["id"])
                    with lock:
                        results.append(job)
        except BaseException as exc:
            with lock:
                errors.append(exc)

    def reader() -> None:  # the job list refreshing while workers write
        with db.connection_context():
            while not done.is_set():
                db.list_job_rows(limit=50)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(THREADS)]
    watcher = threading.Thread(target=reader)
    watcher.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    done.set()
    watcher.join(30)

    assert errors == []
    assert len(results) == JOBS
    not_done = [(j["status"], j["error_message"]) for j in results if j["status"] != "COMPLETED"]
    assert not_done == []
    rows = db.list_job_rows()
    assert len(rows) == JOBS
    assert {r["status"] for r in rows} == {"COMPLETED"}
    assert {r["attempts"] for r in rows} == {1}
    assert len({r["title"] for r in rows}) == JOBS
    db.close_db()
