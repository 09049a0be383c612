"""One rule says what is not a job posting, for the window, the workflow and the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tailor_app import db, job_processor
from tailor_app.gui import posting_editor
from tailor_app.posting_check import (
    LINK_AND_WORDS_MESSAGE,
    LINK_MESSAGE,
    MIN_POSTING_WORDS,
    NO_WORDS_MESSAGE,
    posting_problem,
    posting_words,
)

LINK = "https://jobs.example.com/careers/senior-accountant-12345?ref=board"
POSTING = ("Senior Accountant at Northwind. Requirements: five years of accounting, "
           "Excel and QuickBooks, knowledge of GAAP. Nice to have: CPA.")


@pytest.mark.parametrize(("text", "message"), [
    (LINK, LINK_MESSAGE),
    (f"  {LINK}\n", LINK_MESSAGE),
    ("www.example.com/jobs/42", LINK_MESSAGE),
    (f"{LINK} {LINK}", LINK_MESSAGE),
    (f"Senior Accountant {LINK} apply here", LINK_AND_WORDS_MESSAGE),
    (f"{LINK}\nSenior Accountant, Northwind, Boston", LINK_AND_WORDS_MESSAGE),
    ("12345 67890 !!!", NO_WORDS_MESSAGE),
])
def test_links_and_wordless_text_are_not_postings(text: str, message: str) -> None:
    assert posting_problem(text) == message


def test_a_links_parts_are_not_words() -> None:
    """The URL alone has nine letter runs; counted as words it passed as a posting."""
    assert posting_words(LINK) == 0
    assert posting_words(f"Senior Accountant {LINK}") == 2


def test_short_text_says_how_short() -> None:
    assert "(1 word)" in (posting_problem("hi") or "")
    seven = " ".join(["word"] * (MIN_POSTING_WORDS - 1))
    assert f"({MIN_POSTING_WORDS - 1} words)" in (posting_problem(seven) or "")
    assert posting_problem(" ".join(["word"] * MIN_POSTING_WORDS)) is None


def test_a_real_posting_with_a_link_in_it_is_a_posting() -> None:
    assert posting_problem(POSTING) is None
    assert posting_problem(f"{POSTING}\nApply at {LINK}") is None
    assert posting_problem("   ") is None  # blank has its own message elsewhere


def test_the_window_uses_the_same_rule() -> None:
    assert posting_editor.posting_problem is posting_problem
    assert posting_editor.posting_words is posting_words


@pytest.fixture
def user_id(tmp_path: Path) -> Iterator[str]:
    db.init_db(tmp_path / "check.db")
    yield db.get_or_create_local_user()
    db.close_db()


@pytest.mark.parametrize("text", [LINK, f"Senior Accountant {LINK} apply here", "hi"])
def test_the_workflow_refuses_it_with_the_windows_words_and_makes_no_job(
        user_id: str, text: str) -> None:
    with pytest.raises(job_processor.ValidationError) as info:
        job_processor.process_job(user_id, None, text)
    assert info.value.errors == {"job_description": posting_problem(text)}
    with db.connection_context():
        assert db.Job.select().count() == 0


def test_the_workflow_accepts_a_posting(user_id: str) -> None:
    created = job_processor.process_job(user_id, None, POSTING, process_immediately=False)
    assert created["status"] == "PENDING"
