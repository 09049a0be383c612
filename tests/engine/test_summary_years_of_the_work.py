"""The summary line's years are those of the work its title names: a role of other work
counts only by a skill the job requires, never by a wish of the posting it happens to
show ("checked reefer temps" in a warehouse job is no dispatcher's year)."""

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


def test_a_role_showing_a_required_skill_still_counts() -> None:
    posting = POSTING.replace("Nice to have\n- Reefer experience\n",
                              "Requirements\n- Reefer experience\n")
    result = tailor(RESUME, posting, today=TODAY)
    assert _years(result.summary) == 11, result.summary
