"""Roles set as headings, with no "Experience" heading above them.

A Markdown resume ("## Night Auditor — Harborview Inn") or a Word resume built from
the heading styles gives each role a heading of its own. Read as sections naming no
kind, the roles became "other" sections (or the first joined the contact block) and
tailoring moved the work history to the end, below education. Now such a heading is
the first entry of a work section without a heading, and the next ones its entries.
A headline under the name, followed by the contact details, stays in the contact
block. Texts are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from tailor_app.tailoring import tailor
from tailor_app.tailoring.model import ResumeDocument
from tailor_app.tailoring.reading import read_resume
from tailor_app.tailoring.resume.parser import invariant_problems, parse_resume
from tests.factories import make_docx

DATED_BELOW = """# Noor Haddad
noor.haddad@example.com | 971-555-0102 | Salem, OR

## Night Auditor — Harborview Inn
January 2022 – Present
- Balanced the day's folios and ran the night audit
- Checked in late arrivals at the front desk

## Front Desk Agent — Willamette Suites
2019 – 2021
- Checked guests in and out in Opera PMS
- Answered reservation calls

## Education
Chemeketa Community College — Hospitality Certificate, 2019

## Skills
Opera PMS, night audit, cash handling
"""

POSTING = """Night Auditor
Requirements:
- Night audit experience
- Opera PMS
- Cash handling
"""


def _md(text: str) -> ResumeDocument:
    return ResumeDocument.from_text(text, "md")


def _where(parsed_sections: list, header_start: str) -> str:
    for section in parsed_sections:
        for entry in section.entries:
            if entry.header and entry.header[0].startswith(header_start):
                return section.kind
    return "nowhere"


def test_roles_as_headings_are_entries_of_one_work_section() -> None:
    parsed = parse_resume(_md(DATED_BELOW))
    assert parsed.contact.lines == [
        "Noor Haddad", "noor.haddad@example.com | 971-555-0102 | Salem, OR"]
    assert [(s.kind, s.heading) for s in parsed.sections] == [
        ("experience", ""), ("education", "Education"), ("skills", "Skills")]
    roles = parsed.sections[0].entries
    assert [r.header for r in roles] == [
        ["Night Auditor — Harborview Inn", "January 2022 – Present"],
        ["Front Desk Agent — Willamette Suites", "2019 – 2021"]]
    assert invariant_problems(_md(DATED_BELOW), parsed) == []


def test_the_tailored_resume_keeps_the_work_above_education_in_its_order() -> None:
    result = tailor(_md(DATED_BELOW), POSTING)
    text = result.text
    assert text.index("Night Auditor — Harborview Inn") < text.index(
        "Front Desk Agent — Willamette Suites") < text.index("Education")
    assert "other" not in [s.kind for s in result.tailored.sections]


def test_undated_role_headings_under_the_contact_lines_are_no_contact() -> None:
    text = """### Keanu Akana
Hilo, HI · keanu.akana@example.com

### Landscape Foreman at Mauna View Grounds
- Led a crew of five on commercial accounts
- Ran the irrigation repairs

### Groundskeeper at Kilauea Golf Club
- Mowed and edged 18 holes
"""
    parsed = parse_resume(_md(text))
    assert parsed.contact.lines == ["Keanu Akana", "Hilo, HI · keanu.akana@example.com"]
    assert _where(parsed.sections, "Landscape Foreman") == "experience"
    assert _where(parsed.sections, "Groundskeeper") == "experience"
    assert len(parsed.sections) == 1


def test_a_role_heading_after_the_summary_opens_the_work() -> None:
    text = """# Ines Duarte
ines.duarte@example.com

## Summary
Bookkeeper for small contractors.

## Bookkeeper | Duarte & Filhos Construction | 2018 – Present
- Ran payroll for 25 workers in QuickBooks

## Accounts Payable Clerk | Coastline Builders | 2015 – 2018
- Entered 300 invoices a month
"""
    parsed = parse_resume(_md(text))
    assert [s.kind for s in parsed.sections] == ["summary", "experience"]
    assert len(parsed.sections[1].entries) == 2


def test_the_headline_under_the_name_stays_in_the_contact_block() -> None:
    text = """# Ray Delgado
## Journeyman Plumber — Service & Repair
ray.delgado@example.com | 602-555-0119

## Experience
Service Plumber, Desert Flow Plumbing, 2020 – Present
- Cleared drains and replaced water heaters
"""
    parsed = parse_resume(_md(text))
    assert parsed.contact.lines == [
        "Ray Delgado", "Journeyman Plumber — Service & Repair",
        "ray.delgado@example.com | 602-555-0119"]
    assert [s.heading for s in parsed.sections] == ["Experience"]


def test_a_word_resume_with_roles_in_heading_styles(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "roles.docx", [
        ("heading", "Hana Sato", 1),
        ("para", "hana.sato@example.com | 808-555-0145"),
        ("heading", "Pharmacy Technician — Kapiolani Drug", 2),
        ("para", "2021 – Present"),
        ("bullet", "Filled 200 prescriptions a day"),
        ("heading", "Cashier — Aloha Market", 2),
        ("para", "2018 – 2021"),
        ("bullet", "Ran the register and balanced the drawer"),
        ("heading", "Education", 2),
        ("para", "Leeward Community College — Pharmacy Technician Certificate, 2021"),
    ])
    parsed = parse_resume(read_resume(path))
    assert [s.kind for s in parsed.sections] == ["experience", "education"]
    assert [e.header[0] for e in parsed.sections[0].entries] == [
        "Pharmacy Technician — Kapiolani Drug", "Cashier — Aloha Market"]
    assert "Pharmacy Technician — Kapiolani Drug" not in parsed.contact.lines


def test_roles_after_a_summary_are_roles_not_more_summary() -> None:
    text = """PETRA NOVAK
