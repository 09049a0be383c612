"""A store's, a drug rep's, an insurance agency's, a dealership's and a customer success
team's everyday asks, read in the words their postings use, and shown in the words
their resumes use; with the other trades' senses of the same words kept apart. Texts
written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(text: str) -> dict[str, bool]:
    return {s.name: s.required for s in analyse_posting(text).skills}


def _duty(line: str) -> str:
    return f"Team Member\n\nWhat you will do\n- {line}\n"


STORE = (
    "Shift Supervisor - Birchwood Pantry & Home\n\n"
    "Your week\n"
    "- Coach the team on selling add-on items and on loyalty card sign-ups\n"
    "- Put up seasonal displays and keep the floor recovered\n"
    "- Run cash office counts and register audits at close\n"
    "- Keep the store P&L on track, including labor and shrink\n\n"
    "You have\n"
    "- 1+ year of retail supervisory experience\n")


def test_a_stores_floor_asks_are_read_in_its_own_words() -> None:
    asked = _asked(STORE)
    for name in ("Upselling", "Loyalty Program Sign-ups", "Visual Merchandising",
                 "Cash Handling", "Shrink Control", "Store Management"):
        assert asked.get(name) is True, name
    # The register audits are the store's cash, no accountant's audit; the cash office's
    # counts are no ask named "Office counts".
    assert "Audit" not in asked
    assert not any("office count" in name.casefold() for name in asked)


@pytest.mark.parametrize("line", [
    "Terminate the leads and slide heat shrink over every splice",
    "Help us shrink the release timeline by a quarter",
    "Apply shrink tubing to wire splices and keep the van stocked",
    "Our sales team will shrink the sales cycle with better tools",
])
def test_shrink_outside_a_store_is_no_stores_shrink(line: str) -> None:
    assert "Shrink Control" not in _asked(_duty(line))


def test_a_resume_that_cut_shrink_shows_the_shrink_asked_and_loss_prevention() -> None:
    resume = ("Maya Torres\nmaya@example.com\n\nExperience\nAssistant Store Manager, Fernhill "
              "Market, 2021 to Present\n- Ran weekly shrink walks and cut store shrink from 2% "
              "to 1.2% of sales\n")
    posting = ("Store Manager\n\nResponsibilities\n- Own shrink results for the store\n"
               "- Follow loss prevention procedures at open and close\n")
    matched = {m.name for m in tailor(resume, posting).match_before.matched}
    assert {"Shrink Control", "Loss Prevention"} <= matched


def test_lightspeed_retail_is_lightspeed_itself() -> None:
    asked = _asked(_duty("Ring sales on Lightspeed Retail and count the drawer"))
    assert "Lightspeed" in asked
    assert "Lightspeed Retail" not in asked


DRUG_REP = (
    "Territory Representative, Respiratory\n\n"
    "Responsibilities\n"
    "- Call on primary care physicians across your territory\n"
    "- Build a call plan for your targeted prescribers and deliver on-label, compliant "
    "messages\n"
    "- Knowledge of managed care is an advantage\n")


def test_a_drug_reps_posting_asks_the_reps_own_work() -> None:
    asked = _asked(DRUG_REP)
    for name in ("Physician Detailing", "Call Planning", "On-Label Promotion"):
        assert asked.get(name) is True, name
    assert asked.get("Managed Care") is False


@pytest.mark.parametrize("line", [
    "Review the call plan with the dispatcher before each route",
    "Explain mobile call plans and data plans to walk-in customers",
    "Check on-label dosing and flag interactions for the pharmacist",
])
def test_the_words_in_other_trades_ask_no_drug_rep_work(line: str) -> None:
    asked = _asked(_duty(line))
    assert "Call Planning" not in asked
    assert "On-Label Promotion" not in asked


AGENCY = (
    "Personal Lines Agent\n\n"
    "Requirements\n"
    "- An active Property & Casualty producer license\n"
    "- Process endorsements for existing households\n"
    "- A CIC or CISR designation is a plus\n")


def test_an_agencys_licence_and_designations_are_read_whole() -> None:
    asked = _asked(AGENCY)
    assert asked.get("Property and Casualty License") is True
    assert asked.get("Policy Servicing") is True
    assert asked.get("Certified Insurance Counselor") is False
    assert "Certified in Infection Control" not in asked
    # The licence is one credential, never two pieces split at its "&".
    assert not any(name.casefold().startswith("casualty") for name in asked)


def test_an_infection_preventionists_cic_is_still_infection_control() -> None:
    asked = _asked("Infection Preventionist\n\nRequirements\n- CIC within two years of hire\n"
                   "- Lead surveillance of hospital-acquired infections\n")
    assert "Certified in Infection Control" in asked
    assert "Certified Insurance Counselor" not in asked


def test_a_dealerships_walkarounds_and_web_leads_are_asks_and_shown() -> None:
    posting = ("Sales Consultant\n\nThe job\n- Present and demonstrate vehicles on the lot\n"
               "- Respond to internet leads within the hour\n")
    asked = _asked(posting)
    assert asked.get("Vehicle Presentations") is True
    assert asked.get("Internet Leads") is True
    resume = ("Ravi Mehta\nravi@example.com\n\nExperience\nSales Consultant, Lakeline Ford, "
              "2022 to Present\n- Gave vehicle walkarounds to every buyer\n- Answered internet "
              "leads from the dealer website\n")
    matched = {m.name for m in tailor(resume, posting).match_before.matched}
    assert {"Vehicle Presentations", "Internet Leads"} <= matched


def test_expansion_found_in_an_account_is_upselling_and_a_company_growing_is_not() -> None:
    assert "Upselling" in _asked(_duty("Identify expansion opportunities in your book"))
    assert "Upselling" not in _asked(
        "About us\nOur growth brings expansion opportunities across the region.\n\n"
        "What you will do\n- Answer the phones\n")


def test_a_goal_told_as_a_share_of_it_shows_quota_attainment() -> None:
    resume = ("Lena Park\nlena@example.com\n\nExperience\nAccount Executive, Norrow Labs, 2021 "
              "to Present\n- Finished 2025 at 118% to my annual goal across 40 accounts\n")
    posting = "Account Executive\n\nResponsibilities\n- Meet or exceed your quota\n"
    matched = {m.name for m in tailor(resume, posting).match_before.matched}
    assert "Quota Attainment" in matched


def test_clean_crm_records_are_the_crm_not_records_management() -> None:
    asked = _asked(_duty("Log each call and keep opportunity records clean in HubSpot"))
    assert "Records Management" not in asked
    assert "HubSpot" in asked
    # A clerk's records are still records management.
    assert "Records Management" in _asked(_duty("Keep personnel records and retention "
                                                 "schedules in order"))


@pytest.mark.parametrize("line, tool", [
    ("Work outbound sequences in Outreach every morning", True),
    ("Comfortable in Salesloft or Outreach", True),
    ("Outreach to local schools and libraries", False),
    ("Plan Community Outreach events twice a year", False),
    # A recruiter's and a fundraiser's prospects (review17's A1).
    ("Outreach to prospective students at college fairs and high schools", False),
    ("Outreach to prospective donors by phone and mail", False),
])
def test_outreach_is_the_sales_tool_only_beside_a_sellers_words(line: str, tool: bool) -> None:
    assert ("Outreach.io" in _asked(_duty(line))) is tool


def test_a_stores_atv_is_its_average_sale_and_a_ranchs_is_a_vehicle() -> None:
    store = _asked(_duty("Grow the store's KPIs: conversion, UPT and ATV"))
    assert {"Units per Transaction", "Average Transaction Value"} <= set(store)
    assert "All terrain vehicles ATV" not in store
    ranch = _asked(_duty("Ride an ATV along the fence lines of the ranch every morning"))
    assert "All terrain vehicles ATV" in ranch
    assert "Average Transaction Value" not in ranch


@pytest.mark.parametrize("line", [
    "Keep the average ticket resolution time under four hours",  # a help desk's tickets
    "Process retiree pension and annuity elections",  # a benefits office's
    "Calculate the present value of annuities and leases",  # an analyst's
])
def test_other_desks_tickets_and_annuities_are_no_sellers_asks(line: str) -> None:
    asked = _asked(_duty(line))
    assert "Average Transaction Value" not in asked
    assert "Annuity Sales" not in asked


def test_an_agents_annuities_and_a_csms_at_risk_accounts_are_asks() -> None:
    assert "Annuity Sales" in _asked(_duty("Sell fixed and indexed annuities to retirees"))
    assert "Customer Retention" in _asked(_duty("Spot at-risk accounts early and run save "
                                                "plays"))
    assert "Enterprise Sales" in _asked(_duty("Bring three years of selling into the "
                                              "enterprise"))


def test_a_therapists_patients_progressed_to_goal_show_no_quota() -> None:
    """review17's A4: "to goal" alone is a clinician's ("to goal range of motion")."""
    resume = ("Dana Cole\ndana@example.com\n\nExperience\nPhysical Therapist Assistant, Summit "
              "Rehab, 2019 to 2025\n- Progressed 40 post-surgical patients to goal range of "
              "motion\n- Titrated exercise loads to goal heart rate for cardiac rehab patients\n")
    posting = ("Outside Sales Representative\n\nResponsibilities\n- Sell rehab equipment to "
               "clinics\n- Meet a quarterly quota\n")
    matched = {m.name for m in tailor(resume, posting).match_before.matched}
    assert "Quota Attainment" not in matched
