"""The vocabulary's lookup tables, and how they are built from its entries.

Building them is most of what loading the vocabulary from its sources costs: merging
each field's entries, splitting off the narrower skills, the key tables with their
rules for a clash (the first spelling wins; a closed-up spelling or a singular never
overrides an alias someone wrote). ``compiled.py`` keeps the result in a file at build
time, so that the app reads the tables instead of building them.
"""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tailor_app.tailoring.skills.entries import Skill, _Entry, parse_generated, parse_lines
from tailor_app.tailoring.skills.keys import (
    _prefixes,
    _singular,
    alias_key,
    closed_key,
    one_closed_keys,
)
from tailor_app.tailoring.skills.number_words import number_variants
from tailor_app.tailoring.skills.splits import NARROWER_FILE, _apply_splits

# Kinds whose last word may be folded for plurals and tenses: names of tools,
# certifications and languages are proper names and are never folded.
FOLDABLE_KINDS = frozenset({"hard", "soft"})


@dataclass
class Tables:
    """A built vocabulary: its skills in order (a skill's number is its place in
    ``skills``) and the keys the matcher looks up, each to a skill's number."""

    skills: list[Skill]
    ci: dict[str, int]  # keys of aliases compared lower-cased
    cs: dict[str, int]  # keys of case-exact aliases ("=Go")
    singular: dict[str, int]  # singulars of plural ``ci`` keys no alias has
    problems: list[str]
    foldable: set[int]  # skills of FOLDABLE_KINDS
    derived: set[int]  # skills of the generated layer (not "curated")
    # What the matcher's walk asks before it reads on: every proper word prefix of the
    # keys ("a b c" -> "a", "a b"), and every first word (of singulars too for ``ci``).
    ci_prefix: set[str]
    cs_prefix: set[str]
    ci_first: set[str]
    cs_first: set[str]
    # Skill name -> the phrases that show it on a resume only ("<welcomed guests"),
    # each with whether it is case-exact; kept out of the keys above, so that a
    # posting never asks for them.
    shown: dict[str, list[tuple[str, bool]]] = field(default_factory=dict)


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Hold the cyclic garbage collector while a vocabulary is read or built.

    Reading one makes some 100,000 containers (skills, their alias tuples) and frees
    none of them: every collection the allocations set off walks them all for nothing,
    and the walks cost more than the reading itself. The collector is left as it was
    found (another thread may have paused it too).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def tables_from_files(paths: Iterable[Path], generated: Iterable[Path] = ()) -> Tables:
    """The tables of field files (each file's stem is its field's name), then of
    ``generated`` files; the curated files come first, so they win a clash."""
    entries: list[_Entry] = []
    problems: list[str] = []
    for path in sorted(paths):
        with path.open(encoding="utf-8") as handle:
            found, bad = parse_lines(handle, path.stem)
        entries.extend(found)
        problems.extend(bad)
    splits: dict[str, list[list[str]]] = {}
    broader: dict[str, list[str]] = {}
    for path in sorted(generated):
        if path.name == NARROWER_FILE:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                splits, broader = data["splits"], data.get("broader", {})
            except (ValueError, KeyError, TypeError, AttributeError) as error:
                problems.append(f"{path.name}: not a splits file ({type(error).__name__})")
            continue
        found, bad = parse_generated(path.read_text(encoding="utf-8"), path.name)
        entries.extend(found)
        problems.extend(bad)
    return build_tables(entries, problems, splits, broader)


