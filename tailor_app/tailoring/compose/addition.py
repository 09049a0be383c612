"""One claim an edit adds (:class:`Addition`), and the fact it becomes when the user
says it is true (:func:`fact_for`).

Apart from :mod:`additions`, which finds such claims with the vocabulary and the
guard's reading of words, because the window shows, explains and files claims in
many places and must not load the engine's vocabulary to import them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["NAME", "NUMBER", "REASONS", "SKILL", "Addition", "fact_for"]

NUMBER, SKILL, NAME = "number", "skill", "name"
REASONS = {NUMBER: "a number", SKILL: "a skill", NAME: "a name"}


@dataclass(frozen=True)
class Addition:
    """One claim of an edit that the resume and its facts do not state."""

    start: int  # character offsets in the edited text
    end: int
    kind: str  # NUMBER, SKILL or NAME
    text: str

    @property
    def reason(self) -> str:
        """What a tooltip says: "not in your resume" and what it is."""
        return f"Not in your resume: {REASONS[self.kind]} (\u201c{self.text}\u201d)"


_BULLET = re.compile(r"^[\s\-–—•*·]+")


def fact_for(text: str, addition: Addition,
             entries: Iterable[str]) -> tuple[str, str | None, str | None]:
    """The fact an addition of a skill becomes when the user says it is true:
    ``(skill, entry, line)``. Typed into a list of items (a skills line), it is the
    skill alone; typed into a sentence, that sentence is the fact's line, under the
    nearest role or project above it that the resume has (``entries``: their first
    header lines, as ``facts.entry_labels`` gives them); with no such entry above
    it, the skill alone (a fact's line needs a place)."""
    start = text.rfind("\n", 0, addition.start) + 1
    end = text.find("\n", addition.end)
    line = text[start:end if end >= 0 else len(text)]
    rest = line.replace(addition.text, "", 1)
    listed = not _BULLET.match(line) and (":" in line or "," in rest or not rest.strip())
    if listed:
        return addition.text, None, None
    labels = {" ".join(label.split()).casefold(): label for label in entries}
    entry = None
    for above in reversed(text[:start].splitlines()):
        entry = labels.get(" ".join(above.split()).casefold())
        if entry is not None:
            break
    if entry is None:  # a line needs a place to go (facts.add_fact): the skill alone
        return addition.text, None, None
    return addition.text, entry, _BULLET.sub("", line).strip() or None
