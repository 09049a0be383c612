"""The title and employer of a pasted posting, under the job board's own lines.

Every posting here is made up for the test; the last tests read the shared corpus
and the repository's benchmark postings (skipped when the corpus is absent).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tailor_app.tailoring.posting.chrome import is_chrome
from tailor_app.tailoring.posting.sections import split_posting
from tailor_app.tailoring.posting.title import find_company, find_title

BOARD_PASTE = """Skip to main content
Menu ☰   Jobs   Companies   Salaries   Resources   Sign In
We use cookies to personalise content. By continuing you agree to them. [Accept] [Settings]
Trades jobs in Dayton, OH  ›  Pipefitter
☆ Save   ↗ Share   ⚑ Report
Commercial Pipefitter - Hospital Projects
Ridgeline Mechanical Contractors – Dayton, OH 45402
$34 - $41 an hour · Full-time
Easily apply
Sponsored · 3.9 ★ 212 reviews

Full job description
Ridgeline Mechanical has built hospital and school systems across the Miami Valley since 1987.

Requirements
• Journeyman card and 4+ years of commercial pipefitting
• Read isometric drawings and lay out hangers
"""


def _title_and_company(text: str) -> tuple[str | None, str | None]:
    split = split_posting(text)
    return find_title(split), find_company(split)


def test_a_board_paste_gives_the_title_and_employer_under_the_chrome() -> None:
    assert _title_and_company(BOARD_PASTE) == (
        "Commercial Pipefitter", "Ridgeline Mechanical Contractors")


@pytest.mark.parametrize("line", [
    "We use cookies to personalise content. By continuing you agree to our use of cookies. "
    "[Accept] [Settings]",
    "This website uses cookies. Manage your preferences in Cookie Settings.",
    "Menu ☰   Jobs   Companies   Salaries   Resources   Sign In",
    "☆ Save   ↗ Share   ⚑ Report",
    "[Apply now]   [Save]",
    "Sign in to see how you compare with 40 other applicants. [Sign in]  [Join free]",
    "Trades jobs in Dayton, OH  ›  Pipefitter",
    "Posted 2 weeks ago · Over 100 applicants · Promoted by hirer",
    "Careers at Ridgeline | Search jobs | Saved jobs (2) | Talent community",
    "Apply on company site   ♡",
    # The board's own name alone on a line, and its upsell ("LinkedIn" was asked).
    "LinkedIn",
    "Set alert for similar jobs",
    "Try Premium for $0",
    "See how you compare to over 100 other applicants",
])
def test_board_lines_are_chrome_by_their_shape(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize("line", [
    "Python | Django | PostgreSQL | AWS",
    "Accept deliveries and check them against the packing slip",
    "Experience with cookie-cutter templates is a plus",
    "Years of experience > 5 in commercial HVAC",
    "Location: Boise, ID   |   Job type: Full-time   |   Pay: $19–$23/hr",
    "Candidates must agree to a background check and consent to a drug screen.",
    "Grow our LinkedIn and Instagram following",
    "Post openings on Indeed and LinkedIn",
])
def test_posting_lines_are_not_chrome(line: str) -> None:
    assert not is_chrome(line)


@pytest.mark.parametrize(("text", "title"), [
    ("Benefits Coordinator\nAcme Mills, Reading, PA\n\nAbout the role\nYou will run "
     "open enrolment for 900 staff.\n", "Benefits Coordinator"),
    ("Regional Property Analyst – Leasing & Asset Management\nNorthbank Trust\n\n"
     "Responsibilities\n• Model rent rolls in Excel\n", "Regional Property Analyst"),
    ("Warehouse Associate Team Partner\nAbout us\nWe ship parts.\n",
     "Warehouse Associate Team Partner"),
    ("Inside Sales Representative, Harbor Tool Supply (Erie, PA). Harbor Tool has sold "
     "cutting tools to machine shops for 40 years, and we need a rep who will answer calls, "
     "build quotes in our ERP and grow a book of 120 accounts; two years of sales experience "
     "is required.", "Inside Sales Representative"),
    ("Now hiring a Certified Veterinary Technician for our clinic on Elm Street: you will "
     "restrain patients, draw blood and take radiographs, and you must hold a state "
     "credential.", "Certified Veterinary Technician"),
    ("Night Cook (Bilingual English or Spanish Preferred)\nOur diner needs a cook.\n",
     "Night Cook"),
    # A board's long line of parts set off by spaced hyphens: the job's part.
    ("Member Service Teller (Part-Time, 30 hrs) - Lakeshore Federal Credit Union - "
     "Erie, PA\n\nResponsibilities\n* Balance the cash drawer\n", "Member Service Teller"),
])
def test_titles_read_from_the_posting_own_words(text: str, title: str) -> None:
    assert find_title(split_posting(text)) == title


def test_a_form_header_with_two_cells_on_a_line_gives_the_title_cell_only() -> None:
    # A PDF form's header pasted as text: a label and its value, a wide gap, the next.
    text = ("JOB DESCRIPTION\nPosition Title: Night Auditor            FLSA Status: Non-Exempt\n"
            "Reports To: Front Office Manager           Location: Elm Inn, Boise, ID\n\n"
            "SUMMARY: The Night Auditor balances the day's accounts.\n")
    assert find_title(split_posting(text)) == "Night Auditor"
    # One space is no gap: a title may itself hold a colon-free label-like word.
    one = "Job Title: Payroll Clerk II\n\nDuties\n- Run payroll\n"
    assert find_title(split_posting(one)) == "Payroll Clerk II"


def test_a_lowercase_title_from_a_sentence_is_set_as_a_title() -> None:
    text = ("Lakeside Adult School is looking for part-time ESL instructors to teach "
            "evening classes to adult learners.")
    assert find_title(split_posting(text)) == "Part-time ESL Instructor"


def test_a_place_under_the_title_is_no_employer() -> None:
    text = ("Maintenance Mechanic\nNaperville, IL · Full-time\n\n"
            "Naperville Foods is hiring a mechanic for its snack plant.\n")
    assert _title_and_company(text) == ("Maintenance Mechanic", "Naperville Foods")


def test_a_firm_named_for_its_partners_is_an_employer() -> None:
    text = ("Staff Accountant\nBrandt & Lowe Partners · Columbus, OH\n\n"
            "About us\nBrandt & Lowe serves 300 family businesses.\n")
    assert _title_and_company(text) == ("Staff Accountant", "Brandt & Lowe Partners")


def test_the_job_named_in_the_about_text_is_no_employer() -> None:
    text = ("Front Desk Manager\nThe Willow Inn, a 60-room inn in Savannah\n\n"
            "Position summary\nThe Front Desk Manager leads the front desk team.\n")
    assert _title_and_company(text)[1] != "Front Desk Manager"


def _postings(corpus_dir: Path) -> list[Path]:
    bench = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "quality" / "postings"
    return sorted([*bench.iterdir(), *(corpus_dir / "jds").iterdir()])


@pytest.mark.corpus
def test_every_real_and_benchmark_posting_opening_with_a_title_gets_it(
        corpus_dir: Path) -> None:
    """A posting whose first words are a title line (not a paragraph) gets a title:
    the posting's own words, a few of them, never a line of the board's chrome."""
    for path in _postings(corpus_dir):
        text = path.read_text("utf-8")
        title = find_title(split_posting(text))
        if title is None:
            continue
        assert len(title.split()) <= 9, (path.name, title)
        assert not is_chrome(title), (path.name, title)
        words = {w.casefold() for w in text.replace("-", " ").split()}
        assert any(w.casefold() in words for w in title.replace("-", " ").split()), path.name
    titled = [p.name for p in _postings(corpus_dir)
              if find_title(split_posting(p.read_text("utf-8")))]
    assert len(titled) >= len(_postings(corpus_dir)) - 1


def test_the_employer_named_after_a_colon_in_a_paragraph_posting() -> None:
    text = ("Night Auditor, Downtown (Part-Time): Harborview Suites is looking for a night "
            "auditor who will balance the day's charges, run the end-of-day report in our "
            "property system and check in late arrivals; one year of front desk work is "
            "required.")
    assert _title_and_company(text) == ("Night Auditor", "Harborview Suites")


@pytest.mark.parametrize("title", ["Child Welfare Caseworker", "Peer Support Worker",
                                   "Material Handler - 2nd Shift", "Peer Recovery Coach",
                                   "Special Education Paraprofessional", "Adjunct Professor",
                                   "Journeyman Lineman", "Banquet Bartender and Barback",
                                   "Sommelier", "Bilingual CSR"])
def test_titles_of_every_field_are_read(title: str) -> None:
    text = f"{title}\nNorthside Services, Dayton, OH\n\nWhat you will do\n- Help our clients\n"
    assert find_title(split_posting(text)) == title.split(" - ")[0]


def test_a_skill_ending_in_a_title_only_noun_still_asks() -> None:
    """"Runner" ends a title ("Food Runner") but also a tool's name: a GitLab Runner
    the posting asks for is not a person."""
    from tailor_app.tailoring.posting.analyse import analyse_posting

    text = "DevOps Engineer\nRequirements\n- Experience with GitLab Runner and Terraform\n"
    names = {s.name for s in analyse_posting(text).skills}
    assert {"GitLab Runner", "Terraform"} <= names


def test_a_footer_of_links_closed_by_its_copyright_is_chrome() -> None:
    # The copyright sign is what marks the bar, though decoration-stripping reads it as
    # a bare year; the board's "Jobs by ..." links are its own.
    assert is_chrome("Jobs by city  Jobs by company  Help  Terms  Accessibility  © 2025")
    assert is_chrome("Browse jobs by state | Careers | Accessibility | © 2024 Hirewell")
    assert not is_chrome("Accessibility  Usability testing  Section 508")


def test_a_breadcrumb_is_where_the_board_filed_the_job_not_its_title() -> None:
    text = ("Jobs > Education > Paraprofessional - Special Education\n"
            "Sign in | Post a job | Salary tool\n"
            "Paraprofessional - Special Education (Resource Room)\n"
            "Maple Ridge School District - Salem, OR\n\nJob details\n"
            "Maple Ridge School District is seeking a caring paraprofessional to support "
            "students with IEPs in small groups.\n")
    assert find_title(split_posting(text)) == "Paraprofessional"


def test_the_employer_after_a_dash_in_the_title_line_is_cut_off() -> None:
    from tailor_app.tailoring.posting.analyse import analyse_posting

    text = ("LINE COOK — The Brass Kettle, Bend OR\nFull or part time. $19/hr plus tips.\n"
            "The Brass Kettle is a scratch kitchen; we need a cook for the grill station who "
            "has at least one year of line experience and good knife skills.\n")
    analysis = analyse_posting(text)
    assert analysis.title == "Line Cook"
    assert (analysis.company or "").startswith("The Brass Kettle")
    # What follows a dash may as well be the job's own specialty: it stays.
    text = ("Litigation Paralegal — Energy Litigation\nWhat we need. Five years' experience "
            "as a litigation paralegal and e-filing in state courts.\n")
    assert analyse_posting(text).title == "Litigation Paralegal — Energy Litigation"


def test_the_title_after_experience_as_a_still_asks_for_that_work() -> None:
    from tailor_app.tailoring.posting.analyse import analyse_posting

    text = ("Job Title: Litigation Paralegal\nRequirements\n- At least 5 years' experience "
            "as a litigation paralegal at a law firm\n")
    assert "Litigation" in {s.name for s in analyse_posting(text).skills}


def test_a_company_introducing_itself_by_name() -> None:
    from tailor_app.tailoring.posting.analyse import analyse_posting

    text = ("Junior Software Engineer (Backend)\nWe're Quillbrook — we build scheduling "
            "software for vet clinics.\nWhat you'll do\n- Build REST APIs in Django\n")
    assert analyse_posting(text).company == "Quillbrook"
    text = "Sales Rep\nWe are Northwind Supply, a distributor of fasteners.\n"
    assert analyse_posting(text).company == "Northwind Supply"
    # Not a name: "We're Hiring!", "We're a family-owned shop".
    assert analyse_posting("Sales Rep\nWe're Hiring! Join us.\n").company is None
    assert analyse_posting("Sales Rep\nWe're a family-owned shop, and we grow.\n").company is None
