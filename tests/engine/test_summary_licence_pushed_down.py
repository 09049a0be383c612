"""A licence the posting requires, filed by the vocabulary as a skill ("Driver's
License") rather than a certification, is judged against the text's first third as it
reads with the summary line in place, as certifications and degrees are: a licence at
the foot of the body's first third leaves it once the line stands above it, and the
line then says it is held."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)

_RESUME = """Ray Castellanos
2210 Birchwood Court, Unit 3
Hilliard, OH 43026
614-555-0190 | ray.castellanos@example.com

SKILLS
Route planning · Delivery scheduling · Customer service · Spanish · Box truck · Hand truck
Forklift · Excel · Appliance hookups

LICENSES
Valid Ohio driver's license

EXPERIENCE
Delivery Driver, Buckeye Appliance Outlet, Columbus, OH — 2021 to present
- Load the box truck by stop order and secure every appliance with straps
- Deliver and install washers, dryers and ranges in 12 homes a day
- Plan each day's route and call customers with a two-hour window
- Haul away old appliances and drop them at the recycler
- Collect payment on delivery and turn in receipts at the end of the day
- Check tires, lights and fluids before every shift

Warehouse Associate, Central Ohio Furniture, Grove City, OH — 2018 to 2021
- Pulled orders and staged them at the dock for the trucks
- Unloaded containers and checked counts against packing lists
- Wrapped and labeled furniture for delivery
"""

_POSTING = """Appliance Delivery Driver
Requirements:
- Valid driver's license
- Appliance installation
- Route planning
- Truck loading and load securement
- Collect payment on delivery
- Pre-trip vehicle checks
"""


def test_a_licence_the_line_pushes_out_of_the_top_is_said_held() -> None:
    result = tailor(_RESUME, _POSTING, today=TODAY)
    assert result.guard.ok and result.summary is not None
    head = result.text[: len(result.text) // 3].casefold()
    assert "driver's license" in head
    assert "driver's license" in result.summary.casefold()
    # Said once, as held: not as a skill one has experience in.
    assert "experience in driver" not in result.summary.casefold()
