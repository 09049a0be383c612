"""A job board's other blocks around a pasted posting: its criteria, its articles and
questions, its reviews of the employer, and its search box (Dec 6, precision14).

Each test is on text written for it, not a batch's posting.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.chrome import (
    board_listing,
    criterion_value,
    names_criterion,
    opens_board_list,
)

_CRITERIA_PASTE = """Accounts Payable Clerk
Marlowe Freight Systems · Tulsa, OK (Hybrid)
About the job
Marlowe Freight Systems moves dry van freight for 300 shippers in the Midwest.
What you'll do
- Enter and match carrier invoices in NetSuite
- Run the weekly check run and answer vendor calls
What you bring
- 1+ year of accounts payable experience
Seniority level
Associate
Employment type
Full-time
Job function
Finance and Sales
Industries
Truck Transportation, Staffing and Recruiting
Explore collaborative articles
How would you prioritize client requests as a project manager?
What are the best ways to learn Python for data science?
"""

_REVIEWS_PASTE = """Bank Teller
Prairie Plains Credit Union - Wichita, KS
Full job description
Prairie Plains Credit Union serves 60,000 members in south-central Kansas.
Responsibilities:
- Process deposits, withdrawals and loan payments at the teller line
- Balance your cash drawer at the end of each shift
Qualifications:
- 6 months of cash handling experience
Company reviews
"Supportive managers and a good mortgage lending team." - Loan Officer
"Lots of cross-selling pressure, but great benefits." - Member Service Rep
Frequently asked questions about Prairie Plains Credit Union
What is the dress code at Prairie Plains?
Do employees get Salesforce training?
"""


def test_the_boards_criteria_and_articles_ask_nothing() -> None:
    names = {s.name for s in analyse_posting(_CRITERIA_PASTE).skills}
    assert "Accounts Payable" in names and "NetSuite" in names
    assert not any(n in names for n in ("Sales", "Python", "Data Science",
                                        "Project Management", "Recruiting"))


def test_the_boards_reviews_and_questions_ask_nothing() -> None:
    names = {s.name for s in analyse_posting(_REVIEWS_PASTE).skills}
    assert "Cash Handling" in names
    assert not any(n in names for n in ("Mortgage Lending", "Cross-selling", "Salesforce"))


def test_criteria_names_take_one_value_line_each() -> None:
    # A posting's own "Job function" heading over its duties is not the board's.
    assert not names_criterion("Job function")
    assert names_criterion("Job function", criteria=True)
    assert names_criterion("Seniority level")
    assert criterion_value("Hospitals and Health Care, Medical Practices")
    assert not criterion_value("- Answer phones and greet visitors")
    assert opens_board_list("Frequently asked questions about Prairie Plains")
    assert board_listing("What is the dress code at Prairie Plains?")
    assert board_listing("“Great people, long Saturdays.” - Teller")
    # A posting's own duty line is no listing even under a board's heading.
    assert not board_listing("Process deposits, withdrawals and loan payments at the "
                             "teller line for members of all ages and branches.")


def test_a_boards_search_box_is_no_title() -> None:
    posting = ("Find jobs   Company reviews   Sign in\nWhat: dental assistant   Where: "
               "Boise, ID   Find jobs\n\nRegistered Dental Assistant\nCanyon Smiles "
               "Family Dentistry\n\nWhat you'll do\n- Take x-rays and chart for Dr. Lee\n")
    assert analyse_posting(posting).title == "Registered Dental Assistant"


def test_a_career_sites_employment_type_at_the_top_keeps_every_ask() -> None:
    # (review14) "Employment type / Full-time" over the duties, with no blank lines.
    posting = ("Office Assistant\nRidgeline Insurance – Boise, ID\nEmployment type\nFull-time\n"
               "Responsibilities\n- Answer phones and greet visitors\n- Schedule meetings in "
               "Outlook\n- Order office supplies\nRequirements\n- 2 years of office experience\n"
               "- Microsoft Excel\n")
    analysis = analyse_posting(posting)
    names = {s.name for s in analysis.skills}
    assert {"Microsoft Outlook", "Microsoft Excel"} <= names
    assert analysis.min_years == 2
    posting = ("Line Cook\nCopper Kettle Diner - Boise, ID\nSeniority level: Entry level\n"
               "Employment type\nPart-time\nWhat you will do\nPrep vegetables and sauces\n"
               "Work the flat-top grill and fryer\nWhat you need\nFood handler card\n")
    names = {s.name for s in analyse_posting(posting).skills}
    assert any("Food Handler" in n for n in names)
    assert any("Grill" in n or "grill" in n for n in names)
