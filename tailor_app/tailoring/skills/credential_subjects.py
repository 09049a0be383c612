"""What a credential is held in: its name without the credential's own words.

"Certified Payroll Professional" is held in payroll, "phlebotomy certification" in
phlebotomy, "Registered Dental Hygienist" in dental hygiene (through its other name
"dental hygiene licensure"). ``scripts/build_vocabulary.subject_relations`` files each such
subject as the credential's broader skill; ``matching`` asks ``subjects`` whether a skill
a credential shows is its subject (a subject counts on a work line only where the line
says the credential is held).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tailor_app.tailoring.skills.entries import Skill

__all__ = ["CREDENTIAL_WORDS", "subject_words", "subjects"]

# Words that say a name is a credential, not what it is held in. A role of lower grade
# ("Assistant", "Aide", "Technician") stays in the subject: "Certified Nursing Assistant"
# is held in no nursing of its own. ("card" and "permit" stay too: a "fingerprint
# clearance card" is a check passed, not background screening done.)
CREDENTIAL_WORDS = frozenset({
    "certified", "certification", "certifications", "certificate", "certificates",
    "credential", "credentials", "license", "licence", "licensed", "licensure", "registered",
    "professional", "specialist", "course", "training", "program", "endorsement",
    "registration"})
# A subject of letters alone: "HVAC", "GD&T", "SAFe".
_LETTERS = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&]{1,5}")


def subject_words(skill: Skill, alias: str) -> str | None:
    """The subject ``alias`` (one of ``skill``'s names) names without the credential's
    words, or None: no credential word in it, nothing else, or another name's subject not
    in the credential's own words (the first five letters of each word are in its name: a
    Crane Operator's "overhead crane certification" names no subject of every crane card)."""
    words = alias.split()
    rest = [w for w in words if w.lower() not in CREDENTIAL_WORDS]
    if len(words) < 2 or len(rest) == len(words) or not rest:
        return None
    own = skill.name.lower().split()
    subject = " ".join(rest)
    if not all(any(c.startswith(w[:5]) for c in own) for w in subject.lower().split()):
        return None
    return subject


def subjects(skill: Skill, lookup: Callable[[str], Skill | None]) -> list[str]:
    """The names of the skills a certification ``skill`` is held in (see the module's
    docstring); a subject of letters alone only when the credential's name opens with them
    and the two share a field ("CAM credential" is no computer-aided manufacturing)."""
    found: list[str] = []
    if skill.kind != "certification":
        return found
    for alias in skill.aliases:
        subject = subject_words(skill, alias)
        kind = lookup(subject) if subject else None
        if kind is None or subject is None or kind.kind not in ("hard", "tool") \
                or kind.name == skill.name or kind.name in found:
            continue
        if _LETTERS.fullmatch(subject) and not (
                skill.name.split()[0] == subject and set(skill.fields) & set(kind.fields)):
            continue
        found.append(kind.name)
    return found
