"""A buyer's, an import desk's and a dispatcher's everyday asks, said in their own words
(logistics17): a buyer negotiates pricing, requests quotes and compares bids and keeps the
approved vendor list; an importer pays demurrage, files customs entries and watches
Section 301 tariffs; a dispatcher tracks trucks; a distributor runs product recalls.
Texts written for this test (none copied from a posting or a resume).
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def _duty(line: str) -> str:
    return f"Coordinator\n\nWhat you'll do\n- {line}\n"


@pytest.mark.parametrize(("line", "ask"), [
    ("Compare bids from janitorial contractors and recommend one", "Strategic Sourcing"),
    ("Maintain the approved vendor list for the maintenance storeroom", "Supplier Management"),
    ("Track trucks on the map and call drivers who fall behind", "Shipment Tracking"),
    ("Keep demurrage under budget at the Long Beach terminals", "Demurrage and Detention"),
    ("Review customs entries from our broker before they are filed", "Customs Entries"),
    ("Flag parts subject to Section 301 tariffs for the buyer", "Section 301 Tariffs"),
    ("Work product recalls with the quality team and hold the lots", "Product Recalls"),
])
def test_a_logistics_desks_ask_is_read(line: str, ask: str) -> None:
    assert ask in _asks(_duty(line))


@pytest.mark.parametrize("line", [
    "Run recall management for the hygiene schedule",
    "Follow the office recall procedures to bring patients back every six months",
])
def test_a_dental_offices_patient_recalls_are_no_product_recall(line: str) -> None:
    assert "Product Recalls" not in _asks(_duty(line))


@pytest.mark.parametrize(("line", "not_asked"), [
    ("Monitor buses on the AVL system and radio drivers about detours", "Supplier Management"),
    ("Advise the team on prohibited acts under Section 301 of the FD&C Act",
     "Section 301 Tariffs"),
])
def test_another_fields_letters_and_sections_are_no_logistics_ask(line: str,
                                                                  not_asked: str) -> None:
    assert not_asked not in _asks(_duty(line))


@pytest.mark.parametrize("line", [
    "Run RF scanner audits of pick locations every Tuesday",
    "Audit pallet builds on the dock before the trailer is sealed",
    "Audit I-9s and personnel files each quarter",
])
def test_a_warehouses_or_hr_offices_audit_is_no_audit_of_the_books(line: str) -> None:
    assert "Audit" not in _asks(_duty(line))


@pytest.mark.parametrize("line", [
    "Support the annual audit and prepare schedules for the auditors",
    "Lead the physical inventory audit at each warehouse at year end",
    "Audit expense reports against the travel policy",
    "Prepare the warehouse for the year-end audit by the external auditors",
])
def test_an_audit_of_the_books_is_still_asked(line: str) -> None:
    assert "Audit" in _asks(_duty(line))


def test_a_receiving_desks_reconciling_is_no_account_reconciliation() -> None:
    asks = _asks(_duty("Reconcile daily receiving counts against packing slips and POs"))
    assert "Account Reconciliation" not in asks


def test_an_accountants_reconciling_is_still_account_reconciliation() -> None:
    asks = _asks(_duty("Reconcile vendor invoices and prepaid accounts every month"))
    assert "Account Reconciliation" in asks


@pytest.mark.parametrize("line", [
    "Write Python scripts and schedule them as cron jobs on the shipping server",
    "Schedule the nightly batch that loads carrier invoices into the warehouse tables",
])
def test_a_data_teams_scheduling_is_no_office_scheduling(line: str) -> None:
    assert "Scheduling" not in _asks(_duty(line))


@pytest.mark.parametrize("line", [
    "Scheduling, filing and answering the phones",
    "Schedule installation and repair jobs for our field techs",
    "Schedule print jobs on the two presses",
])
def test_an_offices_scheduling_is_still_asked(line: str) -> None:
    assert "Scheduling" in _asks(_duty(line))


def test_a_shouted_extra_heading_makes_its_lines_preferred() -> None:
    skills = analyse_posting("YARD JOCKEY\n\nWHAT YOU NEED\n* Forklift certified\n\n"
                             "EXTRA\n* Spanish\n\nPay DOE.\n").skills
    asked = {s.name: s.required for s in skills}
    assert asked.get("Spanish") is False
    assert "EXTRA" not in asked


def test_a_careers_sites_filing_of_the_job_asks_nothing() -> None:
    asks = _asks("Buyer\nReq ID: 20931  |  Posted: 10/02/2026  |  Category: Supply Chain\n"
                 "Location: Fresno, CA\n\nWhat you'll do\n- Convert requisitions into "
                 "purchase orders\n")
    assert "Supply Chain Management" not in asks
    assert "Purchase Orders" in asks
