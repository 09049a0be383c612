"""Names in a posting that are no ask: a place whose rules a credential follows, a firm
named by its members' credential, and the first word of an item in sentence case.

Texts are written for these tests.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.places import is_region


def _asked(text: str) -> dict[str, bool]:
    return {s.name: s.required for s in analyse_posting(text).skills}


def test_a_state_before_a_credential_is_where_its_rules_come_from() -> None:
    asked = _asked("Line Cook\nWhat we'd love\n- Solid knife skills, and an Oregon Food "
                   "Handler card (or able to get one within 30 days)\n")
    assert "Oregon" not in asked
    assert is_region("British Columbia") and is_region("new york")
    assert not is_region("Epic") and not is_region("Washington Post")


def test_a_firm_named_by_its_members_credential_asks_for_none() -> None:
    asked = _asked("Staff Accountant\nResponsibilities\n- Support the annual audit by our "
                   "outside CPA firm\n")
    assert "Certified Public Accountant" not in asked
    asked = _asked("Staff Accountant\nRequirements\n- CPA required; time at a CPA firm "
                   "a plus\n")
    assert asked.get("Certified Public Accountant") is True


def test_an_item_in_sentence_case_is_no_product_named_by_its_first_word() -> None:
    asked = _asked("Support Representative\nSkills: Zendesk, Customer service, Live chat\n")
    assert "Live" not in asked and "Zendesk" in asked
    # A name followed by an adverb or a joining word is still a name.
    asked = _asked("Warehouse Supervisor\nRequirements\n- Experience with a WMS; Blue Yonder "
                   "or Korber ideally\n")
    assert "Korber" in asked


def test_a_paragraph_posting_opening_with_its_title_and_a_dash() -> None:
    analysis = analyse_posting(
        "Dinner Line Cook at Saltgrass Kitchen (Portland, OR) - we're a busy neighborhood "
        "restaurant with a wood-fired grill and we need a line cook for a 5-night "
        "schedule; you'll prep your station and cook to ticket times.")
    assert analysis.title == "Dinner Line Cook"


def test_a_one_word_trait_naming_a_group_or_its_meetings_is_not_asked() -> None:
    asked = _asked("Executive Assistant\nResponsibilities\n- Take notes in leadership "
                   "meetings and follow up on action items\n")
    assert "Leadership" not in asked and "Note taking" in asked
    assert "Leadership" in _asked("Shift Manager\nRequirements\n- Strong leadership skills\n")


def test_a_bracketed_curriculum_keeps_its_first_word_though_it_is_a_verb() -> None:
    asked = _asked("Kindergarten Teacher\nDuties\n- Plan daily lessons using the district's "
                   "adopted curriculum (Benchmark Advance and Eureka Math)\n")
    assert "Benchmark Advance" in asked and "Advance" not in asked


def test_a_verbs_comma_and_go_on_only_to_another_verb() -> None:
    """"blood products, and document in Epic": "products" is no verb whose object is
    "document" (Document production)."""
    asked = _asked("Registered Nurse\nResponsibilities\n- Administer medications, including "
                   "IV push and blood products, and document in Epic\n")
    assert "Document production" not in asked and "Epic" in asked


def test_welcome_closing_an_item_marks_a_wish() -> None:
    asked = _asked("Registered Nurse\nWhat you'll need\n- Active California RN license\n"
                   "- BSN preferred; MSN welcome\n")
    assert asked.get("MSN") is False and asked.get("BSN") is False


def test_the_segment_after_a_titles_dash_is_no_employer() -> None:
    analysis = analyse_posting(
        "Account Executive - Mid-Market (Remote)\nAbout Harbor Freight Software\nWe help "
        "carriers run dispatch.\nThe Role\nAs a Mid-Market AE you will own the full sales "
        "cycle.\nRequirements\n- 3+ years of B2B SaaS sales\n")
    assert analysis.title == "Account Executive"
    assert analysis.company == "Harbor Freight Software"


def test_a_part_of_a_state_named_by_where_it_lies_is_a_place() -> None:
    assert is_region("central Ohio") and is_region("Upstate New York")
    assert not is_region("Central Station") and not is_region("North Star")
    asked = {s.name for s in analyse_posting(
        "Route Driver\n\nRequirements\n- Strong geography knowledge of eastern Idaho\n"
        "- Clean MVR and a valid driver's license\n").skills}
    assert "Eastern Idaho" not in asked
    assert "Driver's License" in asked
