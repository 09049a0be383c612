"""Child process for tests/workflow/test_crash.py: starts a job and hangs while it is PROCESSING.

Usage: crash_child.py DB_PATH READY_FILE

It creates a job, starts processing it, and at the first progress report writes the
job id to READY_FILE and then sleeps until the parent kills it with SIGKILL, so the
job is PROCESSING in the database at the moment of the "crash".
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tailor_app import db, job_processor

POSTING = "Accountant\nRequirements:\n- 3+ years of accounting\n- Excel and GAAP\n"
RESUME = ("Kim Park\nkim.park@example.com\n\nExperience\nAccountant, Fabrikam, 2019 - Present\n"
          "- Closed the books monthly in Excel under GAAP\n\nSkills\nExcel, GAAP\n")


def main(db_path: str, ready_file: str) -> None:
    from tailor_app.importer import import_resume

    db.init_db(db_path)
    user_id = db.get_or_create_local_user()
    resume_file = Path(ready_file).with_name("kim.txt")
    resume_file.write_text(RESUME, encoding="utf-8")
    resume = import_resume(resume_file, user_id)
    created = job_processor.process_job(user_id, resume["id"], POSTING,
                                        process_immediately=False)

    def hang(stage: str, percent: int) -> None:
        Path(ready_file).write_text(created["id"], encoding="utf-8")
        while True:  # until SIGKILL
            time.sleep(0.05)

    job_processor.process_pending_job(created["id"], progress=hang)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
