"""A trade's asks read by the parts of its work, a rule's section cited by number, a
wish told as "helps", and an abstract noun never read as a duty's verb. Texts written
for this test (none copied from a posting or a resume).
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.lists import bare_word


def _asks(text: str) -> dict[str, bool]:
    return {s.name: s.required for s in analyse_posting(text).skills}


@pytest.mark.parametrize(("line", "ask"), [
    ("Sheath roofs and walls on production homes", "Sheathing"),
    ("Set roof trusses with a crane crew", "Roof Trusses"),
    ("Nail off shear walls to the engineer's schedule", "Shear Walls"),
    ("Rig loads for steel erection picks", "Load Rigging"),
    ("Build and wire control panels for packaging lines", "Control Panel Wiring"),
    ("Complete forklift inspections at the start of shift", "Forklift Inspections"),
    ("Handle forklift battery changes on nights", "Forklift Battery Changing"),
    ("Let down pallets to the forward pick area", "Pallet Letdowns"),
    ("Check code dates on chilled product", "Code Dates"),
    ("Keep a paper logbook on local routes", "Paper Logbooks"),
])
def test_a_part_of_the_trades_work_is_asked(line: str, ask: str) -> None:
    posting = f"Crew Member\n\nWhat you'll do\n- {line}\n- Keep the work area clean\n"
    assert ask in _asks(posting)


def test_a_section_cited_after_an_agencys_letters_is_the_ask() -> None:
    asks = _asks("Yard Lead\n\nRequirements\n- Trained to OSHA 1910.178 on sit-down trucks\n"
                 "- OSHA 10 card\n")
    assert "OSHA 1910.178" in asks
    assert "OSHA 10" in asks  # a credential with a plain number stays whole


def test_helps_closing_its_clause_marks_a_wish() -> None:
    asks = _asks("Drywall Finisher\n\nWe need 4 years of taping and finishing and your own "
                 "tools. Bilingual Spanish helps on our crews, and a lift card helps.\n")
    assert asks.get("Spanish") is False


def test_helps_with_work_is_no_wish() -> None:
    asks = _asks("Service Tech\n\nRequirements\n- Our lead helps new techs with training\n"
                 "- Knowledge of Excel\n")
    assert asks.get("Microsoft Excel") is True


def test_an_abstract_noun_in_a_list_of_parts_is_no_duty() -> None:
    asks = _asks("Controls Tech\n\nDuties\n- Install and adjust photo-eyes, proximity sensors "
                 "and limit switches on palletizers\n")
    assert not any(name.endswith("ying") for name in asks)
    assert not bare_word("proximity")
    assert bare_word("replace")


def test_framing_the_resume_names_shows_a_framing_ask() -> None:
    resume = ("Jo Reyes\njo@example.com\n\nExperience\nCarpenter, Ridge Co, 2018 to Present\n"
              "- Framed walls and sheathed roofs on custom homes\n")
    posting = "Framer\n\nRequirements\n- 3 years of wood framing\n- Roof sheathing\n"
    report = tailor(resume, posting).match_before
    assert {"Wood framing", "Sheathing"} <= {m.name for m in report.matched}


def test_a_noun_in_a_list_of_duties_is_a_thing_not_a_verb() -> None:
    # "foundation walls" after a duty's comma was read as the verb "foundation" ("Wall
    # foundation"); the duties after such a list still count ("clean filters").
    asks = _asks("Concrete Laborer\n\nWhat you'll do\nYou'll pour footings, foundation walls "
                 "and sidewalks, and read grade stakes.\n")
    assert "Foundation walls" in asks and "Wall foundation" not in asks
    asks = _asks("Maintenance Tech\n\nWhat you'll do\nYou'll check pumps, ventilation fans and "
                 "exhaust hoods, and clean filters.\n")
    assert {"Filter cleaning", "Clean filters"} & set(asks)
    asks = _asks("Unit Aide\n\nDuties\n- Count cash, position patients and restock linens\n")
    assert "Patient positioning" in asks  # a verb a reading knows keeps its place
