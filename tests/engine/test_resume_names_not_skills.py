"""Words of a resume that name something other than the writer's skill: a degree's kind
("Bachelor of Science"), a school's name ("College of Engineering"), a section heading
that is only a word ("READING" over a list of books), and people the work was done with
("presented results to project managers").

A new user's run of the window found each of them quoted as a matched skill: a nurse
"showed" Science for a teaching posting through her BSN, a developer Engineering
through his college's name, and Reading and Writing through her hobby headings.
"""

from __future__ import annotations

from tailor_app.tailoring.compose.tailor import tailor

RESUME = """Dana Reyes
dana@example.com

Experience
Registered Nurse, Mercy Heart Institute, 2021 to Present
- Gave oral and IV medications and charted in Epic
- Presented quarterly results to project managers

READING
The Pragmatic Programmer; Clean Code

Education
Bachelor of Science in Nursing, University of Iowa College of Engineering, 2019
"""

POSTING = """Grade 5 Teacher

Requirements
- Teach reading, writing, science and math
- Engineering design projects
- Project management
- Nursing background a plus
"""


def test_names_of_a_degree_a_school_a_heading_and_people_show_no_skill() -> None:
    report = tailor(RESUME, POSTING).match_before
    matched = {m.name for m in report.matched}
    assert not {"Science", "Engineering", "Reading", "Project Management"} & matched
    # The degree's subject still shows.
    assert "Nursing" in matched


def test_the_same_words_as_the_writers_own_work_still_show() -> None:
    resume = ("Sam Lee\nsam@example.com\n\nExperience\nProject Manager, Acme, 2020 to 2024\n"
              "- Project manager for a $2M office build-out\n- Taught science to adult "
              "learners\n")
    matched = {m.name for m in tailor(resume, POSTING).match_before.matched}
    assert {"Project Management", "Science"} <= matched


TECH = """Dana Reyes
dana@example.com

Experience
Patient Care Technician, Mercy, 2019 to 2021
- Changed dressings under Registered Nurse supervision
- Took vitals under the direction of an RN
"""
RN_POSTING = "Registered Nurse\n\nRequirements\n- Active RN license\n- Wound care\n"


def test_a_credential_worked_under_is_someone_elses() -> None:
    report = tailor(TECH, RN_POSTING).match_before
    assert "Registered Nurse" in report.missing
    # The work done under the nurse is the writer's own: changing dressings is wound care.
    assert "Wound Care" in {m.name for m in report.matched}


def test_the_writers_own_licence_is_quoted_not_the_supervisors() -> None:
    resume = TECH + "\nLicenses\nRegistered Nurse, Ohio (active)\n"
    match = next(m for m in tailor(resume, RN_POSTING).match_before.matched
                 if m.name == "Registered Nurse")
    assert match.evidence == "Registered Nurse, Ohio (active)"


# An education section that also lists trainings: each line is "what, who gave it (year)",
# with no school word and no degree, so the parser's "school" (its first part) is as
# often the training itself.
TRAINED = """Avery Stone
avery.stone@example.com

Work History
Night Counselor, Ridgeline Group Home, Yakima, WA, 2022 to present
- Did hourly room checks and wrote the shift log

Education & Training
Associate of Arts, Yakima Valley College (2021)
CPR/First Aid, American Red Cross (2024)
Trauma-Informed Care, state online training (2023)
Notary Public, State of Washington (commission expires 2029)
"""

TRAINED_POSTING = """Overnight Counselor

Requirements
- CPR and First Aid certification
- Trauma-informed care training
- Notary public commission
- Experience at a community college
"""


def test_a_training_written_like_a_school_line_still_shows() -> None:
    matched = {m.name for m in tailor(TRAINED, TRAINED_POSTING).match_before.matched}
    assert {"CPR Certification", "First Aid Certification", "Trauma-Informed Care",
            "Notary Public"} <= matched


def test_a_school_named_as_one_still_shows_nothing() -> None:
    # A school's word in the name ("College") or a degree beside it: the name is a
    # school's, and "Culinary Arts" in it is no skill of the writer's.
    posting = TRAINED_POSTING + "- Culinary arts background\n"
    for line in ("Certificate, Cascade College of Culinary Arts (2021)",
                 "Cascade College of Culinary Arts, Walla Walla (2021)"):
        resume = TRAINED.replace("Associate of Arts, Yakima Valley College (2021)", line)
        matched = {m.name for m in tailor(resume, posting).match_before.matched}
        assert "Culinary arts" not in matched, line
    # Written as what was learned, with no school word, it is the writer's.
    resume = TRAINED.replace("Associate of Arts, Yakima Valley College (2021)",
                             "Culinary Arts, Cascade Adult Learning (2021)")
    assert "Culinary arts" in {m.name for m in tailor(resume, posting).match_before.matched}


def test_the_kind_of_place_in_brackets_after_an_employer_is_the_persons_setting() -> None:
    # "(memory care & LTC)" says where the nurse worked, not what the employer is called.
    resume = ("Dana Lee\ndana@example.com\n\nExperience\nLicensed Practical Nurse | Northwoods "
              "Senior Living (memory care & LTC) | Eau Claire, WI | 2023 to Present\n"
              "- Passed meds for 22 residents\n")
    posting = "LPN\n\nRequirements\n- Long-term care experience\n"
    matched = {m.name for m in tailor(resume, posting).match_before.matched}
    assert "Long-Term Care" in matched
    # Without the brackets the employer's name shows a home of care, and only a title
    # of care makes that long-term care (skills/settings.py): a cook there gave none.
    plain = resume.replace(" (memory care & LTC)", "")
    assert "Long-Term Care" in {m.name for m in tailor(plain, posting).match_before.matched}
    cook = plain.replace("Licensed Practical Nurse", "Cook").replace("Passed meds for 22 residents",
                                                                   "Cooked for 22 residents")
    assert "Long-Term Care" not in {m.name for m in tailor(cook, posting).match_before.matched}
