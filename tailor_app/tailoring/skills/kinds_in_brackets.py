"""Kinds listed in brackets after the thing they are kinds of: "Conduit bending (EMT,
rigid, PVC)" bends EMT conduit, rigid conduit and PVC conduit; "Operated forklifts
(sit-down, stand-up, reach)" drove stand-up forklifts; "Took x-rays (bitewing,
panoramic)" took panoramic x-rays; "Worked stations (grill, fry, sauté)" worked the
grill station.

Writers name the thing once and list its kinds after it, in brackets, the other way round
from "IM/SubQ/ID injections" (``shared_head.py``). The matcher reads phrases word by word
and saw the kinds alone. The line is read once more for each kind, with the kind written
before the thing, as the hanging-hyphen and phrasal-verb readings are
(``phrasal_verbs.PlainReading``): a match found only there quotes the written line and the
kind as written.

Kept narrow on purpose: two to six kinds of one or two words each, joined by commas,
slashes, "and" or "or", with no figure in them ("(2019, 2021)" are years, "(3 sites)" a
count) and none written as a name ("Microsoft Office (Excel, Word)": products, not
kinds); the thing is the word right before the bracket, or the two words before it when
the last is the work done on a thing ("conduit bending": PVC conduit bending); a word
that is a verb's past form ("Operated") or a small word is never the thing.
"""

from __future__ import annotations

import dataclasses
import re

from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.phrasal_verbs import PlainReading

__all__ = ["bracketed_kinds_readings"]

_KIND = r"[A-Za-z][A-Za-z&é'’-]*(?:[ \t]+[A-Za-z][A-Za-z&é'’-]*)?"
# "<thing> (<kind>, <kind> and <kind>)": the thing's one or two words, then the list.
_BRACKETED = re.compile(
    r"(?<![\w-])(?P<thing>[A-Za-z][A-Za-z-]*(?:[ \t]+[A-Za-z][A-Za-z-]*)?)[ \t]*\("
    rf"(?P<kinds>{_KIND}(?:[ \t]*(?:,|/|,?[ \t]+(?:and|or))[ \t]*{_KIND}){{1,5}})\)")
_CUT = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|/|[ \t]+and[ \t]+|[ \t]+or[ \t]+)"
                  r"[ \t]*")
# A kind written as a name ("Excel", "Walmart") is a product or a party, not a kind.
_NAME = re.compile(r"[A-Z][a-z]")
_SMALL = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "for", "with", "to",
                    "by", "at", "from", "our", "their", "my", "all", "both", "etc", "incl",
                    "including", "e", "g", "i", "ie", "eg"})


# Places are no things the kinds are of: "Cleaned rooms (operating, patient, waiting)" tells
# rooms cleaned, no work of an operating room's (review25's S2).
_PLACES = frozenset({"room", "rooms", "unit", "units", "floor", "floors", "area", "areas",
                     "ward", "wards", "site", "sites", "building", "buildings", "office",
                     "offices", "location", "locations", "department", "departments",
                     "setting", "settings", "facility", "facilities", "clinic", "clinics",
                     "home", "homes", "store", "stores", "branch", "branches"})


def _thing(words: list[str]) -> str | None:
    """The thing the kinds are of: the last word, or the last two when the last is the
    work done on the one before it ("conduit bending"); None when it is no thing."""
    last = words[-1]
    if last.lower() in _SMALL or last.lower() in _PLACES or last.lower().endswith("ed"):
        return None
    if len(words) == 2 and last.lower().endswith("ing") and words[0].lower() not in _SMALL \
            and not words[0].lower().endswith("ed"):
        return f"{words[0]} {last}"
    return last


def bracketed_kinds_readings(lines: list[ResumeLine]) -> list[PlainReading]:
    """Each line listing kinds in brackets after their thing, read once for each kind
    with the kind written before the thing (the written words a match quotes are the kind
    as written: "stand-up")."""
    out: list[PlainReading] = []
    for line in lines:
        text = line.text
        if "(" not in text or line.part == "contact":
            continue
        for found in _BRACKETED.finditer(text):
            thing = _thing(found.group("thing").split())
            kinds = [k for k in _CUT.split(found.group("kinds")) if k]
            if thing is None or not 2 <= len(kinds) <= 6 or any(
                    k.lower() in _SMALL or k.lower() == thing.lower() or _NAME.match(k)
                    for k in kinds):
                continue
            at = found.start("kinds")
            for piece in kinds:
                start = text.index(piece, at)
                at = start + len(piece)
                told = f"{text[:start]}{piece} {thing}{text[at:]}"
                out.append(PlainReading(dataclasses.replace(line, text=told, names=()), line,
                                        piece))
    return out