petra.novak@example.com | 414-555-0138

PROFILE
Dental assistant who keeps a four-chair practice on time.

Dental Assistant
Lakefront Family Dentistry, Milwaukee, WI
May 2020 – Present
- Took and developed X-rays for 25 patients a day

Sterilization Technician, Bayview Oral Surgery, 2018 – 2020
- Ran the autoclave and restocked operatories
"""
    parsed = parse_resume(text)
    assert [s.kind for s in parsed.sections] == ["summary", "experience"]
    assert [e.header[0] for e in parsed.sections[1].entries] == [
        "Dental Assistant", "Sterilization Technician, Bayview Oral Surgery, 2018 – 2020"]
    assert invariant_problems(text, parsed) == []


def test_roles_after_a_skills_list_are_no_skills() -> None:
    text = """Omar Said
omar.said@example.com

Skills
Framing, drywall, finish carpentry

Carpenter, Northwoods Builders, 2019 – Present
- Framed 30 custom homes

Carpenter's Helper, Pine Ridge Homes, 2016 – 2019
- Hung drywall and set trim

Education
Rhinelander High School, 2016
"""
    parsed = parse_resume(text)
    assert [s.kind for s in parsed.sections] == ["skills", "experience", "education"]
    assert parsed.skills == ["Framing", "drywall", "finish carpentry"]
    posting = "Finish Carpenter\nRequirements:\n- Finish carpentry\n- Framing\n"
    result = tailor(text, posting)
    assert result.text.index("Carpenter, Northwoods") < result.text.index(
        "Carpenter's Helper") < result.text.index("Rhinelander")


def test_a_dated_award_or_certificate_is_no_role() -> None:
    text = """Lena Fox
lena@example.com

Summary
Bookkeeper for small firms since 2015.

Employee of the Month Award, 2021

Skills
Excel, QuickBooks

Certified Bookkeeper, 2022

Experience
Bookkeeper, Fox Books, 2018 – Present
- Closed the books monthly
"""
    parsed = parse_resume(text)
    assert [(s.kind, s.heading) for s in parsed.sections] == [
        ("summary", "Summary"), ("skills", "Skills"), ("experience", "Experience")]


def test_the_experience_heading_after_a_role_found_by_its_dates_is_a_heading() -> None:
    text = """Lena Fox
lena@example.com

Summary
Bookkeeper for small firms.

Treasurer, Elm Street Food Bank, 2019 – 2023
- Kept the books for a volunteer board

Experience
Bookkeeper, Fox Books, 2018 – Present
- Closed the books monthly
"""
    parsed = parse_resume(text)
    assert [(s.kind, s.heading) for s in parsed.sections] == [
        ("summary", "Summary"), ("experience", ""), ("experience", "Experience")]


def test_a_heading_with_nothing_under_it_stays_with_the_next_section() -> None:
    text = """Rosa Lind
rosa.lind@example.com | 555-0101
SKILLS
EXPERIENCE
Pallet jack
Picker, North Star Grocery Warehouse, 2020 - Present
- Picked 180 cases an hour
Education
Central High School, 2019
"""
    result = tailor(text, "Order Picker\nRequirements:\n- Order picking\n- Pallet jack\n")
    kinds = [s.kind for s in result.tailored.sections]
    assert kinds.index("skills") + 1 == kinds.index("experience")
    assert not result.text.rstrip().endswith("SKILLS")


def test_an_unknown_heading_over_a_lone_year_is_no_role() -> None:
    text = """# Ada Brooks
ada@example.com

## Experience
Cook, Harbor Grill, 2019 – Present
- Ran the fry station

## Employee of the Month
2022
"""
    parsed = parse_resume(_md(text))
    assert [(s.kind, s.heading) for s in parsed.sections][-1] == (
        "other", "Employee of the Month")


def test_one_heading_level_for_sections_and_their_entries() -> None:
    text = """# Felix Baum
felix.baum@example.com

## Experience

## Sous Chef — Lindenhof Bistro
2020 – Present
- Ran the line on a 120-cover dinner service

## Education

## A.O.S. Culinary Arts — Kendall College
2016 – 2018

## Oak Park River Forest High School
Diploma, 2016

## Skills
Butchery, sauces, menu costing
"""
    parsed = parse_resume(_md(text))
    assert [(s.kind, s.heading) for s in parsed.sections] == [
        ("experience", "Experience"), ("education", "Education"), ("skills", "Skills")]
    assert [e.header[0] for e in parsed.sections[1].entries] == [
        "A.O.S. Culinary Arts — Kendall College", "Oak Park River Forest High School"]
    result = tailor(_md(text), "Sous Chef\\nRequirements:\\n- Menu costing\\n- Butchery\\n")
    assert "other" not in [s.kind for s in result.tailored.sections]
    assert result.text.index("Kendall College") < result.text.index("Oak Park River")


def test_a_job_after_flat_education_entries_is_a_role() -> None:
    text = """# Felix Baum
felix.baum@example.com

## Education

## Kendall College — Culinary Arts
2016 – 2018

## Line Cook — Lindenhof Bistro
2018 – Present
- Ran the grill station
"""
    parsed = parse_resume(_md(text))
    assert [s.kind for s in parsed.sections] == ["education", "experience"]
    assert parsed.sections[1].entries[0].header[0] == "Line Cook — Lindenhof Bistro"
