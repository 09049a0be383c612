"""Resume structure read wrongly before: a labelled line ("Skills: ..."), a licence
under a degree, a headline under the name taken for a heading.

Every resume here is made up for the test.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.model import Entry, ParsedResume
from tailor_app.tailoring.resume.fields import fill_fields
from tailor_app.tailoring.resume.labels import label_kind
from tailor_app.tailoring.resume.parser import invariant_problems, parse_resume


def _parse(text: str) -> ParsedResume:
    parsed = parse_resume(text)
    assert invariant_problems(text, parsed) == []
    return parsed


def _kinds(parsed: ParsedResume) -> list[str]:
    return [s.kind for s in parsed.sections]


def _entries(parsed: ParsedResume, kind: str) -> list[Entry]:
    return [e for s in parsed.sections if s.kind == kind for e in s.entries]


NO_HEADINGS = """Dana Whitfield
Reno, NV · dana.whitfield@example.org · 775-555-0101

Bookkeeper, Sierra Feed & Supply, Reno, NV — March 2019 to present
Post vendor bills and reconcile three bank accounts every month
Run biweekly payroll for 22 employees

Accounting Clerk, Truckee Tire Co., Sparks, NV — 2016 to 2019
Entered customer invoices and chased overdue accounts

Education: A.S. Accounting, Truckee Meadows Community College, 2016
Skills: Excel, QuickBooks, payroll
Certifications: Certified Bookkeeper (AIPB), 2020
"""


def test_labelled_lines_at_the_foot_are_sections_of_their_own() -> None:
    parsed = _parse(NO_HEADINGS)
    assert _kinds(parsed) == ["experience", "education", "skills", "certifications"]
    assert parsed.skills == ["Excel", "QuickBooks", "payroll"]
    degree = _entries(parsed, "education")[0]
    assert (degree.title, degree.organisation) == (
        "A.S. Accounting", "Truckee Meadows Community College")
    # The last role keeps only its own lines.
    assert _entries(parsed, "experience")[-1].bullets == [
        "Entered customer invoices and chased overdue accounts"]
    # The label stays in the line, as written.
    assert _entries(parsed, "skills")[0].header == ["Skills: Excel, QuickBooks, payroll"]


def test_a_technical_skills_line_under_the_summary_is_the_skills() -> None:
    text = """Omar Haddad
omar.haddad@example.org

SUMMARY
Maintenance technician with eight years on packaging lines.
Technical skills: PLC troubleshooting, hydraulics, pneumatics, TPM

EXPERIENCE
Maintenance Technician, Crestline Foods, Fresno, CA, 2017 to present
• Keep four filling lines running across two shifts
"""
    parsed = _parse(text)
    assert _kinds(parsed) == ["summary", "skills", "experience"]
    assert parsed.skills == ["PLC troubleshooting", "hydraulics", "pneumatics", "TPM"]


def test_a_languages_line_after_the_degrees_is_no_school() -> None:
    text = """Lena Park
lena.park@example.org

Education
M.Ed. Curriculum and Instruction, Portland State University, 2019
B.A. English, Willamette University, 2015

Languages: English, Korean (native)
"""
    parsed = _parse(text)
    assert _kinds(parsed) == ["education", "languages"]
    assert [e.organisation for e in _entries(parsed, "education")] == [
        "Portland State University", "Willamette University"]


def test_a_tools_line_inside_a_role_stays_there_and_still_names_skills() -> None:
    text = """Rosa Lim
rosa.lim@example.org

Experience
Warehouse Lead, Northgate Logistics, Tacoma, WA, 2020 to present
• Lead a crew of 12 on inbound receiving
Tools: Manhattan WMS, RF scanners
• Cut dock-to-stock time by 30%
"""
    parsed = _parse(text)
    role = _entries(parsed, "experience")[0]
    assert "Tools: Manhattan WMS, RF scanners" in role.bullets
    assert role.bullets[-1] == "Cut dock-to-stock time by 30%"
    assert parsed.skills == ["Manhattan WMS", "RF scanners"]


def test_languages_under_a_skills_heading_stay_in_that_section() -> None:
    text = """Ivo Petrov
