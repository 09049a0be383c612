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
    ("Set trusses and roof framing with a crane crew", "Roof Trusses"),
    ("Nail off shear walls to the engineer's schedule", "Shear Walls"),
    ("Handle rigging for steel erection picks", "Rigging"),
    ("Build and wire control panels for packaging lines", "Control Panel Wiring"),
    ("Complete forklift inspections at the start of shift", "Forklift Inspections"),
    ("Handle battery changes for the reach trucks", "Forklift Battery Changing"),
    ("Run letdowns to the forward pick area", "Letdowns"),
    ("Check code dates on chilled product", "Code Dates"),
    ("Keep paper logs on local routes", "Paper Logs"),
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
              "- Framing and sheathing on custom homes\n")
    posting = "Framer\n\nRequirements\n- 3 years of framing\n- Roof sheathing\n"
    report = tailor(resume, posting).match_before
    assert {"Wood framing", "Sheathing"} <= {m.name for m in report.matched}
