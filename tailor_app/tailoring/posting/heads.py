"""Activities a posting names as the kinds of a plain head: "automation and monitoring
tools", "classification and ranking tasks".

A head like "tools" or "tasks" says nothing of the work; the nouns before it do. A tool
of monitoring is for monitoring and a ranking task is ranking, so "use automation and
monitoring tools" asks for Automation and Monitoring, as "experience with reporting
tools" asks for Reporting. Read by grammar alone:

- the head is one of a few plain nouns (``_HEADS``); a thing's head ("systems",
  "issues", "needs") is not one: a pricing issue is no pricing skill;
- each noun before it, in a coordination ("classification and ranking", "testing,
  tuning and deployment"), is a noun of activity: the "-ing" form of a known verb or a
  noun with an action ending ("-tion", "-ment", "-sis"); a describing word
  ("structural and thermal problems", "hand tools") is none;
- every noun of the coordination is one ("feedback and performance tools" names
  none), and it opens its phrase: after a small word or a verb, not after a noun
  ("data analysis and reporting tools" is Data analysis and reporting tools);
- one such noun alone counts before "tools" only: "maintenance work" or "development
  tasks" name the job's line of work, not a skill of it.

One pass with a compiled pattern over the unit's text: linear in its length.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tailor_app.tailoring.posting.duties import ActivityTerm
from tailor_app.tailoring.posting.terms import ShapeTerm
from tailor_app.tailoring.skills.phrases import stop_word, verb_form
from tailor_app.tailoring.text import word_set

__all__ = ["KindTerm", "head_kind_terms"]

_HEADS = word_set("tools tasks work activities duties functions")
_ALONE_HEADS = word_set("tools")
_WORD = r"[a-z][a-z-]{3,}"
# Nouns joined by commas and a last "and"/"or", right before a plain head. A run never
# starts inside a comma list (its word before would be a list item, which ``_BEFORE``
# refuses anyway): the search then tries each list once, not each of its words.
_KINDS = re.compile(
    rf"(?<![\w-])(?<!,[ \t])({_WORD}(?:,[ \t]+{_WORD})*(?:,?[ \t]+(?:and|or)[ \t]+{_WORD})?)"
    rf"[ \t]+({'|'.join(sorted(_HEADS))})\b")
# The word before a run: the run opens a phrase only after a small word or a verb.
_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)[ \t]+$")
_SPLIT = re.compile(r",?[ \t]+(?:and|or)[ \t]+|,[ \t]+")
_ACTION_ENDINGS = ("tion", "sion", "ment", "sis", "ance", "ence")
# Nouns with an action's ending that name a thing or a place, never the work.
_THINGS = word_set(
    """
    station position location nation portion section question option condition
    edition tradition foundation department equipment environment government
    apartment instrument document element segment payment ambulance appliance
    audience evidence experience presence licence license residence science
    attendance performance insurance
    """)
# What the body does ("lifting and carrying tasks", "standing and walking duties"): the
# physical demands of a job, stated with its conditions, no skill a resume shows.
_BODILY = word_set(
    """
    lifting carrying standing walking bending pushing pulling climbing kneeling stooping
    reaching sitting squatting crawling twisting
    """)


class KindTerm(ActivityTerm):
    """An activity named as a plain head's kind ("monitoring tools": Monitoring)."""


def _activity(word: str, is_verb: Callable[[str], bool], joined: bool) -> bool:
    """Is a lower-case noun one of activity: "monitoring" (of a known verb),
    "automation", "classification", "analysis"? In a coordination ``joined`` with
    others any "-ing" noun of seven letters or more counts ("ranking"); alone only a
    duty's verb's (``phrases.verb_form``), since "cutting tools" are tools that cut."""
    if word in _THINGS or word in _BODILY or "-" in word:
        return False
    if word.endswith("ing"):
        stem = word[:-3]
        bases = (stem, stem + "e", stem[:-1]) if stem[-1:] == stem[-2:-1] else (stem, stem + "e")
        if not joined:  # "monitoring tools", not "cutting tools": a duty's verb only
            return verb_form(word)
        return verb_form(word) or any(is_verb(b) for b in bases) or len(word) >= 7
    return word.endswith(_ACTION_ENDINGS)


def head_kind_terms(text: str, taken: list[tuple[int, int]],
                    is_verb: Callable[[str], bool]) -> list[ShapeTerm]:
    """The activities ``text`` names as a plain head's kinds (see the module's
    docstring), none inside a span of ``taken`` (read by another reading).
    ``is_verb`` tells a verb's base form ("monitor")."""
    out: list[ShapeTerm] = []
    if not any(head in text for head in _HEADS):
        return out  # every run ends in one of them, and most units name none: no search
    for m in _KINDS.finditer(text):
        run, head = m.group(1), m.group(2).lower()
        before = _BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
        if before is not None and not stop_word(before.group(1)):
            continue  # "data analysis and reporting tools": the run is a name's tail
        base = m.start(1)
        words: list[tuple[str, int]] = []
        pos = 0
        for piece in _SPLIT.split(run):
            at = run.index(piece, pos)
            words.append((piece, base + at))
            pos = at + len(piece)
        joined = len(words) > 1
        if not all(_activity(w, is_verb, joined) for w, _at in words) or (
                not joined and head not in _ALONE_HEADS):
            continue  # "feedback and performance tools", "maintenance work"
        for word, at in words:
            end = at + len(word)
            if any(a < end and at < b for a, b in taken):
                continue
            out.append(KindTerm(word[:1].upper() + word[1:], "hard", at, end))
    return out
