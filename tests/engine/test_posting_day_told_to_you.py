"""A day told to "you" in the present: the word after "you" is the verb, never the
first word of a thing asked (Dec 6, precision10). Each test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def test_the_word_after_you_is_a_verb() -> None:
    text = ("Banquet Houseman\nRiver Oaks Hotel\n\nA night on the floor\nBefore the "
            "doors open, you print seating cards and fold napkins in the back.\n\n"
            "Requirements\n- 6 months of hotel experience\n")
    names = {s.name.lower() for s in analyse_posting(text).skills}
    assert "print seating cards" not in names
    assert "doors open" not in names  # a clause of time (time_clauses.py)
