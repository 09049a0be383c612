"""A longer name that starts inside the first one found and runs past it wins where it
would otherwise be lost: "enter bills of lading" is shipping paperwork, not Accounts
Payable's "enter bills" with "of lading" left over."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def _names(text: str) -> list[str]:
    return [hit.skill.name for hit in load_vocabulary().find(text)]


def test_a_verb_and_object_yield_to_the_noun_phrase_they_open() -> None:
    names = _names("Scan and enter bills of lading for every outbound trailer")
    assert "Accounts Payable" not in names
    assert any("lading" in name.lower() or "shipping" in name.lower() for name in names)
    # Still Accounts Payable where the bills are the vendors'.
    assert "Accounts Payable" in _names("Enter bills from 40 vendors and pay them on time")


def test_a_controlled_substance_count_is_no_document_control() -> None:
    names = _names("Document controlled substance counts at the end of each shift")
    assert "Document control" not in names


def test_the_first_name_stays_where_the_words_after_it_name_the_longer_skill() -> None:
    # "maintenance work orders" is read as Work orders after Preventive Maintenance.
    names = _names("Close out preventive maintenance work orders in the CMMS")
    assert "Preventive Maintenance" in names
    assert "Work orders" in names


def test_an_acronym_opening_a_credential_keeps_its_name() -> None:
    names = _names("ABCD Certified Pharmacy Technician since 2021")
    assert names and names[0] == "Certified Pharmacy Technician"


def test_a_dispatch_posting_asks_no_accounts_payable() -> None:
    posting = ("Dispatcher\nRequirements\n- Enter bills of lading and delivery receipts the"
               " same day\n- 2 years of dispatch experience\n")
    asked = {skill.name for skill in analyse_posting(posting).skills}
    assert "Accounts Payable" not in asked


def test_a_deed_gives_its_object_to_a_noun_compound_of_as_many_words() -> None:
    # "process pay" is running payroll; "process pay applications" is a contractor's billing.
    names = _names("Process pay applications and route them for approval")
    assert "Payroll" not in names
    assert "Pay Applications" in names
    assert "Payroll" in _names("Process pay for 120 hourly employees every two weeks")


def test_a_describing_word_opens_no_deed() -> None:
    # "fixed asset register": "fixed" describes the assets, with or without "the".
    assert "Fixed Asset Accounting" in _names("Keep the fixed asset register current")
    assert "Fixed Asset Accounting" in _names("fixed asset register")
