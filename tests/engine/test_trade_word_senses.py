"""A trade's word said in another trade shows nothing of the first (review T7).

A kennel crates dogs, a survey crew's rover carries a Trimble GPS and a bar pours short
shots; none of them shows a shipping dock's crating, a grading crew's GPS machine control
or a molding press's defects, and the summary line must not say they do.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor


def _resume(title: str, bullet: str) -> str:
    return f"""Jo Park
jo.park@example.com

Experience
{title}, Northwind, 2019 to 2024
- {bullet}
- Kept the daily log
"""


def _read(posting: str, title: str, bullet: str) -> tuple[set[str], str]:
    """The skills matched, and the summary line (lower-cased)."""
    result = tailor(_resume(title, bullet), posting)
    return {m.name for m in result.match_before.matched}, (result.summary or "").lower()


CRATING = "Shipping Clerk\n\nDuties\n- Crating and banding machines for export freight\n"
GPS = "Equipment Operator\n\nDuties\n- Run dozers with Trimble GPS grade control\n"
MOLDING = "Molding Technician\n\nDuties\n- Troubleshoot short shots and flash on presses\n"


@pytest.mark.parametrize(("posting", "skill", "title", "bullet"), [
    (CRATING, "Crating", "Kennel Assistant",
     "Walked, fed and handled crating of boarding dogs at the kennel"),
    (GPS, "GPS Machine Control", "Survey Technician",
     "Staked property corners with a Trimble GPS rover"),
    (MOLDING, "Molding Defects", "Bartender",
     "Poured drinks with no short shots and kept the bar stocked"),
])
def test_another_trades_word_shows_nothing(posting: str, skill: str, title: str,
                                           bullet: str) -> None:
    matched, summary = _read(posting, title, bullet)
    assert skill not in matched
    assert skill.lower() not in summary


@pytest.mark.parametrize(("posting", "skill", "title", "bullet"), [
    (CRATING, "Crating", "Shipping Associate",
     "Built and banded crates for export machines on the outbound dock"),
    (GPS, "GPS Machine Control", "Equipment Operator",
     "Ran a dozer with Trimble GPS grade control on mass grading jobs"),
    (MOLDING, "Molding Defects", "Process Technician",
     "Fixed short shots and sink marks on 300-ton presses"),
])
def test_the_trades_own_word_still_shows_it(posting: str, skill: str, title: str,
                                            bullet: str) -> None:
    assert skill in _read(posting, title, bullet)[0]


def test_using_an_overhead_crane_is_no_crane_certification() -> None:
    posting = ("Molding Technician\n\nRequirements\n- Overhead crane and forklift operation\n"
               "- Mold changes\n")
    result = tailor(_resume("Molding Technician", "Hang molds with an overhead crane"), posting)
    asked = {m.name for m in result.analysis.skills}
    matched = {m.name for m in result.match_before.matched}
    assert "Crane Operator Certification" not in asked | matched
    assert "Overhead Cranes" in matched
    certified = tailor(_resume("Rigger", "Hold an NCCCO overhead crane operator certification"),
                       "Rigger\n\nRequirements\n- Overhead crane certification\n")
    assert "Crane Operator Certification" in {m.name for m in certified.match_before.matched}
