"""What the summary line lists after "experience in" is a noun phrase a careful person
would write: never a deed in a verb's plain form ("experience in draw blood", "in bus
tables", "in E-file"), never a clause's pieces ("equipment before every repair",
"budgets up" of "budgets up to $90,000"), and never a name made into a deed ("traching
care"). A deed is said by its -ing form where the resume writes it as a deed, or left out."""

from __future__ import annotations

import re
from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)


def _items(summary: str | None) -> list[str]:
    """The line's listed items: the sentence's and the "Key skills" list's."""
    items: list[str] = []
    for part in re.findall(r"(?:experience in|Key skills:)\s+([^.]+)", summary or "",
                           re.IGNORECASE):
        items += [i.strip() for i in re.split(r",\s*|\s+and\s+", part) if i.strip()]
    return items


MEDICAL_ASSISTANT = """Odalys Brandvold
Fresno, CA | odalys.brandvold@example.com

EXPERIENCE
Medical Assistant | Sierra Family Clinic, Fresno, CA | 2021 – Present
- Room patients, take vital signs, draw blood and give injections for three providers
- Schedule follow-up visits in eClinicalWorks
"""

MEDICAL_ASSISTANT_POSTING = """Medical Assistant
Requirements
- Phlebotomy
- Vital signs
- Injections
- eClinicalWorks
"""


