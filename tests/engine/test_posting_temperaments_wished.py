"""A disposition wished for is no ask; demanded in so many words it stays (Dec 6,
precision10). Each test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> dict[str, bool]:
    return {s.name: s.required for s in analyse_posting(text).skills}


def test_a_disposition_wished_for_is_no_ask() -> None:
    text = ("Pharmacy Clerk\n\nRequirements\n- 6 months of retail cashier experience\n"
            "- An upbeat, positive attitude is a huge plus\n- Curiosity and good humor will "
            "help you stand out\n")
    asks = _asks(text)
    assert not {"Positive Attitude", "Curiosity", "Sense of Humor"} & set(asks)


def test_a_disposition_demanded_stays_asked() -> None:
    text = ("Camp Counselor\n\nRequirements\n- Must have a positive attitude and a sense of "
            "humor\n- CPR certification\n")
    asks = _asks(text)
    assert asks.get("Positive Attitude") is True


def test_an_ability_wished_for_stays_a_preferred_ask() -> None:
    text = ("Office Assistant\n\nRequirements\n- 1 year of office experience\n"
            "- Strong written communication is a big plus\n")
    assert _asks(text).get("Written Communication") is False
