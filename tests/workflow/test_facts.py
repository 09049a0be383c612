"""The user's facts: stored per resume, used by every later job of that resume, and
the only new thing the guard lets in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fact_samples import LINE, POSTING, RESUME, ROLE
from factories import make_text

from tailor_app import db, facts, importer, job, job_processor
from tailor_app.facts import FactError
from tailor_app.tailoring.compose.guard import check
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import ResumeDocument, UserFact


@pytest.fixture
def user_id(tmp_path: Path) -> Iterator[str]:
    db.init_db(tmp_path / "facts.db")
    yield db.get_or_create_local_user()
    db.close_db()


def _resume(tmp_path: Path, user_id: str, name: str = "luis.txt",
            text: str = RESUME) -> dict[str, Any]:
    return importer.import_resume(make_text(tmp_path / name, text), user_id)


def test_a_fact_shows_in_the_next_job_and_raises_its_score(tmp_path: Path,
                                                           user_id: str) -> None:
    resume = _resume(tmp_path, user_id)
    first = job_processor.process_job(user_id, resume["id"], POSTING)
    assert "ServiceTitan" in first["result"]["gaps"]["missing_required"]
    assert facts.entry_choices(resume["id"])[0] == ROLE

    facts.add_fact(resume["id"], "ServiceTitan", ROLE, LINE)
    second = job_processor.process_job(user_id, resume["id"], POSTING)
    assert second["status"] == "COMPLETED"
    assert "ServiceTitan" not in second["result"]["gaps"]["missing_required"]
    assert second["score_after"] > first["score_after"]
    text = second["tailored_resume_text"]
    role_block = text[text.index(ROLE):text.index("Apprentice Technician")]
    assert f"• {LINE}" in role_block  # the line, under the role the user chose
    assert "ServiceTitan" in text.split("Skills", 1)[1]  # and the skill in the list
    assert second["result"]["added"] == [LINE, "Skill: ServiceTitan"]
    assert second["result"]["facts_used"] == [
        {"skill": "ServiceTitan", "entry": ROLE, "line": LINE}]


def test_a_fact_belongs_to_its_resume_only(tmp_path: Path, user_id: str) -> None:
    luis = _resume(tmp_path, user_id)
    other = _resume(tmp_path, user_id, "other.txt", RESUME.replace("Luis Ortega", "Ana Ruiz"))
    facts.add_fact(luis["id"], "ServiceTitan", None, None)
    done = job_processor.process_job(user_id, other["id"], POSTING)
    assert "ServiceTitan" not in done["tailored_resume_text"]
    assert "ServiceTitan" in done["result"]["gaps"]["missing_required"]


def test_a_removed_fact_is_gone_from_the_next_tailoring(tmp_path: Path, user_id: str) -> None:
    resume = _resume(tmp_path, user_id)
    fact = facts.add_fact(resume["id"], "ServiceTitan", ROLE, LINE)
    assert LINE in job_processor.process_job(user_id, resume["id"], POSTING)[
        "tailored_resume_text"]
    assert facts.remove_fact(fact["id"][:8])  # a unique prefix, as for jobs
    again = job_processor.process_job(user_id, resume["id"], POSTING)
    assert LINE not in again["tailored_resume_text"]
    assert "ServiceTitan" not in again["tailored_resume_text"]
    assert facts.list_facts(resume["id"]) == []


def test_a_retailored_job_takes_the_new_fact(tmp_path: Path, user_id: str) -> None:
    resume = _resume(tmp_path, user_id)
    done = job_processor.process_job(user_id, resume["id"], POSTING)
    facts.add_fact(resume["id"], "NATE", None, None)
    job.requeue_job(done["id"], again=True)
    again = job_processor.process_pending_job(done["id"])
    assert again["status"] == "COMPLETED"
    assert "NATE" not in again["result"]["gaps"]["missing_required"]
    assert again["score_after"] > done["score_after"]


def test_the_same_skill_again_updates_it_and_bad_input_says_why(tmp_path: Path,
                                                                 user_id: str) -> None:
    resume = _resume(tmp_path, user_id)
    facts.add_fact(resume["id"], "ServiceTitan", None, None)
    facts.add_fact(resume["id"], "servicetitan", ROLE, LINE)
    stored = facts.list_facts(resume["id"])
    assert len(stored) == 1 and stored[0]["line"] == LINE
    with pytest.raises(FactError, match="Say which skill"):
        facts.add_fact(resume["id"], "   ")
    with pytest.raises(FactError, match="one bullet"):
        facts.add_fact(resume["id"], "NATE", ROLE, "x" * 600)
    assert facts.find_entry(resume["id"], "desert air") == ROLE
    with pytest.raises(FactError, match="Its entries"):
        facts.find_entry(resume["id"], "Acme")


def test_the_guard_still_refuses_anything_else_new() -> None:
    fact = UserFact("ServiceTitan", ROLE, LINE)
    result = tailor(ResumeDocument.from_text(RESUME), POSTING, facts=[fact])
    assert result.guard.ok
    # The guard's source is the resume plus its facts: take the fact away and the
    # same output is an invention.
    from tailor_app.tailoring.resume.parser import parse_resume

    bare = parse_resume(ResumeDocument.from_text(RESUME))
    refused = check(bare, result.tailored, result.summary, result.renamed)
    assert not refused.ok and "servicetitan" in " ".join(refused.invented).casefold()
    # and a fact's line cannot smuggle in a number the user did not write elsewhere
    sneaky = result.tailored
    for section in sneaky.sections:
        for entry in section.entries:
            entry.bullets = [b.replace("12-truck", "30-truck") for b in entry.bullets]
    with_fact = tailor(ResumeDocument.from_text(RESUME), POSTING, facts=[fact])
    from tailor_app.tailoring.compose.facts import with_facts

    assert not check(with_facts(bare, [fact]), sneaky, with_fact.summary,
                     with_fact.renamed).ok


def test_a_fact_under_a_role_no_longer_in_the_resume_keeps_only_its_skill() -> None:
    fact = UserFact("ServiceTitan", "Dispatcher, Old Company  2010 - 2012", LINE)
    result = tailor(ResumeDocument.from_text(RESUME), POSTING, facts=[fact])
    assert result.guard.ok
    assert LINE not in result.text
    assert "ServiceTitan" in result.text.split("Skills", 1)[1]


SCHOOL_RESUME = """Dana Kim
dana.kim@example.com

