"""A skill named by a gerund whose verb is also a thing ("Diapering", "Forecasting",
"Quoting", "Scheduling") shown by that thing made, written or changed: "Change
diapers", "Send a monthly revenue forecast", "Write up quotes", "Wrote the weekly
banquet schedule".

``wording._done_evidence`` reads the gerund's own verb ("scheduled 40 technicians");
resumes as often name the thing the work makes, after a plain verb of making. The verbs
are few and general (write, build, make, prepare, send, create, change, put together,
and the verbs of putting it out: generate, email, bill),
and the thing must follow within two describing words, so "changed the schedule
template vendor" or "made sure diapers were stocked" tell nothing.

Some nouns name something else as often as the work ("created accounts" is no
accounting, "wrote orders" no purchasing, "made lists" no listing, "wrote posts" no
ledger posting, "wrote letters" no lettering, "built houses" no housing work): those
are left out.
"""

from __future__ import annotations

import re

__all__ = ["made_thing_pattern"]

# Plain verbs of making a thing, in every written form a resume uses; and of putting
# it out, which makes it for someone ("Generate and email invoices", "Billed 120+
# customer invoices": an invoice billed is an invoice made and sent). Not "issue": an
# officer issues tickets, a clerk keys and badges, none of them made (review21's M3:
# "Issued 40 parking tickets" is no help desk's ticketing).
_MAKING = (r"(?:wr(?:ite|ites|ote|iting|itten)(?:\s+up)?|buil(?:d|ds|t|ding)"
           r"|ma(?:ke|kes|de|king)|prepar(?:e|es|ed|ing)|sen(?:d|ds|t|ding)"
           r"|creat(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|put(?:s|ting)?\s+together"
           r"|generat(?:e|es|ed|ing)|e-?mail(?:s|ed|ing)?"
           r"|bill(?:s|ed|ing)?)")
_DETERMINER = r"(?:(?:the|a|an|our|my|their|each|every|all|new)\s+)?"
# A count ("40 diapers") and up to two describing words, never "sure" ("made sure").
_DESCRIBING = r"(?:\d[\d,.+%-]*\s+)?(?:(?!sure\b|certain\b)[a-z][a-z-]*\s+){0,2}"
# The thing ends its noun phrase: a lower-case word after it is a preposition, a
# conjunction, a determiner or a time ("changed the quote template" is a template).
_PHRASE_END = (r"(?![ \t]+(?!(?:and|or|to|for|with|in|on|at|by|of|from|into|a|an|the|each"
               r"|every|per|when|before|after|as|so|daily|weekly|monthly|twice)\b)[a-z])")
# Nouns whose gerund is a skill but which more often name another thing.
_OTHER_THINGS = frozenset({"order", "account", "market", "list", "post", "book",
                           "draft", "package", "plan", "test", "script", "light", "letter",
                           "house"})


def _noun(stem: str) -> str | None:
    """The thing a gerund's stem names: "diaper" (diapering), "quote" (quoting),
    "schedule" (scheduling), "label" (labelling); None for one left out."""
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "sl":
        stem = stem[:-1]  # "mapping" -> "map"
    elif stem.endswith("ll"):
        stem = stem[:-1]  # "labelling" -> "label"
    for noun in (stem, stem + "e"):
        if noun in _OTHER_THINGS:
            return None
    return stem


def made_thing_pattern(gerund: str) -> tuple[str, str] | None:
    """(the noun's stem, a pattern's text) for a one-word gerund skill, or None."""
    low = gerund.lower()
    if not low.endswith("ing") or len(low) < 7 or not low.isalpha():
        return None
    noun = _noun(low[:-3])
    if noun is None:
        return None
    return noun, (rf"(?<!\w){_MAKING}\s+{_DETERMINER}{_DESCRIBING}"
                  rf"{re.escape(noun)}e?s?(?!\w){_PHRASE_END}")
