"""An acronym the posting glosses in brackets after the words it stands for.

"Medication Aide certification (CMA)" in an assisted-living posting was read as the
Certified Management Accountant, or as the clinic's Certified Medical Assistant, the
vocabulary's other owners of the letters; "Qualified Medication Aide (QMA)", "Registered
Behavior Technician (RBT)" and "Certified Pharmacy Technician (CPhT)" are written the
same way. The bracket says what the letters mean here: the words before it, which the
vocabulary has already read as a skill. So the letters are that skill's and no other's.

The letters must be the words' initials, in any order (the credential word may stand
last: "Medication Aide certification" spells C, M, A), or the initials of the skill's
name; between the skill's words and the bracket only a credential's words may stand
("certification", "license", "card"), so that "work with the nurse (RN) team" and
"Excel (VBA a plus)" are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["glossed_acronyms"]

_LETTERS = re.compile(r"[A-Z][A-Za-z]{0,4}[A-Z]s?")
# Words of a credential that may stand between its name and the bracket.
_BETWEEN = re.compile(
    r"(?:[ \t-]+(?:certification|certificate|certified|license|licence|licensure|card"
    r"|credential|registration|endorsement|designation|status))*[ \t]*\($",
    re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SMALL = frozenset({"and", "of", "the", "for", "in", "on", "to", "a", "an", "&"})


def _initials(words: str) -> str:
    return "".join(w[0].upper() for w in _WORD.findall(words) if w.lower() not in _SMALL)


def glossed_acronyms(text: str, hits: Sequence[Any],
                     lookup: Callable[[str], Any]) -> set[int]:
    """Indexes of acronym ``hits`` standing in brackets right after words that name
    another skill (``lookup``) and that they abbreviate: the letters name that skill."""
    out: set[int] = set()
    for n, h in enumerate(hits):
        surface = text[h.start:h.end]
        if _LETTERS.fullmatch(surface) is None \
                or not text[h.end:h.end + 3].lstrip(" \t").startswith(")"):
            continue
        paren = text.rfind("(", max(0, h.start - 3), h.start)
        if paren < 0 or text[paren + 1:h.start].strip():
            continue
        letters = sorted(c for c in surface.rstrip("s") if c.isupper())
        between = _BETWEEN.search(text, max(0, paren - 60), paren + 1)
        name_end = between.start() if between is not None else paren
        words = _WORD.findall(text[max(0, name_end - 60):name_end].split("\n")[-1])[-5:]
        credential = text[name_end:paren]
        for k in range(len(words)):
            phrase = " ".join(words[k:])
            skill = lookup(phrase)
            if skill is None or skill.name == h.skill.name:
                continue
            if h.skill.kind == "certification" and skill.kind != "certification":
                # "Oncology nursing certification (OCN)": the words name the field, and the
                # bracket the credential in it, which the letters' own reading is.
                continue
            if sorted(_initials(skill.name)) == letters \
                    or sorted(_initials(f"{phrase} {credential}")) == letters:
                out.add(n)
                break
    return out
