"""Words of a people naming kinds of a thing, not languages spoken.

"Knowledge of formal service styles (French, Russian, American)" asks for formal
service; "French", "Russian" and "American" say which styles. Read as they stand, they
were two spoken languages asked (a resume without French was told it lacked it) and a
capitalised term "American". Two shapes say a list of such words names kinds:

- it stands in brackets after a noun that is no word of speech ("styles", "cuisines"),
  and one of its words is no language's name ("American", "Cajun"): a list of
  languages never holds one;
- it stands before a noun of a kitchen's or a dining room's kinds ("French and Italian
  cuisine", "Spanish wines"). Not "service": "English and Spanish service" is a
  language asked.

A list under a word of speech ("languages (Spanish, Vietnamese)", "bilingual (Spanish,
Hmong)") is left alone, as is a language before any other word ("Spanish preferred").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.posting.cue_lines import cue_lines, scan_cued
from tailor_app.tailoring.text import word_set

__all__ = ["kinds_checked", "kinds_named"]

# A bracketed list of capitalised words after a lower-case noun: "styles (French,
# Russian, American)".
_BRACKETED = re.compile(
    r"\b([a-z][a-z-]+)[ \t]+\(((?:[A-Z][a-z]+)(?:(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+"
    r"|,[ \t]*(?:and|or)[ \t]+|[ \t]*/[ \t]*)[A-Z][a-z]+){1,7})\)")
# A list of capitalised words before a noun of a kitchen's or a dining room's kinds.
_BEFORE_KIND = re.compile(
    r"\b((?:[A-Z][a-z]+)(?:(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+|,[ \t]*(?:and|or)[ \t]+)"
    r"[A-Z][a-z]+){0,7})[ \t]+(?:cuisines?|cooking|styles?|wines?|dishes"
    r"|pastr(?:y|ies)|breads?|cheeses?|cocktails?)\b")
# What every match of ``_BEFORE_KIND`` ends on, as written ("pastr" in pastry, pastries).
_KIND_NOUNS = ("cuisine", "cooking", "style", "wine", "dishes", "pastr", "bread", "cheese",
               "cocktail")
_ITEM = re.compile(r"[A-Z][a-z]+")
# Nouns a list of languages stands under: the speech itself, or the people speaking.
_SPEECH = word_set(
    """
    language languages bilingual multilingual fluent fluency speaker speakers speaking
    spoken tongue tongues proficiency proficient preferred required helpful plus
    translation translating interpretation interpreting communication skills
    """)


def kinds_named(text: str, is_language: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of ``text`` whose words of a people name kinds of a thing (see the module's
    account); ``is_language(word)`` tells a language's name."""
    bracket = "(" in text
    # Each pattern runs only where a word every match of it holds stands: its bracket,
    # or a kind's noun as written (most postings hold a bracket and no such noun).
    kind = any(noun in text for noun in _KIND_NOUNS)
    if not bracket and not kind:
        return []
    spans: list[tuple[int, int]] = []
    # Only the lines where a bracket opens after a blank: every match holds one, and
    # none runs past its line (``cue_lines``).
    lines = cue_lines(text, len(text), (" (", "\t(")) if bracket else []
    for m in scan_cued(_BRACKETED, text, lines):
        if m.group(1).lower() in _SPEECH:
            continue
        items = _ITEM.findall(m.group(2))
        if any(is_language(w) for w in items) and not all(is_language(w) for w in items):
            spans.append(m.span(2))
    for m in scan_cued(_BEFORE_KIND, text,
                       cue_lines(text, len(text), _KIND_NOUNS) if kind else []):
        items = _ITEM.findall(m.group(1))
        if any(is_language(w) for w in items):
            spans.append(m.span(1))
    return spans


# A bracketed list of lower-case kinds after a noun of checking or permission that the
# hire arranges: "coordinate special inspections (concrete, rebar, welding,
# fireproofing)", "pull permits (electrical, plumbing, mechanical)". The words say what is
# inspected or permitted; the ask is arranging the inspection or the permit, and a
# superintendent who coordinates a welding inspection is asked for no Welding. A standard
# or a name in the brackets ("inspections (NFPA 25)") is no such list.
_CHECKED = re.compile(
    r"\b(?:inspections?|audits?|permits?|walk-?throughs?)[ \t]+\("
    r"((?:[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2})"
    r"(?:(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+|[ \t]*/[ \t]*)"
    r"[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2}){1,9})\)", re.IGNORECASE)
_CHECK_NOUNS = ("inspection", "audit", "permit", "walkthrough", "walk-through")
# The hire arranges, obtains or passes the check, in the same clause: "Coordinate city and
# special inspections", "Pull permits", "Schedule inspections", "pass inspections". One who
# performs it ("Complete pre-shift inspections (forklift, reach truck)", "Perform
# inspections (fire alarm, sprinkler)", "Complete monthly audits (medication
# administration, infection control)") works on the kinds named, which stay asked.
_ARRANGED_BEFORE = re.compile(
    r"\b(?:pull|pulls|pulling|obtain\w*|schedul\w*|coordinat\w*|pass|passes|passing"
    r"|arrang\w*|book|books|booking|request\w*|secur\w*|apply|applies|applying|submit\w*"
    r"|prepare[sd]?[ \t]+for|preparing[ \t]+for|get|gets|getting|call[ \t]+(?:in|for))\b"
    r"[^.;:!?\n]{0,50}$", re.IGNORECASE)


def kinds_checked(text: str) -> list[tuple[int, int]]:
    """Spans of the kinds a bracket after a noun of checking names (see ``_CHECKED``)."""
    if "(" not in text:
        return []
    lines = cue_lines(folded(text), len(text), _CHECK_NOUNS, ("(",))
    return [m.span(1) for m in scan_cued(_CHECKED, text, lines)
            if not any(c.isupper() for c in m.group(1))
            and _ARRANGED_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None]