def test_a_deed_in_a_row_of_deeds_is_said_by_its_ing_form() -> None:
    result = tailor(MEDICAL_ASSISTANT, MEDICAL_ASSISTANT_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    items = _items(result.summary)
    assert "draw blood" not in items, result.summary
    assert "drawing blood" in items, result.summary


SERVER = """Kwabena Thorsdottir
Dayton, OH | kwabena.t@example.com

EXPERIENCE
Server | Riverside Grill, Dayton, OH | 2019 – Present
- Greet guests, take orders, bus tables and run food for a 40-seat patio
- Close out checks in Toast at the end of each shift
"""

SERVER_POSTING = """Server
Requirements
- Bussing tables
- Order taking
- Toast POS
"""


def test_a_deed_in_a_row_of_deeds_in_another_trade() -> None:
    # "bus tables" is the deed the skill's name says by its -ing form (Bussing Tables).
    result = tailor(SERVER, SERVER_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    items = _items(result.summary)
    assert "bus tables" not in items, result.summary
    assert "bussing tables" in items, result.summary


def _stock_lead(bullet: str) -> str:
    return f"""Hollis Varga
Lansing, MI | hollis.varga@example.com

EXPERIENCE
Grocery Stock Lead | Capitol Foods, Lansing, MI | 2019 – Present
- {bullet}
- Train new stockers on the night crew
"""


def test_things_in_a_row_after_a_verb_stay_things() -> None:
    # "stock rotation" is FIFO's other name, "tube feedings" Enteral Feeding's: items of
    # a list of things done, never "stocking rotation" or "tubing feedings" (review25 T1).
    cases = (
        (_stock_lead("Manage receiving, stock rotation and cycle counts for the dairy aisles"),
         "Grocery Stock Lead\nRequirements\n- FIFO stock rotation\n- Cycle counting\n"
         "- Receiving\n", "stocking rotation"),
        ("Marisela Quade\nFlint, MI | marisela.quade@example.com\n\nEXPERIENCE\n"
         "LPN | Genesee Care Center, Flint, MI | 2019 – Present\n"
         "- Give medications, tube feedings and wound vac changes for 20 residents\n"
         "- Chart in PointClickCare\n",
         "LPN\nRequirements\n- Enteral feeding\n- Negative pressure wound therapy\n"
         "- PointClickCare\n", "tubing feedings"),
    )
    for resume, posting, wrong in cases:
        result = tailor(resume, posting, today=TODAY)
        assert result.guard.ok and result.dropped == []
        assert wrong not in (result.summary or ""), result.summary


PARALEGAL = """Imogen Castellanos-Reyes
Austin, TX | imogen.cr@example.com

EXPERIENCE
Litigation Paralegal | Barton Creek Law Group, Austin, TX | 2020 – Present
- E-file motions and pleadings in Travis County and federal court
- Calendar court deadlines and prepare trial binders
"""

PARALEGAL_POSTING = """Litigation Paralegal
Requirements
- Court filings, including e-filing
- Calendaring court deadlines
- Trial preparation
"""

TEACHER = """Rosalind Oyelowo
Tacoma, WA | rosalind.oyelowo@example.com

EXPERIENCE
Special Education Teacher | Lincoln Middle School, Tacoma, WA | 2018 – Present
- Co-teach inclusion classes in math and English with general education teachers
- Write IEPs and run annual IEP meetings
"""

TEACHER_POSTING = """Special Education Teacher
Requirements
- Co-teaching in inclusion classrooms
- IEPs
"""


def test_a_prefixed_verb_is_said_as_its_activity() -> None:
    for resume, posting, told, written in ((PARALEGAL, PARALEGAL_POSTING, "e-filing", "E-file"),
                                           (TEACHER, TEACHER_POSTING, "co-teaching", "Co-teach")):
        result = tailor(resume, posting, today=TODAY)
        assert result.guard.ok and result.dropped == []
        items = [i.casefold() for i in _items(result.summary)]
        assert written.casefold() not in items, result.summary
        assert told in items, result.summary


PLANNER = """Ezinne Valdivieso
Savannah, GA | ezinne.v@example.com

EXPERIENCE
Event Planner | Harborline Hotel, Savannah, GA | 2020 – Present
- Manage event budgets up to $90,000 and close out vendor invoices
- Build banquet event orders in Delphi
"""

PLANNER_POSTING = """Event Planner
Requirements
- Event planning
- Banquet event orders
- Delphi
"""


def test_an_object_ends_before_its_quantity() -> None:
    result = tailor(PLANNER, PLANNER_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert not any(i.endswith(" up") for i in _items(result.summary)), result.summary
    assert "managing event budgets" in _items(result.summary), result.summary


RESPIRATORY = """Thaddeus Mbeki
Spokane, WA | thaddeus.mbeki@example.com

EXPERIENCE
Respiratory Therapist | Inland Northwest Hospital, Spokane, WA | 2019 – Present
- Trach care and suctioning for 10 long-term ventilator patients
- Vent checks every two hours and ABG draws on the ICU
"""

RESPIRATORY_POSTING = """Respiratory Therapist
Requirements
- Tracheostomy care
- Ventilator management
- Arterial blood gases
"""


def test_a_name_opening_a_bullet_stays_a_name() -> None:
    result = tailor(RESPIRATORY, RESPIRATORY_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    summary = result.summary or ""
    assert "traching" not in summary and "venting" not in summary, summary
    assert "trach care" in _items(summary), summary


STORE = """Marguerite Oduya
Boise, ID | marguerite.oduya@example.com

EXPERIENCE
Store Manager | Foothills Outfitters, Boise, ID | 2019 – Present
- Manage store budgets up to $2 million and write the weekly schedule
- Hire and train seasonal associates
"""

STORE_POSTING = """Store Manager
Requirements
- Budget management
- Scheduling
- Hiring
"""


def test_a_quantity_after_the_object_is_not_part_of_it_in_another_trade() -> None:
    result = tailor(STORE, STORE_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    items = _items(result.summary)
    assert not any(i.endswith(" up") for i in items), result.summary
    assert "managing store budgets" in items, result.summary


def _mechanic(bullet: str) -> str:
    return f"""Anselm Kowalczyk
Toledo, OH | anselm.k@example.com

EXPERIENCE
Maintenance Mechanic | Maumee Bottling, Toledo, OH | 2019 – Present
- {bullet}
- Rebuild pumps and gearboxes on the filler line
"""


MECHANIC_POSTING = """Maintenance Mechanic
Requirements
- Equipment repair
- Pumps
"""


def test_words_of_a_clause_are_no_list_item() -> None:
    # The name's words read across a clause ("equipment … repair"): "experience in
    # equipment before every repair" is no phrase a person writes.
    for bullet in ("Tag out equipment before every repair and sign the permit",
                   "Lock out equipment ahead of each repair"):
        result = tailor(_mechanic(bullet), MECHANIC_POSTING, today=TODAY)
        assert result.guard.ok and result.dropped == []
        assert not any(w in (result.summary or "") for w in (" every ", " each ")), result.summary


def _opening(title: str, bullet: str) -> str:
    return f"""Leopold Asante
Reno, NV | leopold.asante@example.com

EXPERIENCE
{title} | Truckee Meadows Group, Reno, NV | 2019 – Present
- {bullet}
- Answer phones and greet visitors
"""


def test_a_bullet_s_opening_verb_alone_is_no_skill() -> None:
    # "Sanitize" and "Calendar" opening a bullet, read alone for a skill: told with
    # their object ("sanitizing food contact surfaces") or left out, never "experience
    # in Sanitize".
    for title, bullet, posting, verb in (
            ("Line Cook", "Sanitize food contact surfaces before every prep shift",
             "Line Cook\nRequirements\n- Food prep\n- Sanitation\n", "Sanitize"),
            ("Litigation Paralegal", "Calendar court deadlines and prepare trial binders",
             "Litigation Paralegal\nRequirements\n- Calendaring court deadlines\n"
             "- Trial preparation\n", "Calendar")):
        result = tailor(_opening(title, bullet), posting, today=TODAY)
        assert result.guard.ok and result.dropped == []
        assert verb not in _items(result.summary), result.summary
