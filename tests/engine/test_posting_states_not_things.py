"""A word of certainty or of a thing's state is not part of a skill's name.

"Make sure drivers stay within hours-of-service rules" asked "Sure drivers stay",
"deliver fresh product to 30 stores" asked "Fresh product", "keep the classroom safe,
clean and inviting" asked "Inviting". Texts are written for these tests.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(duty: str) -> set[str]:
    text = f"Job Title: Route Driver\nResponsibilities\n- {duty}\n"
    return {s.name.lower() for s in analyse_posting(text).skills}


def test_make_sure_opens_no_object() -> None:
    asks = _asked("Make sure pallets leave the dock on time and log delays in Samsara")
    assert not any(a.startswith("sure") for a in asks)
    assert "samsara" in asks


def test_the_state_of_a_thing_handled_is_no_skill() -> None:
    assert not any("fresh" in a or "clean" in a for a in _asked(
        "Deliver fresh flowers and pick up clean vases from hotels and offices"))


def test_the_state_a_place_is_kept_in_is_no_skill() -> None:
    asks = _asked("Keep the lobby safe, clean and inviting for guests")
    assert not any("inviting" in a or "safe" in a for a in asks)


def test_a_skill_with_the_same_words_is_still_read() -> None:
    asks = _asked("Keep a clean driving record and do pre-trip inspections")
    assert "clean driving record" in asks
