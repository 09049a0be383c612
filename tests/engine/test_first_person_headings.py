"""Headings in the first person: "Where I've Worked", "What I'm Good At".

Some people title their sections as clauses about themselves. Read as noun phrases,
these named no section, so a resume titled that way had no experience at all: its
roles, skills and schooling were lines of the summary above them, never reordered,
and its skills list was read as prose. The pronoun marks such a heading; the noun
before it ("Tools I Use") or the verb after it ("Where I Studied") names the section.
Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring import tailor
from tailor_app.tailoring.resume.headings import heading_kind
from tailor_app.tailoring.resume.parser import invariant_problems, parse_resume

RESUME = """PRIYA NAIR
Chicago, IL | priya.nair@example.com | 312-555-0101

ABOUT ME
Bookkeeper who likes clean ledgers and on-time closes.

WHERE I'VE WORKED
Bookkeeper | Lakeshore Dental Group | Chicago, IL | 2020 – Present
• Run payroll for 24 staff in Gusto
• Reconcile three bank accounts and two credit cards every month in QuickBooks Online
Accounts Clerk | Midway Auto Parts | Chicago, IL | 2017 – 2020
• Entered vendor bills and cut checks twice a week

WHAT I'M GOOD AT
QuickBooks Online, Gusto, Excel (pivot tables, VLOOKUP), accounts payable

WHERE I STUDIED
A.A.S. Accounting, Harold Washington College, 2017
"""


@pytest.mark.parametrize(("title", "kind"), [
    ("WHERE I'VE WORKED", "experience"), ("Places I have worked", "experience"),
    ("Jobs I’ve Held", "experience"), ("Companies I have worked for", "experience"),
    ("What I’m good at", "skills"), ("Tools I Use", "skills"), ("Things I Know", "skills"),
    ("WHAT I OFFER", "skills"), ("WHERE I STUDIED", "education"),
    ("Schools I attended", "education"), ("Who I Am", "summary"), ("How I Work", "summary"),
    ("Languages I Speak", "languages"), ("Where I Volunteer", "volunteering"),
    ("What I have built", "projects"),
])
def test_a_first_person_heading_names_its_section(title: str, kind: str) -> None:
    assert heading_kind(title) == kind


@pytest.mark.parametrize("line", [
    "I am a nurse", "Where we are", "What we offer", "ACME CORP", "I WORKED NIGHTS",
])
def test_a_sentence_about_oneself_is_no_heading(line: str) -> None:
    assert heading_kind(line) is None


def test_the_resume_has_its_experience_skills_and_schooling() -> None:
    parsed = parse_resume(RESUME)
    assert [(s.heading, s.kind) for s in parsed.sections] == [
        ("ABOUT ME", "summary"), ("WHERE I'VE WORKED", "experience"),
        ("WHAT I'M GOOD AT", "skills"), ("WHERE I STUDIED", "education")]
    roles = parsed.sections[1].entries
    assert [r.header[0].split(" | ")[0] for r in roles] == ["Bookkeeper", "Accounts Clerk"]
    assert parsed.skills == ["QuickBooks Online", "Gusto", "Excel (pivot tables, VLOOKUP)",
                             "accounts payable"]
    assert invariant_problems(RESUME, parsed) == []


def test_the_tailored_resume_leads_the_role_with_what_the_posting_asks() -> None:
    posting = ("Staff Bookkeeper\nRequirements:\n- Monthly bank reconciliations in QuickBooks\n"
               "- Accounts payable\n")
    result = tailor(RESUME, posting)
    experience = next(s for s in result.tailored.sections if s.kind == "experience")
    first_role = experience.entries[0]
    assert first_role.bullets[0].startswith("Reconcile three bank accounts")
    assert {"Bank reconciliation", "QuickBooks"} <= {m.name for m in result.match_after.matched}
