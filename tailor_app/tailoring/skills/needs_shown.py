"""A seller's needs discovery as a resume tells it: "Ask how each customer uses their
phone before recommending a plan", "asked shoppers what room they were furnishing".

Postings ask for Needs Analysis in such words (``posting/needs.py``) and resumes answer in
the same everyday grammar, never by the name "needs assessment": a verb of asking or
finding out, a question word, and, in the same line, a word of selling or
recommending (a resume line that asks a patient how they feel sells nothing). Read only
in a resume's lines, one line at a time.
"""

from __future__ import annotations

import re

__all__ = ["NAME", "needs_spans"]

NAME = "Needs Analysis"
# The person asked, when named: the shopper of a sale in a store or on the phone.
_ASKED = (r"(?:(?:each|every|the|our|my)[ \t]+)?(?:customers?|shoppers?|guests?|buyers?"
          r"|clients?|callers?|prospects?|homeowners?|owners?|them|people)[ \t]+")
_FINDING = re.compile(
    r"\b(?:ask(?:s|ed|ing)?[ \t]+(?:" + _ASKED + r")?"
    r"(?:(?:a[ \t]+few[ \t]+|open-ended[ \t]+|the[ \t]+right[ \t]+)?questions[ \t]+"
    r"(?:to[ \t]+(?:learn|understand|find[ \t]+out|figure[ \t]+out)[ \t]+)?)?"
    r"|(?:f(?:ind|inds|ound|inding)|figur(?:e|es|ed|ing)|work(?:s|ed|ing)?)[ \t]+out[ \t]+"
    r"|learn(?:s|ed|ing)?[ \t]+)"
    r"(?:what|how|which|who)\b",
    re.IGNORECASE)
_SELLS = re.compile(r"\b(?:recommend\w*|suggest\w*|sell\w*|sold|sales?|upsell\w*|products?|plans?"
                    r"|purchase\w*|budget|quot\w*|options|fit)\b", re.IGNORECASE)


def needs_spans(text: str) -> list[tuple[int, int]]:
    """Where each line of ``text`` tells needs discovery, as (start, end) of the asking
    words; only in a line that also speaks of selling or recommending."""
    low = text.lower()
    if "ask" not in low and " out " not in low and "learn" not in low:
        return []
    out = []
    for m in _FINDING.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if _SELLS.search(line):
            out.append((m.start(), m.end()))
    return out
