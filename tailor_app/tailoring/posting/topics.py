"""What a call, a question or an update is about, which is no ask.

"Answer member calls and live chats about accounts, debit cards and loan payments",
"update customers on ETAs", "take calls about their policies, bills and claims": the
words after "about" (or after "update ... on") are what the people the job serves
talk of, not things the person must know by those names. Read as terms by their
shape, "Debit cards", "Loan payments" and "ETAs" became false "missing" skills.

Only terms read by their shape are judged here: a skill the vocabulary names ("answer
questions about Medicare plans") may be the knowledge the job needs, and stays.
"""

from __future__ import annotations

import re

__all__ = ["talked_about"]

# A word of talk and "about", or a verb of telling someone and "on"/"about"/"of", then
# the rest of the clause up to the term.
# Who calls and how often may stand between the talk and its "about": "70+ inbound calls
# per day from owners and guests about reservations, points and resort amenities".
# (What is explained is left alone: "explain prep instructions for MRI appointments" is
# the job's own duty as often as "explain membership tiers" names the employer's products.)
_TOPIC_BEFORE = re.compile(
    r"(?:\b(?:calls?|chats?|e-?mails?|messages?|questions?|inquir(?:y|ies)|enquir(?:y|ies)"
    r"|conversations?|talk(?:s|ing)?|speak(?:s|ing)?)(?:[ \t]+[\w'’+-]+){0,8}?[ \t]+about"
    # "brief the team on the menu, allergies and timing": what a briefing covers.
    r"|\b(?:updat(?:e|es|ing)|inform(?:s|ing)?|notif(?:y|ies|ying)|brief(?:s|ing)?)[ \t]+"
    r"(?:[\w'’-]+[ \t]+){1,2}?(?:on|about|of))"
    r"[ \t]+[^.;:!?()\n]{0,80}$", re.IGNORECASE)
_WINDOW = 120


def talked_about(text: str, start: int) -> bool:
    """Does the term at ``start`` stand in what a call, a question or an update is
    about ("questions about billing, refunds and returns", "update drivers on route
    changes")?"""
    before = text[max(0, start - _WINDOW):start]
    low = before.lower()
    if "about" not in low and " on " not in low and " of " not in low:
        return False
    return _TOPIC_BEFORE.search(before) is not None
