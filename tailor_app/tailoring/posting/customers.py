"""A skill word that names the customers' trade or the employer's product, which the
job serves or sells and never asks of the person.

"Sell our scheduling software to HVAC, plumbing and electrical contractors", "take
calls from hospitals and hospice agencies", "demo the app to accounting firms and
payroll providers": the words before "contractors", "agencies", "firms" say who the
customers are, and "our scheduling software" what is sold to them. Read as asks they
became false "missing" skills (HVAC, Plumbing, Hospice Care, Payroll) on a sales or
support resume that never claimed that trade.

Only a hit that describes a following noun for a business (directly, or as an item of
a list that shares the noun: "HVAC, plumbing and electrical contractors") is judged,
and only where its clause asks no experience of it: "3 years at CPA firms" or
"experience selling to HVAC contractors" is left to the other rules.
"""

from __future__ import annotations

import bisect
import re

from tailor_app.tailoring.text import word_set

__all__ = ["names_any_business", "names_customers", "selling_ends", "sold_by_the_job"]

# A noun for a business or its people, as a customer is named.
# Not "practices" ("DevOps practices" are ways of working) nor "clients" ("coaching
# clients" is a duty done to them).
# Plural: a kind of customer named as a group ("explain agency" is a duty's object).
_HEAD = (r"(?:contractors|companies|firms|agencies|offices|clinics"
         r"|providers|owners|studios|businesses|distributors|wholesalers|manufacturers"
         r"|retailers|dealers(?:hips)?|dealerships|brands|chains|startups)")
# Words that end a list's item: a preposition starts a phrase of its own.
_NOT_ITEM = r"(?!(?:for|to|from|with|of|in|on|at|by|into|about|as|that|who)\b)"
_ITEM = rf"{_NOT_ITEM}[A-Za-z][\w'’-]*"
# The hit, then maybe more items of its list, then the head they share.
_CUSTOMERS_AFTER = re.compile(
    rf"(?:(?:[ \t]*,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+|[ \t]*/[ \t]*)"
    rf"(?:{_ITEM}[ \t]+)?{_ITEM}){{0,4}}[ \t]+{_HEAD}\b", re.IGNORECASE)
# A word that asks experience of what follows in the clause: the customers' trade is
# then the experience asked ("3 years at CPA firms").
_EXPERIENCE_CUE = re.compile(
    r"\b(?:experience[ds]?|background|knowledge|familiar\w*|years?|expertise|proficien\w*"
    r"|skills?|understanding|worked|industry)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.;:!?\n•]")
_REACH = 120


_HEADS = word_set(
    """
    contractors companies firms agencies offices clinics providers owners studios
    businesses distributors wholesalers manufacturers retailers dealers dealerships
    brands chains startups
    """)
# How far after a hit its list may reach the business noun: four items of two words.
_HEAD_REACH = 160
# The word or mark right after a hit: the list goes on (",", "and", "or", "&", "/") or
# the business noun stands there; anything else ends the look at once.
_NEXT = re.compile(r"[ \t]*(,|/|&|[A-Za-z]+)")
_LIST_WORDS = frozenset({",", "/", "&", "and", "or"})


def names_any_business(low: str) -> bool:
    """Does the lower-cased text hold any business noun at all? Most postings hold none,
    and their hits need no look (``names_customers``)."""
    return any(head in low for head in _HEADS)


def names_customers(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` describe the customers the job serves ("hospice" of
    "take calls from hospitals, hospice agencies and nursing homes")? A hit followed by
    neither a list's next item nor a business noun needs no more look."""
    nxt = _NEXT.match(text, end)
    if nxt is None:
        return False
    if nxt.group(1).lower() not in _HEADS:
        if nxt.group(1) not in _LIST_WORDS:
            return False
        # A list goes on: only worth the pattern when a business noun is near.
        window = text[end:end + _HEAD_REACH].lower()
        if not any(head in window for head in _HEADS):
            return False
    if _CUSTOMERS_AFTER.match(text, end) is None:
        return False
    lo = max(0, start - _REACH)
    before = text[lo:start]
    cut = max((m.end() for m in _CLAUSE_START.finditer(before)), default=0)
    return _EXPERIENCE_CUE.search(before, cut) is None


# A verb of selling, then the employer's own thing: "sell our scheduling software",
# "demo the platform's reporting module", "spot upsell opportunities for our Payroll and
# Payments add-ons" (a later item of the list of its things too).
_SELLERS = (r"sell|sells|selling|demo|demos|demoing|demonstrate|demonstrating|pitch|pitching"
            r"|promote|promoting|market|marketing|resell|reselling"
            r"|(?:upsell|cross-sell|upselling|cross-selling)(?:[ \t]+opportunities)?"
            r"(?:[ \t]+(?:for|of|on|into))?")
_SELLING_BEFORE = re.compile(
    rf"\b(?:{_SELLERS})[ \t]+(?:our|the company's|the company’s)[ \t]+"
    r"(?:[\w-]+[ \t]+)?(?:[A-Z][\w-]*[ \t]+(?:and|or|&)[ \t]+)?$", re.IGNORECASE)


_OWNED_BY_US = re.compile(r" (?:our|the company['’]s)[ \t]")
_SELLING_VERB = re.compile(rf"(?:{_SELLERS})$", re.IGNORECASE)


def selling_ends(text: str) -> list[int]:
    """Where each "sell our" (or "demo the company's", ...) of ``text`` ends, in order:
    "our" is found first (one quick pass), the verb before it looked at only there, so
    that a hit with none just before it needs no pattern."""
    return [m.end() for m in _OWNED_BY_US.finditer(text)
            if _SELLING_VERB.search(text, max(0, m.start() - 32), m.start())]


def sold_by_the_job(text: str, start: int, ends: list[int] | None = None) -> bool:
    """Does the hit at ``start`` name what the employer sells ("sell our scheduling
    software")? The product is no skill the seller must have. ``ends`` are
    ``selling_ends(text)``, worked out once for every hit of a text."""
    a = max(0, start - 64)
    if ends is not None:
        k = bisect.bisect_right(ends, start)
        if k == 0 or ends[k - 1] < a:
            return False
    return _SELLING_BEFORE.search(text[a:start]) is not None
