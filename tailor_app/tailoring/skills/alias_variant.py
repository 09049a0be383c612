"""A vocabulary skill's longer alias shown in other forms of its words: Medication
Reminders is also "remind clients to take medications", so "Remind clients to take
their medications" shows it, as ``wording._phrase_variant`` reads the posting's own
words. Only aliases the vocabulary marks as the same thing (``~``) stay aliases; the
rest are narrower skills of their own (see narrower.py).
"""

from __future__ import annotations

import dataclasses
import functools

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.vocabulary import Vocabulary
from tailor_app.tailoring.skills.wording import (
    _MAX_PHRASE_WORDS,
    _LineStems,
    _phrase_variant,
    _phrase_words,
)

__all__ = ["alias_variant"]


@functools.lru_cache(maxsize=4096)
def _longer(aliases: tuple[str, ...]) -> tuple[str, ...]:
    """The aliases of three to five words (small words left out)."""
    return tuple(a for a in aliases if 3 <= len(_phrase_words(a)) <= _MAX_PHRASE_WORDS)


def alias_variant(mention: SkillMention, index: _LineStems, vocabulary: Vocabulary
                  ) -> tuple[float, SkillMatch | None]:
    """A vocabulary skill's alias of three words or more that names a deed ("remind
    clients to take medications") shown in other forms of its words, as
    ``_phrase_variant`` reads the posting's ("Remind clients to take their
    medications"). Two-word aliases are ``synonym_deeds``'s, read more strictly."""
    skill = vocabulary.lookup(mention.name)
    if skill is None or skill.name != mention.name:
        return 0.0, None
    longer = _longer(skill.aliases)
    if not longer:
        return 0.0, None
    asked = {mention.name.casefold(), mention.term.casefold()}
    for alias in longer:
        if alias.casefold() in asked:
            continue
        credit, match = _phrase_variant(dataclasses.replace(mention, name=alias), index)
        if match is not None:
            return credit, dataclasses.replace(match, name=mention.name)
    return 0.0, None
