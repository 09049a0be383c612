"""Trades and clinics name equipment by make and model ("Hamilton C6", "Cat D6", "Trane
XR15"): read by that shape as a tool asked, never a place, a grade or a welding position
("Suite 4B", "Weld 6G"). Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


@pytest.mark.parametrize(("posting", "model"), [
    ("Respiratory Therapist\n\nResponsibilities\n- Manage patients on Hamilton C6 "
     "ventilators\n", "Hamilton C6"),
    ("Equipment Operator\n\nResponsibilities\n- Run the Cat D6 dozer on road jobs\n",
     "Cat D6"),
    ("HVAC Installer\n\nResponsibilities\n- Install Trane XR15 condensers\n", "Trane XR15"),
])
def test_a_make_and_its_model_code_is_a_tool_asked(posting: str, model: str) -> None:
    assert model in _asks(posting)


def test_a_place_or_a_welding_position_is_no_model() -> None:
    asks = _asks("Welder\n\nResponsibilities\n- Report to Suite 4B each morning\n"
                 "- Weld 6G pipe in Tower B4\n")
    assert not any(a.startswith(("Suite", "Tower", "Weld 6G")) for a in asks), asks


def test_a_day_and_a_clock_time_are_no_model() -> None:
    asks = _asks("Warehouse Associate\nWestbay Logistics\n\nRequirements\n- Forklift experience\n"
                 "- Open interviews Saturday 10AM at our Westbay site\n"
                 "- Weekend shifts Saturday 10AM to 6PM\n")
    assert not any(a.endswith(("AM", "PM")) for a in asks), asks


def test_a_round_or_a_firm_before_a_code_is_no_make() -> None:
    asks = _asks("Java Developer\nStaffing Partners\n\nRequirements\n- Java and Spring\n"
                 "- Interview Round 2B with the client\n- Tax Terms: Contract W2 or Corp C2C\n")
    assert not any(a.startswith(("Round", "Corp", "Interview Round")) for a in asks), asks
