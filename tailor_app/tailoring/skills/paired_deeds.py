"""An ask named as two deeds and a routine's word ("Opening and closing procedures",
"Receiving and stocking duties") shown by the two deeds alone: "run opening/closing",
"Handled receiving and stocking for the back room".

The word after the pair (procedures, duties, tasks, routines, process) says only that
the deeds are done by a set routine; a resume names the deeds themselves as the work
done, often with a slash ("opening/closing") or an ampersand. The pair is what sets the
ask apart, so it must be there whole, in its order:

- the two deeds as the ask writes them, joined by "and", "&" or a slash;
- the pair ends its phrase: a comma, a full stop, the line's end, a small word
  ("the", "for", "each") or the routine's word may follow, never another noun, which
  makes the pair describe that thing instead ("opening/closing accounts" is a bank's
  work on accounts);
- every word of the pair is in the resume at all before any line is searched.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, quoted_by

__all__ = ["paired_deeds"]

_ROUTINE = ("procedures", "procedure", "duties", "duty", "tasks", "routines", "routine",
            "process", "processes")
_NAME = re.compile(rf"([A-Za-z][A-Za-z-]+)[ \t]*(?:and|&|/)[ \t]*([A-Za-z][A-Za-z-]+)[ \t]+"
                   rf"(?:{'|'.join(_ROUTINE)})", re.IGNORECASE)
# What may follow the pair: the end of its phrase.
_AFTER = ("the|a|an|each|every|daily|for|at|in|on|with|to|and|or|as|by|from|per|"
          + "|".join(_ROUTINE))


@functools.lru_cache(maxsize=512)
def _pattern(first: str, second: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(first)}[ \t]*(?:and|&|/)[ \t]*"
                      rf"{re.escape(second)}(?![\w-])(?=[ \t]*(?:$|[,.;:)]|(?:{_AFTER})\b))",
                      re.IGNORECASE)


def paired_deeds(mention: SkillMention, lines: list[ResumeLine], resume_low: str
                 ) -> tuple[float, SkillMatch | None]:
    """(credit, match) quoting the line that names the ask's two deeds as a pair (see
    the module docstring), else (0.0, None)."""
    if mention.kind != "hard" or not mention.name.lower().endswith(_ROUTINE):
        return 0.0, None
    named = _NAME.fullmatch(mention.name.strip())
    if named is None:
        return 0.0, None
    first, second = named.group(1).lower(), named.group(2).lower()
    if first not in resume_low or second not in resume_low:
        return 0.0, None
    return quoted_by(mention, lines, (_pattern(first, second),))
