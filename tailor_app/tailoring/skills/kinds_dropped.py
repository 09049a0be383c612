"""A resume line that lists kinds before the thing a deed is done to, read again without
the list, so every reader of deeds reads the deed: "Take card/EFT payments" is read "Take
payments" too; "Took cash, card and check payments", "Process AP and AR invoices" the
same way.

The deed readers allow a word or two between a verb and its object ("Take card
payments"); a list of kinds is longer than that, so the deed went unread. Dropping the
kinds leaves what the line says of the thing as a whole, which it does say: every card
and ACH payment taken is a payment taken. The matcher reads the shorter line beside the
written one (``matching.match_resume``); a match found only there quotes the written
line and its words.

Only a list of kinds: two or more one-word items joined by a slash, or by commas and
"and"/"or"/"&" ("debit card and ACH payments" is read "debit payments"), after a word
of the line (never at its start: "Stock and rotate inventory" lists verbs), before one
lower-case head that ends its phrase; no item a plural ("Answer phones and route calls"
lists two deeds), a small word or a capitalised word of a name ("Looker Studio and
present weekly performance"); acronyms stay kinds ("card/EFT"). Lines of the person's
own work only, as the phrasal-verb readings.
"""

from __future__ import annotations

import dataclasses
import re

from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.phrasal_verbs import PlainReading

__all__ = ["kinds_dropped"]

_WORD = r"[A-Za-z][A-Za-z0-9-]*"
_LIST = re.compile(
    rf"(?<=[A-Za-z0-9][ \t])(?P<list>{_WORD}(?:[ \t]*/[ \t]*{_WORD})+"
    rf"|{_WORD}(?:,[ \t]*{_WORD})*,?[ \t]+(?:and|or|&)[ \t]+{_WORD})"
    r"[ \t]+(?P<head>[a-z][a-z-]+)\b"
    # The head ends its phrase: the line's end, a mark, or a small word after it.
    r"(?=[ \t]*(?:$|[,;:.)(]|[ \t](?:over|for|to|in|on|at|from|with|and|or|by|into|through"
    r"|per|each|a|an|the|every|across|until|before|after|while|as)\b))")
_CUT = re.compile(r"[ \t]*/[ \t]*|,?[ \t]+(?:and|or|&)[ \t]+|,[ \t]*")
_SMALL = frozenset({"and", "or", "the", "a", "an", "to", "of", "in", "on", "for", "with", "my",
                    "our", "their", "his", "her", "its", "at", "by", "from", "into", "all",
                    "new", "out", "up", "off", "over", "i", "we", "you", "it"})
_CLAUSE_MARK = re.compile(r"[;:(•]|[ \t][–—][ \t]")
_SECTIONS = frozenset({"contact", "education", "certifications", "skills", "languages"})
_PARTS = frozenset({"bullet", "summary"})


def _kinds(listed: str) -> list[str] | None:
    """The items of a list of kinds, or None when an item is no kind (a plural, a
    small word)."""
    items = [item for item in _CUT.split(listed) if item]
    if len(items) < 2:
        return None
    for item in items:
        for word in item.split():
            low = word.lower()
            if low in _SMALL or (low.endswith("s") and not low.endswith("ss")
                                 and not word.isupper() and len(low) > 3):
                return None
            if word[:1].isupper() and not word.isupper():
                return None  # "… Looker Studio and present …": a word of a name
    return items


def kinds_dropped(lines: list[ResumeLine]) -> list[PlainReading]:
    """Each work line with a list of kinds before a head, read without the lists (see
    the module docstring)."""
    out: list[PlainReading] = []
    for line in lines:
        if line.part not in _PARTS or line.section in _SECTIONS:
            continue
        text = line.text
        if "/" not in text and " and " not in text and " or " not in text and "&" not in text:
            continue
        told, taken, first, last = [], 0, -1, -1
        for m in _LIST.finditer(text):
            if _kinds(m.group("list")) is None:
                continue
            told.append(text[taken:m.start("list")])
            taken = m.start("head")
            first = m.start("list") if first < 0 else first
            last = m.end("head")
        if first < 0:
            continue
        told.append(text[taken:])
        # The written words: the clause's deed from its start ("Manage 10-14 renovation
        # and infrastructure projects"), so the report quotes the verb with its thing.
        opens = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, first)), default=0)
        phrase = text[opens:last].strip(" ,;:.-–—•*")
        out.append(PlainReading(dataclasses.replace(line, text="".join(told), names=()),
                                line, phrase))
    return out
