"""Skills a posting names as a head with its kinds listed after it: "lead site design
for subdivisions: grading, drainage, utilities and roadways" asks for Drainage design,
Utility design and Roadway design; "testing (unit, integration and end-to-end)" for
Unit testing and Integration testing.

The vocabulary reads a text name by name, so an item of the list loses the head it
belongs to, written once before the colon or the bracket. Each item is spelled out
with each head word of the clause before ("drainage design") and kept only when the
vocabulary holds the phrase: the list's items are then kinds of that head, and the
item alone ("drainage") names no skill. Read by grammar alone:

- the list follows a colon, or stands in brackets right after its head ("testing
  (unit, integration)"), on one line and within one sentence;
- its items are one or two plain lower-case words or an acronym ("conventional, FHA,
  VA and USDA Rural Development"), joined by commas and a last "and"/"or"; the list
  ends at the first item that is not;
- a head is a lower-case word of the clause before the colon that may close a
  vocabulary name, after a word that modifies it ("site design", "HR reporting"),
  never the clause's verb ("repair tractors: engines, brakes"); before a bracket, the
  word right before it.

One pass with a compiled pattern, a few lookups per list: linear in the posting's length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from tailor_app.tailoring.posting.shared import SharedHit, add_once

__all__ = ["listed_kind_hits"]

# A list after a colon, or in brackets, on one line: the text up to the sentence's end.
_OPENER = re.compile(r"[:(][ \t]*(?=[a-z])")
# An item is one or two plain words, or an acronym with up to two capitalised words
# ("conventional, FHA, VA and USDA Rural Development").
_ITEM = re.compile(r"([a-z][a-z-]+(?:[ \t][a-z][a-z-]+)?|[A-Z]{2,5}(?:[ \t][A-Z][a-z]+){0,2})"
                   r"[ \t]*(,[ \t]*(?:(?:and|or)[ \t]+)?"
                   r"|[ \t]*(?:and|or)[ \t]+|(?=[).;\n]|$))")
# Where the clause before a colon starts: a line, a sentence, a bullet.
_CLAUSE_START = re.compile(r"(?:^|[.;!?\n•]|[ \t][-–—][ \t])[ \t]*(?:[-*•][ \t]*)?", re.MULTILINE)
_HEAD_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]{2,}(?![\w-])")
_MAX_CLAUSE = 120  # characters of the clause before a colon searched for heads
_MAX_ITEMS = 12
_SMALL = frozenset({"and", "or", "the", "a", "an", "of", "for", "to", "in", "on", "with",
                    "our", "your", "their", "all", "each", "including", "such", "as"})


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _items(text: str, pos: int) -> list[tuple[int, int]]:
    """The list's items from ``pos``: (start, end) of each, in order."""
    out: list[tuple[int, int]] = []
    while len(out) < _MAX_ITEMS:
        m = _ITEM.match(text, pos)
        if m is None:
            break
        words = m.group(1).split()
        if any(w in _SMALL for w in words):
            break
        out.append(m.span(1))
        if not m.group(2) or m.group(2).strip() == "":
            break  # the list's end
        pos = m.end()
    return out


def _heads(text: str, colon: int, bracket: bool,
           closes: Callable[[str], bool]) -> list[str]:
    """The head words a list's items may belong to, nearest the list first."""
    if bracket:
        m = re.search(r"([a-z][a-z-]{2,})[ \t]*$", text[max(0, colon - 40):colon])
        return [m.group(1)] if m and closes(m.group(1)) else []
    lo = max(0, colon - _MAX_CLAUSE)
    starts = [m.end() for m in _CLAUSE_START.finditer(text, lo, colon)]
    start = starts[-1] if starts else lo
    heads = []
    for m in _HEAD_WORD.finditer(text, start, colon):
        before = text[start:m.start()].split()
        # A noun with its modifier ("site design", "HR reporting"); the clause's verb
        # ("Diagnose and repair tractors: engines, brakes") heads no kinds.
        if before and before[-1].lower() not in _SMALL and m.group() not in _SMALL \
                and closes(m.group()):
            heads.append(m.group())
    return heads[::-1]


def listed_kind_hits(text: str, lookup: Callable[[str], Any], found: Sequence[Any],
                     closes: Callable[[str], bool] = lambda _w: True) -> list[SharedHit]:
    """Hits for the kinds of a head a list names after a colon or in brackets (see the
    module's docstring), beyond ``found`` (the vocabulary's own hits). ``closes`` says
    whether a word may close a vocabulary name: other heads are not looked up."""
    if ":" not in text and "(" not in text:
        return []
    names = {h.skill.name for h in found}
    out: list[SharedHit] = []
    for m in _OPENER.finditer(text):
        bracket = m.group().startswith("(")
        items = _items(text, m.end())
        if len(items) < 2:
            continue  # one word after a colon is a label's value, not a list of kinds
        heads = _heads(text, m.start(), bracket, closes)
        if not heads:
            continue
        for a, b in items:
            words = text[a:b].split()
            item = " ".join([*words[:-1], _singular(words[-1])])
            for head in heads:
                if lookup(text[a:b]) is not None:
                    break  # the item names a skill of its own
                skill = lookup(f"{item} {head}")
                if skill is not None:
                    add_once(out, names, skill, a, b, text[a:b])
                    break
    return out
