"""Kinds listed before one head noun, each read with the head: "IM/SubQ/ID injections"
says IM injections and SubQ injections; "sliding-scale and basal insulin" says
sliding-scale insulin; "AP/AR reconciliations" says AP reconciliations.

Clinicians, clerks and tradespeople write a list of kinds this way, with a slash or an
"and", and name the thing once, after the last kind. ``phrases.shared_modifier_phrases``
reads such a list only from a vocabulary name found in it, so a list whose last item is
no name ("ID injections", "basal insulin") showed nothing. Here every item is read with
the head whatever the last item is; the caller keeps only phrases that are vocabulary
names, and the evidence is the item as written ("IM"), so nothing built from the report
names the skill in words the resume does not hold.

Kept narrow on purpose: items of one word (letters, hyphens, an acronym's capitals), a
head of one or two lower-case words, one list on one line; "and/or" and figures are no
items ("24/7 support"); two kinds joined by "and" only where their list opens (after a
mark or a small word), so the end of another phrase is no kind.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.joints import matches_before_joints

__all__ = ["shared_head_phrases"]

# An item is never given back: a shorter one is followed by a letter or a hyphen, which
# no joint and no blank after the list can take.
_ITEM = r"[A-Za-z][A-Za-z-]*+"
# A slash list of two or more items, or two items joined by "and", "or" or "&", then
# the head. A slash list may end with "and"/"or" too ("IM, SubQ and ID injections" is
# left to the comma readers). The first item opens with its letter and looks behind it
# only then (no letter, mark or hyphen before it): ``re`` skips to the letters instead
# of trying the look-behind at every character (the same matches as the pattern that
# opened on its look-behind, ``tests/engine/test_regex_shortcuts.py``).
_LIST = re.compile(
    r"(?P<items>[A-Za-z](?<![\w/&-][A-Za-z])[A-Za-z-]*+"
    rf"(?:(?:[ \t]*/[ \t]*{_ITEM})+|[ \t]+(?:and|or|&)[ \t]+{_ITEM}))"
    r"[ \t]+(?P<head>[a-z][a-z-]+(?:[ \t]+[a-z][a-z-]+)?)\b")
_CUT = re.compile(r"[ \t]*/[ \t]*|[ \t]+(?:and|or|&)[ \t]+")
# Two kinds joined by "and" open their phrase after a mark or a small word: "checks
# AC/HS, sliding-scale and basal insulin". After a noun the first "kind" may end another
# phrase ("… education classroom and plan accommodations").
# A line's own first word opens one too: a bullet's verb ("Close preventive and corrective
# work orders", "Run inbound and outbound docks").
_OPENS_A_LIST = re.compile(
    r"(?:^|[,:;(•·\-–—]|\b(?:the|a|an|in|of|on|for|with|and|to|by|at|from|my|our|their|his"
    r"|her|its|all|both|any))[ \t]*$|(?:^|(?<=\n))[ \t]*[A-Z][a-z]+[ \t]+$", re.IGNORECASE)
_NO_ITEM = frozenset({"and", "or", "the", "a", "an", "to", "of", "in", "on", "for", "with"})


def shared_head_phrases(text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) for each listed kind read with the list's head, where
    ``text[start:end]`` is the kind as written. Longer heads come first, so a caller
    keeping the first known phrase of an item keeps the longest."""
    if "/" not in text and " and " not in text and " or " not in text and "&" not in text:
        return []
    found: list[tuple[int, int, str]] = []
    for m in matches_before_joints(_LIST, text):
        items_at = m.start("items")
        items = m.group("items")
        heads = m.group("head").split()
        if len(heads) > 1 and heads[1] in _NO_ITEM:
            heads = heads[:1]  # "card/EFT payments and autopay"
        pos = 0
        spans: list[tuple[int, int]] = []
        for cut in [*_CUT.finditer(items), None]:
            stop = cut.start() if cut is not None else len(items)
            spans.append((items_at + pos, items_at + stop))
            if cut is not None:
                pos = cut.end()
        words = [text[a:b] for a, b in spans]
        if any(w.casefold() in _NO_ITEM for w in words):
            continue
        if "/" not in items and not _OPENS_A_LIST.search(text, max(0, items_at - 12), items_at):
            continue  # "the general education classroom and plan accommodations"
        for n in range(len(heads), 0, -1):
            head = " ".join(heads[:n]).lower()
            for (a, b), word in zip(spans, words, strict=True):
                found.append((a, b, f"{word} {head}"))
    return found
