"""Holders of a credential the job helps, who are no ask of it.

"Assist journeyman plumbers", "under the direction of a journeyman electrician",
"help registered nurses with patient care": the vocabulary reads a credential by its
holder's name ("journeyman plumber" is the Journeyman License), so a helper's posting
asked for the licence of the people it works for. A demand ("must be a journeyman
plumber") names one holder and no helping verb, and stays an ask.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tailor_app.tailoring.posting.protocols import HitLike
from tailor_app.tailoring.posting.title import is_person_noun

__all__ = ["helped_holders", "holders_named", "names_a_crew", "told_letters"]

_HELPER_BEFORE = re.compile(
    r"\b(?:assist(?:s|ing)?|help(?:s|ing)?|support(?:s|ing)?|shadow(?:s|ing)?|alongside"
    r"|under[ \t]+(?:the[ \t]+)?(?:direction|supervision|guidance)[ \t]+of)[ \t]+"
    r"(?:(?:a|an|the|our|experienced|senior|licensed)[ \t]+)*$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def helped_holders(text: str, hit: HitLike) -> bool:
    """Does a credential named by its holder ("journeyman plumber") name the people the
    job helps rather than a demand: several of them ("journeyman plumbers"), or one the
    job works under ("under the direction of a journeyman electrician")?"""
    surface = text[hit.start:hit.end]
    if surface.isupper():
        return False  # letters ("RN") are read by ``hit_filters.names_people``
    words = surface.split()
    after = _NEXT_WORD.match(text, hit.end)
    if after is not None and is_person_noun(after.group(1)):
        words.append(after.group(1))  # "journeyman" of "journeyman plumbers"
    if len(words) < 2 or not is_person_noun(words[-1]):
        return False
    if words[-1].lower().endswith("s") and not hit.skill.name.lower().endswith("s"):
        return True
    return _HELPER_BEFORE.search(text, max(0, hit.start - 50), hit.start) is not None


# Words before the people a job works with, leads or answers to: "work alongside our CDL
# drivers", "supervise the STNA staff", "report to the RN case manager".
_BESIDE = re.compile(
    r"\b(?:our|alongside|with|beside|supervis(?:e|es|ing)|lead(?:s|ing)?|manag(?:e|es|ing)"
    r"|assist(?:s|ing)?|support(?:s|ing)?|help(?:s|ing)?|train(?:s|ing)?|coach(?:es|ing)?"
    r"|under|report(?:s|ing)?[ \t]+to|dispatch(?:es|ing)?)[ \t]+"
    r"(?:(?:the|a|an|our|other|fellow|experienced|senior|licensed|\d+)[ \t]+)*$",
    re.IGNORECASE)
# Words that only people follow: the letters right after them are a holder, named by
# the credential ("work alongside an LPN", "supervise CNAs", "report to the RN", "with
# two LPNs"). Not a bare "with": "students with IEPs", "work with an EHR".
_PERSON_BEFORE = re.compile(
    r"\b(?i:alongside|beside|supervis(?:e|es|ing)|report(?:s|ing)?[ \t]+(?:directly[ \t]+)?to"
    r"|under[ \t]+(?:the[ \t]+)?(?:direction|supervision|guidance)[ \t]+of"
    r"|assist(?:s|ing)?|delegat(?:e|es|ing)[ \t]+to|(?:with|and)[ \t]+(?:\d+|two|three|four"
    r"|five|six|other|fellow))[ \t]+(?i:(?:the|a|an|our|other|fellow|licensed)[ \t]+)?"
    r"(?:[A-Z]{2,6}s?(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+|/))*$")
# Verbs of leading people, before a credential's letters in the plural ("direct the
# CNAs", "schedule the EMTs"; "delegate tasks to STNAs" is ``_PERSON_BEFORE``'s): the
# holders led, no credential asked. Only letters the vocabulary holds as a person's
# credential are read so: the same verbs schedule PMs, IEPs and MRIs.
_LEADING_BEFORE = re.compile(
    r"\b(?i:direct|directs|directing|assign|assigns|assigning|schedule|schedules|scheduling"
    r"|oversee|oversees|overseeing)[ \t]+(?i:(?:the|our|your|all|\d+)[ \t]+)?$")
# Words that tell the letters after them are the one a change is told to or asked of:
# "notify the RN", "report changes in condition to the RN or LPN on duty", "escalate
# concerns to the charge RN". An aide's or a tech's posting names its nurses so; the
# letters are who hears the report, never a licence the job asks. A telling verb must
# open the clause ("to the" alone may be "equivalent to the CPT").
_TOLD_BEFORE = re.compile(
    r"\b(?i:(?:notify|notifies|notifying|inform|informs|informing|alert|alerts|alerting"
    r"|page|pages|paging|update|updates|updating|tell|tells|telling|call|calls|calling)[ \t]+"
    r"|(?:report|notif|inform|alert|escalat|relay|communicat|refer|convey|hand(?:s|ed|ing)?"
    r"[ \t]+off)\w*\b[^.;:!?\n]{0,60}?\bto[ \t]+)"
    r"(?i:(?:the|your|a|an|our|any)[ \t]+)"
    r"(?:(?i:charge|supervising|assigned|primary|on-call|on[ \t]+call)[ \t]+)?"
    r"(?:[A-Z]{2,6}s?(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+|/))*$")
# The telling verbs' stems, tested as plain substrings before the pattern is tried.
_TOLD_STEMS = ("notif", "inform", "alert", "pag", "updat", "report", "escalat", "relay",
               "communicat", "refer", "convey", "hand", "tell", "call")
# Words after such letters that make them a licence or a step toward one, still told of
# ("a path to the RN license").
_CREDENTIAL_AFTER = re.compile(
    r"[ \t]+(?i:licen[cs]e|licensure|degree|program|exam|credential|certification|level)\b")
# A credential's letters and the people noun after them: "CDL drivers", "RN case manager".
# The first capital opens the pattern, the word boundary checked behind it ("\b[A-Z]"):
# ``re`` skips to the capitals rather than trying a boundary at every character.
_LETTERS_THEN_WORD = re.compile(
    r"([A-Z](?<!\w[A-Z])[A-Z]{1,5}(?:s\b)?)(?:[ \t]+([a-z]+))?(?:[ \t]+([a-z]+))?")


def holders_named(text: str, credential: Callable[[str], bool] | None = None
                  ) -> list[tuple[int, int]]:
    """Spans of credential letters that name the people the job works with, leads or
    reports to ("work alongside our CDL drivers", "report to the RN case manager"): a
    people noun follows the letters and a word of working beside them stands before.
    A demand ("Must be a CDL driver", "CDL drivers with 2 years' experience apply")
    has no such word before it and stays read."""
    spans = []
    for m in _LETTERS_THEN_WORD.finditer(text):
        nouns = [w for w in (m.group(2), m.group(3)) if w]
        if any(is_person_noun(w) for w in nouns[:2]):
            if _BESIDE.search(text, max(0, m.start() - 50), m.start()) is not None:
                spans.append(m.span(1))
        elif _PERSON_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None:
            spans.append(m.span(1))  # "work alongside an LPN", "supervise CNAs"
        elif credential is not None and m.group(1).endswith("s") \
                and m.group(1)[:-1].isupper() and _LEADING_BEFORE.search(
                    text, max(0, m.start() - 30), m.start()) is not None \
                and credential(m.group(1)[:-1]):
            # "direct the CNAs on your hall", "schedule the EMTs": a person's credential
            # in the plural; "schedule PMs", "oversee RFIs" are things (review23 P5)
            spans.append(m.span(1))
    return spans


def told_letters(text: str, start: int, end: int) -> bool:
    """Are the credential letters at ``start:end`` the nurse a change is told to ("report
    changes in condition to the RN or LPN on duty", "notify the charge RN")? Asked only
    of a credential's letters: "update the EHR" names the system worked in."""
    if not text[start:end].isupper() or _CREDENTIAL_AFTER.match(text, end) is not None:
        return False
    window = text[max(0, start - 110):start].lower()
    if not any(stem in window for stem in _TOLD_STEMS):
        return False  # no telling verb near: the pattern need not be tried
    return _TOLD_BEFORE.search(text, max(0, start - 110), start) is not None


# The plural people noun right after a skill's words: "patient care technicians",
# "medical assistants", "pharmacy techs".
_PEOPLE_AFTER = re.compile(r"[ \t]+([a-z]+s)\b")


def names_a_crew(text: str, start: int, end: int) -> bool:
    """Do the skill words at ``start:end`` name the people the job leads, works beside or
    reports to, by their job ("Supervise patient care technicians", "work alongside
    our medical assistants")? "Patient care" there is their title, not an ask of the
    hire; "provide patient care" or "two years as a patient care technician" stay."""
    after = _PEOPLE_AFTER.match(text, end)
    if after is None or not (is_person_noun(after.group(1)) or after.group(1) == "techs"):
        return False
    return _BESIDE.search(text, max(0, start - 50), start) is not None
