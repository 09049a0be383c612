"""Which asks a duty's verb makes by its noun survive, and the skill a verb names on an
object's words (moved out of ``reader.py``, which applies them)."""

from __future__ import annotations

import re
from collections.abc import Callable

from tailor_app.tailoring.model import SkillMention
from tailor_app.tailoring.posting.duties import ActivityTerm, object_activity, singular
from tailor_app.tailoring.posting.protocols import VocabularyLike
from tailor_app.tailoring.posting.terms import ShapeTerm

__all__ = ["activity_skill", "named_with_object", "verb_named", "without_wider"]

_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def without_wider(found: list[SkillMention], known: list[SkillMention],
                  verb_nouns: dict[str, str],
                  verb_objects: dict[str, str] | None = None) -> list[SkillMention]:
    """``found`` less a duty's verb read by its noun (``VerbTerm``) where another ask
    names the same activity more closely: "forecast budget spend" asks for Budget
    forecasting, not Forecasting as well; "negotiate contracts" for Contract
    Negotiation. ``verb_nouns`` maps such a mention's key to its verb's noun, and
    ``verb_objects`` to the skill the vocabulary names the verb and its object by
    (``named_with_object``: "schedule interviews" is Interviewing, not Scheduling too)."""
    if not verb_nouns:
        return found
    names = [m.name.casefold() for m in [*known, *found]]
    closer = verb_objects or {}
    return [m for m in found
            if (noun := verb_nouns.get(m.name.casefold())) is None
            or (closer.get(m.name.casefold()) not in names
                and not any(noun in n.split() and n != m.name.casefold() and n != noun
                            and _said_around(n, noun, m.snippet) for n in names))]


def _said_around(name: str, noun: str, snippet: str) -> bool:
    """Are the other words of ``name`` in the duty's own sentence? "Budget forecasting"
    is "forecast budget spend" named closely; "Video editing" from the tools line says
    nothing of "write and edit blog articles"."""
    low = snippet.casefold()
    return all(w in low for w in name.split() if w != noun)


def activity_skill(verb: str, words: list[str], vocabulary: VocabularyLike,
                   noun: Callable[[str], str]) -> object | None:
    """The vocabulary skill a duty's verb names on an object's ``words`` ("control",
    ["food", "costs"]: Food cost control), or None (``duties.object_activity``)."""
    name = object_activity(verb, words, vocabulary.lookup, noun)
    return vocabulary.lookup(name) if name is not None else None


def named_with_object(text: str, end: int, noun: str,
                      lookup: Callable[[str], object | None]) -> str | None:
    """The skill the vocabulary names the activity of a duty's verb on its one-word
    object by, the verb ending at ``end`` in ``text`` ("schedule interviews": "interview
    scheduling" is Interviewing), or None. Where the posting asks for that skill the
    object's reading names the work, and the verb's noun alone (Scheduling) asks for
    more than the duty."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return None
    known = lookup(f"{singular(m.group(1))} {noun.lower()}")
    name = str(getattr(known, "name", "")) if known is not None else ""
    if name and name.casefold() != noun.casefold():
        return name
    return _object_naming_the_deed(text, end, noun, lookup)


_OBJECT_WORDS = re.compile(r"(?:\s+(?:the|all|our|your|any|new))?((?:\s+[a-z][\w-]*){1,3})")
# Modifiers joined before one head: "office and kitchen supplies", "office, shop and
# janitorial supplies" (the first modifier and the head).
_SHARED_HEAD = re.compile(
    r"(?:\s+(?:the|all|our|your|any|new))?\s+([a-z][\w-]*)(?:\s*,\s*[a-z][\w-]*)*,?"
    r"\s+(?:and|or|&)\s+[a-z][\w-]*\s+([a-z][\w-]*)")


def _object_naming_the_deed(text: str, end: int, noun: str,
                            lookup: Callable[[str], object | None]) -> str | None:
    """The skill the verb's object names where that skill's own names hold the verb's
    activity: "order office supplies" is Office Supplies Management, whose names hold
    "ordering supplies" and "supply ordering", so Ordering alone asks nothing more. The
    object's words, longest first (three at most), must be a name of that skill."""
    m = _OBJECT_WORDS.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    act = noun.casefold()
    shared = _SHARED_HEAD.match(text, end)
    if shared is not None:
        # "Order office and kitchen supplies": each modifier goes with the one head, so
        # the object is "office supplies" (and "kitchen supplies").
        words = [shared.group(1), shared.group(2)]
    for k in range(len(words), 0, -1):
        known = lookup(" ".join(words[:k]))
        if known is None:
            continue
        names = [str(getattr(known, "name", "")), *getattr(known, "aliases", ())]
        if any(act in n.casefold().split() for n in names):
            return str(getattr(known, "name", "")) or None
        return None
    return None


def verb_named(term: ShapeTerm, lookup: Callable[[str], object | None],
               fields: set[str]) -> bool:
    """Is ``term`` an activity the rule named from a duty's verb and its object ("prospect
    new accounts": Account prospecting) where the verb's own noun is a hard skill of the
    posting's fields (Prospecting)? That skill is the ask a reader names, and the verb's
    reading (``VerbTerm``) asks it; a name the rule made up beside it is asked by no
    one, and it would hide the skill (``without_wider`` takes it for the closer name).
    Only the rule's own names: a vocabulary name ("Lesson planning") is looked up
    before this is asked."""
    if type(term) is not ActivityTerm or " " not in term.name:
        return False
    broad = lookup(term.name.rsplit(" ", 1)[1])
    if broad is None or getattr(broad, "kind", "") != "hard":
        return False
    return not fields or bool(set(getattr(broad, "fields", ())) & fields)
