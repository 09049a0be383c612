"""Firms named in the running text, whose trade words are no ask.

"Receptionist at Brightline Payroll Services", "Redline Roofing Supply is hiring", "CSR
for Clearwater Pest Control": a firm's name is often a coined word and its trade, and
read word by word it asked Payroll, Roofing or Pest Control of a receptionist, a seller
or a phone agent. The title finder catches the employer only where a posting names it
in its own line; these names stand anywhere.

A name is a run of capitalised words (with "&", "+", "of", "and" between them) holding
a coined word no vocabulary hit covers, and either ending in a word firms end in
("Services", "Supply", "Group", "LLC", "CPAs") or standing where a firm stands: after
"at", "for", "join" or "from", or as the subject of "is hiring". A run opening a
sentence must be its subject ("Brightline Payroll Services is ..."), so that "Provide
Payroll Services to clients" stays a duty.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from tailor_app.tailoring.text import word_set

__all__ = ["firm_name_spans"]

# The last words of firms' names.
_SUFFIX = word_set("""
services service group llc inc inc. co co. company corp corp. corporation supply supplies
associates partners solutions industries enterprises holdings agency cpas cpa pllc llp lp
ltd ltd. brothers bros bros. outfitters contractors builders distributors distribution
wholesale
""")
# Trade words firms' names end in ("Bright Spark Electric", "Dunmore Logistics", "Northwind
# Heating & Air", "Carver Creek Transport"): a firm's name once a coined word stands in
# it, though each is a skill word read alone.
_SUFFIX |= word_set("""
electric electrical plumbing roofing logistics freight trucking transport transportation
courier couriers carriers lines express heating cooling air mechanical construction dental
orthodontics pharmacy foods farms motors interiors realty properties staffing labs
fabrication landscaping janitorial
""")
_GLUE = frozenset({"&", "+", "of", "and", "the"})
_TOKEN = re.compile(r"[A-Z][\w'’.-]*|&|\+|\b(?:of|and|the)\b")
# A run of ``_TOKEN``s with nothing but spaces between them, opening with a capitalised
# word (glue opens no run): one scan that ``re`` tries only at a capital (tokenising the
# whole text tried the glue words' boundary at every character). Its first word is
# group 1.
_RUN = re.compile(r"([A-Z][\w'’.-]*)(?:[ \t]*(?:[A-Z][\w'’.-]*|&|\+|\b(?:of|and|the)\b))*")
# Where a firm stands: "at Brightline Payroll Services", "for Clearwater Pest Control",
# "Join Redline Roofing Supply", "the team at ...".
_PLACE_BEFORE = re.compile(r"(?:\b(?:at|for|join|joining|from)|@)[ \t]+(?:the[ \t]+)?$",
                           re.IGNORECASE)
# A run that opens a sentence is a firm only as its subject: "... is hiring", "... has".
_SUBJECT_AFTER = re.compile(
    r"[ \t]+(?:is|are|has|have|was|serves|provides|offers|operates|seeks|needs|wants"
    r"|specializes|employs|builds|sells|delivers)\b|,[ \t]+(?:a|an|the|one)\b")
_LINE_OPENING = re.compile(r"[ \t]*(?:[-*•–][ \t]*)?")
# A firm's name on a line of its own, as a posting's employer line stands: "Bright Spark
# Electric - Greenville, SC", "Dunmore Logistics, Inc. | Reno, NV", "Spark Courier Co".
_LINE_OF_ITS_OWN = re.compile(r"[ \t]*(?:$|\n|[-–—|·,(][^\n]{0,60}(?:$|\n))")
# The employer's line says where or what the firm is ("- Reno, NV", ", Inc.") or stands
# in the posting's head, beside the title; a list item is never one ("- Commercial
# Plumbing" under "Experience we want:").
_PLACE_OR_FORM = re.compile(r"[ \t]*[-–—|·,(][ \t]*(?:[A-Z][\w.'’ -]*,[ \t]*[A-Z]{2}\b"
                            r"|(?:inc|llc|ltd|co|corp|pllc|llp)\b)", re.IGNORECASE)
_HEAD_LINES = 3
# Ordinary words of a trade's kind of work, which a firm's coined word is not:
# "Commercial Plumbing", "Residential Roofing", "Industrial Electrical".
_KINDS_OF_WORK = frozenset({
    "commercial", "residential", "industrial", "general", "custom", "local", "regional",
    "light", "heavy", "new", "basic", "advanced", "municipal", "institutional", "retail",
    "refrigerated", "interior", "exterior", "emergency", "specialty", "structural"})


def _employer_line(text: str, a: int, rest: str) -> bool:
    """Is the line opening at ``a`` with a firm's name (``rest`` after it) the employer's
    line: no list item, and either telling a place or legal form or standing in the
    posting's first lines?"""
    line = text.rfind("\n", 0, a) + 1
    if text[line:a].strip():
        return False  # after a bullet: a list's item
    if _PLACE_OR_FORM.match(rest):
        return True
    return text.count("\n", 0, line) < _HEAD_LINES
