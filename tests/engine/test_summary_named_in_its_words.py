"""The summary line names a skill by its own name when the resume's words for it are
that name told as a sentence tells it ("allocated labor cost to a job": job costing;
"sales and use tax": sales tax), and never when the words only sit near each other
("under the PT's plan of care" is followed, not planned; "blog posts and social media"
is no "social posts")."""

from __future__ import annotations

from datetime import date

import pytest

from tailor_app.tailoring import tailor
from tailor_app.tailoring.compose.naming import named_in_its_words


@pytest.mark.parametrize(("term", "name", "said"), [
    ("cost to a job", "Job Costing", "job costing"),
    ("sales and use tax", "Sales Tax", "sales tax"),
    ("plan the weekly menu", "Menu Planning", "menu planning"),
    ("customer and vendor calls", "Customer Calls", "customer calls"),
])
def test_the_name_made_of_the_resumes_words(term: str, name: str, said: str) -> None:
    assert named_in_its_words(term, name) == said


@pytest.mark.parametrize(("term", "name"), [
    ("plan of care", "Care Planning"),  # a noun before "of": the plan was followed
    ("posts and social", "Social Posts"),  # two phrases a list joined
    ("Sales Tax", "Sales Tax"),  # the name itself: nothing to make
    ("Negotiate", "Negotiation"),  # one word: activity_of's
    ("track every lead", "Lead Follow-Up"),  # words the name lacks
])
def test_no_name_from_words_that_only_sit_near_it(term: str, name: str) -> None:
    assert named_in_its_words(term, name) is None


_RESUME = """Dana Whitfield
Boise, ID | dana.whitfield@example.com | 208-555-0164

Summary
Bookkeeper for small builders and a property manager. I keep clean books, close every
month on time and like answering the owner's questions in plain words.

Skills
QuickBooks Online, Excel, accounts payable, accounts receivable, 1099s

Experience
Bookkeeper, Snake River Custom Homes, Boise, ID
2020 - Present
- Enter and pay subcontractor invoices in QuickBooks Online
- Send customer invoices and chase past-due balances
- Reconcile three bank accounts and two credit cards every month
- Prepare the monthly profit and loss for the owner
- File quarterly sales and use tax returns for Idaho and Oregon
- Keep lien waivers and certificates of insurance on file

Office Assistant, Gem State Realty, Meridian, ID
2017 - 2020
- Answered phones, scheduled showings and scanned closing files
"""

_POSTING = """Bookkeeper
Duties
- Accounts payable and accounts receivable in QuickBooks Online
- Bank and credit card reconciliations
- Prepare sales tax filings each quarter
Requirements
- 2+ years of bookkeeping
"""


def test_the_line_names_sales_tax_from_sales_and_use_tax() -> None:
    result = tailor(_RESUME, _POSTING, today=date(2026, 12, 1))
    assert result.summary is not None
    assert "sales tax" in result.summary
    assert result.guard.ok


def test_a_deed_whose_words_make_the_name_is_said_by_the_name() -> None:
    from tailor_app.tailoring.compose.naming import summary_term
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    text = "Load the truck by stop order each morning\nDeliver 90 stops a day"
    assert summary_term("Load the truck", "hard", "Truck Loading", text, vocabulary,
                        shown={"Truck Loading"}) == "truck loading"
    # A name the resume's lines do not show to the guard: the deed is told instead.
    told = summary_term("Load the truck", "hard", "Truck Loading", text, vocabulary,
                        shown=set())
    assert told == "loading the truck"
