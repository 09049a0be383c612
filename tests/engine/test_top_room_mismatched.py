"""On a mismatched pair the writer's own paragraph keeps its place: when the rest of the
resume shows under a quarter of the posting's asks, moving a long profile that names no
asked work lifts nothing asked into view, and a "Summary" after the education reads as
a slip. On a resume that shows the work asked, it still gives way to that work."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)

_PROFILE = ("Warm, energetic and dependable professional who believes every client "
            "deserves patience and a straight answer. Colleagues rely on me to stay calm "
            "when the day gets busy and to keep my promises. Outside work I volunteer at "
            "the animal shelter, run trail races and cook for big family dinners.")

REALTOR = f"""Tessa Lindgren
Boulder, CO | 303-555-0181 | tessa.lindgren@example.com

PROFILE
{_PROFILE}

EXPERIENCE
Real Estate Agent | Flatirons Realty, Boulder, CO | 2019 – Present
- Show 10-15 homes a week to first-time buyers and write offers in Dotloop
- Run comparative market analyses and price listings
- Hold open houses most weekends

EDUCATION
B.A. Communication, University of Colorado, 2018
"""

PRODUCT_POSTING = """Product Manager
Responsibilities
- Own the product roadmap and write user stories in Jira
- Run A/B tests and read product analytics in Amplitude
- Lead sprint planning with engineering and design
Requirements
- SQL
- Agile and Scrum
- Figma
"""

COOK = f"""Ruben Okafor
Tulsa, OK | 918-555-0112 | ruben.okafor@example.com

ABOUT ME
{_PROFILE}

WORK HISTORY
Line Cook | Blue Dome Grill, Tulsa, OK | 2020 – Present
- Work the grill and sauté stations for 250 covers a night
- Prep sauces and proteins to the chef's recipes

EDUCATION
High school diploma, Booker T. Washington High School, 2019
"""

ACCOUNTANT_POSTING = """Staff Accountant
What you'll do
- Run the month-end close and post journal entries
- Reconcile bank and balance sheet accounts
- Prepare accruals and fixed asset schedules in NetSuite
What you bring
- US GAAP
- Excel (pivot tables, VLOOKUP)
"""


def _opening(text: str, heading: str) -> str:
    return text[: text.index(heading)]


def test_a_realtors_profile_stays_on_top_under_a_product_posting() -> None:
    result = tailor(REALTOR, PRODUCT_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert "Warm, energetic and dependable" in _opening(result.text, "EXPERIENCE")


def test_a_cooks_profile_stays_on_top_under_an_accounting_posting() -> None:
    result = tailor(COOK, ACCOUNTANT_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert "Warm, energetic and dependable" in _opening(result.text, "WORK HISTORY")


def test_the_profile_still_gives_way_to_work_that_answers_the_posting() -> None:
    # A guard: the same profile over a resume that shows the work asked still leaves
    # the top to that work (moved, never dropped).
    posting = """Real Estate Agent
Responsibilities
- Show homes to buyers and write offers
- Run comparative market analyses
- Hold open houses
Requirements
- Dotloop
- Colorado real estate license
"""
    result = tailor(REALTOR, posting, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert "Warm, energetic and dependable" in result.text
    assert "Warm, energetic and dependable" not in _opening(result.text, "EXPERIENCE")