_PLACE_WORDS = frozenset({"at", "join", "joining"})
# What may follow a firm's name on its own line: its legal form and place.
_FIRM_END = re.compile(r"[ \t]*(?:[-–—|·,(].*)?$", re.DOTALL)
# A product named after "from" or "for" ("restores from Veeam Backup", "admin for
# Salesforce Marketing Cloud"); after "at" or "join", a firm.
_BY_PRODUCT = re.compile(r"\b(?:from|for)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


def _opens(text: str, a: int) -> bool:
    """Does the word at ``a`` open its line (after a bullet) or its sentence?"""
    line = text.rfind("\n", 0, a) + 1
    if _LINE_OPENING.fullmatch(text, line, a):
        return True
    before = text[line:a].rstrip(" \t")
    return before.endswith((".", "!", "?", ":", ";"))


def _runs(text: str) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """Runs of two or more capitalised words joined only by spaces and glue words, with
    their words' spans (a lone word is no firm's name)."""
    out = []
    for run in _RUN.finditer(text):
        if run.end(1) == run.end():
            continue  # one word: most of a posting's capitals
        a, b = run.span()
        out.append((a, b, [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, a, b)]))
    return out


def _to_full_stop(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A run's words up to a full stop: "journal entries in NetSuite. A CPA would be
    great" ends the sentence and the name at "NetSuite."; an abbreviation's ("Inc.",
    "Co.") or an initial's ("J. Reyes") stop does not."""
    for n, (_a, _b, word) in enumerate(words[:-1]):
        if word.endswith(".") and word.lower() not in _SUFFIX \
                and not (len(word) == 2 and word[0].isupper()):
            return words[:n + 1]
    return words


def firm_name_spans(text: str, hits: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of firms' names in ``text``; ``hits`` are the vocabulary's spans (a word
    none of them covers is a coined word)."""
    if not hits:
        return []  # no word is a skill's: no name mixes coined words and a trade's
    starts = sorted(hits)
    begins = [a for a, _b in starts]

    def covered(a: int, b: int) -> bool:
        k = bisect.bisect_right(begins, a)
        return any(starts[j][0] <= a and b <= starts[j][1] for j in range(max(0, k - 4), k))

    spans = []
    for a, b, words in _runs(text):
        words = _to_full_stop(words)
        while words and words[-1][2] in _GLUE:
            words = words[:-1]
        # "Join Kestrel Logistics today", "At Spark Courier we ...": the place word
        # opening a sentence is capitalised with the name after it.
        opener = bool(words) and words[0][2].lower() in _PLACE_WORDS
        if opener:
            words = words[1:]
        if len(words) < 2:
            continue
        a, b = words[0][0], words[-1][1]
        coined = [w for w in words if w[2] not in _GLUE and w[2][:1].isupper()
                  and w[2].lower() not in _KINDS_OF_WORK
                  and not covered(w[0], w[1])]
        skills = [w for w in words if covered(w[0], w[1])]
        if not coined or not skills:
            continue
        suffix = words[-1][2].lower().rstrip(",") in _SUFFIX
        placed = opener or _PLACE_BEFORE.search(text, max(0, a - 20), a) is not None
        if not suffix and (not placed or (words[0] not in coined and _BY_PRODUCT.search(
                text, max(0, a - 20), a) is not None)):
            continue  # "restores from Veeam Backup & Replication": a product, named first
            # (after "at" or "join" a firm: "At Spark Courier we move parcels")
        if _opens(text, a) and not placed \
                and _SUBJECT_AFTER.match(text, b) is None:
            own_line = _LINE_OF_ITS_OWN.match(text, b) if suffix else None
            if own_line is not None and not _employer_line(text, a, own_line.group()):
                own_line = None
            if own_line is None:
                continue  # "Provide Payroll Services to clients": a duty's verb opens it
            # "Dunmore Logistics, Inc. - Reno, NV": the employer's line, its place too
            b = own_line.end() - (1 if own_line.group().endswith("\n") else 0)
        spans.append((a, b))
    return spans + _named_again(text, spans)


def _named_again(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The firms of ``spans`` named again elsewhere in ``text`` by the same words, where
    their place alone tells nothing: "Join Kestrel Logistics today! Kestrel Logistics
    runs a 24/7 cross-dock" names one firm twice."""
    names = {_FIRM_END.sub("", text[a:b]) for a, b in spans}
    out = []
    for name in names:
        if " " not in name:
            continue
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        out += [m.span() for m in pattern.finditer(text)
                if not any(a <= m.start() < b for a, b in spans)]
    return out
