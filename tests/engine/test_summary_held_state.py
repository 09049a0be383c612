"""A credential the resume writes as the holder's state ("Forklift certified", "CPR
certified") at the foot of the page is said in the summary line as written, a short
sentence of its own ("Forklift certified."): the posting asks for it, and a reader of
the top looks for it there. Never "Holds forklift certified", never words the resume
does not write ("forklift certification")."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)

WAREHOUSE = """Desmond Achterberg
Joliet, IL | desmond.achterberg@example.com

EXPERIENCE
Warehouse Associate | Will County Distribution, Joliet, IL | 2020 – Present
- Pick and pack 180 orders a shift with an RF scanner for retail store replenishment
- Load and unload trailers at the dock and check counts against the bill of lading
- Cycle count two aisles a week and report discrepancies to the inventory lead
- Wrap and label outbound pallets and stage them by carrier and door number
- Keep the dock clear and sweep aisles at the end of every shift

Stock Clerk | Prairie Grocery, Joliet, IL | 2017 – 2020
- Unloaded the weekly truck and rotated dairy and produce first in, first out
- Faced shelves and built endcap displays for weekly sales
- Helped customers find items and carried out heavy purchases

OTHER
Forklift certified
"""

WAREHOUSE_POSTING = """Warehouse Associate
Requirements
- Order picking with an RF scanner
- Loading and unloading trucks
- Cycle counts
- Forklift certification
"""

ASSISTANT = """Paloma Reinholt
Omaha, NE | paloma.reinholt@example.com

EXPERIENCE
Veterinary Assistant | Platte River Animal Clinic, Omaha, NE | 2021 – Present
- Restrain dogs and cats for exams, vaccines and blood draws for four doctors
- Clean and autoclave surgical instruments and restock exam rooms each morning
- Feed, walk and medicate boarded and hospitalized patients on the treatment sheet
- Take patient histories and weights and enter them in Cornerstone

Kennel Attendant | Happy Tails Boarding, Omaha, NE | 2018 – 2021
- Cleaned runs and kennels and laundered bedding every shift
- Fed and walked up to 40 boarders and noted changes in appetite for the owner
- Checked pets in and out at the front counter

ADDITIONAL
CPR certified
"""

ASSISTANT_POSTING = """Veterinary Assistant
Requirements
- Animal restraint
- Instrument sterilization
- Cornerstone
- CPR certification
"""


def test_a_credential_written_as_a_state_is_said_as_written() -> None:
    for resume, said in ((WAREHOUSE, "Forklift certified."), (ASSISTANT, "CPR certified.")):
        result = tailor(resume, WAREHOUSE_POSTING if resume is WAREHOUSE else ASSISTANT_POSTING,
                        today=TODAY)
        assert result.guard.ok and result.dropped == []
        summary = result.summary or ""
        assert said in summary, summary
        assert "Holds" not in summary and "certification" not in summary.casefold(), summary
        assert result.text.find(said) < len(result.text) // 3, result.text


def test_a_state_inside_a_bullet_is_no_card_held() -> None:
    # Others got certified: the line claims no card (review25 T4).
    for bullet, posting in (
            ("Helped two new hires get ServSafe certified before opening",
             "Shift Lead\nRequirements\n- ServSafe certification\n- Espresso drinks\n"),
            ("Scheduled 25 new operators to get forklift certified each quarter",
             "Warehouse Supervisor\nRequirements\n- Forklift certification\n- Cycle counting\n")):
        resume = f"""Ines Vallecillo
Tempe, AZ | ines.vallecillo@example.com

EXPERIENCE
Shift Lead | Desert Bean Cafe, Tempe, AZ | 2019 – Present
- Pull espresso drinks and train new baristas on milk steaming
- {bullet}
- Run cycle counts of the back stock every Sunday
"""
        result = tailor(resume, posting, today=TODAY)
        assert result.guard.ok and result.dropped == []
        assert "certified." not in (result.summary or "").casefold(), result.summary


def test_a_bracket_about_others_is_no_card_held() -> None:
    # "(all forklift certified)" and "12 loaders (forklift certified)" are the loaders;
    # "(OSHA forklift certified operators only)" the class's students (review25 T5, T6).
    # "(OSHA forklift certified)" after the person's own deed is theirs.
    posting = "Dock Supervisor\nRequirements\n- Forklift certification\n- Cycle counting\n"
    for bullet, said in (
            ("Supervised 12 loaders (all forklift certified) across two docks", False),
            ("Hired and scheduled 12 loaders (forklift certified) across two docks", False),
            ("Hired and scheduled 12 new loaders (forklift certified)", False),
            ("Taught the forklift class (OSHA forklift certified operators only) to 60 hires",
             False),
            ("Operated a forklift to unload deliveries (OSHA forklift certified)", True)):
        resume = f"""Tobiah Quarrington
Gary, IN | tobiah.q@example.com

EXPERIENCE
Dock Supervisor | Lakeshore Freight, Gary, IN | 2019 – Present
- {bullet}
- Ran cycle counts every Friday with the inventory team
- Scheduled dock doors for 40 inbound trailers a day
- Trained new hires on RF scanners and safe pallet stacking
"""
        result = tailor(resume, posting, today=TODAY)
        assert result.guard.ok and result.dropped == []
        assert ("Forklift certified." in (result.summary or "")) is said, (bullet, result.summary)
