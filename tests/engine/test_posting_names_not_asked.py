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
