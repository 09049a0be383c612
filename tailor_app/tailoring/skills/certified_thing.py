"""A certification asked as "<thing> certification" shown by a credential line that
names the thing in the resume's own words: "Forklift certification" by "Powered
Industrial Truck operator card", "Food handler certificate" by "ServSafe Food Handler
card" where the vocabulary knows the thing's other names.

People name the paper after what it lets them do, in the words their employer used
("operator card", "license", "certificate"). The line must be a credential's: in a
certifications or licences section, or naming the paper right after the thing near the
line's start; and held, not "in progress". A thing that is itself a credential is
left to the readers of credentials (its grade or state matters there), and so is a
line's verb "certified" ("certified 20 forklift operators" is a trainer's deed, not a
card held).
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, not_yet_held
from tailor_app.tailoring.skills.regions import region_word
from tailor_app.tailoring.skills.vocabulary import SkillHit, Vocabulary

__all__ = ["LICENCE_ASK", "certified_thing", "holds_kind", "unnamed_licence"]

_ASKED = re.compile(r"(?P<thing>[A-Za-z][\w' -]*?)\s+"
                    r"(?:certification|certificate|licen[cs]e|card)s?", re.IGNORECASE)
_CERT_SECTIONS = frozenset({"certifications", "licenses", "credentials"})
# Outside a credentials section the paper is named on the thing's heels ("Powered
# Industrial Truck operator card") near the line's start, as a credential line reads; a
# card word elsewhere in a sentence is another thing ("gift cards").
_NOUN_AFTER = re.compile(r"(?:[ \t]+[A-Za-z]+){0,2}?[ \t]+"
                         r"(?:cards?|certificates?|certifications?|licen[cs]es?)\b",
                         re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+")
_LEAD_WORDS = 3


# The kind a credential's name asks: a licence is the state's leave to work, which no
# school's "HVAC/R Technology Certificate" and no "certified" gives; a certification
# may be held under any word for holding one ("Forklift license" for a forklift
# certification, a "Certifications" section's bare "OSHA 30").
LICENCE_ASK = re.compile(r"\blicen[cs]\w*$|\blicensure$", re.IGNORECASE)
_LICENCE_WORD = re.compile(r"\blicen[cs]\w*|\blicensure\b", re.IGNORECASE)
_OTHER_KIND_WORD = re.compile(r"\bcertifi\w*|\bdiploma\b|\bcourse\b|\btraining\b",
                              re.IGNORECASE)
_HOLDING_WORD = re.compile(r"\b(?:certifi\w*|licen[cs]\w*|licensure|credential\w*|registered"
                           r"|registration|cards?|permits?|endorse\w*"
                           # a class taken, which the readers of classes judge next
                           # ("HACCP training preferred": the class is the ask)
                           r"|courses?|class(?:es)?|training|trained)\b", re.IGNORECASE)
_CREDENTIAL_SECTIONS = frozenset({"certifications", "licenses", "credentials", "headline"})


def holds_kind(name: str, line: ResumeLine) -> bool:
    """Does ``line`` hold a credential of the kind ``name`` asks, where it names only the
    credential's subject? "HVAC License" is not held by "HVAC/R Technology Certificate"
    (a school's certificate), nor "Special Education Certification" by a line about
    a special education co-teacher, nor "OASIS certification" by "OASIS assessments":
    the line must say a credential of that kind is held, or list it among the
    credentials without naming another kind."""
    listed = line.section in _CREDENTIAL_SECTIONS
    if LICENCE_ASK.search(name):
        return bool(_LICENCE_WORD.search(line.text)) or (
            listed and not _OTHER_KIND_WORD.search(line.text))
    return listed or bool(_HOLDING_WORD.search(line.text))


@functools.lru_cache(maxsize=1024)
def _thing(name: str) -> str | None:
    found = _ASKED.fullmatch(name.strip())
    return found["thing"] if found else None


def certified_thing(mention: SkillMention, shown: dict[str, list[tuple[ResumeLine, SkillHit]]],
                    vocabulary: Vocabulary) -> tuple[float, SkillMatch | None]:
    """(credit, match) when a credential line shows the thing the certification is for
    (see the module's docstring). The match's term is the ask's own name: the line's
    words name the thing, not the paper, so the summary does not quote them for it."""
    if mention.kind != "certification":
        return 0.0, None
    thing = _thing(mention.name)
    skill = vocabulary.lookup(thing) if thing else None
    if skill is None or skill.kind == "certification":
        return 0.0, None
    for line, hit in shown.get(skill.name, []):
        if line.part in ("contact", "heading"):
            continue
        text = line.text
        start = text.casefold().find(hit.surface.casefold())  # the hit is the resume's
        if start < 0:
            continue
        stop = start + len(hit.surface)
        noun = _NOUN_AFTER.match(text, stop)
        if line.section not in _CERT_SECTIONS and not (
                noun is not None and len(_WORDS.findall(text, 0, start)) <= _LEAD_WORDS):
            continue  # "handed out gift cards", "helped coworkers study for their … cards"
        if LICENCE_ASK.search(mention.name) and not holds_kind(mention.name, line):
            continue  # "HVAC/R Technology Certificate": a school's paper, no licence
        end = noun.end() if noun is not None else stop
        if not_yet_held(text, start, end):
            continue  # "… operator card (in progress, expected 2027)": not held yet
        return 1.0, SkillMatch(mention.name, mention.kind, mention.required, text,
                               mention.name)
    return 0.0, None


# A licence named only by its state, grade and number ("NC H3 Class II License",
# "License #TACLA12345C", "State of Ohio License No. 4471") is the paper of the work the
# resume's roles are titled by: tradespeople list it beside their other papers without
# repeating the trade. Each word before the licence word must be such a qualifier; a
# driving class ("Class A License", "Class 5 Licence") is a driver's, and any other word names
# another paper ("Cosmetology License", "Driver's License").
_ITEM_SPLIT = re.compile(r"\s*[·•|;,]\s*")
_LICENCE_ITEM = re.compile(r"^(?P<before>.*?)\b(?:licen[cs]e|licensure)\b(?P<after>.*)$",
                           re.IGNORECASE)
_QUALIFIER = re.compile(r"^(?:state|of|the|class|grade|level|no\.?|number|#\S*|[ivx]+"
                        r"|[a-z]{0,3}\d[\w-]*|\(?\d{4}\)?)$", re.IGNORECASE)
_AFTER_OK = re.compile(r"^(?:no\.?|number|#\S*|[\w-]*\d[\w-]*|exp\.?|expires|valid|through|since"
                       r"|active|issued|current|\(|\))$", re.IGNORECASE)
# A driving licence's class is one letter or one digit ("Class A", Ontario's "Class G",
# Canada's "Class 5"); a trade's grade is a Roman numeral or a code ("Class II", "H3").
_DRIVER_CLASS = re.compile(r"\bclass\s+(?:[a-z]|\d)\b", re.IGNORECASE)
_TITLE_SECTIONS = frozenset({"experience"})


def _unnamed(item: str) -> bool:
    found = _LICENCE_ITEM.match(item.strip())
    if found is None or _DRIVER_CLASS.search(item):
        return False
    for word in found["before"].split():
        word = word.strip(".,:")
        if not (_QUALIFIER.match(word) or region_word(word)):
            return False
    return all(_AFTER_OK.match(w.strip(".,:")) for w in found["after"].replace("(", " ( ")
               .replace(")", " ) ").split())


def unnamed_licence(mention: SkillMention, lines: list[ResumeLine],
                    shown: dict[str, list[tuple[ResumeLine, SkillHit]]],
                    vocabulary: Vocabulary) -> tuple[float, SkillMatch | None]:
    """(credit, match) for a licence asked by its work ("HVAC License") where the resume's
    roles are titled by that work and its papers list a licence named by state, grade
    and number only (see above)."""
    if mention.kind != "certification" or not LICENCE_ASK.search(mention.name):
        return 0.0, None
    thing = _thing(mention.name)
    skill = vocabulary.lookup(thing) if thing else None
    if skill is None or skill.kind == "certification":
        return 0.0, None
    if not any(line.part in ("heading", "header") and line.section in _TITLE_SECTIONS
               for line, _ in shown.get(skill.name, [])):
        return 0.0, None
    for line in lines:
        if line.section not in _CREDENTIAL_SECTIONS and line.part != "contact" and not (
                line.section == "summary" and line.part == "header"):
            continue  # the papers' list, or a line of papers under the name
        for item in _ITEM_SPLIT.split(line.text):
            if _unnamed(item) and not not_yet_held(item, 0, len(item)):
                return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                       line.text, mention.name)
    return 0.0, None
