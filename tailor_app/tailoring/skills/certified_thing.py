"""A certification asked as "<thing> certification" shown by a credential line that
names the thing in the resume's own words: "Forklift certification" by "Powered
Industrial Truck operator card", "Food handler certificate" by "ServSafe Food Handler
card" where the vocabulary knows the thing's other names.

People name the paper after what it lets them do, in the words their employer used
("operator card", "license", "certificate"). The line must be a credential's: in a
certifications or licences section, or carrying a credential's noun (card, certificate,
certification, licence). A thing that is itself a credential is left to the readers of
credentials (its grade or state matters there), and so is a line's verb "certified"
("certified 20 forklift operators" is a trainer's deed, not a card held).
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.vocabulary import SkillHit, Vocabulary

__all__ = ["certified_thing"]

_ASKED = re.compile(r"(?P<thing>[A-Za-z][\w' -]*?)\s+"
                    r"(?:certification|certificate|licen[cs]e|card)s?", re.IGNORECASE)
_CREDENTIAL_NOUN = re.compile(r"\b(?:cards?|certificates?|certifications?|licen[cs]es?)\b",
                              re.IGNORECASE)
_CERT_SECTIONS = frozenset({"certifications", "licenses", "credentials"})


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
    for line, _hit in shown.get(skill.name, []):
        if line.part in ("contact", "heading"):
            continue
        if line.section in _CERT_SECTIONS or _CREDENTIAL_NOUN.search(line.text):
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required, line.text,
                                   mention.name)
    return 0.0, None
