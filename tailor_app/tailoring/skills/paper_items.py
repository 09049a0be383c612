"""A paper asked by its kind's noun, listed under a label of that kind without it.

A resume lists its papers under a label that names their kind once: "Endorsements:
doubles/triples (T), tanker (N)", "Licenses: real estate (TX), notary", "Certificates:
ServSafe Manager, allergen awareness". Each item is the kind's paper: the posting's
"Doubles/triples endorsement" or "Tanker endorsement" is shown by "doubles/triples" in
the first, as a reader fills in the label's noun. Read only where the item is the
whole rest of the ask (an item "tanker yanker" shows no tanker endorsement), in a line
of papers whose own label (or section heading) holds the same noun, and never for an
item still ahead ("tanker (test scheduled May)": ``evidence.not_yet_held``).

A CDL's endorsements are as often listed by their letters ("Endorsements: H, N, T",
"Endorsements: X (tank + hazmat)"): under an endorsements label a letter item is the
endorsement it codes, and X, the combined tank and hazmat one, shows each of the two.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, not_yet_held

__all__ = ["listed_paper", "paper_lines"]

# The nouns of a paper's kind an ask may end with, each with the stem its label has.
_KIND_NOUNS = {"endorsement": "endorsement", "endorsements": "endorsement",
               "certification": "certif", "certificate": "certif", "license": "licen",
               "licence": "licen", "card": "card", "ticket": "ticket"}
_ASK = re.compile(r"(?P<rest>.+?)[ \t]+(?P<noun>[a-z]+)$", re.IGNORECASE)
# An item of the list: cut at commas, semicolons, bullets and bars; the code or state in
# brackets after it ("(T)", "(TX)") is dropped.
_ITEMS = re.compile(r"[^,;|·•]+")
# A CDL endorsement's letter -> the words of the endorsements it shows (an ask's rest).
_ENDORSEMENT_LETTERS = {
    "h": frozenset({"hazmat", "hazardous materials"}),
    "n": frozenset({"tanker", "tank vehicle"}),
    "t": frozenset({"doubles/triples", "doubles and triples", "double/triple"}),
    "p": frozenset({"passenger"}),
    "s": frozenset({"school bus"}),
    "x": frozenset({"hazmat", "hazardous materials", "tanker", "tank vehicle",
                    "hazmat and tanker", "tanker/hazmat", "hazmat/tanker"}),
}
_BRACKETS = re.compile(r"[ \t]*\([^)]*\)")


def listed_paper(mention: SkillMention, lines: list[ResumeLine]
                 ) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when a line of papers labelled with the ask's kind noun lists the
    rest of the ask as a whole item ("Endorsements: doubles/triples (T)" for
    "Doubles/Triples Endorsement"); else (0.0, None)."""
    if mention.kind != "certification":
        return 0.0, None
    ask = _ASK.fullmatch(mention.name.strip())
    stem = _KIND_NOUNS.get(ask.group("noun").lower()) if ask else None
    if ask is None or stem is None:
        return 0.0, None
    rest = ask.group("rest").casefold()
    for line in lines:
        if line.section != "certifications" or ":" not in line.text:
            continue  # (the caller passes these lines only: see ``paper_lines``)
        label, _, items = line.text.partition(":")
        if stem not in label.casefold():
            continue
        offset = len(label) + 1
        for item in _ITEMS.finditer(items):
            words = _BRACKETS.sub("", item.group()).strip().casefold()
            if words != rest and not (stem == "endorsement"
                                      and rest in _ENDORSEMENT_LETTERS.get(words, ())):
                continue
            start = offset + item.start() + len(item.group()) - len(item.group().lstrip())
            name = item.group().strip().split("(")[0].rstrip()
            if not_yet_held(line.text, start, start + len(name)):
                continue
            return 1.0, SkillMatch(mention.name, mention.kind, mention.required, line.text,
                                   mention.name)
    return 0.0, None


def paper_lines(lines: list[ResumeLine]) -> list[ResumeLine]:
    """The lines ``listed_paper`` reads: labelled lines of papers. Found once a job."""
    return [line for line in lines if line.section == "certifications" and ":" in line.text]
