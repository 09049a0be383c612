"""A line that does the title's own work leads its role, and a name line is no duty (order21).

"Dispatch 30-38 drivers a night" for a "Night Dispatcher" names no skill the
vocabulary holds, and the title's own words are no posting words, so it sank under
lines touching minor asks. A line opening with the title's work (the head noun as a
verb, or a rank's verb with the title's object) gains ``relevance.TITLE_WEIGHT``.
A hard-wrapped posting's first lines (the title in capitals, the employer and town)
were read as its lead duty.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from tailor_app.tailoring.compose import relevance as relevance_module
from tailor_app.tailoring.compose.order import order_bullets
from tailor_app.tailoring.compose.relevance import Relevance, lead_duties, stem, title_work
from tailor_app.tailoring.model import Entry
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

GROOMER = """Pet Groomer - Tailwaggers Salon

What you'll do
- Bathe, brush and dry dogs of every size before their cut
- Trim nails and clean ears
- Keep kennel cards current in Gingr and check pets in at the front counter
- Keep the tub room sanitized and the dryers clean

What you need
- 1+ year of grooming experience
- Experience with Gingr software
"""

WRAPPED = """ROUTE SALES DRIVER - SNACK DELIVERY
Prairie Crisp Foods, Wichita KS

Prairie Crisp Foods makes kettle chips in Wichita.
You will deliver and merchandise snack products at 25 to 30
grocery and convenience stores a day, rotate stock and build
displays, and take orders from store managers.
"""


def _title(text: str | None) -> Any:
    return cast(Any, SimpleNamespace(title=text))


@pytest.mark.parametrize(("title", "opening", "work"), [
    ("Night Dispatcher", "Dispatched", True),
    ("Night Dispatcher", "Dispatch", True),
    ("8th Grade Science Teacher", "Teach", True),
    ("Truck Driver", "Drive", True),
    ("Line Cook", "Cooked", True),
    ("Parking Attendant", "Attended", False),  # meetings and classes, no attendant's work
    ("Flight Attendant", "Attend", False),
    ("Payroll Specialist", "Process", False),  # a rank with no verb
    ("Night Dispatcher", "Dispensed", False),
])
def test_the_titles_own_work_opens_the_line(title: str, opening: str, work: bool) -> None:
    found = title_work(_title(title))
    assert (found is not None and stem(opening.casefold()) in found[0]) is work


@pytest.mark.parametrize("title", ["Manager", "Payroll Specialist", "Flight Attendant", None])
def test_no_work_in_a_title_without_one(title: str | None) -> None:
    assert title_work(_title(title)) is None


def test_a_ranks_work_is_its_verb_and_the_titles_object() -> None:
    found = title_work(_title("Inbound Receiving Supervisor"))
    assert found is not None
    assert stem("supervised") in found[0] and found[1] == "receiv"


def _groomer_role(core: str) -> tuple[Entry, Relevance]:
    minor = "Update kennel cards in Gingr before each pickup"
    entry = Entry(header=["Groomer | Happy Paws | 2021 - Present"],
                  bullets=["Sweep the salon and fold towels", minor, core])
    relevance = Relevance(analyse_posting(GROOMER, None, None), load_vocabulary(),
                          [*entry.header, *entry.bullets])
    return entry, relevance


def test_a_line_doing_the_titles_work_leads_its_role() -> None:
    core = "Groom 8-10 dogs a day, from puppy trims to full hand-scissored cuts"
    entry, relevance = _groomer_role(core)
    assert order_bullets(entry, relevance.line).bullets[0] == core


def test_without_the_titles_work_the_line_naming_a_tool_would_lead(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(relevance_module, "TITLE_WEIGHT", 0.0)
    core = "Groom 8-10 dogs a day, from puppy trims to full hand-scissored cuts"
    entry, relevance = _groomer_role(core)
    assert order_bullets(entry, relevance.line).bullets[0] != core


def test_the_titles_word_further_in_the_line_is_no_work() -> None:
    _entry, relevance = _groomer_role("Groom 8-10 dogs a day")
    opening = "Groom 8-10 dogs a day"
    inside = "Fold towels for the groomers each day"
    washed = opening.replace("Groom", "Wash")
    assert relevance.line(opening) - relevance.line(washed) == pytest.approx(
        relevance_module.TITLE_WEIGHT)
    assert not relevance.does_title_work(inside)
    assert relevance.does_title_work(opening)


def test_a_rank_needs_the_titles_object_as_well() -> None:
    analysis = analyse_posting("Store Manager\n\nWhat you'll do\n- Run the store\n", None, None)
    relevance = Relevance(analysis, load_vocabulary(), [])
    assert relevance.does_title_work("Manage a $3.1M store")
    assert not relevance.does_title_work("Managed the office fridge rota")
    assert not relevance.does_title_work("Restock the store's shelves")


def test_the_title_and_employer_lines_are_no_lead_duty() -> None:
    duties = lead_duties(analyse_posting(WRAPPED, None, None))
    assert duties, "the duty sentence is found"
    first = duties[0][1]
    assert "crisp" not in first and "wichita" not in first
    assert {"deliv", "merchand"} <= first
