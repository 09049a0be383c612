"""`tailor-app jobs` says when a job's score is of the user's edited text, not of
tailoring's result: `--json` adds `current_revision` and `tailored_score` (no key
changes meaning), and the list for people names it beside the job."""

from __future__ import annotations

import json
from pathlib import Path

from factories import make_text
from test_cli import POSTING, RESUME, run

from tailor_app import db, revisions, startup


def test_jobs_names_the_edited_score_and_the_tailored_one(tmp_path: Path) -> None:
    from tailor_app.importer import import_resume
    from tailor_app.job_processor import process_job

    db_path = tmp_path / "cli.db"
    user = startup.open_app_database(db_path)
    resume = import_resume(make_text(tmp_path / "sam.txt", RESUME), user)
    done = process_job(user, resume["id"], POSTING, "Senior Accountant", "Northwind")
    tailored = int(done["score_after"])
    unedited = json.loads(run("jobs", "--json", "--db", str(db_path)).stdout)
    assert (unedited[0]["current_revision"], unedited[0]["tailored_score"]) == (1, tailored)
    assert "edited" not in run("jobs", "--db", str(db_path)).stdout

    # The user's edit drops the QuickBooks skill: its score is its own, lower one.
    text = done["tailored_resume_text"].replace("QuickBooks", "the ledger")
    saved = revisions.save_revision(str(done["id"]), text)
    db.close_db()
    assert saved["score"] < tailored

    [row] = json.loads(run("jobs", "--json", "--db", str(db_path)).stdout)
    assert (row["score_after"], row["current_revision"], row["tailored_score"]) == (
        saved["score"], 2, tailored)
    listed = run("jobs", "--db", str(db_path)).stdout
    assert f"(score of your edited version; tailored: {tailored})" in listed
    assert f"{done['score_before']}\u2192{saved['score']}" in listed
