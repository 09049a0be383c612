"""Plain text as people paste it: no blank lines, and bullets kept as characters.

A resume pasted from a web form or saved as .txt from an editor often loses its blank
lines and keeps its titles in plain Title Case ("Experience", "Work Experience",
"Licenses & Certifications"). Read without them, the first roles went into the
contact block and every later section was one long entry of the section above
("Education" and "Certifications" as lines of a role). Everyday words alone on a
line ("Training", "Leadership") and longer phrases in a list ("ESL Supplemental
Certification") still need layout before they are believed. Word's bullets copied
as text ("o", and the private-use characters its Symbol bullets become) are bullets,
in a resume and in a posting. Texts are written for these tests.
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting, tailor
from tailor_app.tailoring.resume.headings import is_standard_heading
from tailor_app.tailoring.resume.parser import invariant_problems, parse_resume

RESUME = """Sam Lee
Austin, TX | sam.lee@example.com | 512-555-0101
Summary
Pool technician with four years of residential and commercial service.
Work Experience
Pool Technician, Blue Lagoon Pools, Austin TX, 2020 - 2024
- Cleaned and balanced 40 pools a week
- Replaced pumps, filters and heaters
Service Helper, Aqua Care, Round Rock TX, 2018 - 2020
- Skimmed and vacuumed pools
Education
Round Rock High School, 2018
Licenses & Certifications
CPO, 2021
First Aid and CPR
Skills
Pentair, Hayward, water chemistry
"""


def test_the_usual_titles_are_sections_without_blank_lines() -> None:
    parsed = parse_resume(RESUME)
    assert [(s.heading, s.kind) for s in parsed.sections] == [
        ("Summary", "summary"), ("Work Experience", "experience"),
        ("Education", "education"), ("Licenses & Certifications", "certifications"),
        ("Skills", "skills")]
    assert parsed.contact.email == "sam.lee@example.com"
    assert "Summary" not in parsed.contact.lines
    roles = parsed.sections[1].entries
    assert [r.header[0] for r in roles] == [
        "Pool Technician, Blue Lagoon Pools, Austin TX, 2020 - 2024",
        "Service Helper, Aqua Care, Round Rock TX, 2018 - 2020"]
    assert parsed.skills == ["Pentair", "Hayward", "water chemistry"]
    assert invariant_problems(RESUME, parsed) == []


def test_the_tailored_resume_keeps_them_as_sections() -> None:
    posting = ("Pool Service Technician\nRequirements:\n- Experience with Pentair equipment\n"
               "- Water chemistry\n")
    result = tailor(RESUME, posting)
    kinds = [s.kind for s in result.tailored.sections]
    assert kinds.count("experience") == 1 and "education" in kinds
    assert result.match_before.missing == []


def test_which_lines_are_standard_titles() -> None:
    for title in ("Experience", "Work Experience", "PROFESSIONAL SUMMARY", "Education",
                  "Licenses & Certifications", "Core Competencies", "## Skills:",
                  "Work History", "Employment History", "Education and Training",
                  "Community Service", "Professional Development"):
        assert is_standard_heading(title), title
    for line in ("Training", "Leadership", "ESL Supplemental Certification",
                 "Special Education", "experience", "Customer Service Experience",
                 "Education Coordinator", "Skills in Excel and Word", "5 Years Experience",
                 "History", "Customer Service", "Food Service", "Staff Development"):
        assert not is_standard_heading(line), line


def test_a_list_of_credentials_keeps_its_items() -> None:
    text = ("Jo Park\njo@example.com\nCertifications\nTESOL Certificate\n"
            "ESL Supplemental Certification\nFirst Aid\n")
    parsed = parse_resume(text)
    assert [(s.heading, [e.header for e in s.entries]) for s in parsed.sections] == [
        ("Certifications", [["TESOL Certificate"], ["ESL Supplemental Certification"],
                            ["First Aid"]])]


def test_a_bare_title_after_a_role_or_a_school_opens_the_next_section() -> None:
    text = """JAMES CARTER
jcarter@example.com
214-555-0190
Work History
Walmart Distribution Center - Dallas, TX
Warehouse Associate
March 2019 to Present
Operated reach truck and pallet jack to move freight
Projects
Re-slotted the fast movers aisle with my lead
Education
Skyline High School, Dallas TX - Diploma, 2017
Skills
Forklift certified
RF scanner
"""
    parsed = parse_resume(text)
    assert [s.heading for s in parsed.sections] == [
        "Work History", "Projects", "Education", "Skills"]
    assert parsed.skills == ["Forklift certified", "RF scanner"]


def test_achievements_under_a_role_stay_in_the_role() -> None:
    text = """Ana Ruiz
