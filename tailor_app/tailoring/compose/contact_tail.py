"""Lines about how to reach and when to book the person stay with the contact block.

A resume with a long contact block often ends it with a line or two of logistics:
"Available for second or third shift; reliable transportation", "Preferred contact:
text after 2 p.m.", "Open to relocation; authorized to work in the US". With no blank
line or heading of their own, the parser reads them as an opening paragraph without a
heading (a summary), so the tailored line went between the address and them, and the
first thing under the pitch was when to text. A careful person keeps them under the
name and address and puts the line after them. They move into the contact block, as
written: no line is dropped or reworded, and they stay at the top where the writer
put them.

Only an opening block without a heading, dates or bullets, of short lines each of which
opens with availability, shifts, relocation, transport, work authorisation or how to
make contact, names none of the posting's skills and no quality or experience of the
person (a pitch that mentions "open to all shifts" on its way stays a summary).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from tailor_app.tailoring.model import ParsedResume

__all__ = ["with_contact_tail"]

# A logistics line opens with what it is about ("Available …", "Preferred contact: …",
# "Open to relocation", "Authorized to work …"); a pitch that mentions shifts on the way
# ("Dependable team player open to all shifts, with …") opens with the person.
_LOGISTICS = re.compile(
    r"(?:availab\w*|shifts?\b|weekends?\b|relocat\w*|willing to\b|open to\b|"
    r"reliable transportation|transportation\b|commute\b|preferred contact|contact\b|"
    r"best reached|text(?:ing)?\b|call\b|authori[sz]ed to work|work authori[sz]ation|"
    r"visa\b|sponsorship\b|(?:u\.?s\.? )?citizen\w*|start date|notice period|remote\b|"
    r"hybrid\b|on-?site\b|travel\b|can start\b)", re.IGNORECASE)
# Words of a pitch about the person, never of when or how to reach them.
_PITCH = re.compile(r"\b(?:professional|team player|experience\w*|skilled|dedicated|"
                    r"dependable|hard-?working|motivated|passionate|loves?|enjoy\w*|"
                    r"years?)\b", re.IGNORECASE)
_MOST_LINES = 3
_MOST_WORDS = 16


def with_contact_tail(resume: ParsedResume, shows_asked: Callable[[str], bool]
                      ) -> ParsedResume:
    """``resume`` with an opening block of logistics lines (see the module docstring)
    joined to the end of its contact block; ``shows_asked`` says whether a line names
    one of the posting's skills (such a line is the writer's pitch, and stays)."""
    if not resume.sections or not resume.contact.lines:
        return resume
    first = resume.sections[0]
    if first.kind != "summary" or first.heading or not first.entries:
        return resume
    if any(e.start or e.end or e.bullets for e in first.entries):
        return resume
    lines = [line for entry in first.entries for line in entry.header]
    if not lines or len(lines) > _MOST_LINES or not all(
            _logistics(line) and not shows_asked(line) for line in lines):
        return resume
    contact = replace(resume.contact, lines=[*resume.contact.lines, *lines])
    return replace(resume, contact=contact, sections=resume.sections[1:])


def _logistics(line: str) -> bool:
    """A short line that opens with availability, contact or work authorisation and
    says nothing of the person's qualities or experience."""
    return (len(line.split()) <= _MOST_WORDS and _LOGISTICS.match(line.strip(" -*•·")) is not None
            and _PITCH.search(line) is None)
