"""The summary line's years are those of the work its title names: a role of other work
counts only by much of what the line names among the skills the job requires, never by a
wish of the posting or one item of the list it happens to show ("checked reefer temps"
in a warehouse job is no dispatcher's year)."""

from __future__ import annotations

import re
from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)

RESUME = """Lena Ortiz
Aurora, CO | lena.ortiz@example.com

EXPERIENCE
Dispatcher | High Plains Freight, Denver, CO | 2022 – Present
- Dispatch 30 dry van trucks on regional lanes and plan routes around hours of service
- Book loads on the DAT load board and enter rate confirmations in McLeod

Warehouse Associate | Front Range Foods, Denver, CO | 2016 – 2022
- Loaded refrigerated trailers and checked reefer temperatures before release
- Picked grocery orders with an RF scanner
"""

POSTING = """Truck Dispatcher
What you'll do
- Dispatch drivers and plan routes around hours of service
- Book loads on DAT and enter rate confirmations in McLeod
Nice to have
- Reefer experience
"""


def _years(summary: str | None) -> int | None:
    found = re.search(r"(\d+) years? of experience", summary or "")
    return int(found.group(1)) if found else None


def test_a_role_of_other_work_showing_only_a_wish_adds_no_years() -> None:
    result = tailor(RESUME, POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert _years(result.summary) == 5, result.summary  # 2022 to today, not 2016


def test_a_role_showing_one_required_skill_of_many_adds_no_years() -> None:
    # "Dispatcher with 11 years of experience in hours of service, DAT, rate
    # confirmations, McLeod, reefer …" would lend the warehouse's reefer checks six years
    # of dispatching; a hiring manager reads the figure as years of that list's work.
    posting = POSTING.replace("Nice to have\n- Reefer experience\n",
                              "Requirements\n- Reefer experience\n")
    result = tailor(RESUME, posting, today=TODAY)
    assert _years(result.summary) == 5, result.summary


def test_a_role_doing_much_of_the_lines_work_counts() -> None:
    # An earlier job under another title that booked the loads and planned the routes
    # too is years of the work the line names.
    resume = RESUME.replace(
        "Warehouse Associate | Front Range Foods, Denver, CO | 2016 – 2022\n"
        "- Loaded refrigerated trailers and checked reefer temperatures before release\n"
        "- Picked grocery orders with an RF scanner\n",
        "Logistics Coordinator | Front Range Foods, Denver, CO | 2016 – 2022\n"
        "- Booked loads on the DAT load board and planned routes around hours of service\n"
        "- Entered rate confirmations in McLeod\n")
    result = tailor(resume, POSTING, today=TODAY)
    assert _years(result.summary) == 11, result.summary


FRONT_DESK = """Alma Ruiz
Skokie, IL | alma.ruiz@example.com

EXPERIENCE
Patient Services Representative | Lakeview Pediatrics, Skokie, IL | Jan 2023 – Present
- Verify insurance coverage and update demographics before each visit
- Collect copays and close out the cash drawer each evening
- Schedule well visits in athenahealth

Customer Service Associate | Fresh Market, Niles, IL | Aug 2020 – Dec 2022
- Ran a register and handled cash and card payments
- Answered customer questions at the service desk
"""

FRONT_POSTING = """Front Desk Coordinator
Duties
- Verify insurance eligibility at every visit
- Collect copays and reconcile the cash drawer at end of day
- Schedule appointments
Requirements
- Cash handling
- Excellent customer service
"""


def test_a_role_of_other_work_adds_no_years_to_skills_it_does_not_show() -> None:
    # The cashier's job handled cash (a required skill), but the line claims years of
    # insurance verification and the cash drawer as a patient services representative.
    result = tailor(FRONT_DESK, FRONT_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert (result.summary or "").startswith("Patient Services Representative"), result.summary
    # From Jan 2023 (months counted whole), not 6 years from Aug 2020.
    assert _years(result.summary) == 4, result.summary


KITCHEN = """Sam Okoye
Asheville, NC | sam.okoye@example.com

EXPERIENCE
Sous Chef | The Laurel Room, Asheville, NC | 2022 – Present
- Run the pass and expedite tickets for a 90-seat dining room
- Cost recipes and keep food cost under 30%

Line Cook | Biscuit House, Asheville, NC | 2016 – 2022
- Worked the sauté and grill stations for 200 covers a night
"""

KITCHEN_POSTING = """Sous Chef
Requirements
- Sauté and grill station experience
- Food cost control
"""


def test_a_role_writing_a_skill_the_line_names_still_counts() -> None:
    # The line cook's sauté and grill years are years of the work the line names when
    # the line names only that work; the sous chef's own post writes neither, so it
    # lends them none (third28: not 11 years, 2016 to today, but the line cook's six).
    posting = KITCHEN_POSTING.replace("- Food cost control\n", "")
    result = tailor(KITCHEN, posting, today=TODAY)
    summary = result.summary or ""
    assert "sauté" in summary.casefold() or "grill" in summary.casefold(), summary
    assert "food cost" not in summary.casefold(), summary
    assert _years(summary) == 6, summary  # 2016 to 2022


def test_a_role_lends_its_years_only_to_the_items_it_wrote() -> None:
    # "Sous Chef with 11 years of experience in sauté, grill and food cost" would claim
    # eleven years of costing; the line cook wrote sauté and grill only, so the line
    # says the years every item it names has: the sous chef's.
    result = tailor(KITCHEN, KITCHEN_POSTING, today=TODAY)
    summary = result.summary or ""
    assert "food cost" in summary.casefold(), summary
    assert _years(summary) == 5, summary  # 2022 to today
