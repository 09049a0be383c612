"""A product the posting names with its edition ("Argus Enterprise", "QuickBooks
Online") or its maker ("Cummins INSITE") shown by the resume's product name alone
("modeling in Argus and Excel", "diagnosed derates with Insite").

The edition is how a vendor sells the product, not another skill: someone who models
in Argus has used the product a posting calls Argus Enterprise. A product's name may
also be a word, so the resume must write it as a name: capitalised as the posting
writes it, inside a sentence (not the line's first word, where any word is
capitalised), and not followed by another capitalised word or a number, which would
make it part of another name ("Office Manager", "Argus Financial", "Office 365").
Only a one-word name: a longer one is in the vocabulary or is not a product.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, quoted_by

__all__ = ["edition_dropped"]

_EDITION = re.compile(r"(?P<name>[A-Z][A-Za-z]{3,}|[A-Za-z]+[A-Z][A-Za-z]*)\s+(?:Enterprise"
                      r"|Professional|Pro|Online|Desktop|Premier|Cloud|Standard|Plus)")


# A maker's name before its product ("Cummins INSITE", "Detroit Diesel DiagnosticLink"):
# capitalised words, then a product by its shape, in capitals or with a capital inside.
_MAKER_FIRST = re.compile(r"(?:[A-Z][\w&.-]*\s+){1,3}(?P<name>[A-Z]{4,}|[A-Z][a-z]+[A-Z][A-Za-z]*)")


@functools.lru_cache(maxsize=1024)
def _name_pattern(name: str) -> re.Pattern[str] | None:
    """The product's bare name as a name in a sentence, or None when ``name`` has no
    edition word at its end nor a maker's name before it. A name in capitals is a
    name in any case a resume writes it with a capital ("INSITE", "Insite")."""
    found = _EDITION.fullmatch(name.strip()) or _MAKER_FIRST.fullmatch(name.strip())
    if found is None:
        return None
    bare = re.escape(found["name"])
    if found["name"].isupper():
        bare = rf"(?i:{bare})(?<=[A-Z]\w{{{len(found['name']) - 1}}})"
    return re.compile(rf"(?<=\S )(?<![\w-]){bare}"
                      r"(?![\w-])(?!\s+(?:[A-Z0-9]))")


def edition_dropped(mention: SkillMention, lines: list[ResumeLine], resume_text: str
                    ) -> tuple[float, SkillMatch | None]:
    """A tool asked with its edition, shown by its bare name (see the module's
    docstring); ``resume_text``, the lines joined, rules most asks out at once."""
    if mention.kind != "tool":
        return 0.0, None
    pattern = _name_pattern(mention.name)
    if pattern is None or pattern.search(resume_text) is None:
        return 0.0, None
    return quoted_by(mention, lines, (pattern,))
