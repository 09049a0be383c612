"""Words people shorten in resumes, read as the name they shorten: "case mgmt" is case
management, "preventive maint" preventive maintenance, "cust service" customer service,
"pt education" patient education.

Resumes are written in a hurry and in the trade's own hand: a short word stands for a
long one inside a skill's name. The vocabulary lists a few such spellings as aliases;
this reads the common ones in every name at once. The table is general English
shorthand found in resumes of every field, one meaning each, never a word that is also
an ordinary word ("ops" is operations, but "inv" could be an invoice or inventory, so
it is not here). A short word is read only inside a name the vocabulary holds with the
long word in its place, in a window of the words around it with nothing but a space,
hyphen, slash or "&" between them: "mgmt" alone names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tailor_app.tailoring.skills.entries import Skill, SkillHit

__all__ = ["NOT_IN_CAPITALS", "SHORTHAND", "shorthand_hits"]

# Short word (lower case) -> the word it stands for.
SHORTHAND: dict[str, str] = {
    "mgmt": "management", "mgt": "management", "mngmt": "management",
    "maint": "maintenance", "mktg": "marketing", "mfg": "manufacturing",
    "acct": "account", "accts": "accounts", "cust": "customer", "svc": "service",
    "svcs": "services", "equip": "equipment", "pt": "patient", "pts": "patients",
    "ops": "operations", "admin": "administration", "dev": "development",
    "govt": "government", "dept": "department", "engr": "engineering",
    "appt": "appointment", "appts": "appointments", "techs": "technicians",
    "auth": "authorization", "auths": "authorizations", "msgs": "messages",
    "rep": "representative", "reps": "representatives", "regs": "regulations",
    "tele": "telemetry", "depo": "deposition", "depos": "depositions",
    # "food prep", "tax prep", "site prep"; "bank recons", "account recon"
    "prep": "preparation", "recon": "reconciliation", "recons": "reconciliations",
}
# Written in capitals these are other words: "PT" is physical therapy.
NOT_IN_CAPITALS = frozenset({"pt", "pts"})
_GAP = re.compile(r"[ \t]*[-–/&]?[ \t]*")
_WINDOW = 4  # words in a name, the short one among them


def shorthand_hits(text: str, toks: list[re.Match[str]], raw: list[str], low: list[str],
                   lookup: Callable[[str], Skill | None], hits: list[SkillHit]
                   ) -> list[SkillHit]:
    """``hits`` with the names ``text`` writes with a short word (see the module's
    docstring); a name found so replaces the shorter hits inside it."""
    added: list[SkillHit] = []
    taken = -1  # the end of the last name found, so names never overlap
    short = {k for k, word in enumerate(low)
             if word in SHORTHAND and not (word in NOT_IN_CAPITALS and raw[k].isupper())}
    for k in sorted(short):
        if toks[k].start() < taken:
            continue
        best: tuple[int, int, Skill] | None = None
        for a in range(max(0, k - _WINDOW + 1), k + 1):
            if toks[a].start() < taken:
                continue
            for b in range(max(k + 1, a + 2), min(len(low), a + _WINDOW) + 1):
                if any(_GAP.fullmatch(text, toks[j - 1].end(), toks[j].start()) is None
                       for j in range(a + 1, b)):
                    break
                # The other words as written, so a case-exact name reads too ("DOT
                # regs": DOT regulations).
                words = [SHORTHAND[low[j]] if j in short else raw[j] for j in range(a, b)]
                skill = lookup(" ".join(words))
                if skill is not None and (best is None or b - a > best[1] - best[0]):
                    best = (a, b, skill)
        if best is not None:
            a, b, skill = best
            start, end = toks[a].start(), toks[b - 1].end()
            # A name the text already holds across the span's edge stays ("cust
            # service calls": service calls); those inside it give way.
            if not any(h.start < end and start < h.end and not (start <= h.start and h.end <= end)
                       for h in hits):
                added.append(SkillHit(skill, start, end, text[start:end]))
                taken = end
    if not added:
        return hits
    kept = [h for h in hits if not any(n.start <= h.start and h.end <= n.end for n in added)]
    return sorted([*kept, *added], key=lambda h: h.start)
