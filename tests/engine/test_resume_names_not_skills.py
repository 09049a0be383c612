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
