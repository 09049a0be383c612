"""The summary quotes the resume's whole name for a skill, not the part a match rested
on: "SUD treatment", not "SUD" (which reads as another skill, substance use disorders);
"Form 941 filings", not "941". Texts written for these tests."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.compose.whole_term import whole_term
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary


def vocabulary() -> Vocabulary:
    return Vocabulary.from_lines([
        "Substance Use Disorders\thard\tsubstance use disorders | SUD",
        "SUD treatment\thard\tSUD treatment",
        "Form 941\thard\tForm 941 | 941",
        "Form 941 filings\thard\tForm 941 filings",
    ])


OWN = frozenset({"SUD treatment", "Form 941 filings"})  # the resume's own names


def test_a_part_of_a_longer_name_widens_to_the_name() -> None:
    line = "Link clients with behavioral health and SUD treatment"
    assert whole_term("SUD", line, vocabulary(), OWN) == "SUD treatment"
    assert whole_term("941", "Prepare Form 941 filings each quarter", vocabulary(), OWN) \
        == "Form 941 filings"


def test_a_whole_name_or_a_term_not_on_the_line_stays() -> None:
    assert whole_term("SUD", "Screen adults for SUD at intake", vocabulary(), OWN) == "SUD"
    assert whole_term("SUD treatment", "Refer to SUD treatment", vocabulary(), OWN) \
        == "SUD treatment"
    assert whole_term("Gusto", "Run payroll in ADP", vocabulary(), OWN) == "Gusto"


def test_a_term_the_resume_names_on_its_own_stays() -> None:
    own = OWN | {"Substance Use Disorders"}  # "SUD" alone elsewhere in the resume
    line = "Link clients with behavioral health and SUD treatment"
    assert whole_term("SUD", line, vocabulary(), own) == "SUD"


RESUME = """Jordan Vale
Tacoma, WA | jordan.vale@example.com

Summary
Case manager who helps adults leave shelters for stable homes.

Experience
Case Manager, Harbor Light Shelter, Tacoma, WA | 2021 – Present
- Carry a caseload of 30 adults from shelter entry to housing
- Run VI-SPDAT assessments and write housing plans
- Enter every contact in HMIS the same day
- Help clients apply for SNAP and SSI and link them with mental health and SUD treatment
- Use motivational interviewing and trauma-informed care with every client
- Present clients at coordinated entry case conferencing
"""

POSTING = """Case Manager
Responsibilities
- Carry a caseload of adults in our rapid rehousing program
- Complete VI-SPDAT intake assessments and housing stability plans
- Enter case notes in HMIS
- Connect clients to benefits (SNAP, SSI), mental health care and substance use treatment
- Use motivational interviewing and trauma-informed care
- Attend case conferences and coordinated entry meetings
"""


def test_the_summary_names_only_skills_the_resume_names() -> None:
    result = tailor(RESUME, POSTING, today=date(2026, 12, 1))
    assert result.summary is not None
    assert "SUD treatment" in result.summary
    found = {hit.skill.name for hit in load_vocabulary().find(result.summary)}
    assert found <= {hit.skill.name for hit in load_vocabulary().find(RESUME)}
