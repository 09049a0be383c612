"""Confidentiality told as keeping records private: "Kept personnel files locked and
confidential", "kept client files private", "Keep board matters to myself", "Processed
confidential payroll records".

An office worker rarely names the skill; they say what they kept and how. The thing
kept must be information (files, records, charts, data, matters, PHI ...), so "Kept the
stockroom locked" is a door, and the deed must be the writer's: a line told of others
("Students kept their journals private") or wished ("Goal: keep files confidential", which
``writers_own.told_as_done`` has blanked) shows nothing.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.writers_own import by_another

__all__ = ["kept_private"]

_INFO = (r"(?:files?|records?|charts?|information|info|PHI|PII|documents?|paperwork|matters"
         r"|data|details|folders?|correspondence|reports?|personnel\s+files?)")
_KEPT = re.compile(
    # "Kept personnel files locked and confidential", "keep client files private"
    r"\b(?:keep|keeps|kept|keeping|maintain(?:s|ed|ing)?|stor(?:e|es|ed|ing))\s+"
    rf"(?:[\w'’/-]+\s+){{0,4}}?{_INFO}\s+(?:[\w-]+\s+)?(?:private|confidential|locked|secure"
    r"|secured|under\s+lock)\b"
    # "Keep personnel and board matters to myself"
    rf"|\b(?:keep|keeps|kept|keeping)\s+(?:[\w'’/-]+\s+){{0,4}}?{_INFO}\s+to\s+myself\b"
    # "Processed confidential payroll records", "handle confidential HR files": whole verb
    # forms, so no noun ("manager", "preparation") or adverb ("typically") passes for one.
    r"|\b(?:handl(?:e|es|ed|ing)|process(?:es|ed|ing)?|prepar(?:e|es|ed|ing)"
    r"|manag(?:e|es|ed|ing)|maintain(?:s|ed|ing)?|fil(?:e|es|ed|ing)|organi[sz](?:e|es|ed|ing)"
    r"|draft(?:s|ed|ing)?|typ(?:e|es|ed|ing)|scan(?:s|ned|ning)?|shred(?:s|ded|ding)?)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?confidential\s+(?:[\w'’-]+\s+){{0,2}}?{_INFO}\b",
    re.IGNORECASE)


# A clause opened by someone named before the verb ("My manager handled ...").
_OTHERS_OPEN = re.compile(r"\s*(?:my|our|the|his|her|their|a|an)\s+(?:[\w'’-]+\s+){0,2}?"
                          r"(?:manager|supervisor|boss|owner|attorney|lawyer|team|staff|office"
                          r"|director|coworker|co-worker|colleague|assistant|[a-z]+(?:er|or|ist)s?)"
                          r"\s*$", re.IGNORECASE)
_CLAUSE = re.compile(r"[;.:,]|\band\b|&")


def _clause_before(text: str, at: int) -> str:
    """The words of ``text[at]``'s clause before it."""
    start = max((m.end() for m in _CLAUSE.finditer(text, 0, at)), default=0)
    return text[start:at]


def kept_private(mention: SkillMention, lines: list[ResumeLine]
                 ) -> tuple[float, SkillMatch | None]:
    """(1.0, match) for a Confidentiality ask when a work line keeps information private
    or handles it as confidential, the writer its doer; else (0.0, None)."""
    if mention.kind not in ("hard", "soft") or "confidential" not in mention.name.casefold():
        return 0.0, None
    for line in lines:
        if line.part not in ("bullet", "summary") or line.section not in (
                "experience", "volunteering", "summary"):
            continue
        found = _KEPT.search(line.text)
        # The doer of the verb in its own clause: "My manager handled confidential
        # closing files; I answered the phones" is the manager's.
        if found is not None and not by_another(line.text, found.start()) \
                and not _OTHERS_OPEN.match(_clause_before(line.text, found.start())):
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required, line.text,
                                   found.group())
    return 0.0, None
