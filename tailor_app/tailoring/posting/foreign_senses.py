"""A word of the posting's trade read as another field's skill, where the posting's own
terms hold the word.

"Give quizzes and unit tests" asked Unit Testing (software) of a teacher, "IPC
workmanship standards" infection prevention (healthcare) of an electronics assembler
whose posting also asks IPC-A-610. In each the words are read twice: once inside a
longer term of the posting's own trade ("quizzes and unit tests" is Student Assessment,
"IPC-A-610" the IPC certificate) and once alone, in the vocabulary's other sense. The
rule reads the vocabulary's field data: the posting's trades are voted by its skills
(each skill once, by words longer than an acronym), the vocabulary's fields grouped
into families of trades that share words (an electrician's NEC is "engineering", a med
aide's SBAR "personal_care"); a method or credential of one or two fields, of no family
the posting votes for strongly and of no field every trade asks (office work, selling,
managing, speech), whose words the posting writes inside a longer term of its own
trades, is no ask.

Tried and left out, measured on the labelled set and 284 earlier fresh pairs: the same
test without the posting's own longer term (a foreign skill read from a shorter word
than its name, beside or anywhere), and for any foreign acronym. The vocabulary's field
data is too coarse for either: Payment collection is "hospitality_retail", First Aid
"healthcare", OSHA "trades_construction", so an HVAC posting's "collect payment", a
warehouse's "First Aid" and a dental office's "OSHA" went with "residential service"
and "IPC" (about twenty real asks lost for ten false ones).
A posting with too few skills to tell its trade keeps every skill.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from tailor_app.tailoring.text import word_set

__all__ = ["foreign_sense_hits", "skill_families", "written_as_credential"]

# Fields whose skills every trade asks: office tools, selling, leading people, speech.
_SHARED_FIELDS = frozenset({
    "general", "admin_office", "soft_skills", "languages", "management", "business",
    "project_management", "sales", "hr", "hr_compliance"})
# The vocabulary's fields, grouped by the trades that share their words: an
# electrician's NEC is "engineering", a med aide's SBAR "personal_care", and neither is
# foreign to the other fields of its family.
_FAMILIES = {field: n for n, family in enumerate((
    "trades_construction skilled_trades engineering manufacturing production facilities"
    " facilities_security automotive agriculture",
    "healthcare nursing_care personal_care rehab_therapy clinical_lab pharmacy science"
    " social_services animal_care",
    "software it_security cloud_devops data_ai design",
    "education school_counseling",
    "finance_accounting banking_insurance mortgage_lending real_estate real_estate_sales",
    "logistics transportation",
    "hospitality_retail food_service customer_service customer_success",
    "nonprofit fundraising marketing",
    "legal", "public_safety security_services military")) for field in family.split()}
_MIN_VOTES = 3


def _fields(hit: Any) -> tuple[str, ...]:
    return tuple(getattr(hit.skill, "fields", ()) or ())


def _families(fields: Sequence[str]) -> set[int]:
    return {_FAMILIES.get(f, -1 - n) for n, f in enumerate(fields) if f not in _SHARED_FIELDS}


def skill_families(skill: Any) -> set[int]:
    """The families of trades a skill's fields belong to (none for the fields every
    trade asks, as office work and speech)."""
    return _families(tuple(getattr(skill, "fields", ()) or ()))


def _telling(surface: str) -> bool:
    """Does a hit's surface vote for its field (not a short acronym, which may be
    anything; a code as "IPC-A-610" does)?"""
    return len(surface) > 5 or (len(surface) > 3 and not surface.isupper())


def foreign_sense_hits(hits: Sequence[Any], text: str = "") -> set[int]:
    """Indexes of ``hits`` (with ``skill``, ``surface``) read from words the posting uses
    in its own trade's sense, as another field's skill. With the posting's ``text``, a
    foreign acronym offered beside a credential ("CNN (Certified Nephrology Nurse) or
    CDN") is that trade's credential too, no other field's skill."""
    families = [_families(_fields(h)) for h in hits]
    votes_by_skill: dict[str, set[int]] = {}
    for h, fams in zip(hits, families, strict=True):
        if fams and _telling(getattr(h, "surface", "")):
            votes_by_skill.setdefault(h.skill.name, set()).update(fams)
    votes: Counter[int] = Counter()
    for fams in votes_by_skill.values():
        votes.update(fams)
    out: set[int] = set()
    if text and sum(votes.values()) >= 2:
        out.update(n for n, h in enumerate(hits) if h.skill.kind == "tool"
                   and _tools_letters_describing(h, text, families[n], votes))
    if sum(votes.values()) < _MIN_VOTES:
        return out
    # The posting's own trades: each family with a third of the leader's votes, and two.
    floor = max(2, max(votes.values()) / 3)
    main = {f for f, count in votes.items() if count >= floor}
    for n, h in enumerate(hits):
        skill = h.skill
        fields = families[n]
        if skill.kind not in ("hard", "certification") or not fields or fields & main:
            continue
        raw = _fields(h)
        if len(raw) > 2 or set(raw) & _SHARED_FIELDS:
            continue
        surface = getattr(h, "surface", "")
        if not surface or surface.casefold() == skill.name.casefold():
            continue
        if _in_own_terms(hits, n, main) or (
                text and _beside_a_credential(hits, n, text, families, votes)):
            out.add(n)
    return out


# Before the letters, a credential offered as the alternative or listed beside them:
# "CNN or CDN", "CNN (Certified Nephrology Nurse) or CDN", "CCRN, CDN"; after them, a
# credential word ("CDN certification", "CDN credential").
_CREDENTIAL_BEFORE = re.compile(
    r"\b[A-Z]{2,6}(?:[ \t]*\((?=[^)]*\b(?:Certified|Certification|Registered|Licensed"
    r"|Credential))[^)\n]{0,80}\))?[ \t]*(?:,|/|\bor\b|\band\b)[ \t]*$")
_CREDENTIAL_AFTER = re.compile(
    r"[ \t]*(?:\((?=[^)]*\b(?:Certified|Certification|Registered|Licensed))"
    r"|(?i:certification|certified|credential)\b)")


def _short_letters(surface: str) -> bool:
    """Two to five capitals and nothing else: letters that may stand for anything."""
    return surface.isupper() and surface.isalpha() and 2 <= len(surface) <= 5


def _beside_a_credential(hits: Sequence[Any], n: int, text: str,
                         families: Sequence[set[int]], votes: Counter[int]) -> bool:
    """Is hit ``n`` an acronym of a family the posting casts no vote for, written as a
    credential ("CNN (Certified Nephrology Nurse) or CDN", "CDN certification")? Such
    letters are the trade's credential the vocabulary does not hold, not the other
    field's skill."""
    h = hits[n]
    surface = getattr(h, "surface", "")
    if not _short_letters(surface) \
            or any(votes.get(f) for f in families[n]):
        return False
    return written_as_credential(text, h.start, h.end)


def written_as_credential(text: str, start: int, end: int) -> bool:
    """Are the letters at ``start:end`` written as a credential: after another one as its
    alternative ("CNN (Certified Nephrology Nurse) or CDN") or before a credential word
    ("CDN certification")?"""
    return _CREDENTIAL_AFTER.match(text, end) is not None or _CREDENTIAL_BEFORE.search(
        text, max(0, start - 110), start) is not None


# A word in lower case after the letters, as a compound's noun is written.
_LOWER_WORD_AFTER = re.compile(
    r"[ \t]+([a-z]{3,})\b(?:[ \t]+([a-z]{3,})\b)?(?:[ \t]+([a-z]{3,})\b)?")
# What a system holds, does or asks of its users: after a tool's letters these keep the
# tool ("POS transactions", "WMS records", "SAP purchase orders", "EHR charting").
_SYSTEM_WORDS = word_set("""
    system systems software platform platforms data database databases record records
    report reports reporting transaction transactions entry entries note notes
    documentation charting chart charts screen screens terminal terminals module modules
    script scripts query queries ticket tickets listing listings course courses access
    experience knowledge skills proficiency training certification implementation
    implementations integration integrations migration migrations administration admin
    support users user workflows workflow dashboards dashboard tools tool environment
    configuration orders order codes purchase inventory accounts account files file
    processing functions features upgrades upgrade application applications portal
    portals feed feeds exchange exchanges partner partners connection connections document
    documents message messages invoice invoices payment payments claim claims format
    formats setup interface interfaces
    """)


def _tools_letters_describing(h: Any, text: str, families: set[int],
                              votes: Counter[int]) -> bool:
    """Are the letters of a tool of a family the posting casts no vote for written as
    the first word of a compound of the posting's own ("ACL reconstruction", "ACL
    repairs" in a therapist's posting: a ligament, not the auditors' ACL Analytics)?
    In an auditor's posting the letters keep their tool ("ACL scripts")."""
    surface = getattr(h, "surface", "")
    raw = _fields(h)
    if not _short_letters(surface) \
            or not families or len(raw) > 2 or set(raw) & _SHARED_FIELDS \
            or any(votes.get(f) for f in families):
        return False
    after = _LOWER_WORD_AFTER.match(text, h.end)
    # The compound's words up to three: "EDI customer portals" is a system's.
    return after is not None and _SYSTEM_WORDS.isdisjoint(w for w in after.groups() if w)


def _main_hit(h: Any, main: set[int]) -> bool:
    raw = _fields(h)
    return bool(_families(raw) & main) and not set(raw) & _SHARED_FIELDS


def _stems(name: str) -> set[str]:
    return {w[:5].lower() for w in re.findall(r"[A-Za-z]{3,}", name)}


def _in_own_terms(hits: Sequence[Any], n: int, main: set[int]) -> bool:
    """Is hit ``n``'s surface a word of a longer term of the posting's own trade ("IPC"
    of "IPC-A-610")?"""
    word = getattr(hits[n], "surface", "").casefold()
    name = _stems(hits[n].skill.name)
    for other in hits:
        surface = getattr(other, "surface", "").casefold()
        if other is hits[n] or len(surface) <= len(word) or not _main_hit(other, main):
            continue
        if name <= _stems(other.skill.name):
            continue  # "Troubleshoot ... for customers": the umbrella of the longer skill
        at = surface.find(word)
        if at >= 0 and not surface[at - 1:at].isalnum() \
                and not surface[at + len(word):at + len(word) + 1].isalpha():
            return True
    return False
