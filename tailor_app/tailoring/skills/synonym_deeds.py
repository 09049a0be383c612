"""An ask shown by the deed one of its synonyms names: the vocabulary says Subcontractor
Coordination is also "subcontractor management", so "managed up to 30 subcontractors"
shows it; Coaching is also "coaching staff", so "Hire, schedule and coach staff" shows it.

``wording._phrase_variant`` reads the posting's own words in other forms; this reads the
skill's other names the same way, but only as a verb done to its object, and only when
the object is the synonym's own noun (singular or plural): a synonym widens what counts,
so the word forms must not widen it again ("prepared bank deposits" is no deposition
preparation, though "deposit" is a stem of "deposition").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Any

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.object_nouns import everyday_nouns, names_other_thing
from tailor_app.tailoring.skills.stems import word_stems
from tailor_app.tailoring.skills.vocabulary import Skill, Vocabulary
from tailor_app.tailoring.skills.wording import (
    _ACTION_LAST_WORD,
    _OPENING_SERIES,
    _acted_on,
    _LineStems,
)

__all__ = ["deed_on_a_line", "synonym_deed"]

_WORD = re.compile(r"[A-Za-z]+")


def _noun(word: str) -> frozenset[str]:
    """The object noun as a line's word stems hold it: itself and its singular, and the
    everyday nouns for it ("bills" for invoices, see ``object_nouns``)."""
    low = word.lower()
    if low.endswith("ies") and len(low) > 4:
        forms = frozenset({low, low[:-3] + "y"})
    elif low.endswith("s") and not low.endswith(("ss", "us", "is")):
        forms = frozenset({low, low[:-1]})
    else:
        forms = frozenset({low})
    return forms | everyday_nouns(forms)


def _object_and_action(alias: str) -> tuple[str, str] | None:
    """(object, action) of a two-word synonym whose one word is an action by its
    shape ("subcontractor management", "coaching staff"); None for any other."""
    words = alias.split()
    if len(words) != 2 or not all(_WORD.fullmatch(w) and len(w) >= 3 for w in words):
        return None
    # A plural in "-ings" is a thing, never the verb ("reading drawings", "chairing
    # meetings"), though its ending is an action's.
    first, last = (_ACTION_LAST_WORD.fullmatch(w) is not None
                   and not w.lower().endswith("ings") for w in words)
    if last and not first:
        return words[0], words[1]
    if first and not last:
        return words[1], words[0]
    return None


@functools.lru_cache(maxsize=4096)
def _deeds(skill: Skill) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """(alias, object forms, action stems) for each two-word synonym of ``skill`` that
    names an action done to an object, worked out once per skill."""
    out = []
    for alias in skill.aliases:
        parts = _object_and_action(alias)
        if parts is not None:
            out.append((alias.casefold(), _noun(parts[0]), frozenset(word_stems(parts[1]))))
    return tuple(out)


def synonym_deed(mention: SkillMention, index: _LineStems, vocabulary: Vocabulary
                 ) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when a resume line does what one of the asked skill's two-word
    synonyms names, the verb before its object ("managed up to 30 subcontractors",
    "coach staff"), else (0.0, None). Only a vocabulary skill's own names, never the
    posting's words (those are ``_phrase_variant``'s)."""
    if mention.kind != "hard":
        return 0.0, None
    skill = vocabulary.lookup(mention.name)
    if skill is None or skill.name != mention.name:
        return 0.0, None
    asked = {mention.name.casefold(), mention.term.casefold()}
    for alias, noun, action in _deeds(skill):
        if alias in asked or noun.isdisjoint(index.all) or action.isdisjoint(index.all):
            continue
        found = deed_on_a_line(mention, index, noun, action)
        if found is not None:
            return 1.0, found
    return 0.0, None


# Whether the word at ``i`` of a line may be the deed's verb: (line, words, stems, i).
VerbTest = Callable[[Any, Sequence[re.Match[str]], Sequence[frozenset[str]], int], bool]


def deed_on_a_line(mention: SkillMention, index: _LineStems, noun: frozenset[str],
                   action: frozenset[str], verb_ok: VerbTest | None = None
                   ) -> SkillMatch | None:
    """The first resume line where a verb of ``action`` is done to ``noun`` in one
    unbroken phrase (no comma or bracket between, not inside a name), as the match of
    ``mention``; None when no line does. ``verb_ok`` narrows which words may be the verb."""
    wanted = [noun, action]
    for (line, words, stems), union in zip(index.lines, index.unions, strict=True):
        if noun.isdisjoint(union) or action.isdisjoint(union):
            continue
        for i in range(len(words) - 1):
            if verb_ok is not None and not verb_ok(line, words, stems, i):
                continue
            span = _acted_on(wanted, words, stems, i, line.text, plain_noun=True)
            if not span:
                span = _shared_by_series(wanted, line, words, stems, i)
            if not span:
                continue
            a, b = words[i].start(), words[i + span - 1].end()
            if re.search(r"[,;:.()]", _series_left_out(line.text, a, b)) is None \
                    and not line.in_name(a, b) \
                    and not names_other_thing(line.text, words[i + span - 1].start(), b):
                return SkillMatch(mention.name, mention.kind, mention.required,
                                  line.text, line.text[a:b])
    return None


def _series_left_out(text: str, a: int, b: int) -> str:
    """``text[a:b]`` without the verb series a bullet opens with ("Pull, pack and ship
    orders": its commas join verbs, not phrases)."""
    opening = _OPENING_SERIES.match(text)
    if opening is None or a != 0 or opening.end() > b:
        return text[a:b]
    return text[opening.end():b]


def _shared_by_series(wanted: list[frozenset[str]], line: Any,
                      words: Sequence[re.Match[str]], stems: Sequence[frozenset[str]],
                      i: int) -> int:
    """The span from the verb at ``i`` to the object when the verb opens a bullet's
    series of verbs ("Pull, pack and ship 120+ orders", "Book, reschedule and confirm
    appts") and the object follows the series' last verb: each verb of the series is
    done to it. 0 otherwise."""
    if i != 0 or line.part != "bullet":
        return 0
    opening = _OPENING_SERIES.match(line.text)
    if opening is None or "," not in opening.group():
        return 0
    last = max(k for k, w in enumerate(words) if w.end() <= opening.end())
    if last == i:
        return 0
    # The series' last verb stands for the first: it takes the object as the first would.
    shared = [*stems[:last], stems[i], *stems[last + 1:]]
    span = _acted_on(wanted, list(words), shared, last, line.text, plain_noun=True)
    return last - i + span if span else 0
