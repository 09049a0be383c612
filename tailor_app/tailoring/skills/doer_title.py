"""An activity asked by its "-ing" noun shown by the resume's title for the one who does
it: a "Caregiver" has done caregiving, a "Bookkeeper" bookkeeping, a "Welder" welding,
a "Tutor" tutoring.

English names the doer of most activities by the verb's stem with "-er" or "-or"; a
job title whose last word is that doer says what the person did all day. Only a title
the resume gives its holder (a role's title or the headline), and only its last word,
the head of the title: a "Computer Technician" is a technician, no computing.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine

__all__ = ["doer_title"]

_ACTIVITY = re.compile(r"(?P<stem>[a-z]{3,})ing")
# Where a title's own words end: the employer, the place, the dates after it.
_TITLE_END = re.compile(r"\s+(?:—|–|-|\||·|@|at)\s+|,|\(")


@functools.lru_cache(maxsize=2048)
def _doers(activity: str) -> frozenset[str]:
    """The doer nouns of an activity: "caregiving" -> caregiver, "tutoring" -> tutor,
    "programming" -> programmer, "baking" -> baker, "accounting" -> accountant; the
    other forms these rules make ("caregivor") are no words and match no title."""
    found = _ACTIVITY.fullmatch(activity.lower())
    if found is None:
        return frozenset()
    stem = found["stem"]
    stems = {stem, stem + "e"}
    if len(stem) > 3 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])  # "shipp-ing": shipper is "shipp" + "er", kept as written
    out = set(stems)  # "coach", "nurse", "tutor", "cook": the verb's noun is its doer
    out |= {s + "r" for s in stems if s.endswith("e")}
    out |= {s + "er" for s in stems if not s.endswith("e")}
    out |= {s + "or" for s in stems} | {s + "ant" for s in stems}  # counselor, accountant
    return frozenset(out)


@functools.lru_cache(maxsize=2048)
def _head(title: str) -> str:
    """A title's last word before its employer or place, lower case."""
    own = _TITLE_END.split(title, maxsplit=1)[0]
    words = re.findall(r"[A-Za-z]+", own)
    return words[-1].lower() if words else ""


def doer_title(mention: SkillMention, titles: list[str], lines: list[ResumeLine]
               ) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when a title the resume gives its holder ends with the doer of the
    asked "-ing" activity, else (0.0, None)."""
    if mention.kind != "hard" or " " in mention.name.strip() or not titles:
        return 0.0, None
    doers = _doers(mention.name.strip())
    if not doers:
        return 0.0, None
    for title in titles:
        head = _head(title)
        if head not in doers and head.rstrip("s") not in doers:
            continue
        line = next((ln for ln in lines if title in ln.text), None)
        return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                               line.text if line is not None else title, head)
    return 0.0, None
