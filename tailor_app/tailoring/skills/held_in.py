"""A certification asked by what it is in ("Six Sigma certification", "Lean or Six Sigma
certification") shown by a credential the resume holds in that thing: a "Six Sigma Green
Belt", a "Lean Six Sigma Yellow Belt" (a certification in Lean and in Six Sigma).

A credential's own name need not say "certification": the belt is the certificate.
What a credential is held in is the vocabulary's own broader link from the credential to
a method or trade, one step (``^Six Sigma`` on a belt, the subjects
``credential_subjects`` files; never through another credential or a skill's broader
one: an air brake endorsement is no automotive repair certification, review26's S2),
or a word the resume's name for it adds before its canonical name that names a skill of
its field ("Lean" in "Lean Six Sigma Yellow Belt"); never the words of its own name: a
"Certified Nursing Assistant" holds no nursing certification. The credential must be held, not
still ahead ("Green Belt in progress").
"""

from __future__ import annotations

import re

from tailor_app.tailoring.model import SkillMention
from tailor_app.tailoring.skills.entries import Skill
from tailor_app.tailoring.skills.evidence import ResumeLine, not_yet_held
from tailor_app.tailoring.skills.vocabulary import SkillHit, Vocabulary

__all__ = ["certification_in"]

_ASKED = re.compile(r"(?P<thing>[A-Za-z][\w&' -]*?)[ \t]+(?:certification|certificate)s?",
                    re.IGNORECASE)


def certification_in(mention: SkillMention,
                     shown: dict[str, list[tuple[ResumeLine, SkillHit]]],
                     vocabulary: Vocabulary) -> list[tuple[ResumeLine, SkillHit]]:
    """The resume's lines holding a credential in the thing a "<thing> certification"
    ask names (see the module docstring), else []."""
    if mention.kind != "certification":
        return []
    asked = _ASKED.fullmatch(mention.name.strip())
    if asked is None:
        return []
    thing = vocabulary.lookup(asked["thing"])
    if thing is None or thing.kind not in ("hard", "tool"):
        return []
    for name, pairs in shown.items():
        held = [(line, hit) for line, hit in pairs if hit.skill.kind == "certification"
                and not not_yet_held(line.text, hit.start, hit.end)]
        if not held:
            continue
        skill = vocabulary.lookup(name)
        if skill is not None and thing.name in skill.broader:
            return held
        named = [(line, hit) for line, hit in held
                 if _added_word_names(hit, thing, vocabulary)]
        if named:
            return named
    return []


def _added_word_names(hit: SkillHit, thing: Skill, vocabulary: Vocabulary) -> bool:
    """Does the resume's name for a credential add a word before its canonical name that
    names ``thing``, a skill of the credential's field ("Lean Six Sigma Yellow Belt" for
    the Six Sigma Yellow Belt: Lean)? "AWS CWI" adds no cloud: the fields differ."""
    canonical = hit.skill.name.lower()
    surface = hit.surface.lower()
    if not surface.endswith(" " + canonical):
        return False
    added = hit.surface[:len(surface) - len(canonical)].strip()
    found = vocabulary.lookup(added) if added else None
    return found is not None and found.name == thing.name and bool(
        set(found.fields) & set(hit.skill.fields))
