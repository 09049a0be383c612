"""The customers' trade and the employer's product named in a duty are no asks: "sell
our scheduling software to HVAC and plumbing contractors", "take calls from hospice
agencies" (posting/customers.py). The same words asked as experience, or as the job's
own work, still are."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.customers import names_customers, sold_by_the_job


def _asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(("text", "word"), [
    ("Pitch the billing app to roofing, landscaping and pest control companies", "roofing"),
    ("Pitch the billing app to roofing, landscaping and pest control companies",
     "landscaping"),
    ("Answer calls from pharmacies and hospice agencies about orders", "hospice"),
    ("Demo the platform to accounting firms and payroll providers", "payroll"),
])
def test_a_word_describing_the_customers_is_their_trade(text: str, word: str) -> None:
    assert names_customers(text, *_span(text, word))


@pytest.mark.parametrize(("text", "word"), [
    # Asked as experience: the trade is the experience.
    ("3+ years of experience at HVAC contractors", "HVAC"),
    # No business noun after it: the job's own work.
    ("Install HVAC and plumbing fixtures for customers", "HVAC"),
    # A way of working, not a customer.
    ("Apply DevOps practices to every release", "DevOps"),
])
def test_the_trade_asked_or_done_is_no_customer(text: str, word: str) -> None:
    assert not names_customers(text, *_span(text, word))


def test_what_the_job_sells_is_its_product() -> None:
    text = "Sell our dispatch software to towing companies"
    assert sold_by_the_job(text, text.index("dispatch"))
    assert not sold_by_the_job("Use dispatch software daily", 4)


def test_a_sales_posting_asks_none_of_its_customers_trades() -> None:
    asked = _asked(
        "Territory Sales Rep\n\nResponsibilities\n- Sell our estimating software to "
        "roofing, HVAC and electrical contractors\n- Take calls from hospice agencies "
        "and home health providers\n\nRequirements\n- 2 years of B2B sales\n"
        "- HubSpot CRM\n")
    assert not asked & {"Roofing", "HVAC", "Hospice Care", "Home Health Care",
                        "Construction Estimating", "Electrical contractors"}
    assert {"B2B Sales", "HubSpot"} <= asked


def test_companies_named_for_a_party_and_the_line_sold_are_no_asks() -> None:
    asked = _asked(
        "Territory Manager\n\nWhat you'll do\n- Sell our full line to grocery "
        "wholesalers (UNFI, KeHE and C&S)\n- Run category reviews with buyers\n\n"
        "What you'll need\n- 3 years of CPG sales\n- Salesforce\n")
    assert not asked & {"UNFI", "KeHE", "C&S", "Full line"}
    assert "Salesforce" in asked
