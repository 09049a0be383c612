"""A seller's needs discovery as a resume tells it: "Ask how each customer uses their
phone before recommending a plan", "asked shoppers what room they were furnishing".

Postings ask for Needs Analysis in such words (``posting/needs.py``) and resumes answer in
the same everyday grammar, never by the name "needs assessment". What counts:

- a verb of asking or finding out before a question word ("ask how", "find out what");
- the writer's own: the verb opens the bullet or a clause (after ";", ":", a comma or
  "and"), as ``alias_deeds`` requires of a deed, so "Shadowed a senior rep who asked
  customers…", "Managers asked customers…" and "Trained by the manager, who asked…"
  are someone else's asking (``writers_own``);
- told as done: no goal ("Goal for 2027: ask each customer how…"), no negation, no
  learning ("Learned how the sales team recommends products" is watching a sale);
- a selling deed tied to the asking, after it in the same sentence ("…before
  recommending a plan", "…then suggest the right set", "…and quoted a plan"): a line
  that only names plans or products ("Found out which plans customers were on before
  transferring billing calls", "Figured out which products were mislabeled") asks
  nobody what they need.

The match quotes the line as evidence and names the skill by its name, never by the
asking words ("Ask how"), so the summary line never reads "experience in asking how".
Read only in a resume's lines, one line at a time.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.caseless import lowered
from tailor_app.tailoring.skills.writers_own import by_another, not_done, opens_a_clause

__all__ = ["NAME", "needs_spans"]

NAME = "Needs Analysis"
# The person asked, when named: the shopper of a sale in a store or on the phone.
_ASKED = (r"(?:(?:each|every|the|our|my)[ \t]+)?(?:customers?|shoppers?|guests?|buyers?"
          r"|clients?|callers?|prospects?|homeowners?|owners?|them|people)[ \t]+")
_FINDING = re.compile(
    r"\b(?:ask(?:s|ed|ing)?[ \t]+(?:" + _ASKED + r")?"
    r"(?:(?:a[ \t]+few[ \t]+|open-ended[ \t]+|the[ \t]+right[ \t]+)?questions[ \t]+"
    r"(?:to[ \t]+(?:learn|understand|find[ \t]+out|figure[ \t]+out)[ \t]+)?)?"
    r"|(?:f(?:ind|inds|ound|inding)|figur(?:e|es|ed|ing)|work(?:s|ed|ing)?)[ \t]+out[ \t]+)"
    r"(?:what|how|which|who)\b",
    re.IGNORECASE)
# A selling deed after the asking: what the answers were for.
_SELLS = re.compile(r"\b(?:recommend\w*|suggest\w*|sell(?:s|ing)?|sold|upsell\w*"
                    r"|quot(?:e|es|ed|ing)|fitted|fitting|match(?:ed|es|ing)?|pitch(?:ed|ing)?"
                    r"|offer(?:ed|ing)?|steer(?:ed|ing)?)\b", re.IGNORECASE)
# Where the asking's sentence ends: what follows is another deed's.
_SENTENCE_END = re.compile(r"[;.!?](?:\s|$)")


def needs_spans(text: str) -> list[tuple[int, int]]:
    """Where each line of ``text`` tells the writer's own needs discovery, as (start,
    end) of the asking words (see the module's text for what counts)."""
    low = lowered(text)
    if "ask" not in low and " out " not in low:
        return []
    out = []
    for m in _FINDING.finditer(text):
        if not opens_a_clause(text, m.start()) or not_done(text, m.start()) or by_another(
                text, m.start()):
            continue
        line_end = text.find("\n", m.end())
        rest = text[m.end():line_end if line_end >= 0 else len(text)]
        ends = _SENTENCE_END.search(rest)
        if _SELLS.search(rest[:ends.start()] if ends else rest):
            out.append((m.start(), m.end()))
    return out
