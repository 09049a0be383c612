"""A clause of time is no ask: its subject and verb are the scene, not the work.

"After the last guest leaves, you lead the breakdown", "When the truck arrives, check
the seal": read by their shape, "Last guest leaves" was asked. Told in the "day in the
life" paragraphs postings open with.

(Tried and left out, Dec 6: the place where asked experience was had, "experience in
a manufacturing plant", as no ask: the labelled set counts "experience in a law firm or
medical office" as asked, and its recall fell.)
"""

from __future__ import annotations

import re

__all__ = ["clause_of_time"]


# A clause of time opened by its subordinator and a determiner: "After the last guest
# leaves, you lead the breakdown", "When the truck arrives, check the seal".
_WHEN_BEFORE = re.compile(
    r"\b(?:after|before|until|till|once|when|whenever|while|as[ \t]+soon[ \t]+as)[ \t]+"
    r"(?:the|a|an|each|every|your|our)[ \t]+$", re.IGNORECASE)


def clause_of_time(text: str, start: int, end: int) -> bool:
    """Are the words at ``start:end`` the subject and verb of a clause of time ("after
    the last guest leaves,", "before the doors open,")? Read by their shape, "Last guest
    leaves" and "Doors open" were asked. The clause closes right after them."""
    words = text[start:end].split()
    if len(words) < 2:
        return False
    if text[end:end + 1] not in (",", ";", ".", ""):
        return False
    return _WHEN_BEFORE.search(text, max(0, start - 30), start) is not None
