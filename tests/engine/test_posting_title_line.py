"""The title line of a careers page: a symbol before the title, the employer beside it
after a dash or a bar, capitals.

The job list shows the title and the employer the analysis reads; "🏥 Patient Access
Representative — Mercy Ridge Hospital" used to show the symbol and the whole line as
the title and no employer.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting

BODY = "\n\nRequirements\n- 2 years of experience\n- Microsoft Excel\n"


@pytest.mark.parametrize(("line", "title", "company"), [
    ("🏥 Patient Access Representative — Mercy Ridge Hospital",
     "Patient Access Representative", "Mercy Ridge Hospital"),
    ("Payroll Specialist | Fenwick Foods", "Payroll Specialist", "Fenwick Foods"),
    ("ELECTRICIAN (COMMERCIAL) - Northway Electric", "Electrician (Commercial)",
     "Northway Electric"),
    ("★ Line Cook", "Line Cook", None),
    ("Banquet Captain — The Harborview Hotel & Conference Center", "Banquet Captain",
     "The Harborview Hotel & Conference Center"),
    # The employer on the line under the title, then its place.
    ("Sous Chef\nJuniper Table, Asheville NC", "Sous Chef", "Juniper Table"),
    # The job's department beside the title, the employer under it.
    ("Administrative Assistant – Facilities Department\nLakeshore Unified School District"
     "\n\nThe assistant supports the Director of Facilities.",
     "Administrative Assistant", "Lakeshore Unified School District"),
    # A dash typed as two hyphens; the employer's place is no part of its name.
    ("RECEIVING CLERK (2ND SHIFT) -- Blue Heron Mills, Eugene, OR\n\nBlue Heron Mills"
     " weaves outdoor fabric.", "Receiving Clerk", "Blue Heron Mills"),
    ("Scheduler\nCopperline Roofing Supply -- Tulsa, OK -- Full time, on site",
     "Scheduler", "Copperline Roofing Supply"),
    # A bracket the wrap left open is cut off.
    ("Case Aide (Family\nServices)", "Case Aide", None),
])
def test_the_title_line_gives_title_and_employer(line: str, title: str,
                                                  company: str | None) -> None:
    analysis = analyse_posting(line + BODY)
    assert analysis.title == title
    assert analysis.company == company


@pytest.mark.parametrize("line", [
    # After the dash, the job's specialty: no employer.
    "Electrician – Commercial Construction",
    "Registered Nurse - Emergency Department",
    "Account Executive - Mid-Market (Remote)",
])
def test_a_specialty_after_the_dash_is_no_employer(line: str) -> None:
    assert analyse_posting(line + BODY).company is None


def test_the_employers_name_under_the_title_asks_nothing() -> None:
    # "Juniper Table" is the restaurant, not Juniper Networks.
    text = "Sous Chef\nJuniper Table, Asheville NC\n\nRequirements\n- 3 years on the line\n"
    assert "Juniper Networks" not in {s.name for s in analyse_posting(text).skills}


@pytest.mark.parametrize("line", [
    "Naperville, IL",  # a place alone is no employer
    "Full-time, Remote",
])
def test_a_place_under_the_title_is_no_employer(line: str) -> None:
    assert analyse_posting(f"Sous Chef\n{line}{BODY}").company is None


@pytest.mark.parametrize(("text", "ask"), [
    # The specialty beside the title, said again in the body as a specialty: no employer,
    # and the ask it makes is kept.
    ("Pharma Sales Rep – Dermatology – Territory\n\nRequirements\n"
     "- Dermatology experience preferred\n- 2 years of B2B sales\n", "Dermatology"),
    ("Physical Therapist – Home Health\n\nRequirements\n- Home health experience "
     "preferred\n- Oregon PT license\n", "Home Health Care"),
])
def test_a_specialty_beside_the_title_is_no_employer(text: str, ask: str) -> None:
    analysis = analyse_posting(text)
    assert analysis.company is None
    assert ask in {s.name for s in analysis.skills}


def test_a_name_the_body_repeats_as_an_employer_still_is_one() -> None:
    text = ("Store Manager – Maple & Main Home Goods\n\nAbout Maple & Main Home Goods\n"
            "Maple & Main Home Goods sells furniture.\n\nRequirements\n- Retail management\n")
    assert analyse_posting(text).company == "Maple & Main Home Goods"


@pytest.mark.parametrize(("text", "company"), [
    # A law firm's own word closes its name.
    ("Legal Assistant\nHarmon Chu LLP\n\nWhat you will do\n- Draft letters\n",
     "Harmon Chu LLP"),
    # A dash between the name and its city: no place alone.
    ("Corporate Paralegal\nWhitcombe Ashby LLP - Denver, CO\n\nWhat you will do\n"
     "- Draft board consents\n", "Whitcombe Ashby LLP"),
    ("Line Cook\nJuniper Table - Asheville, NC\n\nDuties\n- Prep the line\n",
     "Juniper Table"),
    # A posting written as one paragraph names its employer after the title's comma.
    ("Office Assistant (Part-Time), Greenleaf Veterinary Hospital. We are looking for "
     "an office assistant who will sort mail and order supplies.\n",
     "Greenleaf Veterinary Hospital"),
])
def test_the_employer_under_or_beside_the_title(text: str, company: str) -> None:
    assert analyse_posting(text).company == company


def test_a_city_with_a_hyphen_under_the_title_is_still_a_place() -> None:
    text = "Line Cook\nWinston-Salem, NC\n\nDuties\n- Prep the line\n"
    assert analyse_posting(text).company is None


@pytest.mark.parametrize(("under", "company", "not_asked"), [
    ("Brazos Building Products | Fort Worth, TX | Hybrid", "Brazos Building Products",
     "Building Materials"),
    ("Pinecrest Roofing Systems · Boise, ID · Full-time", "Pinecrest Roofing Systems", "Roofing"),
    ("Cardinal Freight Lines - Joliet, IL - Full-time (Remote)", "Cardinal Freight Lines",
     "Freight Management"),
    # What the job pays and its shift, after the place: the name is still the employer's,
    # and no product or trade of the same words is asked.
    ("Juniper & Rye Kitchen  •  Boise, ID  •  $62,000 - $70,000 + bonus",
     "Juniper & Rye Kitchen", "Juniper Networks"),
    ("Cardinal Freight Lines | Joliet, IL | 2nd Shift | $24–$28/hr", "Cardinal Freight Lines",
     "Freight Management"),
    ("Pinecrest Roofing Systems, Boise, ID (Part-time, $25 an hour)",
     "Pinecrest Roofing Systems", "Roofing"),
    ("Brazos Building Products - Fort Worth, TX - Nights, $19.50/hr",
     "Brazos Building Products", "Building Materials"),
])
def test_a_board_line_name_place_and_work_kind_names_the_employer(
        under: str, company: str, not_asked: str) -> None:
    # A job board's line under the title ends with how one works after the place; the
    # employer's name is no ask of its trade.
    analysis = analyse_posting(f"Accounts Receivable Specialist\n{under}\n{BODY}")
    assert analysis.company == company
    assert not_asked not in {s.name for s in analysis.skills}
