"""One verb done to a list of things shows the action done to each of them: "Repaired
leaks, clogs, water heaters, gas lines" shows gas line repair and water heater repair.

Resumes in the trades and in offices pack a day's work into one verb and a list of what
it was done to; a posting names each as a duty of its own ("Gas line repair", "Water
heater installation"). The phrase readers (``wording._phrase_variant``) want the name's
words side by side, so only the list's first item meets its verb. Here an ask of two to
four words whose last word is the action is shown when the words before it are one
whole item of the list that follows a verb form of that action ("-ed", "-ing", an
irregular past, or a bullet's first word, as resumes tell a current role). The list
ends where the clause does (a semicolon, a full stop, a colon, a dash); a parenthesis
inside it is skipped ("water heaters (tank + tankless)"); an item with a preposition
ends it ("for homeowners, gas lines": the lines are no longer the verb's). An item must
be the object and no more: "gas line permits" shows no gas line repair.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.stems import phrase_word_forms, word_stems
from tailor_app.tailoring.skills.wording import (
    _PREPOSITIONS,
    _done_form,
    _fills,
    _LineStems,
    _phrase_words,
)

__all__ = ["verb_on_list"]

_CLAUSE_END = re.compile(r"[;:.!?]|\s[-–—]\s")
_PARENTHESIS = re.compile(r"\([^()]*\)")
_ITEM_SPLIT = re.compile(r"\s*(?:,|/|\+|&|\band\b|\bor\b)\s*", re.IGNORECASE)


def _items(text: str) -> list[str]:
    """The items of the list that opens ``text`` (what follows a verb), up to the end of
    its clause or its first item with a preposition."""
    end = _CLAUSE_END.search(text)
    items = []
    for item in _ITEM_SPLIT.split(_PARENTHESIS.sub(",", text[:end.start() if end else None])):
        if not _PREPOSITIONS.isdisjoint(item.lower().split()):
            break
        items.append(item)
    return items


@functools.lru_cache(maxsize=2048)
def _parts(name: str) -> tuple[frozenset[str], tuple[frozenset[str], ...]] | None:
    """The stems of a name's action (its last word) and of its object's words; None for
    a name of another shape. The same asks are read for every resume tried."""
    words = _phrase_words(name)
    if not 2 <= len(words) <= 4 or any(map(str.isdigit, name)):
        return None
    return (phrase_word_forms(words[-1].group()),
            tuple(phrase_word_forms(w.group()) for w in words[:-1]))


def verb_on_list(mention: SkillMention, index: _LineStems) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when a resume line does the ask's action to a list holding the ask's
    object as one item, else (0.0, None)."""
    parts = _parts(mention.name)
    if parts is None:
        return 0.0, None
    action, wanted_parts = parts
    if action.isdisjoint(index.all) or any(w.isdisjoint(index.all) for w in wanted_parts):
        return 0.0, None
    wanted = list(wanted_parts)
    for (line, line_words, stems), union in zip(index.lines, index.unions, strict=True):
        if action.isdisjoint(union) or any(w.isdisjoint(union) for w in wanted):
            continue
        for i, (word, forms) in enumerate(zip(line_words, stems, strict=True)):
            if action.isdisjoint(forms) or not (
                    _done_form(word.group()) or (i == 0 and line.part == "bullet")):
                continue
            items = _items(line.text[word.end():])
            if len(items) < 2:
                continue  # one object right after its verb is the phrase readers' own
            for item in items:
                item_words = _phrase_words(item)
                if len(item_words) == len(wanted) and _fills(
                        wanted, [frozenset(word_stems(w.group())) for w in item_words]):
                    return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                           line.text, item.strip())
    return 0.0, None
