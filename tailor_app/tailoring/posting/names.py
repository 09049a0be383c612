"""Product, brand and equipment names a posting asks for, read by the words around them.

A trade's makes and systems ("Thermo King", "Eaton Fuller", "Trucker Path", "a
Lightspeed POS") are asks as much as "Python", yet their names are plain capitalised
words, the shape of a place, a company or a heading too. A capitalised name is read as
a thing only where the sentence says it names one:

- a word for a kind of product follows it, at most two plain words between: "the
  Trucker Path app", "Allison and Eaton Fuller transmission experience", "Thermo King
  reefer unit repair", "Lightspeed retail POS", "Credible EHR", "Siemens Desigo
  building automation systems"; before a broad kind ("system", "equipment") a single
  plain word is as often a place, so it needs a partner or a brand's shape;
- it stands in apposition to such a word: "our core banking platform, Jack Henry
  Symitar", "the district's literacy program, UFLI Foundations";
- it is what the job uses: "(we use BQE Core)", "using Procore";
- it is what the person must know or have used: "proficient in Building Engines",
  "experience with Field Edge" (a name of one plain word there is as often a field);
- it is one of the names listed in brackets after a plain noun: "feature stores
  (Feast or Tecton)", never places or terms of the work ("hybrid (Dallas or Reno)").

A name may hold small joining words ("Bridges in Mathematics", "Customer Care &
Billing") and a model code ("PACCAR MX-13"). A sentence's first word is capitalised
for that reason alone, so a name there needs a second capitalised word or a listed
partner, and a duty verb opening the line ("Program …") is cut. The title's and the
company's words, months, days, degrees, a lone acronym (the acronym reader's) and spans
another reading already took are never read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from tailor_app.tailoring.caseless import folded, occurrences
from tailor_app.tailoring.degrees import highest_degree
from tailor_app.tailoring.skills.phrases import stop_word
from tailor_app.tailoring.text import word_set

__all__ = ["product_names"]

# A capitalised word, an acronym or a model code: "Thermo", "PACCAR", "MX-13", "TMW.Suite".
_WORD = r"(?:[A-Z][\w+&'’-]*(?:\.[A-Z][\w-]*)?|\d+[A-Z][\w-]*)"
_GLUE = r"(?: (?:in|of|of the|for|&) (?=[A-Z]))"
_NAME = rf"{_WORD}(?:(?: |{_GLUE}){_WORD}){{0,3}}"
# Words for a kind of product: what a make or a product is named before. Before the
# broad ones (a system, equipment, trucks) a single plain word is as often a place
# ("the Dallas equipment yard"), so a name there needs a second word, a listed partner
# or the shape of a brand (capitals, a figure).
_NARROW_KIND = (r"apps?|application|software|suite|curriculum|database|portal|engines?"
                r"|transmissions?|reefers?|EHR|EMR|POS|CRM|ERP|LMS|HRIS|ATS|WMS|TMS|CMMS|ELDs?")
_BROAD_KIND = (r"system|systems|platform|module|equipment|machines?|devices?|consoles?"
               r"|scanners?|trucks?|trailers?|forklifts?|tools?|standards|guidelines|protocols")
_KIND = f"{_NARROW_KIND}|{_BROAD_KIND}"
_NARROW = re.compile(rf"(?:{_NARROW_KIND})$")
# The first word of ``_NAME`` looking behind its first character, not before it, so
# that ``re`` skips to a capital or a figure (the same matches as "(?<![\w-])" before it).
_OPENING_WORD = (r"(?:[A-Z](?<![\w-][A-Z])[\w+&'’-]*(?:\.[A-Z][\w-]*)?"
                 r"|\d(?<![\w-]\d)\d*[A-Z][\w-]*)")
_HEAD = re.compile(
    rf"({_OPENING_WORD}(?:(?: |{_GLUE}){_WORD}){{0,3}})((?: [a-z][a-z-]+){{0,2}}) ({_KIND})"
    r"(?![\w-])")
# A kind's word anywhere: a text without one has no _HEAD (which tries a name at every
# character, where this pattern skips ahead to the letters that open a kind).
_ANY_KIND = re.compile(_KIND)
# The letters each of its branches holds in every match (``in`` tests, faster than the
# pattern on a short unit): a text holds one of them exactly when _ANY_KIND finds one.
_KIND_LETTERS = tuple(dict.fromkeys(k.rstrip("?").rstrip("s") if k.endswith("s?") else k
                                    for k in _KIND.split("|")))
_PLAIN = re.compile(r"[A-Z][a-z]+$")
_APPOSED = re.compile(
    rf"\b(?:{_KIND}|program|programme|tool|product), ({_NAME})(?=\s*(?:[.,;:)]|$|\sand\s))")
# ("u(?<!\wu)" is "\bu", written so that ``re`` skips to the letter.)
_USED = re.compile(rf"u(?<!\wu)(?:se|ses|sing|sed) ({_NAME})(?=\s*(?:[.,;:)]|$|\s[a-z]))")
_USE_WORDS = ("use ", "uses ", "using ", "used ")
# What the posting asks the person to know or have used, by name: "proficient in
# Building Engines", "experience with Field Edge". One plain capitalised word there is
# as often a field or a place ("experience in Retail"), so a name of one word needs a
# brand's shape ("QuickBooks", "Xactimate" is read by the vocabulary or elsewhere).
_CUED = re.compile(
    r"\b(?i:experience[ds]? (?:with|in|using)|proficien(?:t|cy) (?:in|with|using)"
    r"|familiar(?:ity)? with|comfortable (?:with|using|in)|knowledge of|skilled in"
    # "Training in Collaborative Problem Solving", "certified in Nurturing Parenting":
    # a program or method the posting names as what the person learned.
    r"|training (?:in|on)|certified in|certification in"
    rf"|expertise (?:in|with)|fluent in|trained (?:in|on)) ({_NAME})"
    r"(?=\s*(?:[.,;:)]|$|\s(?:and|or|is|a|preferred|required)\b))")
_CUE_WORDS = (" with ", " in ", " of ", " on ")
# The words ``_CUED``'s cues open with, lower-cased.
_CUE_OPENINGS = ("experience", "proficien", "familiar", "comfortable", "knowledge",
                 "skilled", "expertise", "fluent", "trained", "training", "certifi")


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]
                ) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, ``pattern`` tried only at ``starts``
    (ascending), which hold every place a match can open. ``_APPOSED`` and ``_CUED``
    open with a word boundary and a word of their own: ``re`` tried them at every word
    of the text, where a few places can hold one. (A match from ``pattern.match(text,
    at)`` is the one a search reaching ``at`` finds: the boundary sees the text before
    ``at``.)"""
    end = 0
    for at in starts:
        if at >= end:
            m = pattern.match(text, at)
            if m is not None:
                end = m.end()
                yield m