ivo@example.org

SKILLS
Languages: Python, Go, SQL
Cloud: AWS, Terraform
"""
    parsed = _parse(text)
    assert _kinds(parsed) == ["skills"]
    assert parsed.skills == ["Python", "Go", "SQL", "AWS", "Terraform"]


@pytest.mark.parametrize("line", [
    "Onboard new staff: I-9s, badge access and laptops",
    "Training: ran quarterly forklift refreshers for the whole site.",
    "Result: cut overtime by a third in two quarters",
    "Note: available for night shifts",
])
def test_a_sentence_with_a_colon_is_no_labelled_line(line: str) -> None:
    assert label_kind(line) is None


@pytest.mark.parametrize(("line", "kind"), [
    ("Skills: Excel, QuickBooks, payroll", "skills"),
    ("Technical skills: AutoCAD; Revit; Bluebeam", "skills"),
    ("Tools: torque wrench · multimeter · borescope", "skills"),
    ("Certifications: OSHA 30, NCCER Core", "certifications"),
    ("Licenses: Texas Master Plumber", "certifications"),
])
def test_labelled_lines_name_their_kind(line: str, kind: str) -> None:
    assert label_kind(line) == kind


def test_licences_under_a_degree_are_qualifications_not_schools() -> None:
    text = """Noor Baig
noor.baig@example.org

Education and Certifications
Medical Assistant Diploma, Lone Star Career College, 2020
Certified Medical Assistant (CMA), AAMA, 2021
Phlebotomy Technician (CPT), NCCT, 2022
CPR for Healthcare Providers, American Red Cross Association
"""
    parsed = _parse(text)
    got = [(e.title, e.organisation) for e in _entries(parsed, "education")]
    assert got == [
        ("Medical Assistant Diploma", "Lone Star Career College"),
        ("Certified Medical Assistant (CMA)", "AAMA"),
        ("Phlebotomy Technician (CPT)", "NCCT"),
        ("CPR for Healthcare Providers", "American Red Cross Association"),
    ]


def test_a_school_line_above_its_degree_is_still_one_entry() -> None:
    text = """Ana Ruiz
ana.ruiz@example.org

EDUCATION
Boise State University, Boise, ID, May 2018
Bachelor of Science, Nursing
"""
    parsed = _parse(text)
    degree = _entries(parsed, "education")
    assert len(degree) == 1
    assert (degree[0].title, degree[0].organisation) == (
        "Bachelor of Science, Nursing", "Boise State University")


@pytest.mark.parametrize("headline", [
    "ELECTRICIAN — SERVICE AND REPAIR",
    "Journeyman Welder | Structural and Pipe Training",
    "Licensed Plumber - Commercial Service",
])
def test_a_headline_under_the_name_is_no_section(headline: str) -> None:
    text = f"""Sam Ortiz
Dayton, OH · sam.ortiz@example.org

{headline}
Tradesman with six years of residential and light commercial work.

WORK HISTORY
Service Technician, Miami Valley Mechanical, Dayton, OH — 2019 to present
• Run four to six service calls a day
"""
    parsed = _parse(text)
    assert _kinds(parsed) == ["summary", "experience"]
    assert headline in parsed.contact.lines
    assert _entries(parsed, "summary")[0].header == [
        "Tradesman with six years of residential and light commercial work."]


def test_a_volunteering_heading_is_still_one() -> None:
    text = """Sam Ortiz
sam.ortiz@example.org

VOLUNTEER SERVICE
Crew Member, Habitat for Humanity, Dayton, OH — 2018 to 2020
• Framed and roofed six homes
"""
    assert _kinds(_parse(text)) == ["volunteering"]


def test_a_title_line_with_its_employer_after_a_comma_over_a_tools_line() -> None:
    text = """Jo Park
jo.park@example.org

