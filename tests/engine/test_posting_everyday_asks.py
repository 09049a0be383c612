"""Asks the weak fields' postings make in everyday sentences (Dec 5, recall6): duties told
to "you" in an "About the job" paragraph, reading and writing taught, small groups, a
seller's needs discovery, writing clearly, keeping labor to a target. Each test is on
text written for it.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.needs import needs_terms
from tailor_app.tailoring.posting.subjects import subject_terms


def _names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_a_duty_told_to_you_in_an_about_paragraph_is_read() -> None:
    names = _names("Sales Associate\nAbout the job\nWe sell sofas and recliners from two "
                   "showrooms. As a Sales Associate you will greet every shopper, find out "
                   "what they need and recommend products that fit their space.\n")
    assert "Needs Analysis" in names
    # A verb before a preposition tells the role as a whole; "learn" tells no duty.
    assert not _names("Veterinary Assistant\nAbout the job\nIn this role you will rotate "
                      "between exam rooms, treatment and surgery, and you'll learn how our "
                      "clinic runs.\n")


def test_a_sentence_opening_with_a_duty_turns_from_the_story_to_the_job() -> None:
    names = _names("Store Associate\nAbout the job\nOur shops are where the neighborhood "
                   "meets. Troubleshoot basic tablet issues and set up email for customers. "
                   "Process returns at the register.\n")
    assert "Troubleshooting" in names


def test_reading_and_writing_taught_are_subjects() -> None:
    names = _names("Reading Tutor\nDuties\n- Tutor second graders in phonics, early "
                   "reading, spelling and math\n- Teach persuasive and narrative writing "
                   "to small groups\n")
    assert {"Reading instruction", "Writing Instruction", "Phonics"} <= names
    lessons = _names("Grade 2 Teacher\nResponsibilities\n- Plan and deliver lessons in "
                     "reading, writing, math and science\n")
    assert {"Reading instruction", "Writing Instruction", "Mathematics"} <= lessons
    assert not {"Reading", "Writing"} & lessons  # the subjects, not the bare words


def test_reading_and_writing_outside_teaching_ask_no_subject() -> None:
    names = _names("Cashier\nRequirements\n- Basic reading and math skills\n- Fluent in "
                   "reading and writing Spanish\n- Read blueprints and writing reports\n")
    assert not names & {"Reading instruction", "Writing Instruction"}
    assert subject_terms("Experience reading and writing SQL for our students") == []


def test_needs_discovery_only_where_the_unit_sells() -> None:
    assert [t.name for t in needs_terms(
        "Ask questions to learn what they're looking for and recommend a mattress")] \
        == ["Needs Analysis"]
    assert needs_terms("Help new hires learn how our systems work") == []
    assert needs_terms("Find out what customers need before they leave the clinic") == []


def test_writing_clearly_and_labor_to_a_target_are_asked_in_everyday_words() -> None:
    names = _names("Assistant Manager\nResponsibilities\n- Write the weekly schedule within "
                   "labor targets\nRequirements\n- You write clearly and stay calm with upset "
                   "guests\n")
    assert {"Labor Cost Management", "Written Communication"} <= names


def test_a_resume_shows_reading_and_writing_taught_in_its_own_words() -> None:
    from tests.match_probe import shown_by_bullet

    ask = "Teach reading and writing to second graders"
    assert "Reading instruction" in shown_by_bullet(
        ask, "Taught reading and math to 24 second graders", "Teacher")
    assert "Writing Instruction" in shown_by_bullet(
        ask, "Planned daily writing lessons for 24 students", "Teacher")
    # Reading groups are small groups taught.
    assert "Small group instruction" in shown_by_bullet(
        "Run small-group intervention blocks", "Led Tier 2 reading groups", "Teacher")


def test_small_groups_taught_are_asked() -> None:
    names = _names("Reading Interventionist\nDuties\n- Run small-group intervention blocks "
                   "for third graders\n- Read aloud to small groups twice a day\n")
    assert "Small group instruction" in names
    # A restaurant's groups are its guests, taught nothing.
    assert "Small group instruction" not in _names(
        "Host\nDuties\n- Seat small groups and large parties on the patio\n")