def _appositions(text: str) -> list[int]:
    """Where an ``_APPOSED`` match can open: at the first character of the run of word
    characters (``\\w``: ``str.isalnum`` or "_") that ends right before each ", "."""
    out = []
    at = text.find(", ")
    while at >= 0:
        k = at
        while k and (text[k - 1].isalnum() or text[k - 1] == "_"):
            k -= 1
        if k < at:
            out.append(k)
        at = text.find(", ", at + 1)
    return out


def _cues(text: str) -> list[int] | None:
    """Where a ``_CUED`` match can open: where a cue's first word stands in the folded
    text; None where lower-casing does not stand in for the case-blind cue."""
    low = folded(text)
    if low is None:
        return None
    out: set[int] = set()
    for word in _CUE_OPENINGS:
        out.update(a for a, _b in occurrences(word, low))
    return sorted(out)
# "Allison and Eaton Fuller": a name listed right before another.
_PARTNER_BEFORE = re.compile(rf"({_NAME})(?:,| and| or| &|/) ?$")
_FIRST = re.compile(r"(\w+) (?=\S)")
_GLUE_WORDS = frozenset({"of", "and", "or", "for", "on", "in", "with", "the"})
# A bracket after a plain noun listing the products it means: "feature stores (Feast or
# Tecton)". One name alone in brackets is as often where the job is ("the office (Stone
# Oak)"), and a state's two capitals mark a place ("(Allentown, PA)").
# (Opening with the bracket and looking behind it, so that ``re`` skips to a bracket.)
_BRACKETED = re.compile(
    rf"\((?<=[a-z] \()((?:{_NAME})(?:(?:,| or| and) (?:{_NAME}))*)\)")
