"""An ask of care for someone, "<who> care" (Patient care, Resident care, Child care),
shown by the deed said the English way round: "Cared for 5 to 6 post-op patients",
"caring for 30 residents on a memory care hall".

"Care for" is one verb: its "for" is no preposition that leaves the object elsewhere,
as the phrase readers must assume of other verbs. Whoever is cared for must be the
ask's own word (singular or plural) within a few words, with only numbers, plain
lower-case words and hyphenated ones between ("5 to 6 post-op patients"), in one
clause; and only a bullet of the resume's own work tells the deed.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, work_bullet_showing

__all__ = ["care_given"]

_WHO = re.compile(r"[A-Za-z]{3,}")


@functools.lru_cache(maxsize=1024)
def _pattern(who: str) -> re.Pattern[str]:
    single = who[:-1] if who.endswith("s") and not who.endswith("ss") else who
    plural = single[:-1] + "ies" if single.endswith("y") else single + "s"
    if single == "child":
        plural = "children"
    return re.compile(
        r"\bcar(?:e|es|ed|ing)[ \t]+for[ \t]+(?:(?:an?|the|our|\d+(?:[ \t]*(?:-|to)[ \t]*\d+)?"
        rf"|[a-z][a-z-]*)[ \t]+){{0,4}}?(?:{re.escape(single)}|{re.escape(plural)})\b(?!['’])",
        re.IGNORECASE)


def care_given(mention: SkillMention, lines: list[ResumeLine]) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when a bullet of the resume's work cares for whom the "<who> care"
    ask names (see the module docstring), else (0.0, None)."""
    words = mention.name.split()
    if mention.kind != "hard" or len(words) != 2 or words[1].lower() != "care" \
            or not _WHO.fullmatch(words[0]):
        return 0.0, None
    return work_bullet_showing(mention, lines, _pattern(words[0].lower()))
