"""Labelled lines around the roles of a resume without headings.

"Skills: ..." right under the contact lines of a resume with no headings was read
as a contact line (so the tailored resume kept it glued to the phone number and
never moved it), and "Education: ..." under the last role's bullets was read as one
more line of that role. A labelled line above the first dated role is a section of
its own, and a degree is never part of one role. Texts are written for these tests.
"""

from __future__ import annotations

from tailor_app.tailoring import tailor
from tailor_app.tailoring.resume.parser import invariant_problems, parse_resume

RESUME = """Bram de Vries
bram.devries@example.com | 206-555-0173 | Seattle, WA
Skills: forklift, pallet jack, shipping and receiving, RF scanner
Receiving Clerk, Puget Sound Hardware, Seattle, WA, 2021 - Present
- Checked in 15 deliveries a day against purchase orders
- Labelled and put away freight
Stocker, Emerald Grocery, Tacoma, WA, 2018 - 2021
- Stocked shelves on the overnight crew
Education: High School Diploma, Lincoln High School, Tacoma, 2018
"""


def test_the_skills_line_is_no_contact_line_and_the_diploma_no_role_line() -> None:
    parsed = parse_resume(RESUME)
    assert parsed.contact.lines == [
        "Bram de Vries", "bram.devries@example.com | 206-555-0173 | Seattle, WA"]
    assert [s.kind for s in parsed.sections] == ["skills", "experience", "education"]
    roles = parsed.sections[1].entries
    assert [r.header[0] for r in roles] == [
        "Receiving Clerk, Puget Sound Hardware, Seattle, WA, 2021 - Present",
        "Stocker, Emerald Grocery, Tacoma, WA, 2018 - 2021"]
    assert roles[-1].bullets == ["Stocked shelves on the overnight crew"]
    assert invariant_problems(RESUME, parsed) == []


def test_the_tailored_resume_keeps_the_diploma_last() -> None:
    posting = ("Receiving Clerk\nRequirements:\n- Shipping and receiving\n"
               "- RF scanner\n- Forklift\n")
    text = tailor(RESUME, posting).text
    assert text.index("Receiving Clerk, Puget Sound") < text.index("Stocker, Emerald")
    assert text.rstrip().endswith("Education: High School Diploma, Lincoln High School, "
                                  "Tacoma, 2018")
    contact = text.split("\n\n")[0]
    assert "Skills:" not in contact


def test_a_tools_line_inside_a_role_stays_there() -> None:
    text = """Mia Chen
mia@example.com
Bookkeeper, Chen & Park CPAs, 2019 - Present
- Reconciled 30 client accounts a month
Tools: QuickBooks, Xero
Clerk, City Books, 2016 - 2019
- Entered invoices
"""
    parsed = parse_resume(text)
    assert [s.kind for s in parsed.sections] == ["experience"]
    assert "QuickBooks" in parsed.skills
