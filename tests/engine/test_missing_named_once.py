"""One gap is listed once: a general name read from the same words as a narrower one
("Communication" inside "verbal and written communication") is no second missing
skill; the same general word written apart ("accounting, cost accounting") still is."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume

RESUME = parse_resume("Robin Ash\nrobin@example.com\n\nExperience\n"
                      "Clerk | Lakeside Co | 2020 - Present\n- Filed invoices\n")


def _missing(requirement: str) -> list[str]:
    report = match_resume(RESUME, analyse_posting(f"Clerk\n\nRequirements\n- {requirement}\n"))
    return report.missing


def test_a_general_name_read_inside_a_narrower_one_is_listed_once() -> None:
    missing = _missing("Excellent verbal and written communication")
    assert "Verbal Communication" in missing and "Written Communication" in missing
    assert "Communication" not in missing


def test_the_same_word_written_apart_is_two_gaps() -> None:
    missing = _missing("Knowledge of accounting, cost accounting and Excel")
    assert "Cost Accounting" in missing and "Accounting" in missing
