"""One product's name read whole, not as two or three asks.

A product is often written with its maker's code, its module or its version around the
name the vocabulary knows: "3M 360 Encompass" (an encoder; the vocabulary's Encompass is
a mortgage system), "Epic Resolute HB" (Epic's hospital billing module; the vocabulary
reads "Epic Resolute" first and leaves "HB"), "Yardi Voyager 7S" (the "7S" is its
release, read by its shape as a form code like "5S"). Each piece read on its own was a
false "missing" in the match report. Three shapes, read only around tool hits:

- a module after: the hit's last word and the next word are a narrower tool of the same
  product ("Resolute HB" under Epic, "Willow Ambulatory" under Epic Willow): the whole
  name as written is the ask ("Epic Resolute HB");
- a release after: a short code of figures and capitals ("7S", "10G", "v8.2") right
  after a tool hit is part of its name, no ask of its own;
- a maker's code before: a word with a figure and a product number ("3M 360") right
  before a tool hit written in mixed case and after no other capitalised word, names
  another maker's product: the whole name is the ask, matched as written. A code
  without the number is a market, a release or a grade ("B2B Salesforce", "CS6
  Photoshop", "K12 Canvas"), and the tool stays asked.
  A dimension ("2D AutoCAD") and an acronym's neighbour ("a 6G TIG test") are no maker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tailor_app.tailoring.posting.protocols import HitLike
from tailor_app.tailoring.posting.shared import SharedHit
from tailor_app.tailoring.skills.entries import Skill

__all__ = ["whole_products"]

# The word after a tool hit that may name its module ("HB", "Ascend", "Cloud").
_NEXT_WORD = re.compile(r" ([A-Z][A-Za-z0-9]*)(?![\w-])")
# A release after the name: "7S", "10G", "v8.2", "2.0" (not a year: "Epic 2019" says when).
_RELEASE = re.compile(r" (\d{1,2}[A-Z]{1,2}|v\d{1,2}(?:\.\d{1,2})*|\d{1,2}\.\d{1,2})(?![\w.-])")
# A maker's code, with a figure in it, and maybe a number, right before the name.
# The number is what tells a maker's product line ("3M 360"): a code alone before a tool
# is a market, a release or a grade ("B2B Salesforce", "CS6 Photoshop", "K12 Canvas").
_MAKER = re.compile(r"(?<![\w.&/-])(\d[A-Z]{1,2}|[A-Z]{1,3}\d{1,2}[A-Z]?) (\d{2,4}) \Z")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w&.-]* \Z")


def _family(skill: object, lookup: Callable[[str], object | None]) -> set[str]:
    """The skill's name and the names it shows, two steps up ("Resolute HB": Epic
    Resolute Hospital Billing, Epic): two tools of one product share one."""
    names = {getattr(skill, "name", "")}
    for broader in getattr(skill, "broader", ()):
        names.add(broader)
        names.update(getattr(lookup(broader), "broader", ()))
    return names


def _maker_of_next(text: str, hit: HitLike, after: HitLike) -> bool:
    """Is the tool hit the maker's name (a word, maybe with a number: "Mitchell 1") of
    the tool hit right after it, one space apart, whose vocabulary name opens with that
    word ("Blackbaud" before "eTapestry", named Blackbaud eTapestry)?"""
    if after.skill.kind != "tool" or text[hit.end:after.start] != " " \
            or after.skill.name == hit.skill.name:
        return False
    maker, _, rest = text[hit.start:hit.end].partition(" ")
    if rest and not rest.isdigit():
        return False  # "Microsoft Excel Outlook": two products of one maker, two asks
    return after.skill.name.split(" ", 1)[0].casefold() == maker.casefold() \
        and not text[after.start:after.end].casefold().startswith(maker.casefold())


def whole_products(text: str, hits: Sequence[HitLike],
                   lookup: Callable[[str], object | None]
                   ) -> tuple[dict[int, HitLike | None], list[tuple[int, int]]]:
    """Hits to replace (by index) with the whole product they stand in (None: the hit
    is a piece of the next one's name), and the spans of releases that belong to a
    hit's name (no shape reader reads them again)."""
    replaced: dict[int, HitLike | None] = {}
    releases: list[tuple[int, int]] = []
    starts = {h.start for h in hits}
    for n, h in enumerate(hits):
        skill = h.skill
        if skill.kind != "tool" or not text[h.start:h.start + 1].isupper():
            continue
        if n + 1 < len(hits) and _maker_of_next(text, h, hits[n + 1]):
            # "Blackbaud eTapestry", "Mitchell 1 ProDemand": the maker's own entry and
            # the product's, which the vocabulary names with the maker; one ask.
            after = hits[n + 1]
            replaced[n] = None
            replaced[n + 1] = SharedHit(after.skill, h.start, after.end, text[h.start:after.end])
            continue
        if replaced.get(n, h) is not h:
            continue
        module = _NEXT_WORD.match(text, h.end)
        if module is not None and module.start(1) not in starts:
            last = text[h.start:h.end].rsplit(" ", 1)[-1]
            narrower = lookup(f"{last} {module.group(1)}")
            if isinstance(narrower, Skill) and narrower.kind == "tool" \
                    and narrower.name != skill.name \
                    and _family(skill, lookup) & _family(narrower, lookup):
                # Named as written: the narrower tool's own entry may be a piece of it
                # ("Willow Ambulatory" of "Epic Willow Ambulatory").
                name = text[h.start:module.end(1)]
                whole = Skill(name=name, kind="tool", fields=narrower.fields, aliases=(name,),
                              source="posting", broader=(narrower.name,))
                replaced[n] = SharedHit(whole, h.start, module.end(1), name)
                continue
        release = _RELEASE.match(text, h.end)
        if release is not None:
            releases.append(release.span(1))
        surface = text[h.start:h.end]
        if surface.isupper():
            continue  # "a 6G TIG test": a position and a process, two asks
        head = text[max(0, h.start - 12):h.start]
        maker = _MAKER.search(head)
        if maker is not None and not _CAPITALISED_BEFORE.search(
                text, max(0, h.start - len(head) + maker.start() - 30),
                h.start - len(head) + maker.start()):
            a = h.start - len(head) + maker.start()
            name = text[a:h.end]
            # Another maker's product: none of the vocabulary's fields for it.
            whole = Skill(name=name, kind="tool", fields=(), aliases=(name,), source="posting")
            replaced[n] = SharedHit(whole, a, h.end, name)
    return replaced, releases
