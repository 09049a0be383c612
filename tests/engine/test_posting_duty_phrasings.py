"""Everyday duties of the weak fields told by their verbs, read as the vocabulary's
skills (resources/skills/*.tsv, Dec 5 recall pass): a banquet server's "set tables" and
"pour wine", a seller's "close new business", a teacher's "grade papers", a
paralegal's "discovery requests" and "proofread briefs"."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


def asks(title: str, duty: str) -> list[str]:
    text = f"{title}\n\nResponsibilities\n- {duty}\n- Other duties as assigned\n"
    return [s.name for s in analyse_posting(text).skills]


@pytest.mark.parametrize(("title", "duty", "skill"), [
    ("Catering Server", "Set tables and chairs for Saturday receptions", "Table Maintenance"),
    ("Event Bartender", "Pour wine and mix drinks at private parties", "Bartending"),
    ("Event Bartender", "Staff the cash bar at fundraisers", "Bartending"),
    ("Hotel Night Manager", "Respond to guest complaints after hours", "Complaint Resolution"),
    ("Reservations Agent", "Take reservations over the phone and by email",
     "Reservation Management"),
    ("Banquet Captain", "Oversee buffets and stations for large groups", "Buffet Service"),
    ("Account Manager", "Close new business in the Gulf Coast territory", "Deal Closing"),
    ("Sales Engineer", "Give demos to plant managers and buyers", "Sales Presentations"),
    ("Middle School Teacher", "Grade homework within two school days", "Grading Student Work"),
    ("Paralegal", "Prepare discovery requests for the trial team", "Legal Discovery"),
    ("Legal Secretary", "Proofread letters and pleadings before filing",
     "Editing and Proofreading"),
])
def test_a_field_s_everyday_duty_asks_its_skill(title: str, duty: str, skill: str) -> None:
    assert skill in asks(title, duty)


def test_an_email_marketer_and_a_siemens_controller_are_asked() -> None:
    found = asks("Lifecycle Marketing Lead", "Own promotional emails and list segmentation"
                 " for our subscription boxes")
    assert "Email Marketing" in found and "Customer Segmentation" in found
    assert "Siemens S7" in asks("Controls Technician",
                                "Program and troubleshoot Siemens S7 and Allen-Bradley PLCs")


def test_protective_services_investigations_are_asked() -> None:
    found = asks("Child Protective Investigator",
                 "Investigate allegations of abuse in the family home within 24 hours")
    assert "Abuse and Neglect Investigations" in found