Experience
Georgia Institute of Technology
Research Assistant, Jan 2012 - Dec 2013
- Modelled portfolio hedging strategies in Python

Projects
- Open source Python library for financial data analysis

Education
Georgia Institute of Technology
Master of Science in Computer Science, 2013
"""


def test_places_tell_apart_a_role_and_a_degree_at_the_same_school() -> None:
    from tailor_app.tailoring.compose.facts import entry_labels
    from tailor_app.tailoring.resume.parser import parse_resume

    labels = entry_labels(parse_resume(ResumeDocument.from_text(SCHOOL_RESUME)))
    role = "Georgia Institute of Technology \u00b7 Research Assistant, Jan 2012 - Dec 2013"
    degree = "Georgia Institute of Technology \u00b7 Master of Science in Computer Science, 2013"
    assert labels == [role, "Projects", degree]
    line = "Fitted the hedging models with scikit-learn"
    text = tailor(ResumeDocument.from_text(SCHOOL_RESUME), "Requirements: scikit-learn, "
                  "Python, and a master's degree in computer science.",
                  facts=[UserFact("scikit-learn", role, line),
                         UserFact("pandas", "Projects", "Cleaned price data with pandas")]).text
    # (The section's heading: the summary line may name the degree asked, "Education: …".)
    education = text.index("\nEducation\n")
    assert text.index(line) < education  # under the role, not the degree
    assert text.index("Cleaned price data with pandas") < education


def test_a_stored_place_survives_a_parser_that_heads_the_entry_differently() -> None:
    # Stored when the parser named the role by its first line only: still found.
    fact = UserFact("ServiceTitan", "HVAC Service Technician, Desert Air Mechanical", LINE)
    result = tailor(ResumeDocument.from_text(RESUME), POSTING, facts=[fact])
    assert result.guard.ok
    role_block = result.text[result.text.index(ROLE):result.text.index("Apprentice")]
    assert LINE in role_block
    # A place that fits two entries is not guessed: the skill stays, the line does not.
    vague = tailor(ResumeDocument.from_text(RESUME), POSTING,
                   facts=[UserFact("ServiceTitan", "Technician", LINE)])
    assert LINE not in vague.text and "ServiceTitan" in vague.text


def test_removing_a_resume_removes_what_was_added_to_it(tmp_path: Path, user_id: str) -> None:
    resume = _resume(tmp_path, user_id)
    facts.add_fact(resume["id"], "ServiceTitan", ROLE, LINE)
    assert importer.delete_resume(resume["id"])
    assert facts.list_facts() == []
