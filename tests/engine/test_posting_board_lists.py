"""A job board's list of other jobs under its own heading, and its benefits heading
(Dec 5, recall9). Each test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.chrome import board_listing, opens_board_list

_PASTE = """Forklift Operator
Harbor Cold Storage
Tacoma, WA
What you'll do:
Load and unload reefer trailers with a sit-down forklift
What we need:
6 months of forklift experience
Benefits found in job post
Dental insurance
Paid time off
More jobs at Harbor Cold Storage
Warehouse Lead - Harbor Cold Storage
Similar jobs
CDL-A Driver - Swift Transportation
Pharmacy Technician - Walgreens
"""


def test_other_jobs_under_a_board_heading_ask_nothing() -> None:
    names = {s.name for s in analyse_posting(_PASTE).skills}
    assert "Forklift Operation" in names
    assert not any("CDL" in n or "Pharmacy" in n or "Dental" in n for n in names)


def test_the_list_heading_and_its_lines_by_shape() -> None:
    assert opens_board_list("Similar jobs")
    assert opens_board_list("More jobs at Lakeside Honda")
    assert not opens_board_list("Similar jobs to this one are posted weekly.")
    assert board_listing("Math Teacher - Keizer | Science Teacher - Salem")
    assert not board_listing("Load trailers in stop order and keep the dock clear of pallets "
                             "and debris at all times during the shift.")
