"""Making an earlier revision current again: the job's score follows, nothing is
deleted, and tailoring again makes its own result current while every edit stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import make_text
from test_cli import POSTING, RESUME

from tailor_app import job, revisions, startup
from tailor_app.errors import JobStateError
from tailor_app.job_processor import process_job, process_pending_job


def test_an_edit_made_current_again_after_tailoring_again(tmp_path: Path) -> None:
    from tailor_app.importer import import_resume

    user = startup.open_app_database(tmp_path / "tailor.db")
    resume = import_resume(make_text(tmp_path / "sam.txt", RESUME), user)
    done = process_job(user, resume["id"], POSTING, "Senior Accountant", "Northwind")
    job_id = str(done["id"])
    edit = revisions.save_revision(job_id, done["tailored_resume_text"] + "\nReferences\n")

    job.requeue_job(job_id, again=True)
    again = process_pending_job(job_id)
    assert (again["current_revision"], again["tailored_score"]) == (1, again["score_after"])
    assert [r["number"] for r in revisions.list_revisions(job_id)] == [edit["number"]]

    chosen = revisions.make_current(job_id, edit["number"])
    assert chosen["text"] == edit["text"]
    row = job.get_job_by_id(job_id)
    assert row is not None
    assert (row["current_revision"], row["score_after"]) == (edit["number"], edit["score"])
    assert revisions.current(job_id)["text"] == edit["text"]

    back = revisions.make_current(job_id, 1)
    assert (back["number"], back["text"]) == (1, again["tailored_resume_text"])
    assert len(revisions.list_revisions(job_id)) == 1  # nothing deleted
    with pytest.raises(JobStateError):
        revisions.make_current(job_id, 9)
