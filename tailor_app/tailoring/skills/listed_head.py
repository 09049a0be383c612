"""A two-word ask shown by its last word alone, where the resume's own list and role
say the rest: a front office manager who runs "arrivals, room assignments, billing and
night audit" in a hotel whose guests the role names shows the posting's "guest billing".

Every part must hold, so a word never stands for another field's skill ("billing" in a
medical office is no guest billing):

- the ask's last word (singular or plural) is a whole item of a list in one of the
  resume's work lines, no other word before it ("billing", never "medical billing");
- the same line shows another ask the posting named in the same sentence ("room
  assignments" beside "guest billing"): the two lists are about the same work;
- the ask's first word is written in that role's own lines (a title or a bullet, never
  the employer's name): the role is about guests.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.vocabulary import SkillHit

__all__ = ["listed_head"]

Shown = dict[str, list[tuple[ResumeLine, SkillHit]]]

_NAME = re.compile(r"([a-z]{3,})[ \t]+([a-z]{3,})", re.IGNORECASE)
_WORK_SECTIONS = frozenset({"experience", "projects", "volunteering"})


@functools.lru_cache(maxsize=1024)
def _item_pattern(head: str) -> re.Pattern[str]:
    """``head`` (or its plural) as a whole list item: after a line's start, a comma,
    semicolon, colon, "and" or "or", and before the next such mark or the end."""
    forms = {head, head + "s", head + "es"}
    if head.endswith("s"):
        forms.add(head[:-1])
    body = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?:^[ \t]*|(?:[,;:]|\b(?:and|or))[ \t]+)(?P<item>{body})"
                      rf"(?=[ \t]*(?:[,;.)]|\b(?:and|or)\b|$))", re.IGNORECASE)


def _roles(lines: list[ResumeLine]) -> list[list[ResumeLine]]:
    """The resume's work lines by role: a run of header lines and the bullets after it."""
    roles: list[list[ResumeLine]] = []
    last = ""
    for line in lines:
        if line.section not in _WORK_SECTIONS or line.part not in ("header", "bullet"):
            last = ""
            continue
        if (line.part == "header" and last != "header") or not roles:
            roles.append([])
        roles[-1].append(line)
        last = line.part
    return roles


def _names(line: ResumeLine, word: str) -> bool:
    """Does ``line`` write ``word`` (or its plural) outside an organisation's name?"""
    return any(not line.in_name(m.start(), m.end()) for m in re.finditer(
        rf"\b{re.escape(word)}(?:s|es)?\b", line.text, re.IGNORECASE))


def listed_head(mention: SkillMention, lines: list[ResumeLine], shown: Shown,
                asked_with: frozenset[str]) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when the resume shows the two-word ask by its last word as a list
    item beside another ask of the same posting sentence (``asked_with``), in a role
    that names the first word (see the module docstring); else (0.0, None)."""
    name = _NAME.fullmatch(mention.name.strip())
    if mention.kind != "hard" or name is None or not asked_with:
        return 0.0, None
    modifier, head = name[1].lower(), name[2].lower()
    beside = {line.text for skill in asked_with for line, _hit in shown.get(skill, ())
              if head.rstrip("s") in line.text.lower()}
    if not beside:
        return 0.0, None
    pattern = _item_pattern(head)
    for role in _roles(lines):
        for line in role:
            if line.part != "bullet" or line.text not in beside:
                continue
            found = pattern.search(line.text)
            if found is None or line.in_name(found.start("item"), found.end("item")):
                continue
            if any(_names(other, modifier) for other in role):
                return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                       line.text, found["item"])
    return 0.0, None
