"""An asked electronic kind of a record ("eMAR", "electronic MAR") shown by the record
kept in a named system ("chart on the MAR in Cerner PowerChart", "Epic MAR").

The vocabulary files an electronic record under the record itself (eMAR under
Medication Administration Record), and a broader skill never shows a narrower one: a
paper MAR is no eMAR. But a resume seldom says "electronic": it names the system the
record is kept in, and a record kept in a named software product is the electronic
one. So an ask is read here when one of its names is "e<Name>", "e-<Name>" or
"electronic <name>" and the rest is a name of the skill it is filed under; it is shown
by a resume hit of that broader skill joined to a hit of a named product:

- the product stands right after the record, after "in", "on", "into", "using", "via",
  "through" or "within" (and perhaps "the"): "MAR in Cerner PowerChart", "MAR on
  PointClickCare"; or right before it: "Epic MAR";
- the product is a tool of the vocabulary written as a name (its first letter a
  capital): a product, never a common tool ("nailers"), and never the record itself;
- nothing else counts: "kept the MAR up to date" and "MAR and Cerner training" show
  no eMAR, and the gate is that the ask has such a name and the resume shows the
  record at all.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMention
from tailor_app.tailoring.skills.entries import Skill, SkillHit, new_hit
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["electronic_kind"]

# "eMAR", "e-MAR", "electronic MAR", "Electronic medication administration record".
_ELECTRONIC = re.compile(r"(?:e-?(?=[A-Z])|[Ee]lectronic[ \t]+)(?P<rest>\S.*)")
# Between the record and the product it is kept in.
_KEPT_IN = r"[ \t]+(?:in|on|into|using|via|through|within)[ \t]+(?:the[ \t]+)?"
_SKIPPED = ("contact", "heading")


@functools.lru_cache(maxsize=1024)
def _record_skills(asked: Skill, vocabulary: Vocabulary) -> frozenset[str]:
    """The broader skills of ``asked`` that one of its names calls electronic ("MAR" in
    "eMAR" is Medication Administration Record), or the empty set."""
    out: set[str] = set()
    for name in asked.aliases:
        found = _ELECTRONIC.fullmatch(name)
        if found is None:
            continue
        record = vocabulary.lookup(found.group("rest"))
        if record is not None and record.name in asked.broader:
            out.add(record.name)
    return frozenset(out)


def _named_product(hit: SkillHit, records: list[str]) -> bool:
    """Is ``hit`` a named product (a tool written with a capital), not a record asked?"""
    return hit.skill.kind == "tool" and hit.surface[:1].isupper() \
        and hit.skill.name not in records \
        and all(record not in hit.skill.broader for record in records)


def electronic_kind(mention: SkillMention,
                    shown: dict[str, list[tuple[ResumeLine, SkillHit]]],
                    vocabulary: Vocabulary) -> list[tuple[ResumeLine, SkillHit]]:
    """The resume's hits that show an asked electronic record by the record kept in a
    named product (see the module docstring); [] when there are none."""
    if mention.kind not in ("hard", "tool"):
        return []
    asked = vocabulary.lookup(mention.name)
    if asked is None or not asked.broader:
        return []
    records = [name for name in _record_skills(asked, vocabulary) if name in shown]
    if not records:
        return []
    products = [(line, hit) for pairs in shown.values() for line, hit in pairs
                if _named_product(hit, records)]
    found: list[tuple[ResumeLine, SkillHit]] = []
    for record in records:
        for line, hit in shown[record]:
            if line.part in _SKIPPED or hit.skill.name != record:
                continue
            for other_line, product in products:
                if other_line.text != line.text:
                    continue
                # (A hit's offsets are into all the lines joined: its words are found
                # again in its own line.)
                kept = re.search(_word(hit.surface) + _KEPT_IN + _word(product.surface),
                                 line.text) or re.search(
                    _word(product.surface) + r"[ \t]+" + _word(hit.surface), line.text)
                if kept is not None:
                    found.append((line, new_hit(asked, kept.start(), kept.end(),
                                                kept.group())))
    return found


def _word(surface: str) -> str:
    """``surface`` as a whole word or name of a line."""
    return r"(?<![\w-])" + re.escape(surface) + r"(?![\w-])"
