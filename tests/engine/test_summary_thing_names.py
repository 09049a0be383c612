"""A name the vocabulary reads whole for the skill asked is said in the summary line
as the resume writes it, even where one of its words could open a deed: "steel
erection" is no act of steel for Structural Steel, nor "Exchange Online" an act of
exchanging for Microsoft Exchange (the name's last word names a thing, not an
action). "plan of care" for Care Planning still tells the act of planning first."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.naming import summary_term
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 12, 1)

SUPER = """Dale Okonkwo
Boise, ID | dale.okonkwo@example.com

EXPERIENCE
Superintendent | Treasure Valley Builders | 2021 – Present
- Run two tilt-up warehouse jobs from site work to turnover
- Hold the weekly subcontractor meeting and keep the look-ahead current
- Walk the site with the city inspector before each pour

Assistant Superintendent | Snake River Construction | 2016 – 2021
- Kept the daily log and photo record for a 90,000 sq ft school
- Coordinated steel erection and deck placement with the ironworkers' foreman
- Ran the Monday toolbox talk
"""
SUPER_POSTING = """Project Superintendent
Requirements
- Structural steel
- Toolbox talks
- Daily logs
"""

ADMIN = """Priya Natarajan
Reno, NV | priya.n@example.com

EXPERIENCE
IT Administrator | High Desert Credit Union | 2020 – Present
- Patch 300 Windows laptops each month and report the ones that fail
- Reset passwords and unlock accounts for branch staff
- Built the new-hire laptop image

Help Desk Technician | Truckee Meadows Schools | 2016 – 2020
- Answered 40 tickets a day for teachers and office staff
- Moved 900 staff mailboxes to Exchange Online over one summer
"""
ADMIN_POSTING = """Systems Administrator
Requirements
- Microsoft Exchange administration
- Password resets
- Windows
"""


def test_a_thing_named_by_its_object_first_is_named() -> None:
    result = tailor(SUPER, SUPER_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert result.summary is not None and "steel erection" in result.summary


def test_a_product_name_is_no_deed() -> None:
    result = tailor(ADMIN, ADMIN_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert result.summary is not None and "Exchange Online" in result.summary


def test_the_act_told_first_is_still_a_deed() -> None:
    vocabulary = load_vocabulary()
    text = "Treat residents under the PT's plan of care"
    assert summary_term("plan of care", "hard", "Care Planning", text, vocabulary) is None
    assert summary_term("steel erection", "hard", "Structural Steel",
                        "Coordinated steel erection and deck placement", vocabulary) == (
        "steel erection")
