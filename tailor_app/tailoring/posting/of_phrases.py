"""A duty named as an action noun with "of" and its object: "Calculation of overtime"
is the vocabulary's Overtime Calculation, "administration of oral medications" its
Medication Administration, "processing of invoices and expense reports" its Invoice
Processing.

The vocabulary names such work object first ("overtime calculation", "invoice
processing"), and the matcher wants those words side by side, so a posting that put
the action first asked for nothing. Here each "<action noun> of <object>" is spelled
out the other way round and kept only when the vocabulary holds the spelled-out phrase
as a curated hard skill: the object's last one to three words (the thing itself, with
its plural made singular), then the action noun. An object may be a list ("of
overtime, shift differentials and retro pay"): each item is tried. The action noun must
look like one ("-tion", "-sion", "-ment", "-ance", "-ence", "-ing", "-al", "-ysis", or one
of a few plain ones: "review", "repair", "control", "audit"), so "Department of Human
Services" or "Bachelor of Science" are never turned round into anything the vocabulary
holds. One regular expression per posting, a few lookups per match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from tailor_app.tailoring.posting.duties import singular
from tailor_app.tailoring.posting.shared import SharedHit
from tailor_app.tailoring.skills.phrases import stop_word, verb_form

__all__ = ["of_phrase_hits"]

# "of" and its object: "[the|all|...] <up to ten words of object items>" on one line.
# "of" is found by ``str.find`` and the action noun before it read backwards by its
# letters, so the object's pattern is tried only after an action noun.
_OBJECT = re.compile(
    r"[ \t]*(?:(?:the|all|our|their|its|each|every|any)[ \t]+)?"
    r"([A-Za-z][A-Za-z'/-]*(?:(?:,[ \t]*|[ \t]+)[A-Za-z][A-Za-z'/-]*){0,9})",
    re.IGNORECASE)
_ACTION_ENDS = ("tion", "sion", "ment", "ance", "ence", "ing", "al", "ysis")
_PLAIN_ACTIONS = frozenset({"review", "repair", "control", "audit"})
# Nouns of that shape that name no action: a place, a body, a field of study.
_NOT_ACTIONS = frozenset({
    "department", "government", "general", "hospital", "capital", "total", "national",
    "international", "regional", "professional", "principal", "material", "potential",
    "essential", "medical", "clinical", "technical", "critical", "local", "legal",
    "several", "individual", "commercial", "financial", "internal", "external", "royal",
    "portal", "rental", "dental", "animal", "interval", "festival", "arrival",
    "station", "nation", "foundation", "institution", "association", "organization",
    "organisation", "corporation", "position", "location", "region", "union", "mission",
    "division", "commission", "question", "section", "population", "generation",
    "something", "everything", "anything", "nothing", "thing", "morning", "evening",
    "building", "ring", "king", "spring", "string", "during", "according", "including",
    "regarding", "following", "concerning", "bring", "being", "feeling", "understanding",
    "knowledge", "experience", "evidence", "confidence", "excellence", "presence",
    "independence", "difference", "reference", "conference", "audience", "science",
    "balance", "distance", "instance", "importance", "guidance", "appearance", "advance",
    "performance", "compliance", "assurance", "insurance", "maintenance", "variety",
    "environment", "equipment", "element", "moment", "statement", "apartment", "segment",
    "amount", "parliament", "settlement", "tournament", "agreement",
    "mention", "attention", "portion", "proportion", "fraction", "edition", "version",
    "condition", "tradition", "ambition", "vision", "decision", "occasion", "session",
})
# A moment's noun after a word of time ("from the opening of the store until 2 pm", "before
# the closing of the mall") names when, not a duty (review24 A6).
_MOMENTS = frozenset({"opening", "closing", "beginning", "start", "end", "close", "open",
                      "ending", "starting", "finish", "conclusion", "completion"})
_TIME_WORD = re.compile(
    r"(?:^|[^A-Za-z])(?:from|until|till|til|to|at|since|before|after|by|through|"
    r"between|around)[ \t]+(?:the[ \t]+)?(?:very[ \t]+)?$", re.IGNORECASE)
_JOINERS = frozenset({"and", "or", "&"})
_MAX_OBJECT = 3  # the object's words tried before the action noun


def _items(words: list[tuple[str, int, bool]]) -> list[list[tuple[str, int]]]:
    """The object's list items, each its words with their offsets, up to the first word
    that ends a noun phrase (a small word, a verb, a mark other than a list comma)."""
    items: list[list[tuple[str, int]]] = [[]]
    for word, at, comma in words:
        low = word.lower()
        if low in _JOINERS:
            if not items[-1]:
                break
            items.append([])
            continue
        if stop_word(low) and not verb_form(low):
            break
        if verb_form(low) and not items[-1]:
            break  # "of manage": no object
        items[-1].append((word, at))
        if comma:
            items.append([])
    return [i for i in items if i]


_WORD = re.compile(r"([A-Za-z][A-Za-z'/-]*)(,?)")


def of_phrase_hits(text: str, lookup: Callable[[str], Any | None],
                   found: Sequence[Any]) -> list[SharedHit]:
    """Hits of the curated skills ``text`` names as "<action noun> of <object>", beside
    ``found`` (a skill already found where the phrase stands is not added again)."""
    if " of " not in text:
        return []
    out: list[SharedHit] = []
    at = -1
    while (at := text.find(" of ", at + 1)) != -1:
        start = at
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if start == at or (start > 0 and text[start - 1] in "'-"):
            continue
        noun = text[start:at].lower()
        if noun.endswith("s") and not noun.endswith("ysis"):
            noun = noun[:-1]  # "appraisals of vehicle damage": Vehicle damage appraisal
        if noun in _NOT_ACTIONS or not (noun in _PLAIN_ACTIONS or (
                len(noun) >= 5 and noun.endswith(_ACTION_ENDS))):
            continue
        if noun in _MOMENTS and _TIME_WORD.search(text, max(0, start - 30), start):
            continue
        obj = _OBJECT.match(text, at + 4)
        if obj is None:
            continue
        base = obj.start(1)
        words = [(w.group(1), base + w.start(1), bool(w.group(2)))
                 for w in _WORD.finditer(obj.group(1))]
        for whole in _items(words):
            item = whole[-_MAX_OBJECT:]
            hit = None
            for k in range(len(item)):
                part = item[k:]
                head = [w.lower() for w, _ in part]
                for last in dict.fromkeys((head[-1], singular(head[-1]))):
                    phrase = " ".join([*head[:-1], last, noun])
                    skill = lookup(phrase)
                    if skill is not None and getattr(skill, "source", "") == "curated" \
                            and getattr(skill, "kind", "") == "hard":
                        hit = (skill, part[-1][1] + len(part[-1][0]))
                        break
                if hit is not None:
                    break
            if hit is None:
                continue
            skill, end = hit
            if any(h.skill.name == skill.name and h.start < end and start < h.end
                   for h in [*found, *out]):
                continue
            out.append(SharedHit(skill, start, end, text[start:end]))
    return out
