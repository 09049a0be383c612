"""A clinic's CMA is a certified medical assistant; a finance team's a certified
management accountant.

A medical assistant's posting ("CMA or RMA certification") asked for a management
accountant's credential, and a medical assistant's "CMA, 2021" showed that one: the
report told her she lacked the credential she holds. The letters now read as the trade
their sentence speaks of; a credentials line that names no trade ("CMA, 2021") is read
by the whole text.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting

ASSISTANT = "Certified Medical Assistant"
ACCOUNTANT = "Certified Management Accountant"

MA_POSTING = "Medical Assistant\n\nRequirements\n- CMA or RMA certification\n- Vital signs\n"
ACC_POSTING = "Cost Accountant\n\nRequirements\n- CPA or CMA\n- Cost accounting\n"


def _resume(title: str, bullet: str) -> str:
    return (f"Rosa Diaz\nrosa@example.com\n\nExperience\n{title}, Pine Street, 2019 to 2024\n"
            f"- {bullet}\n\nCertifications\nCMA, 2021\n")


MA_RESUME = _resume("Medical Assistant", "Roomed 30 patients a day and took vital signs")
ACC_RESUME = _resume("Cost Accountant", "Built standard costs and monthly variance reports")


@pytest.mark.parametrize(("posting", "asked", "not_asked"), [
    (MA_POSTING, ASSISTANT, ACCOUNTANT),
    ("Clinic Assistant\n\nRequirements\n- Current CMA (AAMA) or RMA (AMT)\n- BLS\n",
     ASSISTANT, ACCOUNTANT),
    (ACC_POSTING, ACCOUNTANT, ASSISTANT),
    ("Financial Analyst\n\nRequirements\n- CMA\n- Excel\n", ACCOUNTANT, ASSISTANT),
])
def test_the_posting_asks_the_cma_of_its_trade(posting: str, asked: str,
                                               not_asked: str) -> None:
    analysis = analyse_posting(posting)
    names = {s.name for s in analysis.skills} | set(analysis.certifications)
    assert asked in names
    assert not_asked not in names


def test_a_medical_assistants_cma_shows_the_credential_asked() -> None:
    report = tailor(MA_RESUME, MA_POSTING).match_before
    assert ASSISTANT in {m.name for m in report.matched}
    assert ACCOUNTANT not in report.missing


def test_an_accountants_cma_shows_the_accountants_credential() -> None:
    report = tailor(ACC_RESUME, ACC_POSTING).match_before
    assert ACCOUNTANT in {m.name for m in report.matched}


def test_one_trades_cma_shows_no_other_trades() -> None:
    assert ASSISTANT in tailor(ACC_RESUME, MA_POSTING).match_before.missing
    assert ACCOUNTANT in tailor(MA_RESUME, ACC_POSTING).match_before.missing


def test_a_plants_food_and_beverage_is_its_industry_not_a_service() -> None:
    plant = ("Maintenance Technician\n\nRequirements\n- 3+ years of industrial maintenance "
             "in food/beverage or packaging\n- PLC troubleshooting\n")
    assert "Food and Beverage Service" not in {s.name for s in analyse_posting(plant).skills}
    hotel = ("Food & Beverage Manager\n\nRequirements\n- 3 years in food & beverage at a "
             "resort or hotel\n")
    assert "Food and Beverage Service" in {s.name for s in analyse_posting(hotel).skills}
