"""A credential the posting names by its issuing body's acronym ("TBLS Board
Certification", "NCCCO certification") shown by a resume line that spells the body
out and names the credential in any form of its words ("Board Certified Paralegal,
Texas Board of Legal Specialization").

Resumes write the issuer in full more often than postings do. Every part must be on
the one line: the body in capitalised words whose initials are the acronym, each
other word of the credential's name, and a word for holding a credential
(certified, certificate, licensed ...), so a line that merely names the body (a
seminar it ran) shows nothing.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, evidence_rank

__all__ = ["body_spelled_out"]

_BY_BODY = re.compile(r"(?P<acronym>[A-Z]{3,6})\s+(?P<rest>(?:[A-Za-z]+\s+)*?)"
                      r"(?:certification|certificate|credential|licen[cs]e)s?", re.IGNORECASE)
_HOLDING = re.compile(r"\b(?:certifi\w*|certified|licen[cs]\w*|credential\w*|registered)\b",
                      re.IGNORECASE)
_LINK = r"(?:[ \t]+(?:of|and|for|the|in|on|to|&))*[ \t-]+"


@functools.lru_cache(maxsize=1024)
def _parts(name: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """(the acronym spelled out, the other words of the name in lower case), or None
    when ``name`` is no acronym before a credential's name."""
    found = _BY_BODY.fullmatch(name.strip())
    if found is None or not found["acronym"].isupper():
        return None
    spelled = _LINK.join(rf"{c}[a-z]+" for c in found["acronym"])
    words = tuple(w.lower() for w in found["rest"].split())
    return re.compile(rf"(?<![\w-]){spelled}(?![\w-])"), words


def body_spelled_out(mention: SkillMention, lines: list[ResumeLine], resume_text: str
                     ) -> tuple[float, SkillMatch | None]:
    """(credit, match) for a credential named by its body's acronym (see the module's
    docstring); ``resume_text``, the lines joined, rules most asks out at once."""
    if mention.kind != "certification":
        return 0.0, None
    parts = _parts(mention.name)
    if parts is None or parts[0].search(resume_text) is None:
        return 0.0, None
    spelled, words = parts
    for line in sorted(lines, key=evidence_rank, reverse=True):
        if line.part in ("contact", "heading"):
            continue
        body = spelled.search(line.text)
        if body is None or line.in_name(body.start(), body.end()):
            continue
        low = line.text.lower()
        rest = line.text[:body.start()] + line.text[body.end():]
        if _HOLDING.search(rest) and all(re.search(rf"\b{re.escape(w)}\b", low) for w in words):
            return 0.8, SkillMatch(mention.name, mention.kind, mention.required,
                                   line.text, body.group())
    return 0.0, None
