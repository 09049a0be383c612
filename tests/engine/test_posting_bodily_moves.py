"""Getting one's body through a place is no skill: "negotiate stairs" asks no Negotiation.

"Negotiate stairs and uneven terrain while carrying packages", "Must be able to negotiate
stairs in clients' homes", "Negotiate ladders, scaffolds and rooftops safely" tell what
the body must do, as "climb ladders" does; they were read as Negotiation (and, with the
second-object rule, "Uneven terrain" as a thing of the trade). "negotiate", "navigate"
and "traverse" with a place got through as their object (stairs, terrain, ladders,
walkways, driveways ...) name nothing. Review27 A3. Texts are written for these tests, in
several fields.
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def test_a_drivers_stairs_are_no_negotiation() -> None:
    found = asks("Appliance Delivery Driver\n\nResponsibilities:\n"
                 "- Load the box truck and deliver appliances to homes\n"
                 "- Negotiate stairs and uneven terrain while carrying packages up to 50 lb\n"
                 "- Collect signatures on the handheld scanner\n"
                 "- Inspect the truck before each route")
    assert "Negotiation" not in found and "Uneven terrain" not in found


def test_a_roofers_and_an_aides_places_are_no_negotiation() -> None:
    found = asks("Roofing Laborer\n\nRequirements:\n"
                 "- Negotiate ladders, scaffolds and rooftops safely\n"
                 "- Tear off shingles and haul debris to the dumpster\n"
                 "- Install drip edge and ice and water shield")
    assert "Negotiation" not in found
    found = asks("Home Health Aide\n\nRequirements:\n"
                 "- Must be able to negotiate stairs in clients' homes\n"
                 "- Assist with bathing, dressing and transfers\n"
                 "- Take vital signs and record them in HHAeXchange")
    assert "Negotiation" not in found


def test_negotiating_a_deal_is_still_asked() -> None:
    found = asks("Assistant Property Manager\n\nResponsibilities:\n"
                 "- Collect rent and post payments in Yardi Voyager\n"
                 "- Negotiate lease renewals with residents\n"
                 "- Screen applicants under Fair Housing rules")
    assert "Negotiation" in found
