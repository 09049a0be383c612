"""Postings in the shapes people paste them: one paragraph, a job-board page with its
links and ads, headings in the company's own words, requirements inside sentences,
and required vs preferred said by the wording rather than a heading."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.chrome import is_chrome
from tailor_app.tailoring.posting.sections import split_posting


def asks(text: str) -> dict[str, bool]:
    """Skill name -> required, as the analysis reads the posting."""
    return {s.name: s.required for s in analyse_posting(text).skills}


ONE_PARAGRAPH = (
    "Lakeview Dental is looking for a dental office manager for our busy two-chair practice: "
    "you will run the front desk, handle insurance billing and patient scheduling in "
    "Dentrix, and you should be comfortable reconciling accounts in QuickBooks and writing "
    "clear emails to patients; at least 3 years of experience in a dental office is "
    "required, and Spanish would be an advantage."
)


def test_a_one_paragraph_posting_yields_its_asks() -> None:
    a = analyse_posting(ONE_PARAGRAPH)
    names = {s.name: s.required for s in a.skills}
    assert names.get("QuickBooks") is True  # inside a sentence: "comfortable reconciling ..."
    assert names.get("Spanish") is False  # "would be an advantage"
    assert a.min_years == 3


BOARD_PASTE = """\
Home | Find jobs | Company reviews | Salaries | Sign in
← Back to search results
Save job   Share   Report
Medical Receptionist
Birchwood Family Practice · Tulsa, OK · Posted 3 days ago
Apply now  Sponsored
Sign up for job alerts! Enter your email

Who you are
- You have used Epic or a similar EHR for scheduling
- You handle phones and check-in calmly on a busy day

Extra credit
- Spanish

Ad: Become a certified coder in 12 weeks! Enroll today →
Get the app | About us | Careers | Help center | Privacy & Terms
© 2026 Jobfinder Inc.
"""


def test_a_job_board_paste_loses_the_boards_words_and_keeps_the_posting() -> None:
    a = analyse_posting(BOARD_PASTE)
    text = "\n".join(s.text for s in a.sections)
    for junk in ("Sign in", "Save job", "Apply now", "job alerts", "Enroll today",
                 "Privacy", "Jobfinder"):
        assert junk not in text
    assert a.title == "Medical Receptionist"
    assert "You handle phones and check-in calmly on a busy day" in text
    kinds = {s.heading: s.kind for s in a.sections}
    assert kinds["Who you are"] == "requirements" and kinds["Extra credit"] == "preferred"
    assert {s.name: s.required for s in a.skills}.get("Spanish") is False


@pytest.mark.parametrize(
    "line",
    ["Apply now", "Save job   Share   Report", "Posted 2 days ago", "© 2025 Careers Co.",
     "Terms | Privacy | Cookies", "Ad: Learn welding in 8 weeks!"],
)
def test_board_lines_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["About us", "Apply knowledge of OSHA rules on site", "Share findings with the team",
     "Pay: $20/hr · Schedule: Monday to Friday", "Contact", "Help desk support for 200 users"],
)
def test_posting_lines_are_not_chrome(line: str) -> None:
    assert not is_chrome(line)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("What we look for", "requirements"),
        ("Who you are", "requirements"),
        ("Is this you?", "requirements"),
        ("You might be a fit if", "requirements"),
        ("What you'll bring", "requirements"),
        ("Must-haves", "requirements"),
        ("Extra credit", "preferred"),
        ("What will help you stand out", "preferred"),
        ("Even better if you have", "preferred"),
        ("We'd love to see", "preferred"),
        ("Helpful but not required", "preferred"),
        ("A day in the life", "responsibilities"),
        ("Why you'll love working here", "benefits"),
        ("What your day looks like", "responsibilities"),
        ("You'll thrive here if you have", "requirements"),
        ("You'll thrive if", "requirements"),
        ("Pay and benefits", "benefits"),
        ("What you'll own", "responsibilities"),
        ("What you'll build", "responsibilities"),
        ("What you'll tackle", "responsibilities"),
        ("The role in a sentence", "about"),
        ("The job in a nutshell", "about"),
    ],
)
def test_headings_in_the_companys_own_words(heading: str, kind: str) -> None:
    text = f"We run three clinics downtown.\n\n{heading}\n- Sterile processing\n- Excel\n"
    sections = split_posting(text).sections
    assert [(s.heading, s.kind) for s in sections][1] == (heading, kind)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("You should be comfortable writing SQL and Python scripts. Experience with Tableau "
         "would be an advantage.", {"SQL": True, "Python": True, "Tableau": False}),
        ("Ideally you have worked with Salesforce. You must know Excel.",
         {"Salesforce": False, "Microsoft Excel": True}),
        ("Knowledge of QuickBooks is a plus; payroll experience required.",
         {"QuickBooks": False, "Payroll": True}),
        ("Familiarity with Jira would be beneficial.", {"Jira": False}),
        ("Any exposure to Kubernetes is welcome.", {"Kubernetes": False}),
        ("We'd love to see Docker experience.", {"Docker": False}),
        ("Bonus if you have used Figma.", {"Figma": False}),
        ("We need you to hold a valid CDL and run a forklift daily, and experience with "
         "Excel, Power BI or SAP would be a plus.",
         {"Microsoft Excel": False, "SAP ERP": False}),
    ],
)
def test_required_or_preferred_from_the_wording(text: str, want: dict[str, bool]) -> None:
    got = asks(text)
    assert {name: got.get(name) for name in want} == want


@pytest.mark.parametrize(
    "line",
    ["People also searched: travel nurse, LPN, CNA jobs near me",
     "LawBoard Jobs › Texas › Houston › Legal Assistant",
     "Report this job  |  Job seekers also viewed: Payroll Specialist, Staff Accountant",
     "JobsNorth  |  For Employers  |  Career Advice  |  Log in  |  Register",
     "About LawBoard · Accessibility · Talent Solutions · Community Guidelines · Careers"],
)
def test_board_lists_breadcrumbs_and_footers_are_chrome(line: str) -> None:
    assert is_chrome(line)
