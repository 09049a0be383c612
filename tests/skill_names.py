"""What the vocabulary reads in a line, as the match report tells it: each skill the
line names and its broader skills in turn ("reseller relationships" is Partner
Enablement, part of Channel Sales). Shared by the vocabulary-breadth tests."""

from __future__ import annotations

from tailor_app.tailoring.skills.vocabulary import Vocabulary


def names(vocabulary: Vocabulary, text: str) -> set[str]:
    """Each skill ``text`` names, with its broader skills and theirs in turn."""
    found: set[str] = set()
    todo = [hit.skill.name for hit in vocabulary.find(text)]
    while todo:
        name = todo.pop()
        if name in found:
            continue
        found.add(name)
        skill = vocabulary.lookup(name)
        if skill is not None:
            todo.extend(skill.broader)
    return found
