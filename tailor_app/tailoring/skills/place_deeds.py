"""A two-word ask that names where or how the work is done shown by the deed with that
place after it: "Visit clients at home" shows Home visits, "screened candidates by
phone" Phone screening, "deployed services in the cloud" Cloud deployment.

English turns an adverbial of place or means into the noun's modifier; the reader
takes the ask's last word as the action (its verb, in any form the phrase readers of
``wording`` accept) and its first word as the place, after "at" or "by" and at most a
determiner, or after "in" and whose place it is ("in their homes", "in clients'
homes"), ending its noun phrase ("in patient rooms" is no patient visit).
Prepositional idioms are no place: "students at risk" are assessed for no risk
assessment, "delivered on time" shows no time management.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.stems import word_stems
from tailor_app.tailoring.skills.wording import (
    _ACTION_LAST_WORD,
    _NOUN_GOES_ON,
    _done_form,
    _LineStems,
    _phrase_words,
)

__all__ = ["done_at_place"]

_PLACE_BEFORE = re.compile(r"[ \t]+(?:(?:at|by)[ \t]+(?:(?:the|a|an|their|our|his|her|its|"
                           r"clients'|patients'|customers')[ \t]+)?"
                           # "in" only before whose place it is: "visited families in
                           # their homes" ("in the warehouse" names where, not a kind)
                           r"|in[ \t]+(?:their|his|her|clients'|patients'|customers'|"
                           r"families'|residents')[ \t]+)$", re.IGNORECASE)
# Nouns that close a prepositional idiom rather than name a place or means.
_IDIOMS = frozenset({"risk", "time", "times", "place", "charge", "hand", "least", "length",
                     "large", "once", "all", "first", "last", "part", "turn", "case", "fact",
                     "total", "general", "particular", "advance", "addition", "order", "line",
                     "touch", "front", "view", "need", "use", "lieu", "stock", "short", "full",
                     "person", "practice", "response", "progress", "detail", "depth", "house",
                     "way", "ways"})
_MAX_BETWEEN = 4  # words from the verb to the place: "Visit families and children at home"
# Where people live, by its kinds: "visited clients in their apartments" visits them at
# home. Only the home has such kinds a resume names instead.
_PLACE_KINDS = {"home": ("apartment", "residence", "house")}


@functools.lru_cache(maxsize=4096)
def _parts(name: str) -> tuple[frozenset[str], frozenset[str], bool] | None:
    """(the place's forms, the action's stems, whether the action has a verb's shape)
    of a two-word name, or None for a name of another shape or a place idiom."""
    words = _phrase_words(name)
    if len(words) != 2 or any(map(str.isdigit, name)):
        return None
    place, action = words[0].group().lower(), words[1].group()
    if place in _IDIOMS:
        return None
    names = (place, *_PLACE_KINDS.get(place, ()))
    forms = {form for noun in names for form in (noun, noun + "s", noun + "es")}
    return (frozenset(forms), frozenset(word_stems(action)),
            _ACTION_LAST_WORD.search(action) is not None)


def done_at_place(mention: SkillMention, index: _LineStems
                  ) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when a resume line does the ask's action with its place after it
    (see the module docstring), else (0.0, None)."""
    parts = _parts(mention.name) if mention.kind == "hard" else None
    if parts is None:
        return 0.0, None
    places, verb, verb_shaped = parts
    if places.isdisjoint(index.all) or verb.isdisjoint(index.all):
        return 0.0, None
    for (line, line_words, stems), union in zip(index.lines, index.unions, strict=True):
        if verb.isdisjoint(union) or places.isdisjoint(union):
            continue
        for i, forms in enumerate(stems):
            if verb.isdisjoint(forms) or not (
                    verb_shaped or _done_form(line_words[i].group())
                    or (i == 0 and line.part == "bullet")):
                continue
            for j in range(i + 1, min(i + 1 + _MAX_BETWEEN, len(line_words))):
                word = line_words[j]
                if word.group().lower() not in places:
                    continue
                gap = line.text[line_words[i].end():word.start()]
                if re.search(r"[,;:.()]", gap) or not _PLACE_BEFORE.search(gap) \
                        or _NOUN_GOES_ON.match(line.text, word.end()) \
                        or line.in_name(line_words[i].start(), word.end()):
                    continue
                return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                       line.text, line.text[line_words[i].start():word.end()])
    return 0.0, None
