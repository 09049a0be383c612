"""The line of business a requirement wishes the experience was in.

"3+ years of HR generalist experience, preferably in manufacturing", "ideally in a law
firm", "experience in a manufacturing setting", "2+ years of recruiting experience,
healthcare preferred": the industry or the kind of workplace is asked (a plus, as the
wording says), as every helper's label reads the line. The posting's reader
(``nouns._wished_settings``) names it by the posting's own words, less a setting word
("a manufacturing setting" asks Manufacturing).

A resume shows such an ask by its employers ("Heartland Snack Foods", "Marsh & Pike
LLP"), which no reader of the engine knows as an industry: on the pool of 128 pairs the
report called five of six such asks missing that the resume showed. So the match report
lists them to check, never as missing (``is_wished_setting``, used by
``skills/uncertain_gaps.py``).

Patterns are compiled once and run only on a unit that holds one of their cue words.
"""

from __future__ import annotations

import re

__all__ = ["is_wished_setting", "setting_spans"]

# One to three plain words, or two joined by "or"/"and" ("food or beverage manufacturing").
_INDUSTRY = (r"[a-z][a-z]{2,}(?:[ \t]+(?:or|and|&)[ \t]+[a-z][a-z]{2,})?"
             r"(?:[ \t]+[a-z][a-z]{2,})?")
_SETTING_WORDS = (r"(?:[ \t]+(?:setting|settings|environment|industry|sector|field|plant"
                  r"|facility))?")
# "preferably in manufacturing", "ideally in a law firm", "especially within the
# nonprofit sector"; "experience in a manufacturing setting".
_WISHED_IN = re.compile(
    rf"\b(?:ideally|preferably|especially|preferred)[ \t]+(?:in|within)[ \t]+"
    rf"(?:(?:an?|the)[ \t]+)?({_INDUSTRY}){_SETTING_WORDS}(?=[ \t]*(?:[.;,)]|$))"
    rf"|\bexperience[ \t]+(?:in|within)[ \t]+an?[ \t]+({_INDUSTRY})[ \t]+"
    rf"(?:setting|environment|industry|plant|facility)\b", re.IGNORECASE | re.MULTILINE)
# ", manufacturing preferred", ", healthcare a plus": after a clause of years or
# experience ("3+ years as an HR generalist, manufacturing preferred").
_PREFERRED_AFTER = re.compile(
    rf",[ \t]*({_INDUSTRY})[ \t]+(?:experience[ \t]+)?(?:is[ \t]+)?(?:preferred|a[ \t]+plus)\b")
# Words one of which ``_WISHED_IN`` needs, tested as plain substrings first.
_WISHED_CUES = ("ideally", "preferab", "especially", "preferred in", "preferred within",
                "experience in", "experience within")
_EXPERIENCE_BEFORE = re.compile(r"\b(?:years?|yrs?|experience|background)\b", re.IGNORECASE)


def setting_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names an industry or workplace its requirement wishes for: the
    words' spans, with no article or setting word."""
    low = text.lower()
    found = [(m.start(m.lastindex or 1), m.end(m.lastindex or 1))
             for m in _WISHED_IN.finditer(text)] if any(
        cue in low for cue in _WISHED_CUES) else []
    for m in _PREFERRED_AFTER.finditer(text) if "preferred" in low or " a plus" in low else ():
        start = max(text.rfind(";", 0, m.start()), text.rfind(".", 0, m.start()),
                    text.rfind("\n", 0, m.start()), 0)
        if _EXPERIENCE_BEFORE.search(text, start, m.start()):
            found.append((m.start(1), m.end(1)))
    return found


def is_wished_setting(name: str, snippet: str) -> bool:
    """Is ``name`` the industry or workplace ``snippet`` wishes the experience was in?"""
    if " in " not in snippet and "preferred" not in snippet and " a plus" not in snippet:
        return False
    low = name.lower()
    return any(snippet[a:b].lower() == low for a, b in setting_spans(snippet))
