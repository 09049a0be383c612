"""Makers offered as a choice before the kind of thing asked: the kind is the ask.

"Restock Pyxis or Omnicell automated dispensing cabinets", "chart in an Epic or Cerner
EHR", "log calls in a Salesforce or HubSpot CRM": the posting asks for the cabinets, the
record, the CRM, and names two makers either of which will do. Read as three asks, a
resume showing Pyxis cabinets was told that Omnicell was missing. A choice of two or more
products, joined by "or" (or "/"), written right before a skill every one of them is a
narrower kind of (the vocabulary's ``broader``), names examples of that skill; the
labelling rule reads such examples as neutral and the broader ask as the skill. "Epic or
Cerner" with no kind after it stays two asks, as the rule says of named tools.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tailor_app.tailoring.posting.protocols import HitLike

__all__ = ["makers_of_the_kind"]

_OR = re.compile(r"[ \t]*(?:,[ \t]*(?:or[ \t]+)?|[ \t]+or[ \t]+|/)[ \t]*")
_SPACE = re.compile(r"[ \t]+")


def makers_of_the_kind(text: str, hits: Sequence[HitLike]) -> set[int]:
    """Indexes of product ``hits`` offered as a choice right before a skill they are
    each a narrower kind of ("Pyxis or Omnicell automated dispensing cabinets")."""
    out: set[int] = set()
    n = 0
    while n < len(hits) - 2:
        if " or " not in text[hits[n].end:hits[n].end + 6] \
                and "/" not in text[hits[n].end:hits[n].end + 2] \
                and "," not in text[hits[n].end:hits[n].end + 2]:
            n += 1
            continue
        run = [n]
        k = n
        while k + 1 < len(hits) and _OR.fullmatch(text, hits[k].end, hits[k + 1].start):
            k += 1
            run.append(k)
        kind = k + 1
        if len(run) >= 2 and kind < len(hits) \
                and _SPACE.fullmatch(text, hits[k].end, hits[kind].start):
            name = hits[kind].skill.name
            if all(name in getattr(hits[i].skill, "broader", ()) for i in run):
                out.update(run)
        n = k + 1
    return out
