"""The vocabulary's entries: a skill and a hit as callers see them, and the rows read
from the curated ``*.tsv`` files and the derived ``generated/vocabulary.json``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from tailor_app.tailoring.model import SKILL_KINDS
from tailor_app.tailoring.skills.keys import _TOKEN


@dataclass(frozen=True)
class Skill:
    """One vocabulary entry. ``aliases`` are as written (canonical first, no ``=``)."""

    name: str
    kind: str
    fields: tuple[str, ...]
    aliases: tuple[str, ...]
    # "curated" (the team's *.tsv) or the public source a generated entry came from
    # ("onet-technology", "onet-tools", "esco"); a curated skill keeps "curated" even
    # when generated aliases were added to it.
    source: str = "curated"
    # Broader skills this one shows: a resume with "GMAW" shows Welding, a resume with
    # Welding does not show GMAW (see narrower.py).
    broader: tuple[str, ...] = ()


@dataclass(frozen=True)
class SkillHit:
    """A skill found in text; ``text[start:end] == surface``."""

    skill: Skill
    start: int
    end: int
    surface: str


_NEW = object.__new__


def new_hit(skill: Skill, start: int, end: int, surface: str) -> SkillHit:
    """``SkillHit(skill, start, end, surface)``, made about four times faster: a frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__``; the
    matcher makes hundreds of hits a job. The same object, field for field (it compares,
    hashes and prints as one made by the class: a test checks it)."""
    hit = _NEW(SkillHit)
    fields = hit.__dict__
    fields["skill"] = skill
    fields["start"] = start
    fields["end"] = end
    fields["surface"] = surface
    return hit


@dataclass
class _Entry:
    name: str
    kind: str
    fields: list[str]
    aliases: list[tuple[str, bool]]  # (alias, case_exact)
    source: str = "curated"
    # Precomputed (key, closed-up key or "") per alias: the generated file has them.
    keys: list[tuple[str, str]] | None = None
    broader: list[str] = field(default_factory=list)
    # Curated aliases written "~alias": another name of the same thing (a renamed
    # product, an industry-wide synonym), never split off as a narrower skill.
    same: frozenset[str] = frozenset()
    # Curated phrases written "<phrase": what a resume says that shows the skill
    # ("welcomed guests"), never read in a posting (see ``Vocabulary.shown_by``).
    shown: list[tuple[str, bool]] = field(default_factory=list)
    # A line with nothing but "<phrase"s: it adds phrases to the skill of that name,
    # which may be a narrower one split off another line ("Email newsletters"), and
    # makes a skill of its own only where no such skill exists.
    phrases_only: bool = False



def parse_generated(text: str, where: str) -> tuple[list[_Entry], list[str]]:
    """Entries of the derived file (``generated/vocabulary.json``, written by
    ``scripts/build_vocabulary.py``): aliases come with their keys precomputed."""
    try:
        rows = json.loads(text)["entries"]
    except (ValueError, KeyError, TypeError) as error:
        return [], [f"{where}: not a generated vocabulary ({type(error).__name__})"]
    entries: list[_Entry] = []
    problems: list[str] = []
    for row in rows:
        name, kind, fields, source, aliases = row
        if kind not in SKILL_KINDS:
            problems.append(f"{where}: unknown kind {kind!r} for {name!r}")
            continue
        entries.append(_Entry(name, kind, list(fields), [(a[0], a[1]) for a in aliases],
                              source, [(a[2], a[3]) for a in aliases]))
    return entries, problems


def parse_lines(lines: Iterable[str], field: str) -> tuple[list[_Entry], list[str]]:
    """Entries of one field's file, and the problems found (bad kinds, bad columns)."""
    entries: list[_Entry] = []
    problems: list[str] = []
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        where = f"{field}:{number}"
        if len(cols) < 2 or len(cols) > 3 or not cols[0]:
            problems.append(f"{where}: expected 2 or 3 tab-separated columns: {line!r}")
            continue
        name, kind = cols[0], cols[1]
        if kind not in SKILL_KINDS:
            problems.append(f"{where}: unknown kind {kind!r} for {name!r}")
            continue
        aliases: list[tuple[str, bool]] = []
        exact_names = set()
        same: set[str] = set()
        broader: list[str] = []
        shown: list[tuple[str, bool]] = []
        for part in (cols[2].split("|") if len(cols) == 3 else []):
            alias = part.strip()
            if alias.startswith("^"):  # "^Continuous Improvement": the broader skill
                broader.append(alias[1:].strip())
                continue
            if alias.startswith("<"):  # "<welcomed guests": shown on a resume only
                phrase = alias[1:].strip()
                exact = phrase.startswith("=")
                phrase = phrase.lstrip("=").strip()
                if _TOKEN.search(phrase):
                    shown.append((phrase, exact))
                else:
                    problems.append(f"{where}: phrase {alias!r} of {name!r} has no word")
                continue
            marks = alias[:len(alias) - len(alias.lstrip("=~"))]
            exact, synonym = "=" in marks, "~" in marks
            alias = alias[len(marks):].strip()
            if not _TOKEN.search(alias):
                if alias:
                    problems.append(f"{where}: alias {alias!r} of {name!r} has no word")
                continue
            if exact:
                exact_names.add(alias)
            if synonym:
                same.add(alias)
            aliases.append((alias, exact))
        if name not in exact_names:
            aliases.insert(0, (name, False))
        entries.append(_Entry(name, kind, [field], aliases, broader=broader,
                              same=frozenset(same), shown=shown,
                              phrases_only=bool(shown) and len(aliases) == 1 and not broader))
    return entries, problems
