"""Asks a fresh batch of the weak fields showed unread (Dec 6, recall10): science taught
as a subject and a subject taught "through" a program; a licensing test named by its
capitalised name; a duty's verb whose "-ing" form drops its "e" ("braze": Brazing).
Each test is on text written for it, not on the batch's postings.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.subjects import subject_terms


def _names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def _certifications(text: str) -> list[str]:
    return analyse_posting(text).certifications


def test_science_taught_is_a_subject() -> None:
    names = _names("Third Grade Teacher\nA day in the room\nYou'll teach every subject to "
                   "22 third graders: phonics and writing through our own curriculum, then math, "
                   "science and social studies after lunch.\n")
    assert {"Science", "Writing Instruction", "Social studies"} <= names
    names = _names("Fourth Grade Teacher\nDuties\n- Teach science, math and reading using "
                   "hands-on kits to fourth graders\n")
    assert {"Reading instruction", "Mathematics"} <= names
    assert names & {"Science", "Science Instruction"}  # the vocabulary's "teach science"


def test_a_subject_taught_through_a_program_is_read() -> None:
    names = _names("Grade 1 Teacher\nThe job\nYou'll teach writing through our Units of "
                   "Study program and math through Bridges, mostly in small groups.\n")
    assert "Writing Instruction" in names


def test_science_outside_teaching_names_no_subject() -> None:
    assert not {"Science", "Science Instruction"} & _names(
        "Junior Analyst\nRequirements\n- Degree in computer science or data science; "
        "tutoring students is a plus\n- Knowledge of the science of reading\n")
    assert subject_terms("Our lab does science, not marketing") == []


def test_a_resume_shows_the_subjects_it_taught_in_a_list() -> None:
    from tests.match_probe import shown_by_bullet

    ask = "Teach writing and science to fifth graders"
    shown = shown_by_bullet(ask, "Taught reading, writing, science and math to 28 fourth "
                            "graders", "Teacher")
    assert {"Writing Instruction", "Science Instruction"} <= shown
    # Writing done, not taught: no subject.
    assert "Writing Instruction" not in shown_by_bullet(
        ask, "Wrote the weekly newsletter and science fair rules for families", "Teacher")


def test_a_licensing_test_named_after_passing_it_is_asked() -> None:
    certs = _certifications("Requirements\n- Pass the Core Academic Skills for Educators "
                            "test for your teaching license within your first year\n- A "
                            "passing score on the New York Educating All Students test\n")
    assert "Core Academic Skills for Educators" in certs
    # The state that gives the test is no part of its name.
    assert "Educating All Students" in certs


def test_a_test_in_lower_case_is_no_credential() -> None:
    certs = _certifications("Requirements\n- Must pass a drug test and a DOT physical exam\n"
                            "- Able to pass a background check\n")
    assert not [c for c in certs if "physical" in c.lower() or "drug" in c.lower()]


def test_a_duty_verb_that_drops_its_e_is_named_by_its_noun() -> None:
    names = _names("Pipefitter\nWhat you'll do\n- You will braze copper fittings on "
                   "rooftop units and test every joint\n")
    assert "Brazing" in names
    # A describing word in a list is no verb, whatever its "e".
    assert not _names("About us\nWe are a safe, inclusive, diverse workplace\n")


def test_two_verbs_with_particles_share_one_object() -> None:
    names = _names("Barback\nDuties\n- Set up and break down the bar for every private event\n"
                   "- Break down and set up your station at each shift change\n")
    assert {"Bar setup", "Bar breakdown", "Station setup"} <= names


def test_a_verb_used_without_an_object_breaks_down_nothing() -> None:
    names = _names("Route Driver\nThe job\nWhen the van breaks down you'll call dispatch and "
                   "line up a tow with our road service vendor.\n")
    assert "Line breakdown" not in names


def test_a_named_way_of_working_is_asked_whole() -> None:
    names = _names("Youth Care Worker\nDuties\n- Work within the Teaching-Family Model in a "
                   "six-bed home\nRequirements\n- Training in the Pyramid Model or the Nurtured "
                   "Heart Approach is a plus\n")
    assert {"Teaching-Family Model", "Pyramid Model", "Nurtured Heart Approach"} <= names
    # A product's model, and a name the vocabulary reads itself, are not.
    other = _names("Driver\nDuties\n- Drive a Ford Model T in the parade\nRequirements\n"
                   "- Experience with the Montessori Method\n")
    assert "Ford Model" not in other and "Montessori Method" not in other


def test_a_product_named_with_its_edition_number_keeps_it() -> None:
    names = _names("Inside Sales Rep\nRequirements\n- Comfortable in Prophet 21 or Eclipse\n"
                   "Nice to have\n- Experience with Spruce 7, Epicor BisTrack or Acumatica\n")
    # The vocabulary knows the product (health16) and names it by its maker too.
    assert "Epicor Prophet 21" in names and "Prophet" not in names
    # A count after the name is no part of it.
    assert not {n for n in _names("Counter Rep\nRequirements\n- Trained 12 new hires on "
                                  "Prophet 21 users' screens\n") if n.endswith(" 12")}


def test_a_credential_word_in_brackets_names_the_skill_s_credential() -> None:
    analysis = analyse_posting("Warehouse Associate\nRequirements\n- Two years of order "
                               "picking\n- Forklift experience (certification a plus)\n")
    assert "Forklift Certification" in analysis.certifications
    preferred = {s.name for s in analysis.skills if not s.required}
    assert "Forklift Certification" in preferred  # the bracket's wish is the credential's
    assert "Forklift Operation" not in preferred  # the experience stays required
    # A bracket after a skill the vocabulary gives no credential of asks none.
    assert _certifications("Requirements\n- Strong typing skills (certification not "
                           "needed)\n") == []


def test_a_sentence_opening_with_go_is_no_programming_language() -> None:
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()

    def names(text: str) -> list[str]:
        return [h.skill.name for h in vocabulary.find(text)]

    # A bullet under one that ends in a skill: "Go" opens a sentence, not a list item.
    assert "Go" not in names("- Chart vitals and I&Os in Cerner\n- Go over home meds with "
                             "each family before they leave\n")
    # One skill a line is still a list.
    assert "Go" in names("Languages\nPython\nGo\nRust\n")


def test_a_letter_with_a_mark_ends_no_deed() -> None:
    from tests.match_probe import shown_by_bullet

    # "sauté" before the object: the deed still reaches "station".
    assert "Station setup" in shown_by_bullet(
        "Set up your station every shift", "Set up the sauté station before each dinner "
        "service", "Line Cook")


def test_a_heading_that_says_it_is_a_plus_heads_the_preferred_asks() -> None:
    analysis = analyse_posting("Parts Counter Rep\n\nWhat you need\n- Two years at a parts "
                               "counter\n- Excel\n\nIt's a bonus if you\n- Know Epicor BisTrack\n"
                               "- Speak Vietnamese\n")
    preferred = {s.name for s in analysis.skills if not s.required}
    assert {"BisTrack", "Vietnamese"} <= preferred


def test_a_screening_test_before_hire_is_no_credential() -> None:
    certs = _certifications("Requirements\n- Must pass the Hogan Personality test before hire\n"
                            "- Candidates take the Criteria Basic Skills test during screening\n")
    assert certs == []


def test_a_credential_the_employer_gives_is_not_asked() -> None:
    for bracket in ("(certification provided on your first day)",
                    "(certification paid for by the company)", "(we'll certify you)"):
        assert _certifications(f"Requirements\n- Forklift experience {bracket}\n") == []


def test_how_the_job_is_arranged_is_no_way_of_working() -> None:
    names = _names("Case Aide\nDuties\n- Follow our Remote Work Model on Fridays\n- Keep "
                   "to the Flexible Schedule Approach your team agrees on\n")
    assert not {n for n in names if n.endswith(("Model", "Approach"))}


def test_a_subject_the_writer_did_not_teach_is_not_credited_by_the_subject_reader() -> None:
    from tailor_app.tailoring.posting.subjects import taught_by_writer
    from tests.match_probe import shown_by_bullet

    def taught(line: str) -> bool:
        return taught_by_writer(line, line.index("science"))

    assert not taught("Was taught writing and science by my grandmother")
    assert not taught("Watched the mentor teacher teach writing and science")
    assert not taught("Finished coursework in teaching writing and science")
    assert taught("- Planned and taught writing and science units for 26 students")
    assert taught("Team-taught math; taught science labs to 60 students")
    # A deed done to the writer ("was taught") is no deed of theirs (writers_own).
    ask = "Teach writing and science to fifth graders"
    assert "Writing Instruction" not in shown_by_bullet(
        ask, "Was taught writing and science by my grandmother", "Teacher")
    assert "Writing Instruction" in shown_by_bullet(
        ask, "Planned and taught writing and science units for 26 students", "Teacher")


def test_a_product_asked_with_its_number_is_shown_by_its_bare_name() -> None:
    from tests.match_probe import shown_by_bullet

    ask = "Comfortable in Spruce 7 or BisTrack"
    assert "Spruce 7" in shown_by_bullet(ask, "Keyed lumber orders in Spruce every day", "Rep")
    # Another edition is another product.
    assert "Spruce 7" not in shown_by_bullet(ask, "Keyed lumber orders in Spruce 5", "Rep")
