"""Work with people named as a skill: "communicate daily with families" is Family
communication, "partner with hiring managers" Hiring manager partnership, "keep
families in the loop" Family communication again.

A duty that is done *with* someone has no object for a deed reading (deeds.py reads a
verb and its object), so the few verbs of working with people are read here with the
people they name, and the skill is named as a careful reader writes it: the people
(singular) and the verb's noun. Only people outside the job's own team count: "work
with the team" asks for no skill. One compiled pattern, one pass: linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.posting.nouns import _PERSON
from tailor_app.tailoring.text import word_set

__all__ = ["PartnerTerm", "partner_terms"]

# The verbs of working with people, and the noun each names the work by.
_NOUN = {"communicate": "communication", "collaborate": "collaboration",
         "partner": "partnership", "liaise": "liaison", "coordinate": "coordination",
         "consult": "consultation"}
# People outside the job's own team, whom a duty names as its partners.
_PEOPLE = word_set(
    """
    clients customers families parents patients guests students residents vendors
    suppliers carriers stakeholders physicians providers homeowners contractors attorneys
    managers brokers agencies insurers payers donors members
    """)
_WITH = re.compile(
    r"\b((?i:communicat|collaborat|partner|liais|coordinat|consult))(?:e|es|ed|ing|s)?\b"
    r"(?:[ \t]+[a-z]+ly|[ \t]+daily|[ \t]+weekly|[ \t]+closely|[ \t]+directly)?"
    r"[ \t]+with[ \t]+(?:(?:the|our|your|their|each|all|local|external|internal|outside"
    r"|key|new|existing|prospective)[ \t]+){0,2}"
    r"((?:[a-z][a-z-]+[ \t]+)?[a-z]+)\b")
_STEMS = {"communicat": "communicate", "collaborat": "collaborate", "partner": "partner",
          "liais": "liaise", "coordinat": "coordinate", "consult": "consult"}


@dataclass(frozen=True)
class PartnerTerm:
    """A skill named from a duty done with people: its name and where the duty stands."""

    name: str
    start: int
    end: int


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# Developing people is a skill named by the verb alone: "coach supervisors in daily
# huddles" asks for Coaching, "mentor new hires" for Mentoring.
_DEVELOP = re.compile(
    r"\b((?i:coach|mentor))(?:es|s|ed)?[ \t]+(?:(?:the|our|your|their|each|all|new|junior"
    r"|other|front-line|frontline|line)[ \t]+){0,2}(?:([a-z][a-z-]+)[ \t]+)?([a-z]+)\b")
_GERUND = {"coach": "Coaching", "mentor": "Mentoring"}

# Communicating told as keeping people informed: "keep families in the loop", "keep
# parents informed of progress", "keeps customers updated on delays", "keep the
# homeowner up to date". The people are the partners, as after "communicate with".
_KEEP_INFORMED = re.compile(
    r"\b(?i:keep|keeps|keeping)[ \t]+(?:(?:the|our|your|their|each|all|every|its)[ \t]+)?"
    r"((?:[a-z][a-z-]+[ \t]+)?[a-z]+)[ \t]+(?:(?:fully|well|regularly|always|closely)[ \t]+)?"
    r"(?:informed|updated|posted|in[ \t]+the[ \t]+loop|up[ \t]+to[ \t]+date|up-to-date)\b")


def partner_terms(text: str) -> list[PartnerTerm]:
    """The skills ``text`` names as work with people outside the team, or as developing
    the people the job leads."""
    # Most units name neither verb nor "with": each pattern is searched only where the
    # words it needs stand (``folded`` is None where lower-casing is no stand-in).
    low = folded(text)
    out = [PartnerTerm(_GERUND[m.group(1).lower()], m.start(), m.end())
           for m in (_DEVELOP.finditer(text) if low is None or "coach" in low
                     or "mentor" in low else ())
           if m.group(3) in _PERSON or m.group(2) in _PERSON]
    for m in _WITH.finditer(text) if "with" in text else ():
        words = m.group(2).split()
        if words[-1] not in _PEOPLE and words[0] in _PEOPLE:
            words = words[:1]  # "with families through the app"
        if words[-1] not in _PEOPLE or (len(words) == 1 and words[0] in ("managers",
                                                                          "members")):
            continue  # "work with managers": whose managers is not said
        people = " ".join([*words[:-1], _singular(words[-1])])
        name = f"{people} {_NOUN[_STEMS[m.group(1).lower()]]}"
        out.append(PartnerTerm(name[0].upper() + name[1:], m.start(), m.end()))
    for m in _KEEP_INFORMED.finditer(text) if low is None or "keep" in low else ():
        words = m.group(1).split()
        last = words[-1] if words[-1] in _PEOPLE else words[-1] + "s"  # "the homeowner"
        if last not in _PEOPLE or last in ("managers", "members"):
            continue  # "keep records up to date", "keep your manager informed"
        people = " ".join([*words[:-1], _singular(words[-1])])
        out.append(PartnerTerm(f"{people[0].upper()}{people[1:]} communication",
                               m.start(), m.end()))
    return out
