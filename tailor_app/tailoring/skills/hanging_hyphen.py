"""A hyphen left hanging before "and", "or" or "to": "2- and 3-week lookaheads" are
2-week and 3-week lookaheads, "short- and long-term goals" short-term and long-term
goals, "first- or second-shift leads" first-shift or second-shift leads.

Writers drop the word a compound shares with the next one and keep its hyphen; the
matcher reads phrases word by word and saw only "3-week lookaheads". The line is read
once more with the shared word written out, as the phrasal-verb readings are
(``phrasal_verbs.PlainReading``): a match found only there quotes the written line and
the written words. Only a hanging hyphen right before the joining word, and a second
compound written with a hyphen, are read: "part-time and full-time" needs no reading,
and a dash between words ("Fargo - and Moorhead") has a space before it.
"""

from __future__ import annotations

import dataclasses
import re

from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.phrasal_verbs import PlainReading

__all__ = ["hanging_hyphen_readings"]

_HANGING = re.compile(r"(?<![\w-])([A-Za-z0-9]+)-[ \t]+(and|or|to)[ \t]+"
                      r"([A-Za-z0-9]+)-([A-Za-z]+)\b")


def hanging_hyphen_readings(lines: list[ResumeLine]) -> list[PlainReading]:
    """Each line with a hanging hyphen, read with the shared word written out."""
    out: list[PlainReading] = []
    for line in lines:
        text = line.text
        if "- " not in text or line.part == "contact":
            continue
        found = _HANGING.search(text)
        if found is None:
            continue
        told = _HANGING.sub(lambda m: f"{m[1]}-{m[4]} {m[2]} {m[3]}-{m[4]}", text)
        out.append(PlainReading(dataclasses.replace(line, text=told, names=()), line,
                                found.group()))
    return out
