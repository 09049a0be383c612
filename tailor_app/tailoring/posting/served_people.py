"""The people a job serves, listed by who they are, which are no ask of it.

"Help patrons, including job seekers, new immigrants and people experiencing
homelessness", "assist self-represented litigants, crime victims and attorneys at the
counter", "calls come in from crime victims, children and people in mental health
crisis", "check in guests, including business travelers and wedding parties": the
people are whom the work is for, and the words that say who they are asked Homeless
Services, Crime victims, Mental Health and Weddings of a library assistant, a court
clerk, a dispatcher and a desk agent. ``noise.people_lists`` reads the people a job
works with or sells to; this reads the people it serves: a list after "including",
"such as" or "like" that follows a word for the people served, or after "calls (come
in) from", each of whose items names people (its last word is a people noun, or it
opens with people, those or families and says what they live with). A list with an
item that is no people ("EHRs, including Epic and Cerner") is left as read, and so is
the population of a job whose work is the people's care (a case manager's, an
advocate's, a counselor's: there it is the expertise asked).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.posting.stems import word_starts
from tailor_app.tailoring.text import word_set

__all__ = ["people_served"]

_SERVED = (r"patrons|riders|passengers|guests|customers|clients|callers|visitors|residents"
           r"|members|students|patients|families|tenants|citizens|constituents|the[ \t]+public"
           r"|community[ \t]+members|people")
# The words that may open a list of the people served, found first (a plain scan of
# the lowered text); what must stand before each is then read back from it.
_CUE = re.compile(r"\b(?:including|such[ \t]+as|like|from|victims|litigants|survivors"
                  r"|seekers|immigrants|refugees)\b")
# Before "including", "such as", "like", "from": the people served ("patrons at the
# desk, including"); before "from" only, calls ("calls come in from"): "answer calls
# such as ..." lists the calls' subjects, not people (review25 P2). ``\Z``, not ``$``:
# read up to a cue, ``$`` would also match before a line break (review25 P3).
_SERVED_BEFORE = re.compile(
    rf"\b(?:{_SERVED})(?:[ \t]+(?:at|in|on|of)[ \t]+(?:the|our|a)[ \t]+[\w-]+)?,?[ \t]+\Z")
_CALLS_BEFORE = re.compile(
    r"\bcalls?(?:[ \t]+that)?(?:[ \t]+(?:come|coming)[ \t]+in)?[ \t]+\Z")
# Before a word for people in need, within its clause: a verb of serving them.
_SERVING = r"\b(?:assist|help|serve|greet|support)s?[ \t]+"
_SERVING_BEFORE = re.compile(_SERVING + r"[^.;:!?\n]{0,80}\Z")
_SERVING_VERB = re.compile(_SERVING)
# The end of the list: a clause mark, a bracket, or a comma before the next duty's verb
# (", and enter", ", then").
_LIST = re.compile(r"[^.;:!?()\n]{3,200}")
_ITEM_SPLIT = re.compile(r",[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+")
_PEOPLE_LAST = word_set("""
victims survivors seekers immigrants refugees users travelers travellers parties teams
litigants attorneys lawyers callers people persons individuals residents children kids
youth teens adolescents seniors elders adults families parents veterans students patients
customers guests riders patrons members clients tenants homeowners owners newcomers
visitors tourists groups officers agencies workers employees retirees infants newborns
""")
_PEOPLE_OPEN = re.compile(
    r"(?i:people|persons|individuals|those|families|adults|youth|children|residents"
    r"|survivors|victims)[ \t]+(?:experiencing|with|in|facing|fleeing|living|recovering|who"
    r"|affected|of)\b")
# A job whose work is the people's care: the population is its expertise.
_CARE_TITLE = re.compile(
    r"\b(?i:case[ \t]+manag\w*|social[ \t]+work\w*|counsel\w*|advocate|therap\w*"
    r"|navigator|outreach|crisis|peer[ \t]+support|victim)")
_CUE_STEMS = ("including", "such", "like", "from", "victims", "litigants", "survivors",
              "seekers", "immigrants", "refugees")
# A word each of ``_SERVED_BEFORE``'s people holds: no pattern is tried without one.
_SERVED_STEMS = ("patron", "rider", "passenger", "guest", "customer", "client", "call",
                 "visitor", "resident", "member", "student", "patient", "famil", "tenant",
                 "citizen", "constituent", "public", "people")
_GATES = ("including", "such as", "like", "from", "victims", "litigants", "survivors",
          "seekers", "immigrants", "refugees")


def people_served(text: str, title: str | None,
                  named: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Spans of lists of the people ``text`` says the job serves, by who they are.
    An item holding a skill by its name (``named``: the hits written with a capital,
    "QuickBooks Online users", "Medicare Part D members") is a product's or a program's
    people, whose product stays asked (review24 P4): the list ends before it."""
    low = folded(text) or text.lower()
    if not any(g in low for g in _GATES):
        return []
    if title and _CARE_TITLE.search(title):
        return []
    starts: list[int] = []
    for at in sorted(word_starts(low, _CUE_STEMS)):
        cue = _CUE.match(low, at)
        if cue is None:
            continue
        word = cue.group()
        if word in ("victims", "litigants", "survivors", "seekers", "immigrants", "refugees"):
            serving = _SERVING_BEFORE.search(low, max(0, cue.start() - 100), cue.start())
            if serving is not None:
                verb = _SERVING_VERB.match(low, serving.start())
                if verb is not None:
                    starts.append(verb.end())
        elif any(w in low[max(0, at - 60):at] for w in _SERVED_STEMS) \
                and (_SERVED_BEFORE.search(low, max(0, at - 60), at) is not None
                     or (word == "from"
                         and _CALLS_BEFORE.search(low, max(0, at - 60), at) is not None)):
            end = cue.end()
            while end < len(text) and text[end] in " \t":
                end += 1
            starts.append(end)
    out: list[tuple[int, int]] = []
    for first in sorted(set(starts)):
        if out and first < out[-1][1]:
            continue
        listed = _LIST.match(text, first)
        if listed is None:
            continue
        a, b = listed.span()
        items = []
        at = a
        for item in _ITEM_SPLIT.split(text[a:b]):
            i = text.find(item, at, b) if item else at
            at = i + len(item) if i >= 0 else at
            words = item.split()
            if not words:
                continue
            if i >= 0 and any(i <= x < i + len(item) for x, _y in named):
                break  # "QuickBooks Online users": the product is asked
            if words[-1].lower().strip("'’") in _PEOPLE_LAST \
                    or _PEOPLE_OPEN.match(item.strip()) is not None:
                items.append(item)
            else:
                break  # the people end here ("..., and enter each call in CAD")
        if len(items) < 2:
            continue
        # The span ends at the last item that names people.
        end = a + text[a:b].find(items[-1]) + len(items[-1])
        out.append((a, end))
    return out
