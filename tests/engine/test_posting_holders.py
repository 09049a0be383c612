"""A posting names people and its employer beside what it asks: the RN one reports to,
the company's own name cut short. Neither is an ask (posting/analyse.py)."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


@pytest.mark.parametrize("line", [
    "Report changes in condition to the RN case manager",
    "Report any fall to the RN.",
    "Work under your LPN charge nurse's direction",
    "Perform sponge and sharps counts with the circulating RN",
    "Give report to our night charge RN.",
])
def test_a_credential_holder_one_works_with_is_no_ask(line: str) -> None:
    asked = _asked(f"Home Health Aide\nDuties\n- {line}\n- Bathing and toileting\n")
    assert not asked & {"Registered Nurse", "Licensed Practical Nurse"}, asked


@pytest.mark.parametrize("line", [
    "Active RN license in Ohio",
    "The RN license must be current",
    "Current LPN or RN licensure",
    "Serve as the charge RN for the unit.",
    "Hold the current RN license for the state",
])
def test_a_credential_the_person_must_hold_still_asks(line: str) -> None:
    assert "Registered Nurse" in _asked(f"Charge Nurse\nRequirements\n- {line}\n")


def test_the_employers_name_cut_short_is_no_product() -> None:
    text = ("Home Health Aide\nBrightPath Home Care · Reno, NV\n\n"
            "BrightPath Home Care helps seniors stay safely in their own homes. As an aide "
            "you will help with bathing and document each visit in the AlayaCare app.\n")
    asked = _asked(text)
    assert "AlayaCare" in asked
    assert not any("BrightPath" in name for name in asked), asked
