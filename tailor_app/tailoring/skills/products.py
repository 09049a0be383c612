"""A product the posting names with its edition ("Argus Enterprise", "QuickBooks
Online") shown by the resume's product name alone ("modeling in Argus and Excel").

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


@functools.lru_cache(maxsize=1024)
def _name_pattern(name: str) -> re.Pattern[str] | None:
    """The product's bare name as a name in a sentence, or None when ``name`` has no
    edition word at its end."""
    found = _EDITION.fullmatch(name.strip())
    if found is None:
        return None
    return re.compile(rf"(?<=\S )(?<![\w-]){re.escape(found['name'])}"
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
