"""Curated aliases that name narrower skills: found at build time, applied at load.

The rule and its reasons are in ``narrower.py``; this module holds the part that
works on the vocabulary's entries.
"""

from __future__ import annotations

import re
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
# A group that opens with this and a skill's name joins that skill: its aliases are
# another spelling of that skill's name ("copper piping" for Copper pipe).
JOIN = "=> "


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
                                        list(entry.aliases), entry.source, same=entry.same,
                                        broader=list(entry.broader))
        else:
            seen.aliases.extend(a for a in entry.aliases if a not in seen.aliases)
            seen.same |= entry.same
            seen.broader.extend(b for b in entry.broader if b not in seen.broader)
    vendors = vendor_words(
        (e.name for e in merged.values() if e.source == "onet-technology"),
        (a for e in merged.values() if e.source == "curated" for a, _exact in e.aliases))
    taken = {name.casefold() for name in merged}
    # Another skill's name in another spelling: "copper piping" split off Plumbing is
    # the Copper pipe split off Plumbing Pipe Materials, "video editing" under Video
    # Production is the "editing video" of Video Post-Production. Such a group joins
    # that skill (``JOIN``) rather than standing as a second skill of one term, which a
    # posting's "copper pipe" and a resume's "copper piping" would each name apart.
    spelled: dict[tuple[str, ...], tuple[str, tuple[int, ...]]] = {}
    for name, entry in merged.items():
        if entry.kind in _SPLIT_KINDS:
            words, forms = _spelling_key(name)
            spelled.setdefault(words, (name, forms))
    out: dict[str, list[list[str]]] = {}
    for entry in merged.values():
        if entry.source != "curated" or entry.kind not in _SPLIT_KINDS:
            continue
        own = Canonical(entry.name, vendors)
        # A term marked "~" is the skill itself in every spelling ("software developer"
        # with "~software development").
        same = {group_key(a, vendors) for a in entry.same}
        narrower = {group_key(a, vendors) for a, _exact in entry.aliases[1:]
                    if not is_synonym(a, own)
                    and not _named_with_its_kind(a, entry.name, entry.broader)} - same
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
            words, forms = _spelling_key(alias)
            other = spelled.get(words)
            if other is None and len(words) > 2 and words[-1] in _SYSTEM_WORDS \
                    and alias.islower():
                # "access control systems" is the Access Control a resume names: what
                # a system does, said with its system (a term of two words or more; a
                # product's name, "Benchmark Assessment System", is that product only).
                words, forms = words[:-1], forms[:-1]
                other = spelled.get(words)
            if other is not None and other[0] != entry.name and _same_spelling(forms, other[1]):
                groups[key] = [JOIN + other[0], alias]
                continue
            taken.add(name.casefold())
            spelled.setdefault(words, (name, forms))
            groups[key] = [alias]
        _join_kind_spellings(groups, entry.name)
        if groups:
            # (A join keeps to itself: its first item names the skill it joins.)
            out[entry.name] = [
                *join_acronym_groups([g for g in groups.values() if not g[0].startswith(JOIN)]),
                *(g for g in groups.values() if g[0].startswith(JOIN))]
    return out


_NAME_WORD = re.compile(r"[A-Za-z0-9+#]+")


def _name_words(name: str) -> set[str]:
    """A name's words in lower case, each also with a plural "s" ("drives", "pumps")."""
    words = {w.lower() for w in _NAME_WORD.findall(name)}
    return words | {f"{w}s" for w in words}


def _without_kind(alias: str, kind_words: set[str]) -> str | None:
    """``alias`` without the words of ``kind_words`` that end it, or None when none
    does or nothing would be left: "eMaint CMMS" -> "eMaint" for CMMS."""
    words = alias.split()
    k = len(words)
    while k > 1 and words[k - 1].lower() in kind_words:
        k -= 1
    return " ".join(words[:k]) if k < len(words) else None


def _named_with_its_kind(alias: str, name: str, broader: Iterable[str]) -> bool:
    """Is ``alias`` the skill's own name followed by the name of a kind it is filed
    under? "Gusto Payroll" is Gusto (filed under Payroll), as "Epic EHR" is Epic: the
    word says what the product is, not which of its modules. A word of another kind
    stays a module ("SolidWorks Simulation")."""
    for kind in broader:
        bare = _without_kind(alias, _name_words(kind))
        if bare is not None and bare.casefold() == name.casefold():
            return True
    return False