_WORD_BEFORE = re.compile(r"([a-z][a-z-]+) $")
# A kind of software written as its acronym, one name in brackets after it: the product
# it is ("our POS (STORIS)", "the CRM (Pipedrive)", "our WMS (HighJump)").
_KIND_ACRONYM_BRACKET = re.compile(
    rf"\b(?:POS|CRM|ERP|EHR|EMR|WMS|TMS|LMS|HRIS|ATS|CMMS|PMS|DMS) \(({_NAME})\)")
# Plural nouns a lone bracketed name after them says where or when, not which product:
# "our clinics (Stone Oak)", "shifts (Days)".
_WHERE_PLURALS = word_set(
    """
    offices locations sites clinics stores branches campuses areas regions cities states
    counties hospitals plants centers centres schools shifts hours days nights weekends
    markets territories districts facilities warehouses restaurants hotels properties
    """)
_TWO_CAPITALS = re.compile(r"\b[A-Z]{2}\b")
_BRACKET_SPLIT = re.compile(r",\s*(?:or |and )?|\s(?:or|and)\s")
# What a bracket after a noun says besides a product: the terms of the job.
_TERMS_OF_WORK = word_set(
    """
    hybrid contract onsite on-site bilingual optional mandatory overtime paid unpaid
    temporary seasonal temp part-time full-time internship
    """)
