"""An assessment asked ("Risk assessment", "Fall risk assessment") shown by a screening
of the same thing, and a screening asked by an assessment of it: "Completed suicide
risk screenings", "Screened every admission for fall risk", "Ran vision assessments".

A screening is a short assessment of the same thing, and an assessment holds the
screening: one deed in two words. The thing must be the same, word for word (forms
aside), or narrower on the resume's side ("suicide risk" for risk: a kind of risk read
before it); the resume writes it as the screening's object: "<thing> screening(s)",
"screening(s) for <thing>", "screen(ed) <someone> for <thing>". Where a screening is a
test of a sample or a check at a door ("drug screening", "newborn screening", "security
screening", "credit screenings for rental applicants"), it is another thing than an
assessment: a line naming such a check or the people checked is never read
(``_OTHER_SENSE``); nor is a thing that is the purpose of a screening ("screened
candidates for every warehouse job": ``_PURPOSES``).
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ALIAS_CREDIT, ResumeLine, evidence_rank

__all__ = ["screening_or_assessment"]

_HEADS = {"assessment": "screen", "assessments": "screen", "evaluation": "screen",
          "evaluations": "screen", "screening": "assess", "screenings": "assess"}
_SCREEN = r"screen(?:s|ed|ing|ings)?"
_ASSESS = (r"(?:assess(?:es|ed|ing)?|assessments?|evaluat(?:e|es|ed|ing)|evaluations?)")
# Screenings that test a sample or check people or bags at a door, not assessments.
_OTHER_SENSE = frozenset({"drug", "drugs", "urine", "blood", "newborn", "security",
                          "background", "baggage", "passenger", "passengers", "call",
                          "calls", "applicant", "applicants", "candidate", "candidates",
                          "hire", "hires", "resume", "resumes", "tenant", "tenants",
                          "film", "films", "credit"})
# What people are screened for may be a purpose, not a thing assessed: "Screened
# candidates for every warehouse job" assesses no job (review26's S5).
_PURPOSES = frozenset({"job", "jobs", "position", "positions", "role", "roles", "opening",
                       "openings", "program", "programs", "shift", "shifts", "team",
                       "teams", "class", "classes", "grant", "grants", "service",
                       "services", "housing", "eligibility", "admission", "admissions"})
_WORD = r"[A-Za-z][A-Za-z'-]*"
# The thing screened for ends its phrase: "for fall risk with the Morse scale", never
# "for the risk team".
_ENDS = (r"(?=[ \t]*(?:$|[,.;:()]|(?:with|using|at|in|on|and|or|by|before|after|during"
         r"|per|to|of|from|among|across|every|each|within|via|through|as|when)\b))")


def _word_pattern(word: str) -> str:
    """A word in its forms: "risk" and "risks", "assessment" and "assessments"."""
    return rf"{re.escape(word)}(?:s|es)?"


@functools.lru_cache(maxsize=256)
def _patterns(thing: str, to: str) -> tuple[re.Pattern[str], ...]:
    words = thing.split()
    obj = r"[ \t]+".join(_word_pattern(w) for w in words)
    head = _SCREEN if to == "screen" else _ASSESS
    noun = r"screenings?" if to == "screen" else r"(?:assessments?|evaluations?)"
    return (
        # "suicide risk screenings", "fall-risk screening"
        re.compile(rf"(?<!\w){obj}[ \t-]+{noun}\b", re.IGNORECASE),
        # "screenings for fall risk", "screened every admission for fall risk"
        re.compile(rf"\b{head}(?:[ \t]+{_WORD}){{0,4}}?[ \t]+for[ \t]+"
                   rf"(?:{_WORD}[ \t]+){{0,2}}?{obj}{_ENDS}", re.IGNORECASE),
    )


def screening_or_assessment(mention: SkillMention, lines: list[ResumeLine]
                            ) -> tuple[float, SkillMatch | None]:
    """(credit, match) quoting the line that does the asked assessment as a screening,
    or the asked screening as an assessment (see the module docstring), else (0.0, None)."""
    words = mention.name.lower().split()
    if mention.kind != "hard" or len(words) < 2 or words[-1] not in _HEADS:
        return 0.0, None
    thing = words[:-1]
    if set(thing) & (_OTHER_SENSE | _PURPOSES) or not all(w.isalpha() for w in thing):
        return 0.0, None
    patterns = _patterns(" ".join(thing), _HEADS[words[-1]])
    for line in sorted(lines, key=evidence_rank, reverse=True):
        if line.part in ("contact", "heading", "header"):
            continue
        for pattern in patterns:
            for found in pattern.finditer(line.text):
                if set(re.findall(r"[a-z]+", line.text.lower())) & _OTHER_SENSE:
                    break  # a door check or a sample's test anywhere on the line
                return ALIAS_CREDIT, SkillMatch(mention.name, mention.kind,
                                                mention.required, line.text, found.group())
    return 0.0, None
