"""An asked kind of a thing ("Stand-up forklift") shown by the kind's word with a
narrower name of the thing ("stand-up reach trucks", "sit-down counterbalance").

An ask "<kind> <head>" whose head is a vocabulary skill names one kind of that skill:
a stand-up forklift is a forklift that is stood on. A resume often names the kind by
the same word and the machine by a narrower name the vocabulary files under the head
("Drove stand-up reach trucks", "Ran a sit-down counterbalance lift"), so neither the
asked name nor its head's spellings are in the line, and ``spread_names``'s "packaged
RTUs" reading (the kind's word before another spelling of the head itself) finds
nothing. The kind is the asked thing's own word, so a narrower thing carrying it is
the asked kind: a reach truck is a forklift, and a stand-up one a stand-up forklift.

What counts, so a related thing does not:

- the hit is of a skill the vocabulary files directly under the head's skill (or of
  the head's skill itself), never a sibling ("an electric forklift" is no electric
  pallet jack: a forklift is not filed under pallet jacks);
- the kind's words stand right before the hit, or open it ("sit-down counterbalance"),
  with only a space or a hyphen between: "Sit down with the reach truck team" and
  "stand-up meetings, reach trucks" name no kind of truck;
- the kind is one hyphenated modifier ("stand-up", "sit-down", "walk-behind"), which
  only ever describes the thing after it: a plain first word may be a noun of its own,
  and a child of the head that opens with it is then a sibling of the ask, not a kind of
  it ("pipe beveling" under Welding is no pipe welding; "scaled Scrum" under Agile no
  Scaled Agile Framework; review20's M1, M2);
- the ask is no named thing: its head word is not capitalised and no acronym is among
  its names ("Large-Scale Scrum", LeSS, is a framework, not any large-scale work under
  Scrum: review20's M8);
- the kind is in the resume at all before any line is searched, and only asks of two
  words or more whose head is a hard skill or a tool are read.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.model import SkillMention
from tailor_app.tailoring.skills.entries import SkillHit
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["kind_by_narrower_name"]

_SKIPPED = ("contact", "heading")
# A kind read here is one hyphenated modifier ("stand-up", "sit-down", "walk-behind"):
# such a word only ever describes the thing after it. A plain word may be a noun of its
# own ("pipe beveling" is no kind of pipe welding, "scaled Scrum" no Scaled Agile
# Framework, "customer relationships" no CRM software: review20's M1, M2).
_KIND_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")
# An acronym among a skill's names ("LeSS", "SAFe"): the skill is a named thing.
_ACRONYM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z]{2,6}")


def _kind_in_resume(kind: list[str], resume_low: str) -> bool:
    """Whether each word of the kind is in the resume at all (the cheap gate)."""
    return all(w.lower().split("-")[0] in resume_low for w in kind)


def _kind_pattern(kind: list[str]) -> str:
    """The kind's words, a hyphen of theirs written as a hyphen, a space or nothing."""
    words = [r"[ \t-]?".join(re.escape(p) for p in w.split("-")) for w in kind]
    return r"(?<![\w-])(?i:" + r"[ \t-]+".join(words) + r")"


def kind_by_narrower_name(mention: SkillMention,
                          shown: dict[str, list[tuple[ResumeLine, SkillHit]]],
                          vocabulary: Vocabulary, resume_low: str
                          ) -> list[tuple[ResumeLine, SkillHit]]:
    """The resume's hits that show the asked "<kind> <head>" by the kind's words and a
    name of a skill filed under the head's skill (see the module docstring); [] when
    there are none."""
    if mention.kind not in ("hard", "tool"):
        return []
    words = mention.name.split()
    if len(words) < 2 or "-" not in words[0] or not _KIND_WORD.fullmatch(words[0]):
        return []
    asked = vocabulary.lookup(mention.name)
    if words[-1][:1].isupper() or any(
            _ACRONYM.fullmatch(a) for a in (asked.aliases if asked else ())):
        return []  # a named thing: "Large-Scale Scrum" (LeSS), review20's M8
    for cut in (1,):
        kind = words[:cut]
        if not all(_KIND_WORD.fullmatch(w) for w in kind) or not _kind_in_resume(
                kind, resume_low):
            continue
        head = vocabulary.lookup(" ".join(words[cut:]))
        if head is None or head.kind not in ("hard", "tool") or (
                asked is not None and head.name == asked.name):
            continue
        before = _kind_pattern(kind)
        found: list[tuple[ResumeLine, SkillHit]] = []
        for name, pairs in shown.items():
            if asked is not None and name == asked.name:
                continue
            for line, hit in pairs:
                if line.part in _SKIPPED or not (
                        hit.skill.name == head.name or head.name in hit.skill.broader):
                    continue
                opens = re.match(before + r"[ \t-]", hit.surface)
                if opens or re.search(before + r"[ \t-]+" + re.escape(hit.surface)
                                      + r"(?![\w-])", line.text):
                    found.append((line, hit))
        if found:
            return found
    return []
