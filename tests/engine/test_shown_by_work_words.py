"""Nurses, front-desk staff, superintendents and field sellers tell work in their own
words, and the report credits the posting's name for it: "Stick IVs", "hang piggybacks",
"Answer six lines", "Called on 45 framing contractors", "ran the Tuesday subs meeting".
Never the neighbour: a factory's production lines, paper towels stocked, a fundraiser
for Alzheimer's research, a nurse helped. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.match_probe import shown_by_bullet


@pytest.mark.parametrize(("ask", "title", "bullet", "skill"), [
    ("Start and maintain peripheral IVs", "Staff Nurse", "Stick IVs and hang blood",
     "IV Catheter Placement"),
    ("Administer IV piggyback medications", "Staff Nurse", "Hang piggybacks and titrate drips",
     "IV Piggyback"),
    ("Dementia care experience", "Nursing Assistant",
     "Care for 12 residents, most with Alzheimer's or another dementia", "Dementia Care"),
    ("Answer a multi-line phone system", "Receptionist", "Pick up the main line (4 lines)",
     "Multi-Line Phones"),
    ("Greet visitors", "Receptionist", "Say hi to everyone who walks in and sign them in",
     "Greeting Visitors"),
    ("Order office supplies", "Office Assistant", "Order paper, toner and coffee on Fridays",
     "Office Supplies Management"),
    ("B2B sales experience", "Territory Sales Rep",
     "Called on 45 framing and remodeling contractors each week", "B2B Sales"),
    ("Subcontractor coordination", "Superintendent", "Ran the Tuesday subs meeting",
     "Subcontractor Coordination"),
    ("Attend trade shows", "Sales Rep", "Worked our booth at the Ohio Plastics Expo",
     "Trade Shows"),
])
def test_the_trade_s_words_show_the_ask(ask: str, title: str, bullet: str, skill: str) -> None:
    assert skill in shown_by_bullet(ask, bullet, title)


@pytest.mark.parametrize(("ask", "title", "bullet", "skill"), [
    ("Start and maintain peripheral IVs", "Nursing Assistant",
     "Helped nurses start IVs and empty Foley bags", "IV Catheter Placement"),
    ("Answer a multi-line phone system", "Line Lead", "Ran three production lines",
     "Multi-Line Phones"),
    ("Order office supplies", "Custodian", "Stocked paper towels and soap in 40 restrooms",
     "Office Supplies Management"),
    ("Dementia care experience", "Event Coordinator",
     "Raised $4,000 for Alzheimer's research", "Dementia Care"),
])
def test_a_neighbour_shows_nothing(ask: str, title: str, bullet: str, skill: str) -> None:
    assert skill not in shown_by_bullet(ask, bullet, title)
