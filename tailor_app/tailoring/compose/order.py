"""Putting what the posting asks for first without breaking what belongs together.

Three rules keep a reader's groups whole (issue: lines moved away from their label):

* Within an entry, only lines the source marked as bullets move, among themselves;
  a plain description line ("Development team manager for …") keeps its place, and
  no bullet moves past it: the marks below a plain line are its own (a second role
  read into the same entry keeps its deeds). An entry whose lines carry no marks at
  all is a list written without glyphs, and its lines move.
* In a skills section, a label line ("Over 5000 lines:", "PROGRAMMING") moves with
  the lines it introduces, and the lines stay under it. A label directly followed
  by another label heads a block of such groups ("PROGRAMMING" / "Over 5000 lines:"),
  and the block moves as a whole.
* Items of one skills line are reordered only when the line is a clean list with
  one kind of separator; the separators stay as written.

Every sort is stable: lines of equal weight keep the resume's order. Bullets also
carry the author's order as a small prior (``AUTHOR_ORDER``): people tend to list a
role's main work first, so a bullet rises above one written before it only when it
answers the posting clearly better, not by a shared word or two; the prior grows
with the role's best score (``AUTHOR_SHARE``), so "clearly" means the same in a role
whose lines show one ask each as in one whose lines show four.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.model import Entry, PostingAnalysis
from tailor_app.tailoring.resume.skill_list import split_skill_line
from tailor_app.tailoring.skills.needs_shown import NAME as NEEDS
from tailor_app.tailoring.skills.needs_shown import needs_spans
from tailor_app.tailoring.skills.vocabulary import Vocabulary
from tailor_app.tailoring.skills.wording import literal_needles, literal_pattern

Score = Callable[[str], float]

# What the author's order is worth when ordering a role's bullets, in the units of
# ``relevance.Relevance.line`` (a required skill weighs 3): the first bullet gets this
# much, the last none, those between in proportion. A third of a required skill lets
# a line that shows one more asked skill still rise, while a word or two shared with
# the posting no longer reorders a list its author had already put in order. Weighed
# on the labelled pairs (NDCG .960 -> .962) and checked once on the blind ones
# (.921 -> .924), where the resumes' own order is already good.
AUTHOR_ORDER = 1.0
# And a share of the role's best line's score on top: the prior is a fixed third of a
# skill, which in a role whose lines each show three or four asks (scores near 12) let
# any line touching one more minor ask pass the line its author put first (a payroll
# specialist's "Run biweekly payroll for 820 employees" 1st -> 4th). A tenth of the
# best line keeps that order unless a line is clearly more relevant, in every role's
# own scale. Weighed with ``relevance.LEAD_WEIGHT`` (see there); 0.15 and 0.2 were lower.
AUTHOR_SHARE = 0.1


class LineSkills:
    """Which of the posting's skills a resume line shows, for ordering lines: the
    vocabulary's skills and the broader ones they show ("GMAW" shows Welding), skills
    written as a deed ("planned weekly lessons"), and terms the posting was read for by
    their shape ("ControlLogix", "NFPA 70E"), written out or by their acronym. Ordering
    that counted vocabulary names alone left a line naming the posting's standard or
    product where the resume had put it."""

    def __init__(self, analysis: PostingAnalysis, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.wanted = frozenset(m.name for m in analysis.skills)
        # A line is read for resume-only phrases only if one may name an asked skill.
        self.phrases = not self.wanted.isdisjoint(vocabulary.shown_names())
        self.literal = [(m.name, literal_needles(m)) for m in analysis.skills
                        if m.kind != "soft" and vocabulary.lookup(m.name) is None]

    def __call__(self, text: str) -> set[str]:
        hits = self.vocabulary.find(text)
        names = {h.skill.name for h in hits}
        names.update(b for h in hits for b in h.skill.broader)
        names.update(h.skill.name for h in self.vocabulary.deeds(text))
        if self.phrases:
            names.update(h.skill.name for h in self.vocabulary.shown_by(text))
        if NEEDS in self.wanted and needs_spans(text):
            names.add(NEEDS)  # "ask how each customer uses their phone": needs discovery
        if self.literal:
            # A pattern is made and run only for a line holding its needle (most
            # lines hold none).
            low = folded(text)
            names.update(name for name, forms in self.literal
                         if any((low is None or needle is None or needle in low)
                                and literal_pattern(form).search(text) is not None
                                for form, needle in forms))
        return names & self.wanted


def reorder_skill_line(line: str, rank: Score) -> str:
    """Asked-for items first in a "Category: a, b, c" line, keeping its separators."""
    parts = split_skill_line(line)
    items = parts.items
    kinds = {s.strip() for s in parts.separators}
    if len(items) < 2 or any(not i for i in items) or len(kinds) > 1:
        return line  # not a clean list: leave it exactly as written
    ordered = tuple(sorted(parts.pieces, key=lambda p: -rank(p.strip())))
    if ordered == parts.pieces:
        return line
    return replace(parts, pieces=ordered).text()


def order_bullets(entry: Entry, score: Score) -> Entry:
    """The entry with its marked lines ordered by ``score`` plus the author's order
    (see module docstring)."""
    bullets = entry.bullets
    if len(bullets) < 2:
        return entry
    movable = [k for k in range(len(bullets)) if not entry.is_plain(k)]
    if not movable:
        movable = list(range(len(bullets)))  # a list written without glyphs
    order = list(range(len(bullets)))
    for run in _runs(movable):
        prior = AUTHOR_ORDER + AUTHOR_SHARE * max(score(bullets[k]) for k in run)
        place = {k: prior * (1 - i / len(run)) for i, k in enumerate(run)}
        ranked = sorted(run, key=lambda k: -(score(bullets[k]) + place[k]))
        for slot, k in zip(run, ranked, strict=True):
            order[slot] = k
    if order == list(range(len(bullets))):
        return entry
    plain = [entry.is_plain(k) for k in order] if entry.plain else []
    return replace(entry, bullets=[bullets[k] for k in order], plain=plain)


def _runs(indices: Sequence[int]) -> list[list[int]]:
    """Consecutive indices in runs: a plain line between marked ones ("Payroll and HR
    Assistant | Monterey Bay Family Clinics | 2019 – 2022", a second role the reader
    sees under the first) heads the marks below it, which stay under it."""
    runs: list[list[int]] = []
    for k in indices:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def order_credentials(entries: Sequence[Entry], answers: Callable[[str], bool],
                      vocabulary: Vocabulary) -> list[Entry]:
    """A list of credentials with the lines that answer the posting (``answers``)
    above those that do not; otherwise the author's order stands. Only an unasked
    line gives way ("OSHA 10-Hour" written over a plumber's driver's licence): the
    author's first line is as a rule the credential of the trade (a nurse's RN
    licence above the BLS card asked as well), so asked lines are not ranked among
    themselves. Only a plain list moves: one line an entry, no lines under them, each
    naming something the vocabulary knows; a school and the course taken there
    ("Certificate Program … / University of Toronto … 2013") stay as written."""
    entries = list(entries)
    if len(entries) < 2 or any(len(e.header) != 1 or e.bullets for e in entries):
        return entries
    if not all(vocabulary.find(e.header[0]) for e in entries):
        return entries
    return sorted(entries, key=lambda e: not answers(e.header[0]))


def is_label(line: str, following: str | None, vocabulary: Vocabulary) -> bool:
    """A line that introduces the skills lines below it rather than naming skills:
    "Over 5000 lines:", "Familiar:", or a line in capitals ("PROGRAMMING") that is
    no skill itself and stands over more lines."""
    text = line.strip()
    if not text or len(split_skill_line(text).items) > 1:
        return False
    if text.endswith(":"):
        return True
    letters = [c for c in text if c.isalpha()]
    return (following is not None and len(letters) >= 3 and text.upper() == text
            and vocabulary.lookup(text) is None)


def order_skill_entries(entries: Sequence[Entry], score: Score,
                        vocabulary: Vocabulary) -> list[Entry]:
    """A skills section's entries, the asked-for first, labels kept over their lines."""
    entries = list(entries)
    if len(entries) < 2:
        return entries
    firsts = [e.header[0] if e.header else "" for e in entries]
    labels = [is_label(t, firsts[k + 1] if k + 1 < len(firsts) else None, vocabulary)
              for k, t in enumerate(firsts)]

    def weight(group: Sequence[int]) -> float:
        return sum(score(h) for k in group for h in entries[k].header)

    def arrange(indices: list[int]) -> list[int]:
        """Groups (a label and its lines, or one unlabelled line) ordered by weight."""
        groups: list[list[int]] = []
        for k in indices:
            if labels[k] or not groups or not labels[groups[-1][0]]:
                groups.append([k])
            else:
                groups[-1].append(k)
        for group in groups:
            if labels[group[0]] and len(group) > 2:
                group[1:] = sorted(group[1:], key=lambda k: -weight([k]))
        groups.sort(key=lambda g: -weight(g))
        return [k for g in groups for k in g]

    # Blocks: a label followed by a label heads everything up to the next such head.
    heads = [k for k in range(len(entries) - 1) if labels[k] and labels[k + 1]]
    if not heads:
        order = arrange(list(range(len(entries))))
    else:
        bounds = [0, *[h for h in heads if h], len(entries)]
        blocks = [list(range(a, b)) for a, b in pairwise(bounds) if b > a]
        arranged = []
        for block in blocks:
            if block[0] in heads:
                arranged.append([block[0], *arrange(block[1:])])
            else:
                arranged.append(arrange(block))
        arranged.sort(key=lambda b: -weight(b))
        order = [k for b in arranged for k in b]
    return [entries[k] for k in order]


__all__ = ["AUTHOR_ORDER", "AUTHOR_SHARE", "LineSkills", "is_label", "order_bullets",
           "order_credentials", "order_skill_entries", "reorder_skill_line"]
