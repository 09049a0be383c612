"""An ask whose middle word the resume leaves to the list item before it: "Valid Ohio
driver's license, clean record" shows Clean Driving Record, as a recruiter reads it
(the record named beside a driver's licence is the driving record).

A resume's list of credentials names a shared qualifier once: the item before carries
it ("driver's license"), the next gives the rest of the ask ("clean record"). So a
three-word ask "A Q H" is shown by a list item that is exactly "A H" (between list
marks or the line's ends) when the item just before it in the same line has a form
of Q ("driver's", "driving"). "Clean record" inside a sentence ("kept a clean record
of calls") or after an item without the qualifier ("forklift certified, clean
record") shows nothing.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, evidence_rank
from tailor_app.tailoring.skills.narrower import _stem

__all__ = ["qualifier_in_item_before"]

# What separates two items of a list on one line.
_ITEM_MARK = r"(?:[,;|•·]|\band\b)"


@functools.lru_cache(maxsize=1024)
def _shape(name: str) -> tuple[str, str, str, tuple[str, str] | None] | None:
    """(A, H, the stem of Q, A and H in lower case when they are ASCII) for a
    three-word name "A Q H" of plain words; None for any other name."""
    words = name.split()
    if len(words) != 3 or not all(w.isalpha() and len(w) >= 3 for w in words):
        return None
    ends = (words[0].lower(), words[2].lower()) if words[0].isascii() and \
        words[2].isascii() else None
    return words[0], words[2], _stem(words[1]), ends


@functools.lru_cache(maxsize=1024)
def _item(first: str, last: str) -> re.Pattern[str]:
    """The item "A H" as a pattern: made only for a resume that may hold it (a new
    posting's asks are mostly words no resume line holds, and a pattern costs more to
    make than the test that rules it out)."""
    first, last = re.escape(first), re.escape(last)
    return re.compile(rf"(?:^|{_ITEM_MARK})[ \t]*(?P<item>{first}[ \t]+{last}s?)[ \t]*"
                      rf"(?=$|{_ITEM_MARK}|\.)", re.IGNORECASE)


def _item_before(text: str) -> str:
    """The list item that ends where ``text`` ends."""
    return re.split(rf"{_ITEM_MARK}", text, flags=re.IGNORECASE)[-1]


def qualifier_in_item_before(mention: SkillMention, lines: list[ResumeLine],
                             resume_low: str | None = None) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when a resume line lists the ask without its middle word right
    after an item that has it (see the module's docstring), else (0.0, None).
    ``resume_low`` is the lines joined by newlines and lower-cased, where that stands
    in for IGNORECASE matching (``caseless.folded``): an item needs the ask's first
    and last words, so a resume lacking either is told at once, with no pattern run
    over its lines (most asks)."""
    if mention.kind != "hard":
        return 0.0, None
    for name in dict.fromkeys((mention.name, mention.term)):
        shape = _shape(name) if name else None
        if shape is None:
            continue
        first, last, qualifier, ends = shape
        if resume_low is not None and ends is not None and (
                ends[0] not in resume_low or ends[1] not in resume_low):
            continue
        item = _item(first, last)
        for line in sorted(lines, key=evidence_rank, reverse=True):
            if line.part == "heading":
                continue
            for found in item.finditer(line.text):
                start = found.start("item")
                before = _item_before(line.text[:found.start()])
                words = re.findall(r"[A-Za-z]+", before)
                if any(_stem(w) == qualifier for w in words) and not line.in_name(
                        start, found.end("item")):
                    return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                           line.text, found.group("item"))
    return 0.0, None
