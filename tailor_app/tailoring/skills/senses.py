"""Verbs a resume uses in a second sense, which shows no skill of the first.

A skill named by a gerund ("Shipping") is shown by its past tense ("shipped orders"),
see ``wording._done_evidence``; a few verbs are as common in another trade with
another meaning, told apart by their object.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.text import word_set

__all__ = ["released"]

# "Shipped" tells two trades: a warehouse ships orders, a software team ships what it
# built ("shipped Yoda - the admin interface", "shipped 12 features"). When one of
# these names the object, within its first words, the verb is a release and shows
# no Shipping.
_RELEASE_OBJECTS = word_set(
    """
    feature features release releases version versions app apps application applications
    code api apis update updates platform platforms interface interfaces service services
    sdk sdks mvp mvps website websites site sites ui uis model models software production
    prod
    """)
_OBJECT_END = word_set("and or to for from with in on at by")
_OBJECT_WORD = re.compile(r"[\w.]+|[,.;:()]")
_RELEASE_VERBS = frozenset({"shipp", "ship"})


def released(stem: str, text: str, end: int) -> bool:
    """Is the verb ending at ``end`` a software release rather than the skill's trade?
    Only verbs with that second sense are checked; the object is read up to five
    words, to a clause's end or a preposition ("shipped orders to the app's users"
    still ships)."""
    if stem not in _RELEASE_VERBS:
        return False
    for n, word in enumerate(_OBJECT_WORD.findall(text, end)):
        low = word.lower()
        if n >= 5 or low in _OBJECT_END or low in ",.;:()":
            return False
        if low in _RELEASE_OBJECTS or re.fullmatch(r"v\d[\w.]*", low):
            return True
    return False
