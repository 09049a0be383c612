"""Curated aliases that name narrower skills: found at build time, applied at load.

The rule and its reasons are in ``narrower.py``; this module holds the part that
works on the vocabulary's entries.
"""

from __future__ import annotations

from collections.abc import Iterable

from tailor_app.tailoring.skills.entries import _Entry
from tailor_app.tailoring.skills.keys import alias_key, closed_key
from tailor_app.tailoring.skills.narrower import (
    Canonical,
    group_key,
    is_synonym,
    join_acronym_groups,
    vendor_words,
)

# Kinds whose aliases may name narrower skills. Soft skills and languages are said in
# many words that all mean the same; a certification's other names are its codes.
_SPLIT_KINDS = frozenset({"hard", "tool"})
NARROWER_FILE = "narrower.json"  # in generated/: the splits, worked out at build time


def narrower_splits(entries: Iterable[_Entry]) -> dict[str, list[list[str]]]:
    """Curated skill name -> groups of its aliases that name narrower skills, each group
    the spellings of one term ("note-taking", "note taking"). The rule and its reasons
    are in narrower.py; ``scripts/build_vocabulary.py`` writes the result to
    ``generated/narrower.json`` so that loading the vocabulary costs nothing more."""
    merged: dict[str, _Entry] = {}
    for entry in entries:
        if entry.phrases_only:
            continue  # adds phrases to a skill, perhaps one split off here: no name of its own
        seen = merged.get(entry.name)
        if seen is None:
            merged[entry.name] = _Entry(entry.name, entry.kind, entry.fields,
                                        list(entry.aliases), entry.source, same=entry.same)
        else:
            seen.aliases.extend(a for a in entry.aliases if a not in seen.aliases)
            seen.same |= entry.same
    vendors = vendor_words(
        (e.name for e in merged.values() if e.source == "onet-technology"),
        (a for e in merged.values() if e.source == "curated" for a, _exact in e.aliases))
    taken = {name.casefold() for name in merged}
    out: dict[str, list[list[str]]] = {}
    for entry in merged.values():
        if entry.source != "curated" or entry.kind not in _SPLIT_KINDS:
            continue
        own = Canonical(entry.name, vendors)
        # A term marked "~" is the skill itself in every spelling ("software developer"
        # with "~software development").
        same = {group_key(a, vendors) for a in entry.same}
        narrower = {group_key(a, vendors) for a, _exact in entry.aliases[1:]
                    if not is_synonym(a, own)} - same
        groups: dict[frozenset[str], list[str]] = {}
        for alias, _exact in entry.aliases[1:]:
            key = group_key(alias, vendors)
            if key not in narrower or key == group_key(entry.name, vendors):
                continue
            if key in groups:
                # Every spelling of the term goes with it ("docker-compose" too).
                if alias not in groups[key]:
                    groups[key].append(alias)
                continue
            name = _narrower_name(alias)
            if name.casefold() in taken:
                narrower.discard(key)
                continue
            taken.add(name.casefold())
            groups[key] = [alias]
        if groups:
            out[entry.name] = join_acronym_groups(list(groups.values()))
    return out


def _narrower_name(alias: str) -> str:
    return alias[0].upper() + alias[1:] if alias.islower() else alias


def _apply_splits(merged: dict[str, _Entry], splits: dict[str, list[list[str]]]) -> None:
    """Move each group of aliases ``narrower_splits`` found into a skill of its own, with
    the curated skill as its broader one."""
    for parent, groups in splits.items():
        entry = merged.get(parent)
        if entry is None:
            continue
        if entry.keys is None:
            entry.keys = [(alias_key(a, e), closed_key(a, e)) for a, e in entry.aliases]
        where: dict[str, list[int]] = {}
        for k, (alias, _exact) in enumerate(entry.aliases):
            where.setdefault(alias, []).append(k)
        moved: set[int] = set()
        for group in groups:
            found = [k for a in group for k in where.get(a, ()) if k != 0]
            name = _narrower_name(group[0])
            if not found or name in merged:
                continue
            moved.update(found)
            merged[name] = _Entry(name, entry.kind, list(entry.fields),
                                  [entry.aliases[k] for k in found], entry.source,
                                  [entry.keys[k] for k in found], [parent])
        if moved:
            entry.aliases = [a for k, a in enumerate(entry.aliases) if k not in moved]
            entry.keys = [x for k, x in enumerate(entry.keys) if k not in moved]
