"""A rename puts the posting's word inside the user's sentence, so it must read
there: a name the posting writes in the plural does not replace a short form the line
counts as one ("Check every BEO" stays), and an everyday word in lower case takes the
name in lower case ("the math lab" reads "the mathematics lab", not "Mathematics")."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.rename import in_the_lines_words
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 12, 1)

EVENTS = """Noor Haddad
Savannah, GA | noor.haddad@example.com

EXPERIENCE
Banquet Captain | Riverside Conference Hotel | 2021 – Present
- Check every BEO against the room set an hour before doors
- Brief servers before each dinner on courses and allergies
- Lead plated dinners for up to 350 guests
"""
EVENTS_POSTING = """Banquet Manager
Responsibilities
- Review banquet event orders (BEOs) with the catering team
- Plated service for large events
"""


def test_a_plural_name_does_not_replace_a_word_counted_as_one() -> None:
    vocabulary = load_vocabulary()
    lines = ["Check every BEO against the room set"]
    assert in_the_lines_words("BEO", "Banquet Event Orders", vocabulary, lines) is None
    # Written as many, the plural name reads.
    assert in_the_lines_words("BEOs", "Banquet Event Orders", vocabulary,
                              ["Review BEOs weekly"]) == "Banquet Event Orders"
    # A name whose last word ends in s is no plural to refuse where nothing counts it.
    assert in_the_lines_words("AWS", "Amazon Web Services", vocabulary,
                              ["Deployed services on AWS"]) == "Amazon Web Services"


def test_the_line_keeps_its_own_short_form() -> None:
    result = tailor(EVENTS, EVENTS_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert "Check every BEO against the room set" in result.text
    assert "every Banquet Event Orders" not in result.text


def test_an_everyday_word_takes_the_name_in_lower_case() -> None:
    vocabulary = load_vocabulary()
    assert in_the_lines_words("math", "Mathematics", vocabulary,
                              ["Tutored students in the math lab"]) == "mathematics"
    # A product's name keeps its capital, as does a name with capitals of its own.
    assert in_the_lines_words("excel", "Excel", vocabulary, ["Built trackers in excel"]) == (
        "Excel")
    assert in_the_lines_words("JS", "JavaScript", vocabulary, ["Wrote JS widgets"]) == (
        "JavaScript")
