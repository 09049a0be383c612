"""A broader ask met by the narrower ask the resume was found to show.

A posting line often asks one skill in two names, the general and the narrow one:
"Troubleshoot electrical circuits and equipment" asks Troubleshooting and Electrical
Troubleshooting. The vocabulary files the narrow one under the general (``^``), and a
resume that names the narrow one shows both: the vocabulary's own hits carry the link
(``evidence.broader_shown``). But a narrow ask is as often met by a reader of the
resume's everyday words ("Chase down shorts and tripping breakers with a meter"), whose
match names only the ask it was asked for, so the general ask stayed a "missing" skill
the report then contradicts. Here a missing ask takes the evidence of a met ask that the
vocabulary files under it, directly or through its own broader skills; never the
reverse (a general skill shows no narrower one).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["broader_of_met"]

_KINDS = ("hard", "tool")


@functools.lru_cache(maxsize=4096)
def _broader(name: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """Every skill ``name`` is filed under, nearest first (the links may loop): what the
    vocabulary says of a name, worked out once."""
    out: dict[str, None] = {}
    todo = [name]
    while todo:
        skill = vocabulary.lookup(todo.pop())
        if skill is None:
            continue
        for broader in skill.broader:
            if broader not in out and broader != name:
                out[broader] = None
                todo.append(broader)
    return tuple(out)


def broader_of_met(missing: Sequence[SkillMention], matched: Sequence[SkillMatch],
                   vocabulary: Vocabulary) -> dict[str, SkillMatch]:
    """Missing ask's name -> the match of a met ask filed under it, renamed to the
    missing ask (the evidence stays the narrower match's own words)."""
    wanted = {m.name: m for m in missing if m.kind in _KINDS}
    if not wanted:
        return {}
    out: dict[str, SkillMatch] = {}
    for match in matched:
        if match.kind not in _KINDS:
            continue
        for name in _broader(match.name, vocabulary):
            ask = wanted.get(name)
            if ask is not None and name not in out:
                out[name] = dataclasses.replace(match, name=ask.name, kind=ask.kind,
                                                required=ask.required)
    return out
