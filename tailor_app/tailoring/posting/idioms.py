"""Figures of speech and errands: words of a duty that name no skill of their own.

"Lend a hand to the tax team", "lend an ear to frustrated callers", "hit the ground
running", "close the loop with customers": the verb of an idiom is no activity, so
reading it as one asked Lending, or made a skill of the idiom's object. Likewise where
an errand takes something ("run paperwork to the contractor desk", "bring the mail to
the front office"): the place it goes is no ask. Each span is left out of every
reading, as the people and schooling of ``noise.not_asked_spans`` are; the duty the
idiom stands beside is still read ("Lend a hand ... with assembling returns").
"""

from __future__ import annotations

import re

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.posting.cue_lines import cue_lines, scan_cued

__all__ = ["hiring_spans", "idiom_spans"]

# Idioms whose words name no skill, matched whole so that a literal use of one verb
# ("lend money", "close the books", "keep the logs") stays read.
_IDIOM = re.compile(
    r"\b(?:lend|lends|lending|give|gives|giving|offer|offers|offering)[ \t]+"
    r"(?:(?:a|an|your|their)[ \t]+)?(?:helping[ \t]+|extra[ \t]+|listening[ \t]+)?(?:hand|ear)s?\b"
    r"|\bhit[ \t]+the[ \t]+ground[ \t]+running\b"
    r"|\bclos(?:e|es|ing)[ \t]+the[ \t]+loop\b"
    r"|\bkeep(?:s|ing)?[ \t]+(?:an|a[ \t]+close|a[ \t]+watchful)[ \t]+eye\b"
    r"|\broll(?:s|ing)?[ \t]+up[ \t]+(?:your|their|our)[ \t]+sleeves\b"
    r"|\bwear(?:s|ing)?[ \t]+(?:many|multiple|several|lots[ \t]+of|a[ \t]+lot[ \t]+of)[ \t]+hats\b"
    r"|\bgo(?:es|ing)?[ \t]+the[ \t]+extra[ \t]+mile\b"
    r"|\bthink(?:s|ing)?[ \t]+on[ \t]+(?:your|their|our)[ \t]+feet\b"
    r"|\b(?:learn|show)(?:s|ing)?[ \t]+(?:\w+[ \t]+)?the[ \t]+ropes\b"
    r"|\bhold(?:s|ing)?[ \t]+down[ \t]+the[ \t]+fort\b"
    r"|\bget(?:s|ting)?[ \t]+(?:your|their)[ \t]+hands[ \t]+dirty\b"
    r"|\b(?:pitch|chip|jump)(?:es|s|ing)?[ \t]+in\b(?![ \t]+(?:the|a|an)\b)"
    r"|\bmove[ \t]+the[ \t]+needle\b|\braise[ \t]+the[ \t]+bar\b"
    # Orders told to people are commands, no purchasing: "give orders to the prep cooks",
    # "call out orders to the line" (a server's "take orders" stays read).
    r"|\b(?:give|gives|giving|shout(?:s|ing)?(?:[ \t]+out)?|call(?:s|ing)?[ \t]+out"
    r"|bark(?:s|ing)?|relay(?:s|ing)?|pass(?:es|ing)?)[ \t]+(?:out[ \t]+)?orders[ \t]+to\b",
    re.IGNORECASE)
# What an errand carries somewhere: the place after "to" is where it goes. One to three
# words of the thing carried, then "to the/our" and the place (one or two words).
_ERRAND = re.compile(
    r"\b(?:(run|runs|running|carry|carries|carrying|haul|hauls|hauling|shuttle|shuttles"
    r"|shuttling)|bring|brings|bringing)[ \t]+((?:[\w'-]+[ \t]+){1,3}?)"
    r"(to[ \t]+(?:the|our|each|a)[ \t]+[\w-]+(?:[ \t]+(?![ \t]*(?:when|and|or|if|for|on"
    r"|in|at|with|from|before|after|during|as)\b)[\w-]+)?)",
    re.IGNORECASE)


# The plain words every match of each pattern holds (``cue_lines``): most postings
# hold no idiom's noun and are not read with ``_IDIOM`` at all. A noun after a blank in
# every idiom holding it is looked for after one ("lend an ear", "hit the ground"), so
# "year", "learn" and "background" cue no line.
_IDIOM_CUES = (" hand", " ear", " ground", " loop", " eye", " sleeves", " hats", " mile",
               " feet", " ropes", " fort", " dirty", "pitch", "chip", "jump", " needle",
               "raise", " orders")
_ERRAND_CUES = ("run", "carr", "haul", "shuttl", "bring")


def idiom_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that ask nothing: idioms ("lend a hand") and the place an
    errand goes ("run paperwork to the contractor desk")."""
    return _idiom_spans(text, folded(text))


def _idiom_spans(text: str, low: str | None) -> list[tuple[int, int]]:
    """``idiom_spans`` with ``folded(text)``; with None, each pattern reads the whole
    text (the scan the cues stand in for)."""
    size = len(text)
    spans = [m.span() for m in scan_cued(_IDIOM, text, cue_lines(low, size, _IDIOM_CUES))]
    if " to " in text or " To " in text:
        # Only the place: the verb and its goods stay read ("run food to the tables" is
        # Food Running), and a blank between them took the next duty's verb for the
        # object ("carry linens to the rooms, strip and make beds" asked Strip).
        spans += [m.span(3) for m in scan_cued(
            _ERRAND, text, cue_lines(low, size, _ERRAND_CUES))]
    return spans


# The employer hiring: "Harlow & Finch CPAs is hiring a staff accountant", "we're hiring",
# "now hiring" (the job's own "assist with hiring" stays read).
_HIRING = re.compile(
    r"\b(?:is|are|we're|we’re|now|currently|actively)[ \t]+(hiring\b"
    r"(?:[ \t]+(?:a|an|for|two|three|several|multiple)\b[^.,;:!\n]{0,40}?"
    r"(?=[ \t]+to\b|[.,;:!\n]|$))?)"
    r"|\b(hiring[ \t]+(?:now|immediately|today))\b", re.IGNORECASE)


def hiring_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the employer's "is hiring a …": no recruiting asked. Only the
    vocabulary's and the deeds' readings are left out there; the sentence is read as
    before otherwise."""
    if "hiring" not in text and "Hiring" not in text:
        return []
    lines = cue_lines(folded(text), len(text), ("hiring",))
    return [m.span(1) if m.group(1) else m.span(2) for m in scan_cued(_HIRING, text, lines)]
