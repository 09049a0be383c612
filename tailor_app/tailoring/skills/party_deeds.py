"""Work done with a party shows the ask to coordinate with it: "Schedule trailers with
carriers" shows the posting's "Carrier coordination", "Resolved holds with suppliers"
its "Supplier liaison", as a recruiter reads them.

An ask "<party> coordination" (or collaboration, liaison) is shown by a bullet of the
resume that does something "with <parties>": the party's own noun, in the plural, right
after "with" (a determiner between allowed). The party must be one of the people or
firms work is coordinated with (``_PARTIES``), so "Packed glassware with care" shows
no Care coordination and "Helped with events" no Event coordination; a singular
("with the carrier": one firm) or another party ("with drivers") shows nothing.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, evidence_rank

__all__ = ["done_with_party"]

_ASK = re.compile(r"(?:(?P<first>[a-z]+) )?(?P<party>[a-z]+) (?:coordination|collaboration"
                  r"|liaison)", re.IGNORECASE)
# The people and firms a role coordinates with, singular -> plural.
_PARTIES = {
    "carrier": "carriers", "vendor": "vendors", "supplier": "suppliers",
    "subcontractor": "subcontractors", "contractor": "contractors", "broker": "brokers",
    "client": "clients", "customer": "customers", "family": "families", "parent": "parents",
    "physician": "physicians", "provider": "providers", "agency": "agencies",
    "landlord": "landlords", "tenant": "tenants", "architect": "architects",
    "consultant": "consultants", "insurer": "insurers", "payer": "payers",
    "stakeholder": "stakeholders", "partner": "partners",
}
_DETERMINERS = r"(?:(?:our|its|their|the|all|local|outside|external|\d+)[ \t]+)?"
_CLAUSE = re.compile(r"[;:,.]\s*")


@functools.lru_cache(maxsize=1024)
def _with_party(first: str, party: str) -> re.Pattern[str] | None:
    """"with <parties>" for a party of ``_PARTIES`` (after its own first word, "foster
    parents"), or None for any other word."""
    plural = _PARTIES.get(party.lower())
    if plural is None:
        return None
    named = (re.escape(first) + r"[ \t]+" if first else "") + plural
    return re.compile(rf"\bwith[ \t]+{_DETERMINERS}(?P<party>{named})\b(?!['\u2019])",
                      re.IGNORECASE)


def done_with_party(mention: SkillMention, lines: list[ResumeLine]
                    ) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when a bullet does something "with <parties>" for an ask to
    coordinate with them (see the module's docstring), else (0.0, None)."""
    if mention.kind != "hard":
        return 0.0, None
    ask = _ASK.fullmatch(mention.name.strip())
    pattern = _with_party(ask["first"] or "", ask["party"]) if ask else None
    if pattern is None:
        return 0.0, None
    for line in sorted(lines, key=evidence_rank, reverse=True):
        if line.part != "bullet":
            continue
        found = pattern.search(line.text)
        if found is None or line.in_name(found.start(), found.end()):
            continue
        start = max((m.end() for m in _CLAUSE.finditer(line.text, 0, found.start())),
                    default=0)
        return 1.0, SkillMatch(mention.name, mention.kind, mention.required, line.text,
                               line.text[start:found.end()].lstrip("-•* \t"))
    return 0.0, None
