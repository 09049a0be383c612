"""A dining room's and a bar's everyday duties are asks by their own names (Dec 7,
asks21): sections assigned, table turns, comps, voids, the end-of-shift report,
cocktails, and a prep listed after a verb of stocking. Every text was written for
these tests."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


FLOOR = """\
Dining Room Lead, Willowbank Tavern
What you'll do
- Lead the pre-shift huddle and assign sections for the dinner crew
- Watch the waitlist and table turns on Friday nights
- Settle guest complaints and comp items within the manager's limits
- Process voids in the Square register
- Complete the end-of-shift report before you clock out
- Mix house cocktails and pour wine at the service bar
- Start each shift stocking the reach-ins and garnish prep
"""


def test_the_floors_duties_are_asks() -> None:
    asks = _asks(FLOOR)
    assert {"Section assignment", "Table turns", "Comps", "Voids and discounts",
            "End-of-day reports", "Cocktail preparation", "Garnish Preparation"} <= asks


def test_a_nurses_shift_report_stays_the_handoff() -> None:
    # The longer name of the bar's report wins only where it is written.
    asks = _asks("Registered Nurse\nWhat you'll do\n- Give bedside shift report to the "
                 "oncoming nurse\n")
    assert "Shift Handoff" in asks and "End-of-day reports" not in asks


def test_a_realtors_comps_are_no_comped_items() -> None:
    asks = _asks("Buyer's Agent\nWhat you'll do\n- Pull comps and prepare a CMA for each "
                 "listing appointment\n")
    assert "Comps" not in asks


def test_a_cocktail_party_is_no_cocktail_made() -> None:
    asks = _asks("Event Coordinator\nWhat you'll do\n- Plan cocktail receptions and "
                 "donor dinners for up to 300 guests\n")
    assert "Cocktail preparation" not in asks


def test_cocktails_shown_show_bartending() -> None:
    # The narrower skill shows its broader one (``^Bartending``).
    vocabulary = load_vocabulary()
    skill = vocabulary.lookup("classic cocktails")
    assert skill is not None and skill.name == "Cocktail preparation"
    assert "Bartending" in skill.broader


def test_goods_stocked_are_still_no_ask() -> None:
    # What the verb of stocking moves is goods; only a name ending in a piece of work
    # ("garnish prep") is a duty of its own.
    asks = _asks("Stock Associate\nWhat you'll do\n- Stock shelves with paper towels and "
                 "cleaning supplies\n")
    assert not any("towel" in name.lower() for name in asks)


def test_orders_closed_in_other_trades_are_no_sale() -> None:
    # Work orders and pharmacy orders are closed in every trade (review21 A5).
    asks = _asks("Maintenance Technician\nWhat you'll do\n- Log parts used and close all "
                 "orders in the CMMS before shift end\n")
    assert "Deal Closing" not in asks
