"""One request per bullet, and the reply turned back into one bullet.

Each request holds the rules, the bullet's role and the posting's words for the
skills the bullet already shows, and in its last user message that bullet and no
other: a model cannot borrow a fact from another bullet it was never shown, and
the guard judges each proposal alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["BulletTask", "build_messages", "clean_reply"]

SYSTEM = (
    "You rewrite one resume bullet at a time so that it reads well for a job posting. "
    "Rules: keep every fact of the bullet; add no skill, tool, number, name, job title, "
    "degree or date that it does not state; drop none of its numbers or skills; where "
    "the bullet shows a skill, you may use the posting's word for that same skill; "
    "write in the same language as the bullet; keep it at most {growth} times as long. "
    "Answer with the rewritten bullet only: no quotes, no bullet mark, no explanation."
)

_PREAMBLE = re.compile(
    r"^(?:sure|certainly|okay|ok|of course|here(?:'s| is| are)|rewritten(?: bullet)?|"
    r"revised(?: bullet)?|bullet|answer|output)\b[^:\n]{0,80}:\s*", re.IGNORECASE)
_MARK = re.compile(r"^\s*(?:[-*•·‣▪◦●]|\d{1,2}[.)])\s+")
_QUOTES = ("\"\"", "“”", "''", "‘’", "``", "«»")


@dataclass(frozen=True)
class BulletTask:
    """One bullet to rewrite: where it is in the tailored resume and what it shows."""

    location: tuple[int, int, int]  # (section, entry, bullet) in the tailored structure
    text: str
    role: str  # the entry's header lines, joined
    skills: tuple[tuple[str, str], ...] = field(default=())  # (resume's word, posting's)


def build_messages(task: BulletTask, *, growth: float = 1.3) -> list[dict[str, str]]:
    lines = [f"Role: {task.role}" if task.role else "Role: (not stated)"]
    if task.skills:
        shown = "; ".join(theirs if ours.casefold() == theirs.casefold()
                          else f"{ours} (the posting says {theirs})"
                          for ours, theirs in task.skills)
        lines.append(f"Skills this bullet shows, in the posting's words: {shown}")
    else:
        lines.append("Skills this bullet shows: none the posting names")
    return [
        {"role": "system", "content": SYSTEM.format(growth=f"{growth:g}")},
        {"role": "user", "content": "\n".join(lines)},
        {"role": "user", "content": f"Bullet: {task.text}"},
    ]


def clean_reply(reply: str) -> str:
    """The rewritten bullet alone: no "Here is…" preamble, quotes, bullet mark,
    Markdown emphasis or trailing explanation on later lines."""
    text = reply.strip().replace("**", "").replace("__", "")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    first = lines[0]
    if _PREAMBLE.match(first) and not _PREAMBLE.sub("", first).strip() and len(lines) > 1:
        first = lines[1]  # "Here is the rewritten bullet:" on a line of its own
    first = _PREAMBLE.sub("", first, count=1).strip()
    first = _MARK.sub("", first, count=1).strip()
    first = first.removeprefix("Bullet:").strip()
    for pair in _QUOTES:
        if len(first) >= 2 and first[0] == pair[0] and first[-1] == pair[1]:
            first = first[1:-1].strip()
            break
    return first
