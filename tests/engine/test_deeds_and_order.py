"""Skills written as deeds, and bullet order that counts every kind of asked term.

Postings state duties as a verb and its object ("plan lessons", "track shipments"),
resumes as a past tense ("Planned weekly lessons"); a term read from the posting by
its shape ("FluxPilot", a product no vocabulary holds) must lift the bullet that
names it as a vocabulary skill does. Texts are written for these tests.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.deeds import action_verbs
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 6, 1)


def test_action_nouns_give_their_verbs() -> None:
    assert action_verbs("planning") == ("plan",)
    assert action_verbs("management") == ("manage",)
    assert "coordinat" in action_verbs("coordination")
    assert action_verbs("supervision") == ("supervis",)
    assert action_verbs("calendar") == ()


def test_a_posting_s_duties_in_sentences_are_read_as_skills() -> None:
    analysis = analyse_posting(
        "Classroom Teacher. In this role you will plan lessons for three grade levels, "
        "track shipments of lab supplies and manage a yearly budget.")
    names = {s.name for s in analysis.skills}
    assert {"Lesson Planning", "Shipment Tracking", "Budgeting"} <= names


def test_a_deed_stops_at_the_end_of_its_clause() -> None:
    vocabulary = load_vocabulary()
    assert vocabulary.deeds("We plan. Lessons are free") == []
    assert vocabulary.deeds("plan (weekly) lessons") == []
    hits = vocabulary.deeds("Manage a $2.4M annual paid media budget")
    assert [h.skill.name for h in hits] == ["Budgeting"]


def test_a_resume_s_past_tense_shows_the_skill() -> None:
    resume = ("Mai Tran\nmai@example.com\n\nEXPERIENCE\nTeacher, Westfield Middle School"
              "    2019 – Present\n• Planned weekly lessons for 120 students\n"
              "• Ran the science fair\n")
    result = tailor(resume, "Teacher\nRequirements:\n- Lesson planning\n- Grading",
                    today=TODAY)
    matched = {m.name: m for m in result.match_before.matched}
    assert matched["Lesson Planning"].resume_term == "Planned weekly lessons"
    assert result.guard.ok
    # The summary names no skill in words the resume does not have.
    assert "lesson planning" not in (result.summary or "").lower()


def test_a_shape_read_term_lifts_its_bullet() -> None:
    resume = ("Ana Ruiz\nana@example.com\n\nEXPERIENCE\nAnalyst, Northgate Freight"
              "    2020 – Present\n• Organised the quarterly team offsite\n"
              "• Answered carrier emails\n• Built route dashboards in FluxPilot\n")
    posting = "Logistics Analyst\nRequirements:\n- Experience with FluxPilot\n- Excel"
    result = tailor(resume, posting, today=TODAY)
    assert "FluxPilot" in {s.name for s in result.analysis.skills}
    bullets = [line for line in result.text.splitlines() if line.startswith("•")]
    assert bullets[0] == "• Built route dashboards in FluxPilot"
    assert result.guard.ok
