"""The work a duty's object names when its verb names none: "give meds" is Medication
Administration, "pull permits" Permitting, "verify pallet wrap" Pallet wrapping.

Verbs of doing (``duties._DOING``: give, complete, pull, check, ...) say nothing of the
work; the trade's word for it is in the object. The vocabulary names such work as the
object followed by an action noun, so the object is read against those names:

- its head as its own activity, with the describing word before it ("pallet wrap" ->
  "pallet wrapping", "lesson plans" -> "lesson planning", "permits" -> "permitting");
- else the one hard skill whose name or alias is the object's words and an action the
  verb itself stands for (``_DONE_AS``: "give" does an administration or a pass,
  "check" a check): "meds" -> "med administration"/"med pass" (Medication
  Administration), "blood sugars" -> "blood sugar checks" (Blood Glucose Monitoring).
  Another trade's action on the same thing is no reading of the duty ("provide
  therapy" is no Therapy Billing), and where the object's words name the work of two
  skills or more the object says too little: nothing is asked.

An object the vocabulary holds as a skill itself ("handle logistics for the retreat")
is read as that skill where it stands, or judged not asked there; no work is made of it.
The index is built once per vocabulary from its aliases (a set lookup per duty).
"""

from __future__ import annotations

import contextlib
import weakref
from collections import defaultdict
from collections.abc import Callable

from tailor_app.tailoring.posting.duties import gerund, singular
from tailor_app.tailoring.skills.phrases import verb_form

__all__ = ["work_namer"]

_CHECKING = frozenset({"check", "checks"})
_COUNTING = frozenset({"count", "counts"})
_CHANGING = frozenset({"change", "changes"})
_GIVING = frozenset({"administration", "pass"})
# The actions a verb of doing stands for in a name of work: "give meds" is a "med
# pass", "check blood sugars" a "blood sugar check", "do dressing changes" ... General
# English only: giving a drug is administering it, doing or running a check is checking.
_DONE_AS: dict[str, frozenset[str]] = {
    "give": _GIVING, "provide": _GIVING, "administer": _GIVING,
    "check": _CHECKING, "verify": _CHECKING, "count": _COUNTING,
    "do": _CHECKING | _COUNTING | _CHANGING, "perform": _CHECKING | _COUNTING | _CHANGING,
    "complete": _CHECKING | _COUNTING | _CHANGING, "run": _CHECKING | _COUNTING,
}
_ACTIONS = frozenset().union(*_DONE_AS.values())
# A verb in the third person, in its base form ("gives" -> "give").
_BASES = {**{v + "s": v for v in _DONE_AS}, "does": "do", "verifies": "verify"}
_Namer = Callable[[str, tuple[str, ...]], "tuple[str, bool] | None"]
_NAMERS: weakref.WeakKeyDictionary[object, _Namer] = weakref.WeakKeyDictionary()


def _index(vocabulary: object) -> dict[tuple[str, ...], set[tuple[str, str]]]:
    """The object's words (the last singular) -> (hard skill, action) for each name of
    work made of those words and one action of ``_ACTIONS`` ("med pass")."""
    out: dict[tuple[str, ...], set[tuple[str, str]]] = defaultdict(set)
    for skill in getattr(vocabulary, "skills", ()):
        if getattr(skill, "kind", "") != "hard":
            continue
        name = str(getattr(skill, "name", ""))
        for alias in {name, *getattr(skill, "aliases", ())}:
            if alias.count(" ") not in (1, 2):
                continue
            words = alias.lower().split()
            if words[-1] not in _ACTIONS:
                continue
            thing = words[:-1]
            # "pass meds" is a verb and its object, no "pass" of a thing called "pass".
            if not all(w.isalpha() for w in thing) or verb_form(thing[0]):
                continue
            out[(*thing[:-1], singular(thing[-1]))].add((name, words[-1]))
    return out


def work_namer(vocabulary: object) -> _Namer:
    """A function from a duty's verb and its object's words (the last singular) to the
    name of the hard skill the vocabulary holds for the work, and whether that name is
    the object's head as its own activity ("Lesson Planning": True; "Medication
    Administration" from "give meds": False), or None (see the module's docstring).
    Built once per vocabulary."""
    try:
        known = _NAMERS.get(vocabulary)
    except TypeError:
        known = None
    if known is not None:
        return known
    index: dict[tuple[str, ...], set[tuple[str, str]]] | None = None  # on first use
    lookup = getattr(vocabulary, "lookup", lambda _t: None)

    def namer(verb: str, words: tuple[str, ...]) -> tuple[str, bool] | None:
        nonlocal index
        if index is None:  # (~100 ms; ``tailoring.load_engine`` pays it at start-up)
            index = _index(vocabulary)
        if not words or not words[-1] or lookup(" ".join(words)) is not None:
            return None  # "handle logistics": the object is a skill of its own, read so
        own = lookup(" ".join([*words[:-1], gerund(words[-1])]))
        if own is not None and getattr(own, "kind", "") == "hard":
            return str(own.name), True
        done = _DONE_AS.get(_BASES.get(verb, verb), frozenset())
        named = {name for name, action in index.get(words, ()) if action in done}
        return (next(iter(named)), False) if len(named) == 1 else None

    with contextlib.suppress(TypeError):  # a vocabulary no weak reference may hold
        _NAMERS[vocabulary] = namer
    return namer
