"""Products listed in brackets after their maker's suite, named with the maker.

"Skill with Google Workspace (Gmail, Docs, Sheets)", "Microsoft 365 (Teams, SharePoint)",
"Adobe Creative Cloud (Photoshop, Illustrator)": the bracket lists the suite's parts by
their short names, which are the maker's products ("Google Docs"). Read by their shape as
capitalised names, "Docs" and "Sheets" became asks of their own that no resume names so
(a resume writes "Google Sheets"), and each showed as a false "missing". A one-word name
inside such a bracket is named with the suite's first word where the vocabulary holds
that spelling; otherwise it is left as read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from tailor_app.tailoring.posting.terms import ShapeTerm

__all__ = ["named_with_maker"]

# The suite before the bracket: a capitalised name of two or three words ("Google
# Workspace", "Adobe Creative Cloud", "Microsoft 365"), then the bracket.
_SUITE = re.compile(r"\b([A-Z][A-Za-z]+)(?:[ \t]+(?:[A-Z][\w+]*|\d{2,4})){1,2}[ \t]*\($")


def named_with_maker(text: str, terms: list[ShapeTerm],
                     lookup: Callable[[str], Any]) -> list[ShapeTerm]:
    """``terms``, each one-word name inside a suite's bracket named with its maker."""
    if "(" not in text:
        return terms
    out = []
    for term in terms:
        if " " not in term.name and term.name[:1].isupper():
            opening = text.rfind("(", 0, term.start)
            closing = text.find(")", opening)
            if opening >= 0 and term.end <= closing:
                suite = _SUITE.search(text, max(0, opening - 40), opening + 1)
                if suite is not None:
                    skill = lookup(f"{suite.group(1)} {term.name}")
                    if skill is not None:
                        term = ShapeTerm(skill.name, term.kind, term.start, term.end)
        out.append(term)
    return out
