"""Sentences whose words look like an ask but are the employer's creed ("teamwork is
essential in our small kitchen") or another trade's everyday use of a skill's words
("shrink excess inventory", "present vehicles for state inspection", "process
endorsements on bills of lading", "explain call plans and data plans"), each beside a
sentence of the same words that is an ask. Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


@pytest.mark.parametrize("posting", [
    "Baker\n\nSunrise Bakery has served Portland since 1982. Teamwork is essential in our "
    "small kitchen, and customer service is essential to everything we do. You will mix "
    "and shape bread and run the deck ovens.\n",
    "Pharmacy Technician\n\nTeamwork is essential in our pharmacy, and customer service "
    "is essential to everything we do. You will count pills and fill prescriptions.\n",
])
def test_the_employers_creed_asks_no_soft_skill(posting: str) -> None:
    asks = _asks(posting)
    assert "Teamwork" not in asks and "Customer Service" not in asks
    assert asks  # the duties are still read


def test_a_demand_told_by_essential_is_still_asked() -> None:
    assert "Spanish" in _asks("Office Assistant\n\nBright Signs makes signs for shops. "
                              "Spanish is essential for this role. You will file records.\n")
    assert "Epic" in _asks("Clinic Receptionist\n\nNorth Clinic serves 9,000 patients. "
                           "Experience with Epic is essential in our front office.\n")


@pytest.mark.parametrize(("posting", "other_sense"), [
    ("Supply Planner\n\nResponsibilities\n- Shrink excess inventory across our three "
     "plants\n- Build the weekly MRP plan\n", "Shrink Control"),
    ("Payroll Analyst\n\nResponsibilities\n- Help shrink payroll processing time from "
     "five days to three\n- Run payroll in ADP\n", "Shrink Control"),
    ("Fleet Coordinator\n\nResponsibilities\n- Present vehicles for state safety "
     "inspection each spring\n- Issue fuel cards\n", "Vehicle Presentations"),
    ("Shipping Clerk\n\nResponsibilities\n- Process endorsements on bills of lading before "
     "release\n- Print labels\n", "Policy Servicing"),
    ("Wireless Store Associate\n\nResponsibilities\n- Explain call plans and data plans to "
     "business accounts\n- Set up call plans for small business accounts\n", "Call Planning"),
])
def test_everyday_words_of_another_trade_ask_no_skill_of_this_one(posting: str,
                                                                   other_sense: str) -> None:
    assert other_sense not in _asks(posting)


@pytest.mark.parametrize(("posting", "skill"), [
    ("Store Manager\n\nResponsibilities\n- Manage labor and shrink\n", "Shrink Control"),
    ("Territory Manager\n\nResponsibilities\n- Build a call plan for 180 targeted "
     "prescribers\n", "Call Planning"),
    ("Insurance CSR\n\nResponsibilities\n- Process endorsements, cancellations and "
     "renewals\n", "Policy Servicing"),
    ("Car Sales Consultant\n\nResponsibilities\n- Present vehicles to customers and "
     "arrange test drives\n", "Vehicle Presentations"),
])
def test_the_trades_own_use_of_those_words_is_still_asked(posting: str, skill: str) -> None:
    assert skill in _asks(posting)


@pytest.mark.parametrize(("posting", "skill"), [
    # A drug rep phones offices, a device rep sells devices (review A3).
    ("Pharmaceutical Sales Representative\n\nResponsibilities\n- Execute call plans and "
     "follow up with physician offices by phone\n", "Call Planning"),
    ("Medical Device Sales Representative\n\nResponsibilities\n- Build call plans for "
     "orthopedic surgeons across the territory and drive device adoption\n", "Call Planning"),
    # The store's noun "shrink" at a bullet's start (review A4).
    ("Store Manager\n\nResponsibilities:\n- Shrink management and loss prevention across "
     "the store\n- Drive sales and hit payroll targets\n", "Shrink Control"),
    # A language named as the subject of "is essential in our …" (review A5).
    ("Medical Receptionist\n\nSpanish is essential in our front office, where most of our "
     "patients speak it. You will check in patients, verify insurance and schedule visits "
     "in Dentrix.\n", "Spanish"),
])
def test_the_skills_own_trade_beside_the_other_trades_words_still_asks(
        posting: str, skill: str) -> None:
    assert skill in _asks(posting)
