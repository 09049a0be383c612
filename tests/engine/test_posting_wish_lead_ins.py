"""Preferred asks led in by a sentence-like line ("It would be an advantage if you have")
and a list line opening with a mixed-case name ("aPHR ... preferred"): what a reader takes
as wishes is preferred, and the lines above them stay required."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def kinds(text: str) -> dict[str, bool]:
    return {s.name: s.required for s in analyse_posting(text).skills}


def _posting(lead_in: str) -> str:
    return ("Journeyman Electrician\nNorthgate Electric Co.\n\n"
            "What you'll do\n- Bend and install EMT conduit\n- Terminate panels\n\n"
            "You have\n- A journeyman electrician license\n- Experience with AutoCAD\n\n"
            f"{lead_in}\n- Experience with Revit\n- Spanish\n")


def test_a_sentence_like_wish_line_makes_the_bullets_under_it_preferred() -> None:
    for lead_in in ("It would be an advantage if you have", "Bonus points if you",
                    "We'd love it if you have", "Even better if you've"):
        found = kinds(_posting(lead_in))
        assert found.get("Revit") is False, lead_in
        assert found.get("Spanish") is False, lead_in
        assert found.get("AutoCAD") is True, lead_in


def test_a_wish_sentence_with_its_own_object_is_no_heading() -> None:
    # A whole sentence that names its wish is one preferred ask, not a heading over the
    # bullets that follow it.
    found = kinds("Line Cook\nHarbor Grill\n\nRequirements\n"
                  "It would be an advantage if you have a food handler card.\n"
                  "- Knife skills\n- Experience with a flat-top grill\n")
    assert found.get("Knife skills") is True
    assert found.get("Flat-top grill") is True


def test_a_list_line_opening_with_a_mixed_case_name_is_its_own_item() -> None:
    found = kinds("Payroll Coordinator\nLakeview Clinics\n\nWhat we're looking for\n"
                  "2 years of payroll experience in a multi-state company with 400 staff\n"
                  "Advanced Excel skills, including pivot tables\n"
                  "iCIMS or Paylocity experience preferred\n")
    assert found.get("Microsoft Excel") is True
    assert found.get("Pivot Tables") is True
    assert found.get("Paylocity") is False


def test_a_wrapped_line_in_lower_case_still_carries_the_sentence_on() -> None:
    found = kinds("Payroll Coordinator\nLakeview Clinics\n\nWhat we're looking for\n"
                  "Experience running payroll in Paylocity for a company with more than\n"
                  "three hundred staff would be a plus, as would Excel\n")
    assert found.get("Paylocity") is False
