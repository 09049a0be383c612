"""The orders, protocols and policies a duty is done by, which are no ask of the job.

"Carries out physician orders for all respiratory treatments", "wean patients
according to unit protocol", "adjust technique per department protocol", "following
the district's standard operating procedures", "rotate stock according to company
policy": the words after the preposition say how the duty is done and whose rule it
follows; the duty is the ask, and the orders, protocol or policy name no skill (they
were asked as Physician Orders and Standard Operating Procedures). ``noise._PER``
reads "per" before orders, instructions, schedules and policies with any words
between; this reads the other ways of saying it ("according to", "in accordance with",
"following", "as ordered by", "carry out ... orders") and "per" before a protocol, a
procedure, a manual or guidelines, with one limit: every word between the preposition
and the rule's noun must only say whose it is or what kind of rule (our, the unit's,
hospital, physician, standing, written, standard operating ...). A rule named by a
subject or a body stays asked: "according to OSAP protocols", "following HACCP
procedures", "per CDC guidelines", "cash handling policies", "infection control
protocols". Only the rule as the manner goes: "enter physician orders in Epic" or
"transcribe orders" is the job's own work, and "write SOPs" makes them.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.posting.populations import EXPERTISE_BEFORE
from tailor_app.tailoring.posting.stems import word_starts

__all__ = ["followed_rules"]

# The manner words before the rule: prepositions of following, and the verbs of
# doing what an order says ("carry out", "follow"). Not "execute": executing orders is
# a trader's or a broker's work, Order execution (review24 P1).
_MANNER = (r"according[ \t]+to|in[ \t]+accordance[ \t]+with|in[ \t]+compliance[ \t]+with"
           r"|consistent[ \t]+with|pursuant[ \t]+to|as[ \t]+(?:ordered|directed|prescribed"
           r"|instructed|outlined|defined|set[ \t]+out|required)[ \t]+(?:by|in)"
           r"|under[ \t]+(?:the[ \t]+)?(?:direction|orders?|supervision)[ \t]+of"
           r"|following|follows?|carr(?:y|ies|ying)[ \t]+out|per")
# Words that only say whose the rule is or what kind of rule it is.
_OWNER = (r"the|a|an|our|their|your|its|all|any|each|every|applicable|established|current"
          r"|written|verbal|standing|posted|approved|internal|local|existing|set|standard"
          r"|operating|company|corporate|hospital|unit|department|departmental|dept\.?"
          r"|facility|clinic|practice|district|organi[sz]ation(?:al)?|center|centre"
          r"|site|store|plant|restaurant|program|school|employer|team|office|shop|fleet|lab"
          r"|laboratory|pharmacy|kitchen|warehouse|firm|property|job"
          r"|driver|employee|physician|physicians|provider|providers|doctor|doctors|dentist"
          r"|radiologist|veterinarian|prescriber|prescribing|medical|supervisor|supervising"
          r"|manager|management|house|board")
_POSSESSIVE = r"(?:['’]s|s['’])?"
# The rule's noun: an order or instruction, or a rulebook of the employer's.
_RULE = (r"orders?|instructions?|directions?|directives?|protocols?|polic(?:y|ies)"
         r"|procedures?|SOPs?|manuals?|guidelines?|standards?|rules?|handbooks?")
# The manner word and the owner words, read back from the rule's noun (the nouns are
# few in a posting, the manner words many): "according to unit " before "protocol".
_FOLLOWED_BEFORE = re.compile(
    rf"\b(?i:{_MANNER})[ \t]+"
    rf"(?P<owners>(?:(?i:{_OWNER}){_POSSESSIVE}[ \t]+){{0,4}})\Z")
_RULE_NOUN = re.compile(rf"\b(?i:{_RULE})\b")
_LOOK_BACK = 120
# The rule nouns' stems, found by a plain scan of the lowered text (``stems``).
_RULE_STEMS = ("order", "instruction", "direction", "directive", "protocol", "polic",
               "procedure", "sop", "manual", "guideline", "standard", "rule", "handbook")
# The job checks that others follow the rule: "make sure operators follow SOPs",
# "ensure staff comply with policy".
_OTHERS_FOLLOW = re.compile(
    r"\b(?i:ensur\w*|make[ \t]+sure|making[ \t]+sure|verif\w*|monitor\w*|audit\w*"
    r"|check\w*|enforc\w*|confirm\w*|train\w*|coach\w*)[ \t]+(?:that[ \t]+)?"
    r"(?:[\w'’-]+[ \t]+){0,3}$")


def followed_rules(text: str) -> list[tuple[int, int]]:
    """Spans of the orders, protocols and policies ``text`` says a duty is done by."""
    low = folded(text)
    if low is None:  # lowering moves letters: the regex reads the text itself
        found = [m.span() for m in _RULE_NOUN.finditer(text)]
    else:
        found = [m.span() for at in sorted(word_starts(low, _RULE_STEMS))
                 if (m := _RULE_NOUN.match(text, at)) is not None]
    out = []
    for start, end in found:
        before = _FOLLOWED_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
        if before is None:
            continue
        at = before.start()
        # "2 years of experience following SOPs": the rule is the expertise asked;
        # "make sure operators follow SOPs": others follow it, and the job checks it
        # (review24 P2).
        if EXPERTISE_BEFORE.search(text, max(0, at - 120), at) is None \
                and _OTHERS_FOLLOW.search(text, max(0, at - 80), at) is None:
            out.append((before.start("owners"), end))
    return out