_NOT_NAMES = word_set(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday i you we our your they the a an
    this that these those all any each every some no new
    """)


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:;•-–—(*\n"


# Singular nouns of software and equipment: a lone bracketed name after one is the
# product it is ("our core system (Symitar)", "the scheduling platform (Kronos)").
_KINDS_OF_PRODUCT = word_set(
    """
    system software platform application app tool suite database portal scanner
    analyzer analyser module
    """)


def _names_what_it_counts(noun: str, name: str) -> bool:
    """Does one bracketed ``name`` after a plural thing name the product that makes or
    holds them ("guest satisfaction scores (Medallia)", "mechanical lifts (Hoyer)"), or
    after a kind of software the product it is ("core system (Symitar)")? After
    another singular noun it is as often a place ("the office (Stone Oak)")."""
    if noun in _KINDS_OF_PRODUCT:
        return len(name.split()) <= 3 and not stop_word(name.split()[0])
    return (noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and len(noun) > 3
            and noun not in _WHERE_PLURALS and len(name.split()) <= 2
            and not stop_word(name.split()[0])
            and name.lower().replace(" ", "-") not in _TERMS_OF_WORK)


def product_names(text: str, free: Callable[[int, int], bool], avoid: set[str],
                  verbs: frozenset[str] = frozenset()) -> list[tuple[str, int, int]]:
    """(name, start, end) of each product name ``text`` introduces by the words around
    it. ``free`` says whether a span is still unread; ``avoid`` holds the title's and
    the company's lower-cased words; ``verbs`` duty verbs ("program") that may open a
    line before a name."""
    found: list[tuple[str, int, int]] = []

    def take(a: int, b: int, partnered: bool = False) -> None:
        name = text[a:b].rstrip(".")
        # A bracket opens a name, not a duty: "(Benchmark Advance and Eureka Math)".
        bracketed = text[:a].rstrip().endswith("(")
        while (first := _FIRST.match(name)) and _sentence_start(text, a) and (
                stop_word(first.group(1))
                or (first.group(1).lower() in verbs and not bracketed)):
            a += first.end()  # "Maintain Carrier …": the line's verb is no part of it
            name = name[first.end():]
        while (first := _FIRST.match(name)) and first.group(1) in _GLUE_WORDS:
            # "Knowledge of AAMI standards": the cue's "of" was left when its word went
            # (read "of AAMI"); a joining word opens no name.
            a += first.end()
            name = name[first.end():]
        words = name.split()
        if (len(words) > 1 and _sentence_start(text, a) and _PLAIN.match(words[0])
                and not _PLAIN.match(words[1]) and words[1][:1].isupper()):
            # "Service VRF systems": a plain word opening the line before a brand's
            # capitals is the line's verb or noun, not the brand's first word.
            a += len(words[0]) + 1
            name = name[len(words[0]) + 1:]
            words = words[1:]
        b = a + len(name)
        if not words or sum(c.isalpha() for c in name) < 2 or not free(a, b) \
                or name.lower() in avoid:
            return
        if all(w.lower() in avoid or w.lower() in _NOT_NAMES for w in words):
            return
        if words[-1].endswith(("'s", "’s", "s'", "s’")):
            return  # "Oregon's early learning standards": an owner, not the thing named
        if len(words) == 1 and name.isupper():
            return  # an acronym alone: the acronym reading's ("DPF, DEF/SCR")
        if words[0].lower() in _NOT_NAMES or highest_degree(name) is not None:
            return  # "(Bachelor of Science)": a degree, read as one elsewhere
        if _sentence_start(text, a) and len(words) < 2 and not partnered:
            return  # "Diesel engine experience": capitalised as the line's first word
        if any(a < fb and fa < b for _n, fa, fb in found):
            return
        found.append((name, a, b))

    for m in _HEAD.finditer(text) if any(k in text for k in _KIND_LETTERS) else ():
        a, b = m.span(1)
        partner = _PARTNER_BEFORE.search(text, max(0, a - 40), a)
        words = m.group(1).split()
        if _sentence_start(text, a):  # "Meet Texas standards": the line's verb goes
            while len(words) > 1 and (stop_word(words[0]) or words[0].lower() in verbs):
                words.pop(0)
        if partner is None and len(words) == 1 and _PLAIN.match(words[0]) \
                and not _NARROW.match(m.group(3)):
            continue
        take(a, b, partnered=partner is not None)
        if partner is not None:
            take(*partner.span(1), partnered=True)
    for m in _BRACKETED.finditer(text):
        items = _BRACKET_SPLIT.split(m.group(1))
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before is None or stop_word(before.group(1)) \
                or before.group(1) in _TERMS_OF_WORK or _TWO_CAPITALS.search(m.group(1)):
            continue  # "the office (Stone Oak)", "(Allentown, PA)", "hybrid (Dallas or Reno)"
        if len(items) < 2 and (text[before.start() - 1:before.start()].isalpha()
                               or not _names_what_it_counts(before.group(1), items[0])):
            continue  # one name after a capitalised word ("Orthopedics (Full Time)")
        pos = m.start(1)
        for item in items:
            a = text.find(item, pos, m.end(1))
            pos = a + len(item)
            if item and not stop_word(item.split()[0]) \
                    and item.split()[0].lower() not in _TERMS_OF_WORK:
                take(a, a + len(item), partnered=True)
    for m in _KIND_ACRONYM_BRACKET.finditer(text) if " (" in text else ():
        name = m.group(1)
        if len(name.split()) <= 3 and not stop_word(name.split()[0]) \
                and not _TWO_CAPITALS.search(name):
            take(*m.span(1), partnered=True)
    for pattern, needed in ((_APPOSED, (", ",)), (_USED, _USE_WORDS), (_CUED, _CUE_WORDS)):
        if not any(word in text for word in needed):
            continue  # the words every match holds are not there
        starts = _appositions(text) if pattern is _APPOSED else _cues(text) \
            if pattern is _CUED else None
        for m in pattern.finditer(text) if starts is None else _matches_at(pattern, text, starts):
            if pattern is _CUED and _PLAIN.match(m.group(1)):
                continue  # "experience in Retail": a field, as often as a product
            take(*m.span(1), partnered=True)
    return found
