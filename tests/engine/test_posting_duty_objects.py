"""Duties written with an owner or a list between the verb and what it acts on are
still asks: "Manage the director's calendar" asks for calendar management, "coordinate
board meetings and travel" for travel arrangements too. And two names of one thing
(employee onboarding and onboarding, Office 365 and Microsoft 365) are one ask.

Texts are written for these tests.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def asks(*duties: str) -> set[str]:
    posting = ("Office Coordinator\nHarrow & Pike Architects\n\nResponsibilities\n"
               + "".join(f"- {d}\n" for d in duties))
    return {s.name for s in analyse_posting(posting).skills}


def report(bullets: list[str], duties: list[str]):
    resume = ("Dana Whitfield\ndana.whitfield@example.com\n\nExperience\n"
              "Office Coordinator  May 2019 – Present\nHarrow & Pike Architects, Boise, ID\n"
              + "".join(f"- {b}\n" for b in bullets))
    posting = "Requirements\n" + "".join(f"- {d}\n" for d in duties)
    return match_resume(parse_resume(resume), analyse_posting(posting))


def missing(r) -> set[str]:
    return set(r.missing_required) | set(r.missing_preferred)


def test_an_owner_between_the_verb_and_its_object_is_a_describing_word() -> None:
    assert "Calendar Management" in asks("Manage the principals' calendars")
    assert "Calendar Management" in asks("Manage the director's calendar")
    assert "Calendar Management" in asks("Manage the director’s busy calendar")


def test_a_verb_acts_on_each_one_word_item_of_its_list() -> None:
    found = asks("Coordinate board meetings and travel for the leadership team")
    assert {"Meeting Coordination", "Travel Arrangements"} <= found
    assert "Vendor Management" in asks("Manage budgets, vendors and contracts")


def test_a_longer_item_after_and_is_another_duty_with_its_own_verb() -> None:
    # "train staff" is the second verb's object, not one more thing managed.
    found = asks("Manage inventory and train staff")
    assert "Inventory Management" in found and "Staff training" in found
    assert "Staff Management" not in found
    found = asks("Manage inventory and travel to client sites")
    assert "Travel Arrangements" not in found and "Travel Planning" not in found


def test_onboarding_new_hires_is_the_onboarding_a_resume_shows() -> None:
    assert "Onboarding" in asks("Onboard new hires and keep personnel files current")
    r = report(["Ran new hire onboarding for 40 people a year"], ["Employee onboarding"])
    assert not missing(r)


def test_discretion_with_confidential_information_is_confidentiality() -> None:
    assert "Confidentiality" in asks("Discretion with confidential information")


def test_the_office_suite_and_the_subscription_are_two_asks() -> None:
    found = asks("Administer Microsoft 365 accounts",
                 "Advanced Microsoft Office skills (Word, Excel, Outlook)")
    assert {"Microsoft 365", "Microsoft Office"} <= found
    # The subscription shows the suite; the suite alone says nothing of the accounts.
    r = report(["Set up Office 365 mailboxes and shared drives"], ["MS Office"])
    assert not missing(r)
    r = report(["Wrote letters and budgets in MS Office"], ["Microsoft 365 administration"])
    assert missing(r)


def test_preparing_meeting_agendas_shows_meeting_coordination() -> None:
    r = report(["Prepared meeting agendas for the weekly design review"],
               ["Coordinate internal meetings"])
    assert not missing(r)


def test_keeping_the_books_in_small_business_software_shows_bookkeeping() -> None:
    r = report(["Entered bills and reconciled the bank feed in QuickBooks Online"],
               ["Bookkeeping experience"])
    assert not missing(r)
    r = report(["Reconciled invoices in Xero each week"], ["Bookkeeping experience"])
    assert not missing(r)
    r = report(["Kept the books by hand in ledgers"], ["QuickBooks"])
    assert missing(r)  # never the reverse: bookkeeping names no software


def test_evaluating_staff_is_performance_management() -> None:
    assert "Performance Management" in asks("Hire, schedule and evaluate the night crew")


def test_an_administered_object_is_named_by_its_administration() -> None:
    # "administration" comes from "administer", as "registration" from "register".
    assert "Medication Administration" in asks("Administer medications to residents")
    assert "Patient registration" in asks("Register patients at the front desk")


def test_a_later_object_of_a_list_leaves_the_earlier_one_its_own_ask() -> None:
    found = asks("Administer allergy injections and vaccines as ordered")
    assert "Immunization Administration" in found
    assert any("njection" in name for name in found)
