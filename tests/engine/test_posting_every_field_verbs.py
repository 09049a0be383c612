"""A duty's verb named by a skill every trade asks is read in any field's posting.

A duty's verb read by its noun must name a skill of the posting's fields, so that
"interpret drawings" asks no language interpreting. The vocabulary files Negotiation
under sales and soft skills, so "Negotiate lease renewals with residents" in a property
manager's posting and "Negotiate change orders with subcontractors" in a construction
coordinator's asked no Negotiation. A skill filed under soft skills (or general) belongs
to every field. Texts are written for these tests, in two fields.
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def test_a_property_managers_negotiating_is_asked() -> None:
    found = asks("Assistant Property Manager\n\nResponsibilities:\n"
                 "- Collect rent and post payments in Yardi Voyager\n"
                 "- Negotiate lease renewals with residents\n"
                 "- Process move-out inspections and security deposit dispositions\n"
                 "- Screen applicants under Fair Housing rules")
    assert "Negotiation" in found and "Lease Renewals" in found


def test_a_construction_coordinators_negotiating_is_asked() -> None:
    found = asks("Construction Project Coordinator\n\nResponsibilities:\n"
                 "- Track submittals and RFIs in Procore\n"
                 "- Negotiate change orders with subcontractors\n"
                 "- Update the three-week lookahead schedule\n"
                 "- Prepare pay applications for the owner")
    assert "Negotiation" in found and "Change Orders" in found


def test_a_verb_of_another_trade_still_asks_nothing() -> None:
    found = asks("Maintenance Electrician\n\nResponsibilities:\n"
                 "- Interpret electrical drawings and ladder diagrams\n"
                 "- Troubleshoot VFDs and motor starters\n"
                 "- Install conduit and pull wire\n- Test GFCI receptacles")
    assert not any("Interpret" in name for name in found)
