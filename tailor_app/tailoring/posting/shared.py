"""Skills a posting names once for two modifiers: "written and verbal communication" is
Written Communication and Verbal Communication, "Six Sigma Green or Black Belt" the
Six Sigma Green Belt and Black Belt, "wine and menu knowledge" Wine knowledge.

The vocabulary reads a text name by name, so the modifier before "and"/"or" loses the
head it shares with the one after it. Each coordination of two single words is spelled
out both ways (the head shared backwards, and the words before the first modifier
shared forwards) and kept only when the vocabulary holds the phrase spelled out. One
pass over the text with compiled patterns and a few lookups per "and"/"or": linear in
the posting's length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from tailor_app.tailoring.joints import matches_before_joints
from tailor_app.tailoring.skills.phrases import word_before

__all__ = ["SharedHit", "add_once", "shared_head_hits"]

# Two single words joined by "and"/"or" on one line ("written and verbal"), or by a
# slash between words of three letters or more ("cross-browser/device"; not "A/B").
# The first word opens with its letter and looks behind it only then, and is never
# given back (no shorter word is followed by a space or a slash): ``re`` skips to the
# letters and tries no connector after each shorter word (the same matches, ~40 %
# less time on a posting).
_PAIR = re.compile(
    r"([A-Za-z](?<![\w/-][A-Za-z])[A-Za-z-]*+)(?:[ \t]+(?:and|or|and/or|&)[ \t]+"
    r"|(?<=[A-Za-z-]{3})/(?=[A-Za-z][A-Za-z-]{2,}\b(?!/)))([A-Za-z][A-Za-z-]*)\b")
_AFTER = re.compile(r"[ \t]+([A-Za-z][A-Za-z-]*)")
_BEFORE = re.compile(r"(?:(?<=[^\w-])|^)([A-Za-z][A-Za-z-]*)[ \t]+$")
# Words after which a phrase has ended: "charging according to", "schedules and be".
_PHRASE_ENDS = frozenset({"and", "or", "to", "for", "with", "in", "on", "at", "by", "of",
                          "from", "as", "according", "within", "across", "using", "under"})
_MAX_HEAD = 3  # words after the second modifier: "cost control", "Belt"
_MAX_LEAD = 2  # words before the first: "Six Sigma"


@dataclass(frozen=True)
class SharedHit:
    """A skill spelled out from a coordination, shaped as a vocabulary hit."""

    skill: Any
    start: int
    end: int
    surface: str


def add_once(out: list[SharedHit], names: set[str], skill: Any, start: int, end: int,
             surface: str) -> None:
    """Add a hit for ``skill`` unless one was spelled out already: a coordination can
    name the same skill twice ("design and drafting, and drafting standards")."""
    if skill.name not in names:
        names.add(skill.name)
        out.append(SharedHit(skill, start, end, surface))


def _after(text: str, pos: int) -> list[tuple[str, int]]:
    """Up to _MAX_HEAD words after ``pos`` on its line: (word, end)."""
    out: list[tuple[str, int]] = []
    while len(out) < _MAX_HEAD and (m := _AFTER.match(text, pos)) is not None:
        out.append((m.group(1), m.end()))
        pos = m.end()
    return out


def _before(text: str, pos: int) -> list[tuple[str, int]]:
    """Up to _MAX_LEAD words before ``pos`` on its line, nearest last: (word, start)."""
    out: list[tuple[str, int]] = []
    while len(out) < _MAX_LEAD:
        start = word_before(text, max(0, pos - 40), pos)
        if start is None:
            break
        out.insert(0, start)
        pos = start[1]
    return out




def _share_letters(m: re.Match[str], heads: list[tuple[str, int]],
                   lookup: Callable[[str], Any], names: set[str], out: list[SharedHit],
                   text: str) -> None:
    """The first word of a pair, in capitals, with the head the pair shares, when the
    vocabulary holds that phrase as a skill of its own."""
    for head, end in heads:
        skill = lookup(f"{m.group(1)} {head}")
        if skill is not None:
            # Spanning the pair and its head: the letters alone read as a person.
            add_once(out, names, skill, m.start(1), end, text[m.start(1):end])
            return


def _cuts_a_name(end: int, after: int, found: Sequence[Any]) -> bool:
    """Would a head ending at ``end`` cut a name the vocabulary found after the pair in
    two? "Enter and check bills of lading" shares no "bills" (Accounts Payable's "enter
    bills"): the head there is Bills of lading, as "review and sign certificates of
    insurance" names no certificates alone."""
    return any(after <= h.start < end < h.end for h in found)


def _always(_word: str) -> bool:
    return True


def shared_head_hits(text: str, lookup: Callable[[str], Any], found: Sequence[Any],
                     opens: Callable[[str], bool] = _always,
                     closes: Callable[[str], bool] = _always,
                     activity: Callable[[str, list[str]], Any] | None = None
                     ) -> list[SharedHit]:
    """Hits for the skills ``text`` names by a coordination, beyond ``found`` (the
    vocabulary's own hits): "written and verbal communication" gives Written
    Communication at "written" and Verbal Communication at "verbal communication".
    ``opens`` and ``closes`` say whether a word may open or close a vocabulary name:
    spellings that cannot be one are not looked up (a lookup costs microseconds).
    ``activity`` names what a duty's verb does to an object's words, as the vocabulary
    names it ("control", ["food", "costs"] -> Food cost control) or None: the verb right
    before the coordination shares it with each side ("control food and labor costs")."""
    names = {h.skill.name for h in found}
    # A word the vocabulary names on its own shares no head, nor does a capitalised
    # word beside a capitalised name: "Indeed and LinkedIn Recruiter" is no "Indeed
    # Recruiter", while "unit and integration testing" is Unit Testing.
    named = {pos for h in found for pos in (h.start, h.end)}
    # A longer name that ends in the first word ("refrigerant recovery and charging",
    # "design for manufacturability and assembly") still shares its lead forwards.
    longer = {h.end for h in found if " " in text[h.start:h.end].strip()}
    names_at = {h.start for h in found if text[h.start:h.start + 1].isupper()}
    out: list[SharedHit] = []
    for m in matches_before_joints(_PAIR, text):
        first, second = m.group(1), m.group(2)
        if first.lower() == second.lower():
            continue
        after = [w for w in _after(text, m.end(2))]
        heads = [(" ".join(w for w, _ in after[:n]), after[n - 1][1])
                 for n in range(len(after), 0, -1) if closes(after[n - 1][0])
                 and not _cuts_a_name(after[n - 1][1], m.end(2), found)]
        if heads and text[max(0, m.start(1) - 2):m.start(1)].strip() == ",":
            # "conventional, FHA and VA loans": the items before the pair share its
            # head too.
            _share_back(text, m.start(1), heads, lookup, named, names, out,
                        capitals=not (second[:1].isupper() and m.start(2) in names_at))
        if first[:1].isupper() and m.start(2) in names_at:
            continue
        if m.end(1) in named:
            if m.end(1) in longer and m.start(1) not in named:
                _share_lead(text, m, lookup, opens, names, out)
            elif m.start(1) in named and first.isupper() and len(first) > 1:
                # "install EMT and rigid conduit": letters the vocabulary reads alone
                # (the medical technician) name the thing the head names with them,
                # where the vocabulary holds it spelled out (EMT conduit).
                _share_letters(m, heads, lookup, names, out, text)
            continue
        before = _before(text, m.start(1))
        leads = [(" ".join(w for w, _ in before[-k:]) + " ", before[-k][1])
                 for k in range(len(before), 0, -1) if opens(before[-k][0])]
        if not heads:
            # "Greet clients and visitors": a duty's verb opening the line is shared by
            # both objects, each a name when the vocabulary holds it (Greeting Visitors).
            # Only the verb: a describing word before a pair ("changes to product
            # performance or presentation") is as often no name of the second.
            if len(before) == 1 and _opens_a_duty(text, before[0][1]):
                verb, at = before[0]
                for n, (word, a, b) in enumerate(((first, m.start(1), m.end(1)),
                                                  (second, m.start(2), m.end(2)))):
                    skill = lookup(f"{verb} {word}")
                    if skill is not None:
                        add_once(out, names, skill, at if n == 0 else a, b, text[a:b])
            continue
        # Each side's spellings, longest first: the lead shared forwards, then not. A
        # single letter names nothing without its lead: "(B or A Level)" is a grade, no
        # A Level, while "Class A or B CDL" is Class B CDL.
        sides = (
            [(f"{lead}{first} {head}", a, m.end(1)) for lead, a in leads for head, _ in heads]
            + ([(f"{first} {head}", m.start(1), m.end(1)) for head, _ in heads]
               if opens(first) and len(first) > 1 else []),
            [(f"{lead}{second} {head}", m.start(2), end) for lead, _ in leads
             for head, end in heads]
            + ([(f"{second} {head}", m.start(2), end) for head, end in heads]
               if opens(second) and len(second) > 1 else []))
        for n, spellings in enumerate(sides):
            by_verb = None  # the activity a verb before the pair names with this side
            if activity is not None and before:
                # "control food and labor costs": Food cost control, Labor cost control.
                verb, at = before[-1]
                word, a, b = (first, at, m.end(1)) if n == 0 else (second, m.start(2), 0)
                for head, end in heads:
                    by_verb = activity(verb, [word, *head.split()])
                    if by_verb is not None:
                        spellings = [("", a, b or end)]
                        break
            for phrase, a, b in spellings:
                skill = lookup(phrase) if phrase else by_verb
                if skill is not None:
                    add_once(out, names, skill, a, b, text[a:b])
                    break
    return out


# Where a duty's verb stands: a line's start (after a bullet's mark) or a clause's
# (read by ``_opens_a_duty``; the pattern is what it answers as, in the tests).
_DUTY_START = re.compile(r"(?:^|[\n;:]|[•*·-])[ \t]*$")
_DUTY_MARKS = frozenset("\n;:•*·-")


def _opens_a_duty(text: str, pos: int) -> bool:
    """``_DUTY_START.search(text, 0, pos)``: only blanks between ``pos`` and the text's
    start, a line break or one of the marks. Read back from ``pos`` (the pattern was
    tried at every character before it)."""
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos == 0 or text[pos - 1] in _DUTY_MARKS


# An item of a comma list right before ``pos`` (the pair's first word): "conventional, ".
_ITEM_BEFORE = re.compile(r"(?:(?<=[^\w-])|^)([A-Za-z][A-Za-z-]*),[ \t]*$")
_MAX_ITEMS = 6


def _share_back(text: str, pos: int, heads: list[tuple[str, int]],
                lookup: Callable[[str], Any], named: set[int], names: set[str],
                out: list[SharedHit], capitals: bool = True) -> None:
    """The one-word items of a comma list before a pair, each with the pair's head,
    where the vocabulary holds that spelling ("conventional, FHA and VA loans":
    Conventional Loans); a word the vocabulary names on its own shares nothing, nor
    does a capitalised word where the list closes on a name (``capitals`` False:
    "Indeed, Glassdoor and LinkedIn Recruiter")."""
    for _ in range(_MAX_ITEMS):
        m = _ITEM_BEFORE.search(text, max(0, pos - 40), pos)
        if m is None:
            return
        word, start = m.group(1), m.start(1)
        if m.end(1) not in named and len(word) > 1 and (capitals or word.islower()):
            for head, _end in heads:
                skill = lookup(f"{word} {head}")
                if skill is not None:
                    add_once(out, names, skill, start, m.end(1), word)
                    break
        pos = start


def _share_lead(text: str, m: re.Match[str], lookup: Callable[[str], Any],
                opens: Callable[[str], bool], names: set[str], out: list[SharedHit]) -> None:
    """The second word of a pair with the lead of the name its first word ends
    ("refrigerant recovery and charging": Refrigerant charging), where the vocabulary
    holds that spelling and the second word ends its phrase ("food safety and
    sanitation standards" is no Food sanitation); added to ``out`` and ``names``."""
    second = m.group(2)
    after = _AFTER.match(text, m.end(2))
    if after is not None and after.group(1).lower() not in _PHRASE_ENDS:
        return  # "food safety and sanitation standards": the second runs on
    before = _before(text, m.start(1))
    for k in range(len(before), 0, -1):
        if not opens(before[-k][0]):
            continue
        skill = lookup(" ".join([*(w for w, _ in before[-k:]), second]))
        if skill is not None:
            add_once(out, names, skill, m.start(2), m.end(2), second)
            return

