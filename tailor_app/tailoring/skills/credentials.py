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

from tailor_app.tailoring.model import PostingAnalysis, SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, evidence_rank
from tailor_app.tailoring.skills.regions import with_region_names, without_state_word
from tailor_app.tailoring.skills.vocabulary import SkillHit, Vocabulary

__all__ = ["_credential_evidence", "_credential_inside", "_posting_line", "body_spelled_out"]

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


def _inner_credentials(name: str, vocabulary: Vocabulary) -> list[SkillHit]:
    """The vocabulary credentials a credential's fuller name contains: "Colorado
    Journeyman license" is Journeyman License with its state added."""
    return [h for h in vocabulary.find(name)
            if h.skill.kind == "certification" and h.skill.name != name]


def _posting_line(name: str, analysis: PostingAnalysis) -> str:
    """The posting's line that names a credential read whole (what it says around it:
    "Single Subject credential in English"), or the name alone."""
    low = name.lower()
    for section in analysis.sections:
        at = section.text.lower().find(low)
        if at >= 0:
            start = section.text.rfind("\n", 0, at) + 1
            end = section.text.find("\n", at)
            return section.text[start:end if end >= 0 else len(section.text)]
    return name


def _credential_inside(cert: str, names: set[str], vocabulary: Vocabulary) -> str | None:
    """The ask a credential read whole from the posting names with its state or body
    added (the analysis's Journeyman License), or None. They are one ask, and the
    report lists it once."""
    return next((h.skill.name for h in _inner_credentials(cert, vocabulary)
                 if h.skill.name in names), None)


_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CREDENTIAL_WORDS = frozenset({"certification", "certificate", "certified", "license", "licence",
                               "licensure", "card", "credential", "registration", "endorsement"})


_OTHER_CHOICE = re.compile(r"\s+(?:or|and)\s+|\s*[,/]\s*")


def _credential_evidence(name: str, shown: dict[str, list[tuple[ResumeLine, SkillHit]]],
                         vocabulary: Vocabulary) -> list[tuple[ResumeLine, SkillHit]]:
    """Resume lines showing a credential the posting names with its state or body.

    "Arizona RN license" is not a vocabulary name, but the licence it names (RN) is:
    the resume's "Registered Nurse, Arizona State Board" shows it. The capitalised
    words before that licence must be on the line too, a state by its name or its
    postal code ("WA Registered Nurse License"): a Texas licence does not show the
    Nevada one asked for. So must a name after it, other than a word for a
    credential: "ServSafe Allergens certification" is another course than ServSafe.
    The word "State" after a state's name is the posting's way of saying it, no
    qualifier: "Washington State Journeyman Electrician license" is the resume's
    "Washington Journeyman Electrician Certificate".
    """
    for hit in _inner_credentials(name, vocabulary):
        qualifiers = [w.lower() for w in _NAME_WORD.findall(name[:hit.start])
                      if w[0].isupper()]
        # (A name after "or", "and", a comma or a slash is another credential offered,
        # no qualifier of this one: "certification as a CNA or HHA".)
        rest = _OTHER_CHOICE.split(name[hit.end:], maxsplit=1)[0]
        qualifiers += [w.lower() for w in _NAME_WORD.findall(rest)
                       if w[0].isupper() and w.lower() not in _CREDENTIAL_WORDS]
        qualifiers = without_state_word(qualifiers)
        pairs = [(line, h) for line, h in shown.get(hit.skill.name, [])
                 if all(q in with_region_names(line.text) for q in qualifiers)]
        if pairs:
            return pairs
    return []
