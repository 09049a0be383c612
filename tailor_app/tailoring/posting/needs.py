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

__all__ = ["NeedsTerm", "may_tell_needs", "needs_terms"]

NAME = "Needs Analysis"
_FINDING = re.compile(
    r"\b(?:find(?:ing)?[ \t]+out|learn(?:ing)?|uncover(?:ing)?|discover(?:ing)?"
    r"|ask(?:ing)?[ \t]+(?:(?:a[ \t]+few|open-ended|good|smart|the[ \t]+right)[ \t]+)?"
    r"questions[ \t]+to[ \t]+(?:learn|understand|find[ \t]+out))"
    r"[ \t]+(?:what|how|which)[ \t]+"
    r"(?:they|customers?|shoppers?|guests?|buyers?|the[ \t]+(?:customer|shopper|guest|buyer)"
    r"|each[ \t]+(?:customer|shopper|guest|buyer)|each[ \t]+one)\b",
    re.IGNORECASE)
_SELLS = re.compile(r"\b(?:recommend\w*|sell\w*|sales|upsell\w*|products?|purchase\w*)\b",
                    re.IGNORECASE)
_SELLING_STEMS = ("recommend", "sell", "sales", "product", "purchase")
_GATE = ("find out", "learn", "uncover", "discover", "questions")


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


def needs_terms(text: str) -> list[NeedsTerm]:
    """Needs Analysis where ``text`` tells a seller to find out what a shopper needs."""
    if not may_tell_needs(text.lower()):
        return []
    m = _FINDING.search(text)
    if m is None or _SELLS.search(text) is None:
        return []
    return [NeedsTerm(NAME, m.start(), m.end())]
