"""Work a resume tells in the past tense ("Trained new line cooks") is named by the
summary line with the same verb as a gerund ("training new line cooks"), and the
guard takes exactly that word.

A past tense ending in -ed gives the stem its -ing form is built on by dropping the
ending, whatever its plain form ("rotated" -> "rotating", "planned" -> "planning"),
so no plain form is guessed; an irregular past ("took minutes", "led audits") and a
deed with a figure ("Scheduled 40 interviews") are still not told.
"""

from __future__ import annotations

from datetime import date

import pytest

from tailor_app.tailoring.compose.gerund import gerund_phrase, is_gerund_of, past_gerund
from tailor_app.tailoring.compose.guard import check
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.resume.parser import parse_resume

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(("past", "said"), [
    ("picked", "picking"), ("packed", "packing"), ("prototyped", "prototyping"),
    ("planned", "planning"), ("rotated", "rotating"), ("applied", "applying"),
    ("trained", "training"), ("modeled", "modeling"), ("controlled", "controlling"),
])
def test_the_gerund_of_a_regular_past_tense(past: str, said: str) -> None:
    assert past_gerund(past) == said
    assert is_gerund_of(said, {past})


def test_words_that_only_end_like_a_past_tense_give_none() -> None:
    assert past_gerund("seed") is None and past_gerund("need") is None  # no -ed ending
    assert past_gerund("red") is None and past_gerund("led") is None  # too short
    assert not is_gerund_of("seeing", {"seed"})
    assert not is_gerund_of("picking", {"pick up"})


def test_a_deed_told_in_the_past_tense_reads_as_a_gerund() -> None:
    text = "Trained new line cooks on the grill station\nRotated stock daily\n"
    assert gerund_phrase("Trained new line cooks", set(), text) == "training new line cooks"
    assert gerund_phrase("Scheduled 40 interviews", set(), text) is None  # a figure


KITCHEN = """Ana Ruiz
Tulsa, OK | ana.ruiz@example.com

EXPERIENCE
Sous Chef, Riverside Grill    Apr 2019 – Present
• Ran the sauté and grill stations on busy weekend services
• Wrote the prep lists for the morning crew
• Trained new line cooks on plating and knife work
• Counted the walk-in inventory every Sunday night
"""
KITCHEN_POSTING = """Kitchen Manager
Requirements:
- Staff training
- Prep lists
- Inventory
"""


def test_the_line_names_training_the_resume_tells_as_done() -> None:
    result = tailor(KITCHEN, KITCHEN_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert result.summary == ("Sous Chef with 7 years of experience in prep lists and training "
                              "new line cooks."), result.summary


def test_a_lone_verb_in_the_past_tense_is_still_no_name() -> None:
    # "Tested" alone would say "testing", a skill of any field: not named.
    resume = KITCHEN.replace("• Counted the walk-in", "• Tested\n• Counted the walk-in")
    result = tailor(resume, "Kitchen Manager\nRequirements:\n- Testing\n- Prep lists\n",
                    today=TODAY)
    assert result.summary is not None and "testing" not in result.summary


def test_the_guard_takes_the_gerund_of_a_past_tense_and_nothing_else() -> None:
    source = parse_resume(KITCHEN)
    ok = check(source, source, "Sous Chef with 7 years of experience in training new line cooks.",
               {}, today=TODAY)
    assert ok.ok, ok.invented
    # "plating" is a word of the resume; "cooking" is the -ing form of none of its words.
    refused = check(source, source, "Sous Chef with 7 years of experience in cooking.",
                    {}, today=TODAY)
    assert "cooking" in refused.invented
