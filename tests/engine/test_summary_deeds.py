"""The summary line names work the resume shows only by a deed, in the resume's own
words with the verb as a gerund ("resolving guest complaints"), and the guard takes
exactly that and no other new word."""

from __future__ import annotations

from datetime import date

import pytest

from tailor_app.tailoring.compose.gerund import gerund, gerund_phrase, is_gerund_of
from tailor_app.tailoring.compose.guard import check
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.resume.parser import parse_resume

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(("verb", "said"), [
    ("resolve", "resolving"), ("plan", "planning"), ("run", "running"),
    ("audit", "auditing"), ("visit", "visiting"), ("control", "controlling"),
    ("transfer", "transferring"), ("see", "seeing"), ("tie", "tying"),
    ("educate", "educating"), ("coach", "coaching"), ("carry", "carrying"),
    # A prefix and a short verb double as the short verb does ("reseting" was written).
    ("reset", "resetting"), ("unclog", "unclogging"), ("input", "inputting"),
    ("debug", "debugging"), ("overlap", "overlapping"), ("reopen", "reopening"),
    ("restock", "restocking"), ("edit", "editing"), ("deposit", "depositing"),
    ("format", "formatting"),
])
def test_gerund_forms(verb: str, said: str) -> None:
    assert gerund(verb) == said
    assert is_gerund_of(said, {verb})


def test_only_a_whole_deed_in_plain_form_is_told() -> None:
    text = ("Resolve escalated guest complaints within a day\n"
            "Investigate employee complaints with HR\n"
            "Scheduled 40 interviews a week\nTrain them on safety\nPlan of care reviews\n")
    assert gerund_phrase("Resolve escalated guest complaints", set(), text) == (
        "resolving escalated guest complaints")
    # Read cut short, the deed is told with the object the bullet goes on with.
    assert gerund_phrase("Investigate employee", set(), text) == (
        "investigating employee complaints")
    assert gerund_phrase("Scheduled 40 interviews", set(), text) is None  # past, a figure
    assert gerund_phrase("Train them", set(), text) is None  # names no work
    assert gerund_phrase("Plan of care", set(), text) is None  # a noun, not a deed
    assert gerund_phrase("schedule and coach staff", {"coach"}, "schedule and coach staff") == (
        "scheduling and coaching staff")


def test_the_summary_names_work_shown_only_by_a_deed() -> None:
    resume = ("Dana Reyes\ndana.reyes@example.com\n\nEXPERIENCE\n"
              "Front Desk Supervisor, Lakeview Inn    Jun 2019 – Present\n"
              "• Resolve escalated guest complaints and issue service credits\n"
              "• Forecast occupancy for the weekly staffing plan\n")
    posting = ("Front Office Manager\nRequirements:\n- Complaint resolution\n"
               "- Occupancy forecasting\n- Opera PMS\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok
    assert result.summary is not None
    assert "resolving escalated guest complaints" in result.summary
    # "forecasting" alone names Forecasting, a skill the resume never shows in
    # those words: the line does not claim it.
    assert "forecasting" not in result.summary


def test_the_guard_takes_a_gerund_only_of_the_resumes_own_verb() -> None:
    source = parse_resume("Dana Reyes\n\nEXPERIENCE\nClerk, Inn    2019 – 2024\n"
                          "• Resolve guest complaints\n")
    ok = check(source, source, "Experience in resolving guest complaints.", {}, today=TODAY)
    assert ok.ok
    # "negotiating" is no form of any word of the resume: an invention.
    bad = check(source, source, "Experience in negotiating guest complaints.", {},
                today=TODAY)
    assert "negotiating" in bad.invented
