"""What tailoring changed, line by line: the list the "What changed" tab shows.

Computed from the source and the tailored structure alone (both stored with every
result), not from what the tailoring step says it did, so the list also describes
results saved by older versions. Lines are paired by their text (a renamed line,
or a skills line whose items moved, by its items or its closest text); a line has
moved when it is not part of the longest run of lines that kept their relative
order, which is what a reader comparing the two versions would point at: a bullet
taken from third to first is one move, not three.
"""

from __future__ import annotations

import difflib
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from tailor_app.tailoring.model import ParsedResume, Section
from tailor_app.tailoring.resume.skill_list import split_skill_line


@dataclass(frozen=True)
class Move:
    """A line that moved within its entry (or within its skills section)."""

    text: str  # the line as it now reads
    section: str  # the section's heading (or kind)
    group: int  # which entry of the section (0 for a skills section's lines)
    before: int  # 0-based position among its neighbours in the source
    after: int  # and in the tailored resume


@dataclass(frozen=True)
class Reworded:
    """A line whose text changed: renamed words, or skills items in a new order."""

    before: str
    after: str
    section: str
    items_only: bool  # the same items, only their order changed


@dataclass
class Changes:
    """Every difference between the source and the tailored resume."""

    summary: str | None
    sections_before: list[str]
    sections_after: list[str]
    moves: list[Move] = field(default_factory=list)
    reworded: list[Reworded] = field(default_factory=list)
    renamed: dict[str, int] = field(default_factory=dict)  # "old → new": lines changed


def _name(section: Section) -> str:
    return section.heading.strip() or section.kind


def _items_key(text: str) -> tuple[str, tuple[str, ...]]:
    parts = split_skill_line(text)
    return parts.category, tuple(sorted(i.casefold() for i in parts.items if i))


def pair_lines(before: list[str], after: list[str]) -> list[int | None]:
    """For each line of ``after``, the index of the ``before`` line it came from."""
    pairs: list[int | None] = [None] * len(after)
    free = set(range(len(before)))
    by_text: dict[str, list[int]] = {}
    for k, text in enumerate(before):
        by_text.setdefault(text, []).append(k)
    for j, text in enumerate(after):
        if by_text.get(text):
            pairs[j] = by_text[text].pop(0)
            free.discard(pairs[j])
    for key_of in (_items_key, None):
        for j, text in enumerate(after):
            if pairs[j] is not None or not free:
                continue
            if key_of is not None:
                same = [k for k in sorted(free) if key_of(before[k]) == key_of(text)]
                best = same[0] if same else None
            else:
                best = max(sorted(free), key=lambda k: difflib.SequenceMatcher(
                    None, before[k], text, autojunk=False).ratio())
            if best is not None:
                pairs[j] = best
                free.discard(best)
    return pairs


def kept_in_order(sequence: list[int]) -> set[int]:
    """Positions of one longest increasing subsequence of ``sequence``."""
    tails: list[int] = []
    tail_at: list[int] = []
    parent: list[int] = [-1] * len(sequence)
    for pos, value in enumerate(sequence):
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_at.append(pos)
        else:
            tails[k], tail_at[k] = value, pos
        parent[pos] = tail_at[k - 1] if k else -1
    kept: set[int] = set()
    pos = tail_at[-1] if tail_at else -1
    while pos != -1:
        kept.add(pos)
        pos = parent[pos]
    return kept


def _compare(before: list[str], after: list[str], section: str, group: int,
             out: Changes) -> None:
    pairs = pair_lines(before, after)
    known = [(j, p) for j, p in enumerate(pairs) if p is not None]
    kept = kept_in_order([p for _j, p in known])
    for n, (j, p) in enumerate(known):
        if n not in kept:
            out.moves.append(Move(after[j], section, group, p, j))
        if after[j] != before[p]:
            out.reworded.append(Reworded(before[p], after[j], section,
                                         _items_key(before[p]) == _items_key(after[j])))


def _section_lines(section: Section) -> list[list[str]]:
    """The groups of lines that tailoring may reorder: a skills section's lines
    together, or each entry's lines under its header."""
    if section.kind == "skills":
        return [[t for e in section.entries for t in (*e.header, *e.bullets)]]
    return [list(e.bullets) for e in section.entries]


def describe_changes(original: ParsedResume, tailored: ParsedResume, summary: str | None,
                     renamed: dict[str, str] | None = None) -> Changes:
    """Every moved line, every reworded line and the rename counts (module docstring)."""
    out = Changes(summary, [_name(s) for s in original.sections],
                  [_name(s) for s in tailored.sections])
    waiting: dict[tuple[str, str], list[Section]] = {}
    for section in original.sections:
        waiting.setdefault((section.kind, section.heading), []).append(section)
    for section in tailored.sections:
        pool = waiting.get((section.kind, section.heading))
        if not pool:
            continue
        source = pool.pop(0)
        old_groups, new_groups = _section_lines(source), _section_lines(section)
        if section.kind != "skills" and len(old_groups) != len(new_groups):
            old_groups = [[t for g in old_groups for t in g]]
            new_groups = [[t for g in new_groups for t in g]]
        for group, (old, new) in enumerate(zip(old_groups, new_groups, strict=False)):
            _compare(old, new, _name(section), group, out)
    counts: Counter[str] = Counter()
    for line in out.reworded:
        for short, full in (renamed or {}).items():
            if short.casefold() in line.before.casefold() and full in line.after:
                counts[f"{short} \u2192 {full}"] += 1
    out.renamed = dict(counts)
    return out


__all__ = ["Changes", "Move", "Reworded", "describe_changes", "kept_in_order", "pair_lines"]