def build_tables(entries: Iterable[_Entry], problems: Iterable[str] = (),
                 splits: dict[str, list[list[str]]] | None = None,
                 broader: dict[str, list[str]] | None = None) -> Tables:
    """Merge the entries (a skill named in several fields is one skill), split off the
    narrower skills and fill the key tables; ``problems`` gathers what is wrong in the
    data (clashing aliases, a kind that differs between fields)."""
    problems = list(problems)
    merged: dict[str, _Entry] = {}
    phrases: list[_Entry] = []  # lines of "<phrase"s only, laid on after the splits
    for entry in entries:
        if entry.phrases_only:
            phrases.append(entry)
            continue
        seen = merged.get(entry.name)
        if seen is None:
            merged[entry.name] = _Entry(
                entry.name, entry.kind, list(entry.fields), list(entry.aliases),
                entry.source, None if entry.keys is None else list(entry.keys),
                list(entry.broader), shown=list(entry.shown))
            continue
        seen.broader.extend(n for n in entry.broader if n not in seen.broader)
        seen.shown.extend(p for p in entry.shown if p not in seen.shown)
        if seen.kind != entry.kind:
            problems.append(f"{entry.name!r} is {seen.kind!r} in {seen.fields[0]} "
                            f"but {entry.kind!r} in {entry.fields[0]}")
        seen.fields.extend(f for f in entry.fields if f not in seen.fields)
        if seen.keys is None:
            seen.keys = [(alias_key(a, e), closed_key(a, e)) for a, e in seen.aliases]
        known = set(seen.aliases)
        for k, spelling in enumerate(entry.aliases):
            if spelling not in known:
                known.add(spelling)
                seen.aliases.append(spelling)
                seen.keys.append(entry.keys[k] if entry.keys is not None else
                                 (alias_key(*spelling), closed_key(*spelling)))
    _apply_splits(merged, splits or {})
    for entry in phrases:
        target = merged.get(entry.name)
        if target is None:  # no such skill: the line makes one, as any other line
            merged[entry.name] = _Entry(entry.name, entry.kind, list(entry.fields),
                                        list(entry.aliases), entry.source,
                                        shown=list(entry.shown))
        else:
            target.shown.extend(p for p in entry.shown if p not in target.shown)
    for entry in merged.values():  # a curated "^Broader" names a skill of the vocabulary
        for name in entry.broader:
            if name not in merged:
                problems.append(f"broader skill {name!r} of {entry.name!r} is no skill")
    for name, names in (broader or {}).items():
        target = merged.get(name)
        if target is not None:
            target.broader = [*target.broader, *(n for n in names if n not in target.broader)]
    skills: list[Skill] = []
    ci: dict[str, int] = {}
    cs: dict[str, int] = {}
    singulars: dict[str, int] = {}
    foldable: set[int] = set()
    generated: set[int] = set()
    derived: list[tuple[str, bool, int]] = []
    # A resume-only phrase someone wrote keeps its meaning over a spelling worked out here.
    phrase_keys = {alias_key(p, False) for e in merged.values() for p, exact in e.shown
                   if not exact}
    for index, entry in enumerate(merged.values()):
        display = tuple(dict.fromkeys(a for a, _ in entry.aliases))
        skills.append(Skill(entry.name, entry.kind, tuple(entry.fields), display,
                            entry.source, tuple(entry.broader)))
        if entry.kind in FOLDABLE_KINDS:
            foldable.add(index)
        if entry.source != "curated":
            generated.add(index)
        keys = entry.keys or [(alias_key(a, e), closed_key(a, e)) for a, e in entry.aliases]
        for (alias, exact), (key, closed) in zip(entry.aliases, keys, strict=True):
            table = cs if exact else ci
            other = table.setdefault(key, index)
            if other != index:
                problems.append(f"alias {alias!r} of {skills[index].name!r} is "
                                f"already an alias of {skills[other].name!r}")
            if closed:
                derived.append((closed, exact, index))
                # "three-week look-ahead": "three-week lookahead" too (keys.py)
                derived.extend((k, exact, index) for k in one_closed_keys(alias, exact)
                               if k not in phrase_keys)
            if not exact:  # "6-line phone" also finds "six-line phone" (number_words.py)
                for written in number_variants(alias):
                    for variant in (alias_key(written, False),
                                    *one_closed_keys(written, False)):
                        if variant not in phrase_keys:
                            derived.append((variant, False, index))
    # Closed-up spellings and singulars never override an alias someone wrote.
    for closed, exact, index in derived:
        (cs if exact else ci).setdefault(closed, index)
    for key, index in ci.items():
        singular = _singular(key) if index in foldable else None
        if singular and singular not in ci:
            singulars.setdefault(singular, index)
    ci_prefix, ci_first = _prefixes(ci)
    ci_first |= {k.split(" ", 1)[0] for k in singulars}
    cs_prefix, cs_first = _prefixes(cs)
    shown: dict[str, list[tuple[str, bool]]] = {}
    for entry in merged.values():
        for phrase, exact in entry.shown:
            key = alias_key(phrase, exact)
            taken = (cs if exact else ci).get(key)
            if taken is not None:  # an alias already finds it, in postings too
                problems.append(f"phrase {phrase!r} of {entry.name!r} is already an "
                                f"alias of {skills[taken].name!r}")
                continue
            shown.setdefault(entry.name, []).append((phrase, exact))
    return Tables(skills, ci, cs, singulars, problems, foldable, generated,
                  ci_prefix, cs_prefix, ci_first, cs_first, shown)
