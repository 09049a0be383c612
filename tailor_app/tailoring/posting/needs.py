"""A seller's needs discovery told in everyday words: "find out what they need",
"ask questions to learn what they're looking for", "learn how they sleep" ask for the
vocabulary's Needs Analysis.

A retail or showroom posting tells the steps of a sale as sentences (greet, find out,
recommend), never by the name "needs assessment"; the question words make the step
whatever the product is, so it is read by its grammar: a verb of finding out, a
question word, and the shopper. Only where the unit sells (a word of selling or
recommending stands in it): "learn how they work" in an onboarding sentence asks
nothing. A cheap word test gates the pattern: most units name no such verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["NeedsTerm", "may_tell_needs", "needs_terms", "sells"]

NAME = "Needs Analysis"
# "figure out" and "work out" are "find out" in other words; "someone", "callers" and
# "prospects" are the shopper of a sale made by phone (recall9).
_FINDING = re.compile(
    # A bare "learn" told as the reader's future is training, not a step of the sale:
    # "In your first two weeks you'll learn how customers use our loyalty app".
    r"\b(?:(?:find(?:ing)?|figur(?:e|ing)|work(?:ing)?)[ \t]+out"
    r"|(?<!\bwill )(?<!['’]ll )(?<!\bwill quickly )(?<!['’]ll quickly )"
    r"learn(?:ing)?"
    r"|uncover(?:ing)?|discover(?:ing)?"
    r"|ask(?:ing)?[ \t]+(?:(?:a[ \t]+few|open-ended|good|smart|the[ \t]+right)[ \t]+)?"
    r"questions[ \t]+to[ \t]+(?:learn|understand|(?:find|figure|work)[ \t]+out))"
    r"[ \t]+(?:what|how|which)[ \t]+"
    r"(?:they|someone|customers?|shoppers?|guests?|buyers?|callers?|prospects?|clients?"
    r"|the[ \t]+(?:customer|shopper|guest|buyer|caller|prospect|client)"
    r"|each[ \t]+(?:customer|shopper|guest|buyer|caller|prospect|client)|each[ \t]+one)\b",
    re.IGNORECASE)
_SELLS = re.compile(r"\b(?:recommend\w*|sell\w*|sales|upsell\w*|products?|purchase\w*)\b",
                    re.IGNORECASE)
_SELLING_STEMS = ("recommend", "sell", "sales", "product", "purchase")
_GATE = ("find out", "figure out", "work out", "figuring out", "working out", "learn",
         "uncover", "discover", "questions")


@dataclass(frozen=True)
class NeedsTerm:
    """Needs discovery told in a sentence, and where it stands."""

    name: str
    start: int
    end: int


def may_tell_needs(low: str) -> bool:
    """Can a text, lower-cased, tell needs discovery? (A posting that cannot is not read
    unit by unit.)"""
    return any(g in low for g in _GATE) and any(w in low for w in _SELLING_STEMS)


def sells(text: str) -> bool:
    """Does ``text`` (a unit, or a posting's title) speak of selling?"""
    return _SELLS.search(text) is not None


def needs_terms(text: str, selling_job: bool = False) -> list[NeedsTerm]:
    """Needs Analysis where ``text`` tells a seller to find out what a shopper needs.
    ``selling_job``: the posting's title names a seller ("Insurance Sales Agent"), so a
    requirement line need not speak of selling itself ("you're good at asking
    questions to figure out what someone needs")."""
    low = text.lower()
    if not any(g in low for g in _GATE):
        return []
    if not selling_job and not may_tell_needs(low):
        return []
    m = _FINDING.search(text)
    if m is None or (not selling_job and _SELLS.search(text) is None):
        return []
    return [NeedsTerm(NAME, m.start(), m.end())]