def _join_kind_spellings(groups: dict[frozenset[str], list[str]], name: str) -> None:
    """Join each narrower term written with the words of its broader skill's name after
    it to the term written without them, when both are aliases: under CMMS, "eMaint
    CMMS" is eMaint; under Variable Frequency Drives, "PowerFlex drives" is PowerFlex;
    under DOT regulations, "FMCSA regulations" is FMCSA. Split apart, a posting that
    wrote one and a resume that wrote the other named two skills. The shorter term must
    be an alias itself: "network routing" and "network switching" under Routing and
    Switching share "network" but no alias is "network", and they stay two."""
    kind_words = _name_words(name)
    by_first = {g[0].casefold(): key for key, g in groups.items()
                if not g[0].startswith(JOIN)}
    for key, group in list(groups.items()):
        if group[0].startswith(JOIN):
            continue
        bare = _without_kind(group[0], kind_words)
        home = by_first.get(bare.casefold()) if bare is not None else None
        if home is None or home == key or home not in groups:
            continue
        groups[home].extend(a for a in group if a not in groups[home])
        del groups[key]


_KEY_WORD = re.compile(r"[A-Za-z0-9]+")
_KEY_SKIP = frozenset({"and", "of", "the", "a", "an", "for"})
_SYSTEM_WORDS = frozenset({"system", "systems"})
# How a word of a key was written: plain, plural or in -ing/-ed.
_PLAIN, _PLURAL, _ING = 0, 1, 2


def _spelling_key(name: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The words of a name whatever their form, and each word's form: "copper piping"
    and "copper pipe", "hospice nurse" and "hospice nursing", "fraud investigations"
    and "fraud investigation" have one key. Whole words in their order (no stem cut
    short, no word dropped), so a key names one term: "secretarial" is no "secrets
    management", "management accounts" no "account management"; an acronym stays as
    written ("TPM" is no "TPMS")."""
    words: list[str] = []
    forms: list[int] = []
    for word in _KEY_WORD.findall(name):
        if word.lower() in _KEY_SKIP:
            continue
        if sum(c.isupper() for c in word) > 1 or any(c.isdigit() for c in word):
            words.append(word)
            forms.append(_PLAIN)
            continue
        word, form = word.lower(), _PLAIN
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ies")):
            word, form = word[:-1], _PLURAL
        for suffix in ("ing", "ed"):
            if form == _PLAIN and word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word, form = word[: -len(suffix)], _ING
                break
        if len(word) > 3 and word.endswith("e"):
            word = word[:-1]
        words.append(word)
        forms.append(form)
    return tuple(words), tuple(forms)


def _same_spelling(one: tuple[int, ...], other: tuple[int, ...]) -> bool:
    """Forms of one key that name one term: a thing and its work ("pipe", "piping"), a
    thing and its plural; not a plural and a work ("court reports" and "court
    reporting", "snowplows" and "snowplowing" name two), and only the last word's
    number may differ ("moves management" in fundraising is no "move management")."""
    last = len(one) - 1
    return all({a, b} != {_PLURAL, _ING} and (k == last or _PLURAL not in {a, b} or a == b)
               for k, (a, b) in enumerate(zip(one, other, strict=True)))


def _narrower_name(alias: str) -> str:
    return alias[0].upper() + alias[1:] if alias.islower() else alias


def _apply_splits(merged: dict[str, _Entry], splits: dict[str, list[list[str]]]) -> None:
    """Move each group of aliases ``narrower_splits`` found into a skill of its own, with
    the curated skill as its broader one."""
    # Joins wait until every split stands: their skill may be another parent's split.
    joins: list[tuple[str, _Entry, list[tuple[str, bool]], list[tuple[str, str]]]] = []
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
            if group[0].startswith(JOIN):
                if found:
                    joins.append((group[0][len(JOIN):], entry, [entry.aliases[k] for k in found],
                                  [entry.keys[k] for k in found]))
                    moved.update(found)
                continue
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
    for target, parent_entry, aliases, keys in joins:
        # The skill of the same term takes the spellings; one no longer built (a curated
        # file changed without a rebuild) leaves them where they were.
        home = merged.get(target, parent_entry)
        if home.keys is None:
            home.keys = [(alias_key(a, e), closed_key(a, e)) for a, e in home.aliases]
        home.aliases.extend(aliases)
        home.keys.extend(keys)
        # "copper piping" was a kind of Plumbing: Copper pipe is now, as well.
        if home is not parent_entry and parent_entry.name not in home.broader:
            home.broader = [*home.broader, parent_entry.name]
