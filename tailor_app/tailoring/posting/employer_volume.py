"""The employer's own business told by its count or its years: no ask of the hire.

"Orchard Hall hosts 300 weddings, galas and corporate dinners a year", "Our SPD supports
10 operating rooms and a busy endoscopy suite", "to support the 300+ meetings, galas and
trade shows we host every year", "Tamarack Power & Light Contractors has wired commercial
buildings across the Treasure Valley since 1994": the employer (its name, "our" unit or
"we") is the subject, and what it hosts, sees, serves or supports is counted, or what it
has done is dated. The things counted are the employer's trade, not skills the hire is
asked for; read as asks they became false "missing" claims (Galas, Trade Shows,
Operating Room, Commercial wiring).

Three shapes of that grammar:

- the employer as the subject of a serving verb with a count right after it ("Orchard
  Hall hosts 300 weddings", "Our SPD supports 10 operating rooms", "we see 40 patients");
- the counted things before "we" and that verb ("the 300+ meetings ... we host every
  year");
- the employer's name with "has" and a past deed, dated by "since" a year or "for" a
  number of years ("has wired commercial buildings ... since 1994").

The span runs to the clause's end and stops at "you": "We see 40 patients a day, and you
will room them" still asks for rooming. A duty line ("Support 10 operating rooms") has
no subject and is read as before.
"""

from __future__ import annotations

import re

__all__ = ["employer_volume_spans"]

# Verbs of what an employer does for the people or things it serves.
# Not "run", "manage", "process" or "ship": "We process 10,000 claims a month in
# Guidewire" names the system the hire will work in.
_SERVES = r"(?:host|see|serve|support|treat|care[ \t]+for|cater|welcome|teach|house)"
# A count: "300", "300+", "about 1,200", "more than 40", "10,000".
_COUNT = (r"(?:(?:about|over|more[ \t]+than|nearly|almost|roughly|some|up[ \t]+to"
          r"|close[ \t]+to)[ \t]+)?\d[\d,.]*\+?(?:[ \t]+(?:million|thousand))?")
# Where a sentence or a line opens, so a capitalised subject is a name, not a word inside.
_OPENS = r"(?:^[ \t]*(?:[-*•▪][ \t]+)?|(?<=[.!?:;])[ \t]+)"
# The employer as subject: "we", "our" and up to three words of its unit ("Our SPD",
# "Our two clinics"), or a capitalised name at a sentence's start.
_SUBJECT = (rf"(?:\b(?i:we)|{_OPENS}(?:(?i:our)(?:[ \t]+[\w&'’-]+){{1,3}}?"
            r"|(?-i:[A-Z])[\w&'’.-]*(?:[ \t]+(?:(?-i:[A-Z])[\w&'’.-]*|&)){0,5}))")
# The rest of the clause, never past "you" (the hire is spoken to again) nor past the
# systems the work runs on ("We see 60 patients a day and run on Dentrix": the hire's).
_TURN = r"(?!\byou|\band[ \t]+(?:we[ \t]+)?(?:run|runs|use|uses|work|works|rely|relies)\b)"
# Nor past the means and the place of the counted work, where the hire's systems are
# named ("supports 400 users on Windows 11 and Intune", "see 60 patients a day using
# Dentrix"; review28 P4).
_MEANS = r"(?!\b(?:on|using|with|in|into|through|via|from|following|per)\b)"
_REST = rf"(?:{_TURN}{_MEANS}[^.;:\n])*"
_VOLUME = re.compile(
    # "Orchard Hall hosts 300 weddings ...", "Our SPD supports 10 operating rooms ..."
    rf"{_SUBJECT}[ \t]+{_SERVES}(?:s|es)?[ \t]+{_COUNT}[ \t]+{_REST}"
    # "the 300+ meetings, galas and trade shows we host every year ..."
    rf"|\bthe[ \t]+{_COUNT}[ \t]+(?:{_TURN}[^.;:\n]){{1,100}}?[ \t]we[ \t]+{_SERVES}\b{_REST}"
    # "Tamarack Power & Light Contractors has wired ... since 1994"
    rf"|{_OPENS}(?-i:[A-Z])[\w&'’.-]*(?:[ \t]+(?:(?-i:[A-Z])[\w&'’.-]*|&)){{0,5}}[ \t]+has"
    r"[ \t]+(?!(?:used|adopted|implemented|deployed|relied|migrated)\b)[a-z]{3,}ed[ \t]+"
    rf"(?:{_TURN}[^.;:\n]){{1,120}}?"
    r"\b(?:since[ \t]+(?:19|20)\d\d|for[ \t]+(?:over[ \t]+|more[ \t]+than[ \t]+)?\d+[ \t]+years)\b",
    re.IGNORECASE)
# A count that is a demand or the job's own: "we need 2 years", "we require 1 year".
_NOT_SERVED = re.compile(r"^\W*\d[\d,.]*\+?[ \t]+(?:years?|months?|hours?|days?|weeks?)\b",
                         re.IGNORECASE)


# The words a clause of that grammar holds (in lower case): a posting without one is
# not read at all, and in the rest the pattern is tried only in the clauses around them
# that hold a figure, where a match can open (the clause's start, "we", "the"). A
# pattern tried at every character of the posting cost more than the rest of this
# reading.
_CUES = ("host", " sees ", " see ", "serves ", "served ", "supports ", "treats ",
         "cares for", "cared for", "caters ", "catered ", "welcomes ", "teaches ", "houses ",
         " since ", " years")
_DIGIT = re.compile(r"\d")
# What ends a clause inside a line: a stop before a space.
_STOPS = (". ", "; ", ": ", "! ", "? ")


def _clause(text: str, pos: int) -> tuple[int, int]:
    """The line's clause around ``pos``: from after the last stop and space (or the
    line's start) to the next stop (or the line's end)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    for stop in _STOPS:
        k = text.rfind(stop, start, pos)
        if k >= 0:
            start = k + 1
        k = text.find(stop, pos, end)
        if k >= 0:
            end = k + 1
    return start, end


def _openings(low: str) -> list[int]:
    """Where in a clause (lower-cased) a match may open: its start, "we" and "the"."""
    spots = [0]
    for word in ("we ", "the "):
        at = low.find(word)
        while at >= 0:
            spots.append(at)
            at = low.find(word, at + 1)
    return sorted(spots)


def employer_volume_spans(text: str, low: str | None = None) -> list[tuple[int, int]]:
    """Spans of ``text`` that tell the employer's business by its count or its years.
    ``low`` is the text lower-cased letter for letter when the caller has it."""
    if low is None or len(low) != len(text):
        low = text.lower()
        if len(low) != len(text):  # a letter lower-cased to two: read it all as written
            low = text
    cues = [cue for cue in _CUES if cue in low]
    if not cues:
        return []
    spots = []
    for cue in cues:
        at = low.find(cue)
        while at >= 0:
            spots.append(at)
            at = low.find(cue, at + 1)
    out: list[tuple[int, int]] = []
    done = -1
    for spot in sorted(spots):
        if spot < done:
            continue  # a clause already read
        a, b = _clause(text, spot)
        done = b
        if _DIGIT.search(text, a, b) is None:
            continue
        part, part_low = text[a:b], low[a:b]
        end = -1
        for at in _openings(part_low):
            if at < end:
                continue
            m = _VOLUME.match(part, at)
            if m is None or not m.group().strip():
                continue
            count = _DIGIT.search(m.group())
            if count is not None and _NOT_SERVED.match(m.group(), count.start()):
                continue
            end = m.end()
            out.append((a + m.start(), a + m.end()))
    return out
