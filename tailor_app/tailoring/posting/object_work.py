"""The work a duty's object names when its verb names none: "give meds" is Medication
Administration, "pull permits" Permitting, "verify pallet wrap" Pallet wrapping.

Verbs of doing (``duties._DOING``: give, do, complete, pull, check, ...) say nothing of
the work; the trade's word for it is in the object. The vocabulary names such work as
the object followed by an action noun ("med administration", "blood sugar checks",
"pallet wrapping", "lesson planning"), so the object is read against those names:

- its head as its own activity, with the describing word before it ("pallet wrap" ->
  "pallet wrapping", "permits" -> "permitting", "lesson plans" -> "lesson planning");
- else the one hard skill whose name or alias is the object's words and one action
  noun after them ("meds" -> "med administration"/"med pass": Medication
  Administration; "blood sugars" -> "blood sugar checks": Blood Glucose Monitoring).
  Where the object's words open names of two skills or more ("accounts": Account
  Management, Account Opening, ...), the object says too little and nothing is asked.

An object the vocabulary holds as a skill itself ("handle logistics for the retreat")
is read as that skill where it stands, or judged not asked there; no work is made of it.

The index is built once per vocabulary from its aliases (a set lookup per duty).
"""

from __future__ import annotations

import contextlib
import weakref
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache

from tailor_app.tailoring.posting.duties import gerund, singular
from tailor_app.tailoring.skills.deeds import action_verbs

__all__ = ["work_namer"]

# Action nouns written as their verb or its plural: "blood sugar checks", "filter
# changes", "cycle counts", "med pass" (``action_verbs`` knows the derived ones).
_BARE_ACTIONS = frozenset({"check", "checks", "change", "changes", "count", "counts",
                           "pass", "passes"})
_Namer = Callable[[tuple[str, ...]], "tuple[str, bool] | None"]
_NAMERS: weakref.WeakKeyDictionary[object, _Namer] = weakref.WeakKeyDictionary()


@lru_cache(maxsize=16384)
def _action(word: str) -> bool:
    """Is ``word`` (lower case) an action noun ending a name of work?"""
    if word in _BARE_ACTIONS:
        return True
    one = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return bool(action_verbs(word) or action_verbs(one))


def _index(vocabulary: object) -> dict[tuple[str, ...], set[str]]:
    """The object's words (the last singular) -> the hard skills named by them and one
    action noun after them."""
    out: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for skill in getattr(vocabulary, "skills", ()):
        if getattr(skill, "kind", "") != "hard":
            continue
        name = str(getattr(skill, "name", ""))
        for alias in {name, *getattr(skill, "aliases", ())}:
            if alias.count(" ") not in (1, 2):
                continue
            words = alias.lower().split()
            if not _action(words[-1]):
                continue
            thing = words[:-1]
            if not all(w.isalpha() for w in thing) or any(_action(w) for w in thing):
                continue
            out[(*thing[:-1], singular(thing[-1]))].add(name)
    return out


def work_namer(vocabulary: object) -> Callable[[tuple[str, ...]], tuple[str, bool] | None]:
    """A function from a duty's object words (the last singular) to the name of the
    hard skill the vocabulary holds for the work on it and whether the name holds the
    object's head as its own activity ("Permitting": True; "Medication Administration"
    from "meds": False, its sense to be judged by the posting's fields), or None (see
    the module's docstring). Built once per vocabulary."""
    try:
        known = _NAMERS.get(vocabulary)
    except TypeError:
        known = None
    if known is not None:
        return known
    index: dict[tuple[str, ...], set[str]] | None = None  # built on the first object
    lookup = getattr(vocabulary, "lookup", lambda _t: None)

    def namer(words: tuple[str, ...]) -> tuple[str, bool] | None:
        nonlocal index
        if index is None:  # (~110 ms; ``tailoring.load_engine`` pays it at start-up)
            index = _index(vocabulary)
        if not words or not words[-1] or lookup(" ".join(words)) is not None:
            return None  # "handle logistics": the object is a skill of its own, read so
        own = lookup(" ".join([*words[:-1], gerund(words[-1])]))
        if own is not None and getattr(own, "kind", "") == "hard":
            return str(own.name), True
        named = index.get(words, set())
        return (next(iter(named)), False) if len(named) == 1 else None

    with contextlib.suppress(TypeError):  # a vocabulary no weak reference may hold
        _NAMERS[vocabulary] = namer
    return namer
