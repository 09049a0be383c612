"""A skill the resume shows by one verb: the line names it by that verb's -ing form.

"Picked and packed online orders" shows Picking and Packing, yet the resume never
writes either name; "picking" and "packing" are its own verbs in the form a sentence
needs after "experience in" (the guard allows exactly that change), so the line may
name them, as a careful editor would. Only where the verb opens a deed with what was
done: "Picked up extra shifts", "Picked for the night crew", "State Tested Nurse
Aide" or "10th grade" are no picking, testing or grading, and the line says nothing
of them. A deed's object also ends before "about" ("Resolve guest complaints about
room noise" reads "resolving guest complaints").
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.gerund import activity_of, gerund_phrase
from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)

PACKER = """Sam Okoro
Dayton, OH | sam.okoro@example.com

SUMMARY
Warehouse associate with five years in fulfillment centers and a clean safety record
on every shift, known for a tidy dock and steady numbers through peak season.

SKILLS
Forklift operation, RF scanners, cycle counting, inventory control, Excel

EXPERIENCE
Warehouse Associate, Miami Valley Fulfillment, Dayton, OH    Mar 2021 – Present
• Ran cycle counts on the forklift aisles and fixed inventory errors with the RF scanners
• Picked and packed online orders for next-day delivery
• Trained four new associates on the RF scanners and the safety walk
• Kept the returns cage in order and logged damaged goods

Stock Clerk, Kroger, Kettering, OH    Jun 2019 – Feb 2021
• Stocked shelves and faced the dairy aisle on the night shift
• Unloaded the weekly grocery truck and broke down pallets
"""
PACKER_POSTING = """Warehouse Associate
Responsibilities:
- Support receiving, picking, packing and shipping
Requirements:
- Forklift operation and RF scanners
- Cycle counting and inventory control
"""


def test_one_verb_opening_a_deed_is_named_by_its_ing_form() -> None:
    text = "Picked and packed online orders for next-day delivery"
    assert activity_of("Picked", "Picking", text) == "picking"
    assert activity_of("packed", "Packing", text) == "packing"
    assert activity_of("Forecast", "Forecasting", "Forecast store demand by week") == (
        "forecasting")


def test_a_verb_with_no_object_or_another_sense_is_not_named() -> None:
    assert activity_of("Picked", "Picking", "Picked up extra shifts in the winter") is None
    assert activity_of("Picked", "Picking", "Picked for the night crew lead role") is None
    assert activity_of("Tested", "Testing", "State Tested Nurse Aide, Ohio registry") is None
    assert activity_of("grade", "Grading", "Taught 10th grade biology") is None
    # Its -ing form must be the skill's own name: "automating" is no Automation.
    assert activity_of("automated", "Automation", "automated the weekly report") is None


def test_the_summary_line_names_picking_and_packing() -> None:
    result = tailor(PACKER, PACKER_POSTING, today=TODAY)
    assert result.summary is not None
    assert "picking" in result.summary and "packing" in result.summary, result.summary
    assert result.guard.ok and result.dropped == []


def test_a_deeds_object_ends_before_about() -> None:
    text = "Resolve guest complaints about room noise within the hour"
    assert gerund_phrase("Resolve guest complaints", {"resolve"}, text) == (
        "resolving guest complaints")
