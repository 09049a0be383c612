"""An ask named "<kind> coding" ("GL coding", "general ledger coding") shown by a deed
that puts a thing into that kind's accounts: "assign each bill to the right general
ledger account", "Coded expenses to GL accounts", "charge purchases to the correct G/L
codes".

The deed readers take the ask's head ("coding") for the verb and its kind for the
object; a bookkeeper names the thing coded (the invoice, the bill) as the object and the
ledger's accounts as where it goes, after "to". Only verbs of filing a thing under an
account count (assign, code, charge, allocate, classify): "Reconciled subledgers to GL
accounts" or "Posted entries to the general ledger" is other ledger work, no coding.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, work_bullet_showing
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["coded_to"]

_CODING = re.compile(r"^(?P<kind>.+?)[ \t]+coding$", re.IGNORECASE)
_VERBS = (r"(?:assign(?:s|ed|ing)?|cod(?:e|es|ed|ing)|charg(?:e|es|ed|ing)"
          r"|allocat(?:e|es|ed|ing)|classif(?:y|ies|ied|ying))")
# The words between the verb and "to" are the thing coded, within one clause: "assign
# each one", "code 300 vendor bills a month".
_THING = r"(?:[\w'’/$-]+[ \t]+){0,6}?"
_BEFORE_KIND = (r"(?:(?:the|its|their|each|a|an|right|correct|proper|appropriate|matching)"
                r"[ \t]+){0,3}")
# The ledger's accounts or codes, never an invoice's lines ("Allocated freight charges
# to the invoice lines" is billing).
_ACCOUNTS = r"(?:accounts?|codes?|account[ \t]+codes?)"
# Kinds of coding named by the thing coded, not by where it goes: "invoice coding" is
# coding invoices, and "to the invoice accounts" says nothing.
_THINGS_CODED = frozenset({"invoice", "invoices", "expense", "expenses", "receipt", "receipts"})


@functools.lru_cache(maxsize=256)
def _pattern(kinds: tuple[str, ...]) -> re.Pattern[str]:
    spelled = "|".join(r"[ \t]+".join(re.escape(w) for w in k.split()) for k in kinds)
    return re.compile(rf"\b{_VERBS}[ \t]+{_THING}to[ \t]+{_BEFORE_KIND}(?:{spelled})"
                      rf"[ \t]+{_ACCOUNTS}\b", re.IGNORECASE)


def coded_to(mention: SkillMention, lines: list[ResumeLine], resume_low: str,
             vocabulary: Vocabulary) -> tuple[float, SkillMatch | None]:
    """(1.0, match) for a "<kind> coding" ask shown by a work bullet that files a thing
    under that kind's accounts (see the module docstring); else (0.0, None)."""
    if mention.kind != "hard" or not mention.name.lower().endswith(" coding") \
            or " to " not in resume_low:
        return 0.0, None
    names = [mention.name]
    skill = vocabulary.lookup(mention.name)
    if skill is not None:
        names += list(skill.aliases)
    kinds = sorted({kind for n in names if (found := _CODING.match(n.strip())) is not None
                    and (kind := found.group("kind").lstrip("=~").strip()).lower()
                    not in _THINGS_CODED},
                   key=len, reverse=True)
    if not kinds:
        return 0.0, None
    return work_bullet_showing(mention, lines, _pattern(tuple(kinds)))