EMPLOYMENT
Lead Welder, Ironbridge Fab
Jan 2019 - Present
MIG TIG Stick Flux-core
• Welded structural steel for three bridge projects
"""
    role = _entries(_parse(text), "experience")[0]
    assert (role.title, role.organisation) == ("Lead Welder", "Ironbridge Fab")


def test_a_title_with_its_unit_keeps_the_unit_when_the_employer_is_named() -> None:
    text = """Jo Park
jo.park@example.org

EXPERIENCE
Charge Nurse, Cardiac Step-Down
Mercy Regional Hospital — Tulsa, OK — 2020 to present
• Lead a team of six nurses on nights
"""
    role = _entries(_parse(text), "experience")[0]
    assert (role.title, role.organisation) == (
        "Charge Nurse, Cardiac Step-Down", "Mercy Regional Hospital")


def test_a_description_is_no_organisation() -> None:
    # As a DOCX template sets it: the project's name, then its description as a
    # second header line (bold, no bullet).
    project = Entry(header=[
        "Trail Map",
        "Built a booking page for a bike store using HTML and CSS, cutting calls by half."])
    fill_fields(project, "projects")
    assert (project.title, project.organisation) == ("Trail Map", None)


@pytest.mark.parametrize(("line", "name"), [
    ("Yasmin Haddad (ياسمين حداد)", "Yasmin Haddad"),
    ("Αικατερίνη Παπαδοπούλου (Katerina Papadopoulos), RN", "Αικατερίνη Παπαδοπούλου"),
    ("TRẦN VĂN AN (An Tran)", "TRẦN VĂN AN"),
])
def test_a_name_with_its_other_form_in_brackets_is_the_name(line: str, name: str) -> None:
    text = f"{line}\nDallas, TX · an@example.org\n\nEXPERIENCE\nClerk, Acme Co., 2020 to 2022\n"
    assert _parse(text).contact.name == name


def test_without_headings_a_long_dated_role_line_is_a_role_and_a_licence_line_is_not() -> None:
    text = """Marta Ruiz
Tucson, AZ — marta.ruiz@example.org

Arizona Journeyman Plumber License #P-40123, OSHA 10-Hour Construction (2023)

Service Manager — The Saguaro Plumbing Company (residential service, 14 trucks) — 2021 to present
- Dispatch and coach a crew of 14 service plumbers
Plumber, Desert Flow LLC, Tucson, AZ — 2016 to 2021
- Repiped homes in PEX and copper
"""
    parsed = _parse(text)
    assert _kinds(parsed) == ["summary", "experience"]
    roles = _entries(parsed, "experience")
    assert [(r.title, r.organisation) for r in roles] == [
        ("Service Manager", "The Saguaro Plumbing Company (residential service, 14 trucks)"),
        ("Plumber", "Desert Flow LLC")]


def test_a_comma_in_brackets_cuts_no_title() -> None:
    entry = Entry(header=["Design Engineer (intern, then full time), Kettering Pumps, "
                          "Dayton, OH — 2017 to 2020"])
    fill_fields(entry, "experience")
    assert (entry.title, entry.organisation) == (
        "Design Engineer (intern, then full time)", "Kettering Pumps")


@pytest.mark.parametrize(("line", "degree", "school"), [
    ("B.A. in History, UNC Asheville, 2018", "B.A. in History", "UNC Asheville"),
    ("M.S. in Chemistry, MIT, 2012", "M.S. in Chemistry", "MIT"),
    ("Bachelor of Science, Computer Science, 2015", "Bachelor of Science, Computer Science",
     None),
])
def test_a_school_after_the_degree_on_one_line(line: str, degree: str,
                                               school: str | None) -> None:
    entry = Entry(header=[line])
    fill_fields(entry, "education")
    assert (entry.title, entry.organisation) == (degree, school)


def test_a_place_taken_out_of_an_employer_leaves_no_stray_comma() -> None:
    entry = Entry(header=["Quality Engineer — Acme Plastics, Holland, MI (Tier 1 molding) "
                          "— 2020 to present"])
    fill_fields(entry, "experience")
    assert entry.organisation == "Acme Plastics (Tier 1 molding)"
    assert entry.location == "Holland, MI"