ana@example.com
Experience
Store Manager, Fresh Mart, 2019 - 2024
- Ran a store of 40 staff
Achievements
- Store of the year, 2022
"""
    parsed = parse_resume(text)
    assert [s.heading for s in parsed.sections] == ["Experience"]


def test_word_s_bullets_kept_as_text_are_bullets() -> None:
    text = ("Ann Lee\nann@example.com\nExperience\nCashier, Target, Austin TX, 2019 - 2021\n"
            "\uf0b7 Handled cash and card payments\n\uf0a7 Opened and closed the store\n"
            "o Trained 4 new cashiers\n")
    parsed = parse_resume(text)
    assert parsed.sections[0].entries[0].bullets == [
        "Handled cash and card payments", "Opened and closed the store",
        "Trained 4 new cashiers"]
    assert invariant_problems(text, parsed) == []


def test_word_s_second_level_bullets_in_a_posting_are_items() -> None:
    posting = ("Warehouse Associate\nRequirements:\n\uf0b7 Forklift certification\n"
               "\uf0b7 Experience with RF scanners\no Able to lift 50 lbs\n"
               "o Bilingual Spanish a plus\n")
    analysis = analyse_posting(posting)
    assert "Barcode Scanners" in analysis.required_skills
    assert analysis.preferred_skills == ["Spanish"]
    snippets = {s.name: s.snippet for s in analysis.skills}
    assert snippets["Barcode Scanners"] == "Experience with RF scanners"


def test_roles_before_the_first_heading_are_the_experience() -> None:
    text = """Jordan Ellis
Chicago, IL | jordan.ellis@example.com | 312-555-0100

Staff Accountant, Lakeshore Foods, Chicago, IL | 2021 – Present
• Prepared monthly journal entries and accruals
• Reconciled 30 balance sheet accounts

Accounting Clerk, Midway Freight, Chicago, IL | 2019 – 2021
• Entered AP invoices and matched them to POs

EDUCATION
B.S. Accounting, DePaul University, 2019

SKILLS
Excel, NetSuite, QuickBooks
"""
    parsed = parse_resume(text)
    assert parsed.contact.lines == [
        "Jordan Ellis", "Chicago, IL | jordan.ellis@example.com | 312-555-0100"]
    assert [s.kind for s in parsed.sections] == ["experience", "education", "skills"]
    roles = parsed.sections[0].entries
    assert [r.header for r in roles] == [
        ["Staff Accountant, Lakeshore Foods, Chicago, IL | 2021 – Present"],
        ["Accounting Clerk, Midway Freight, Chicago, IL | 2019 – 2021"]]
    assert roles[0].bullets == ["Prepared monthly journal entries and accruals",
                                "Reconciled 30 balance sheet accounts"]
    assert invariant_problems(text, parsed) == []


def test_a_summary_before_the_first_heading_stays_a_summary() -> None:
    text = ("Jordan Ellis\njordan.ellis@example.com\n\n"
            "Staff accountant since 2019 with a record of fast, clean closes.\n\n"
            "EXPERIENCE\nStaff Accountant, Lakeshore Foods, 2021 – Present\n- Closed the books\n")
    parsed = parse_resume(text)
    assert [s.kind for s in parsed.sections] == ["summary", "experience"]


def test_a_title_over_the_employer_s_dated_line_opens_the_first_role() -> None:
    # The title on its own line, the employer (which reads like a person's name before
    # its comma) and the dates below it, no heading over the work.
    text = """Dana Whitfield
Reno, NV | 775-555-0199 | dana.whitfield@example.com

Warehouse Lead
Sierra Pacific Freight, Sparks, NV | 2021 - Present
- Run the dock on second shift with 9 loaders
- Count the high-value cage every night

FORKLIFT OPERATOR
Great Basin Lumber, Reno, NV | 2018 - 2021
- Loaded flatbeds and rail cars

EDUCATION
Reno High School, 2018
"""
    parsed = parse_resume(text)
    assert parsed.contact.lines == [
        "Dana Whitfield", "Reno, NV | 775-555-0199 | dana.whitfield@example.com"]
    assert [s.kind for s in parsed.sections] == ["experience", "education"]
    roles = parsed.sections[0].entries
    assert [r.header for r in roles] == [
        ["Warehouse Lead", "Sierra Pacific Freight, Sparks, NV | 2021 - Present"],
        ["FORKLIFT OPERATOR", "Great Basin Lumber, Reno, NV | 2018 - 2021"]]
    assert roles[0].bullets == ["Run the dock on second shift with 9 loaders",
                                "Count the high-value cage every night"]
    assert invariant_problems(text, parsed) == []


def test_a_headline_over_a_whole_role_line_stays_the_headline() -> None:
    # The dated line names the job itself: the line above it is the writer's headline.
    text = """Dana Whitfield
dana.whitfield@example.com
Certified Public Accountant
Staff Accountant, Lakeshore Foods | 2021 - Present
- Closed the books each month

EDUCATION
B.S. Accounting, 2019
"""
    parsed = parse_resume(text)
    assert "Certified Public Accountant" in parsed.contact.lines
    assert parsed.sections[0].entries[0].header == [
        "Staff Accountant, Lakeshore Foods | 2021 - Present"]
