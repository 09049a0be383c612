"""The skills vocabulary (``resources/skills/*.tsv``) and the matcher that finds it in text.

Why a tokeniser and dictionaries rather than one giant regular expression: the
vocabulary has thousands of aliases, every resume and posting line goes through
``find()``, and the hard cases (C vs C++ vs C#, "Go" the language vs "go" the verb,
"R" vs "R&D", plural and tense variants) are decided on tokens and their
neighbours, not on characters. Text and aliases are cut into tokens the same way;
each token sequence up to the longest alias is looked up in a dict, walking only
while the sequence is still the prefix of some alias, so the cost is close to one
dict lookup per token. ``resources/skills/FORMAT.md`` states the rules for data
writers; this module implements exactly those.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tailor_app.tailoring.model import SKILL_KINDS
from tailor_app.tailoring.skills.deeds import DeedIndex, deed_spans
from tailor_app.tailoring.skills.narrower import (
    Canonical,
    group_key,
    is_synonym,
    join_acronym_groups,
    vendor_words,
)
from tailor_app.tailoring.skills.staff import StaffIndex

log = logging.getLogger(__name__)

# A token: letters/digits, with a dot or "&" kept between letters (Node.js, ASP.NET,
# R&D), an optional leading dot (.NET) and trailing "+"/"#" (C++, C#, Security+).
_TOKEN = re.compile(r"\.?[^\W_]+(?:[.&][^\W_]+)*[+#]*")
# Chinese, Japanese and Korean letters. Those scripts put no space between words, so
# reading "熟悉Python和SQL" must cut "Python" and "SQL" out of the run: with
# ``find(text, cjk=True)`` a token never mixes these letters with others. It is an
# option, not the default, because the renamer compares whole words as written; the
# posting analysis, the match report and the guard (which splits words the same way)
# read text this way.
_CJK = ("\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
        "\uf900-\ufaff\uff66-\uff9f")
CJK_LETTERS = _CJK  # for a regex character class; the guard splits words the same way
_HAS_CJK = re.compile(f"[{_CJK}]")
_TOKEN_CJK = re.compile(rf"[{_CJK}]+|\.?[^\W_{_CJK}]+(?:[.&][^\W_{_CJK}]+)*[+#]*")


def has_cjk(text: str) -> bool:
    """Does ``text`` hold Chinese, Japanese or Korean letters?"""
    return _HAS_CJK.search(text) is not None
# An alias of plain words and single spaces: its key is itself (lower-cased), which
# spares the tokeniser for most of the thousands of aliases at load time.
_SIMPLE = re.compile(r"[^\W_]+(?: [^\W_]+)*")
_HYPHENATED = re.compile(r"(?<=[^\W_])-(?=[^\W_])")
# Kinds whose last word may be folded for plurals and tenses: names of tools,
# certifications and languages are proper names and are never folded.
_FOLDABLE_KINDS = frozenset({"hard", "soft"})
# Case-exact aliases that need list or programming context (besides every single letter):
# "Go" is a verb, "A+" a grade, "Fluent" (ANSYS Fluent) says "fluent in English",
# "Principle" (the prototyping app) opens "Principle of least privilege".
_CONTEXT_WORDS = frozenset({"Go", "A+", "Fluent", "Principle"})
# Words around an ambiguous alias that say "this is the programming language".
_TECH_NEXT = frozenset({
    "programming", "language", "languages", "lang", "code", "coding", "developer",
    "developers", "development", "programmer", "programmers", "scripts", "scripting",
    "packages", "package", "libraries", "library", "modules", "module", "services",
    "microservices", "backend", "compiler", "runtime", "toolchain", "shiny", "markdown",
    "tidyverse", "ggplot2", "dplyr", "routines", "firmware", "stdlib", "concurrency",
    "goroutines", "standard", "engineer", "engineers",
    "语言", "言語", "编程", "開発", "开发",  # "R语言", "Go言語": language, programming
})
_TECH_PREV = frozenset({"in", "using", "with", "languages", "language", "programming"})
# Text between two list items: commas, slashes, bars, bullets, "and"/"or", line breaks.
_LIST_GAP = re.compile(r"[\s,;/|&+·•]*(?:(?:and|or|&)\s+)?", re.IGNORECASE)
_INITIAL_AFTER = re.compile(r"\.\s+[A-Z]")
# What may stand between two words of one phrase: spaces and at most one hyphen, dash,
# slash or ampersand. A phrase never spans a comma, a parenthesis, a full stop or a line
# break, so "AWS (EKS)" is two hits and "SQL. Server" is not "SQL Server".
_JOIN = re.compile(r"[ \t\u00a0]*(?:[-\u2010-\u2014/&][ \t\u00a0]*)?")
# A possessive inside a name is part of it: the apostrophe of "Driver's" (which splits
# "driver" from "s"), or of a plural's "workers' comp" before the next word.
_APOSTROPHES = ("'", "\u2019")
_PLURAL_POSSESSIVE = ("' ", "\u2019 ")


def _joins(gap: str, before: str) -> bool:
    """Can a name go on across ``gap`` after the word ``before``: a space, a hyphen or
    slash, an apostrophe ("Driver's"), or a plural's possessive ("workers' comp")."""
    return gap == " " or _JOIN.fullmatch(gap) is not None or gap in _APOSTROPHES or (
        gap in _PLURAL_POSSESSIVE and before[-1:] == "s")


# Where the vocabulary comes from, with the attribution each licence asks for; the
# About box shows it and resources/skills/SOURCES.md says the same at length.
VOCABULARY_CREDITS = (
    "The skills vocabulary is the Resume Tailor team's own curated lists, extended with "
    "terms derived from two public sources. This product includes information from the "
    "O*NET 30.0 Database by the U.S. Department of Labor, Employment and Training "
    "Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark "
    "of USDOL/ETA. Resume Tailor has modified all or some of this information. USDOL/ETA "
    "has not approved, endorsed, or tested these modifications. This service uses the "
    "ESCO classification of the European Commission; Resume Tailor filtered and merged "
    "it, and the result is not the Commission's own."
)

_FIND_CACHE_SIZE = 4096  # distinct texts remembered by Vocabulary.find
_LONE_CACHE_SIZE = 65536  # words and names remembered by _lone_hit and lookup

# A web address or a Reddit name: "https://www.reddit.com/r/programming/" and
# "r/programming" name a place, not the skill "R programming".
_ADDRESS = re.compile(r"(?i:https?://|www\.)\S*|(?<![\w/])[ru]/[A-Za-z]\w{2,}")


def _in_address(text: str, start: int, stop: int) -> bool:
    """Does the span [start, stop) lie in a web address or an "r/name" forum name?"""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right_space = [p for p in (text.find(" ", stop), text.find("\n", stop)) if p >= 0]
    right = min(right_space) if right_space else len(text)
    chunk = text[left:right]
    if "/" not in chunk:
        return False
    return any(m.start() <= start - left and stop - left <= m.end()
               for m in _ADDRESS.finditer(chunk))


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


# An acronym's plural: capitals (and figures) and a small "s" ("IVs", "EHRs", "PLCs").
_ACRONYM_PLURAL = re.compile(r"[A-Z][A-Z0-9]*[A-Z]s")


def _tokens(text: str, cjk: bool = False) -> list[re.Match[str]]:
    return list((_TOKEN_CJK if cjk else _TOKEN).finditer(text))


def _ci_key(alias: str) -> str:
    if _SIMPLE.fullmatch(alias):  # most aliases: plain words and single spaces
        return alias.lower()
    return " ".join(m.group().lower() for m in _TOKEN.finditer(alias))


def _cs_key(alias: str) -> str:
    if _SIMPLE.fullmatch(alias):
        return alias
    return " ".join(m.group() for m in _TOKEN.finditer(alias))


def closed_key(alias: str, exact: bool) -> str:
    """The key of a hyphenated alias's closed-up spelling ("front-end" -> "frontend"), or ""."""
    if not _HYPHENATED.search(alias):
        return ""
    return alias_key(_HYPHENATED.sub("", alias), exact)


def _prefixes(keys: Iterable[str]) -> set[str]:
    """Every proper word prefix of the keys ("a b c" -> "a", "a b")."""
    out: set[str] = set()
    for key in keys:
        cut = key.rfind(" ")
        while cut > 0:
            key = key[:cut]
            if key in out:
                break  # its shorter prefixes are in already
            out.add(key)
            cut = key.rfind(" ")
    return out


def alias_key(alias: str, exact: bool) -> str:
    """The form the matcher compares ``alias`` in (tokens, lower-cased unless exact)."""
    return _cs_key(alias) if exact else _ci_key(alias)


@functools.lru_cache(maxsize=16384)
def _word_folds(word: str) -> tuple[str, ...]:
    """Base forms a plural or past/present-participle word may come from (a pure
    function of the word, asked of the same few thousand words on every job)."""
    if len(word) < 4 or not word.isalpha():
        return ()
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return (word[:-2],)
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return (word[:-1],)
    if word.endswith("ing") and len(word) >= 6:
        stem = word[:-3]
        forms = [stem, stem + "e"]
        if stem[-1] == stem[-2]:
            forms.append(stem[:-1])
        return tuple(forms)
    if word.endswith("ed") and len(word) >= 5:
        stem = word[:-2]
        forms = [stem, word[:-1]]
        if stem[-1] == stem[-2]:
            forms.append(stem[:-1])
        return tuple(forms)
    return ()


def _singular(key: str) -> str | None:
    """The singular of a plural alias key's last word ("spreadsheets" -> "spreadsheet")."""
    head, _, last = key.rpartition(" ")
    if len(last) < 4 or not last.isalpha() or not last.endswith("s"):
        return None
    if last.endswith(("ss", "us", "is")):
        return None
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith(("sses", "xes", "ches", "shes")):
        last = last[:-2]
    else:
        last = last[:-1]
    return f"{head} {last}" if head else last


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
        for part in (cols[2].split("|") if len(cols) == 3 else []):
            alias = part.strip()
            if alias.startswith("^"):  # "^Continuous Improvement": the broader skill
                broader.append(alias[1:].strip())
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
                              same=frozenset(same)))
    return entries, problems


class Vocabulary:
    """Skills and their aliases, with ``find()`` for text and ``lookup()`` for one term."""

    def __init__(self, entries: Iterable[_Entry], problems: Iterable[str] = (),
                 splits: dict[str, list[list[str]]] | None = None,
                 broader: dict[str, list[str]] | None = None) -> None:
        self.problems: list[str] = list(problems)
        merged: dict[str, _Entry] = {}
        for entry in entries:
            seen = merged.get(entry.name)
            if seen is None:
                merged[entry.name] = _Entry(
                    entry.name, entry.kind, list(entry.fields), list(entry.aliases),
                    entry.source, None if entry.keys is None else list(entry.keys),
                    list(entry.broader))
                continue
            seen.broader.extend(n for n in entry.broader if n not in seen.broader)
            if seen.kind != entry.kind:
                self.problems.append(f"{entry.name!r} is {seen.kind!r} in {seen.fields[0]} "
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
        for entry in merged.values():  # a curated "^Broader" names a skill of the vocabulary
            for name in entry.broader:
                if name not in merged:
                    self.problems.append(f"broader skill {name!r} of {entry.name!r} is no skill")
        for name, names in (broader or {}).items():
            target = merged.get(name)
            if target is not None:
                target.broader = [*target.broader, *(n for n in names if n not in target.broader)]
        self._skills: list[Skill] = []
        self._deed_index: DeedIndex | None = None
        self._staff_index: StaffIndex | None = None
        self._found: dict[str, tuple[SkillHit, ...]] = {}
        self._found_cjk: dict[str, tuple[SkillHit, ...]] = {}
        self._lone: dict[str, tuple[int, bool] | None] = {}
        self._openings: dict[tuple[str, str | None], tuple[int, int, bool] | None] = {}
        self._named: dict[str, Skill | None] = {}
        self._ci: dict[str, int] = {}
        self._cs: dict[str, int] = {}
        self._singular: dict[str, int] = {}
        self._foldable: set[int] = set()
        self._derived: set[int] = set()  # entries of the generated layer
        derived: list[tuple[str, bool, int]] = []
        ci, cs = self._ci, self._cs
        for index, entry in enumerate(merged.values()):
            display = tuple(dict.fromkeys(a for a, _ in entry.aliases))
            self._skills.append(Skill(entry.name, entry.kind, tuple(entry.fields), display,
                                      entry.source, tuple(entry.broader)))
            if entry.kind in _FOLDABLE_KINDS:
                self._foldable.add(index)
            if entry.source != "curated":
                self._derived.add(index)
            keys = entry.keys or [(alias_key(a, e), closed_key(a, e)) for a, e in entry.aliases]
            for (alias, exact), (key, closed) in zip(entry.aliases, keys, strict=True):
                table = cs if exact else ci
                other = table.setdefault(key, index)
                if other != index:
                    self._clash(alias, index, other)
                if closed:
                    derived.append((closed, exact, index))
        # Closed-up spellings and singulars never override an alias someone wrote.
        for closed, exact, index in derived:
            (self._cs if exact else self._ci).setdefault(closed, index)
        for key, index in self._ci.items():
            singular = _singular(key) if index in self._foldable else None
            if singular and singular not in self._ci:
                self._singular.setdefault(singular, index)
        self._ci_prefix = _prefixes(self._ci)
        self._cs_prefix = _prefixes(self._cs)
        self._ci_first = {k.split(" ", 1)[0] for k in self._ci} | {
            k.split(" ", 1)[0] for k in self._singular}
        self._cs_first = {k.split(" ", 1)[0] for k in self._cs}
        self._context = {k for k in self._cs if " " not in k
                         and ((len(k) == 1 and k.isalpha()) or k in _CONTEXT_WORDS)}
        # Callers read ``skills`` on every job: a copy of 16,000 entries each time cost
        # ~1 % of a job.
        self._skill_tuple = tuple(self._skills)

    def _clash(self, alias: str, index: int, other: int) -> None:
        self.problems.append(f"alias {alias!r} of {self._skills[index].name!r} is "
                             f"already an alias of {self._skills[other].name!r}")

    # ------------------------------------------------------------------ building

    @classmethod
    def from_lines(cls, lines: Iterable[str] | str, field: str = "test") -> Vocabulary:
        """A vocabulary from TSV lines (one field), e.g. a tiny one for a test."""
        if isinstance(lines, str):
            lines = lines.splitlines()
        entries, problems = parse_lines(lines, field)
        return cls(entries, problems)

    @classmethod
    def from_files(cls, paths: Iterable[Path], generated: Iterable[Path] = ()) -> Vocabulary:
        """A vocabulary from field files (each file's stem is its field's name), then
        from ``generated`` files; the curated files come first, so they win a clash."""
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
        return cls(entries, problems, splits, broader)

    @classmethod
    def from_folder(cls, folder: Path) -> Vocabulary:
        """The curated ``*.tsv`` of ``folder``, then the derived ``generated/*.json``."""
        return cls.from_files(folder.glob("*.tsv"), (folder / "generated").glob("*.json"))

    # ------------------------------------------------------------------- queries

    @property
    def skills(self) -> tuple[Skill, ...]:
        return self._skill_tuple

    def __len__(self) -> int:
        return len(self._skills)

    def lookup(self, term: str) -> Skill | None:
        """The skill ``term`` names as a whole (an alias, respecting ``=`` case rules).

        Matching asks this of the same few hundred names on every job (each ask, each
        skills-list item), so answers are remembered for the life of the vocabulary.
        """
        try:
            return self._named[term]
        except KeyError:
            pass
        toks = _tokens(term)
        skill = None
        if toks:
            raw = [m.group() for m in toks]
            found = self._match_at(term, toks, raw, [t.lower() for t in raw], 0)
            if found is not None and found[0] == len(raw):
                skill = self._skills[found[1]]
        if len(self._named) >= _LONE_CACHE_SIZE:
            self._named.clear()
        self._named[term] = skill
        return skill

    def find(self, text: str, *, cjk: bool = False) -> list[SkillHit]:
        """Every skill in ``text``: non-overlapping, longest match first, in text order.

        ``cjk=True`` also finds names written directly beside Chinese, Japanese or
        Korean letters ("精通Excel"); see ``_TOKEN_CJK`` for why it is not the default.

        One tailoring run asks about the same lines several times (analysis,
        matching before and after, ordering, the guard), so answers are memoised
        in a small bounded cache; hits are immutable, so sharing them is safe.
        """
        cjk = cjk and has_cjk(text)
        cache = self._found_cjk if cjk else self._found
        cached = cache.get(text)
        if cached is None:
            cached = tuple(self._find(text, cjk))
            if len(cache) >= _FIND_CACHE_SIZE:
                cache.clear()
            cache[text] = cached
            if "\n" in text and not cjk:
                self._remember_lines(text, cached)
        return list(cached)

    def _remember_lines(self, text: str, hits: tuple[SkillHit, ...]) -> None:
        """Remember each line of a text just read as found, unless already known.

        A job reads the resume whole (matching), then line by line (renames, the
        guard): those lines need no second reading. A hit never spans lines, so a
        line's hits are the text's hits inside it, shifted; the one difference is for
        the better: a short name confirmed by a list continued on the next line
        ("Go" under "Python") stays confirmed, as in the whole-text reading.
        """
        cache = self._found
        k, n = 0, len(hits)
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            first = k
            while k < n and hits[k].start < end:
                k += 1
            if line and line not in cache:
                if len(cache) >= _FIND_CACHE_SIZE:
                    return
                cache[line] = tuple(SkillHit(h.skill, h.start - start, h.end - start, h.surface)
                                    for h in hits[first:k])
            start = end + 1

    def _deed_pairs(self) -> DeedIndex:
        if self._deed_index is None:
            self._deed_index = DeedIndex(
                (i, alias) for i, skill in enumerate(self._skills) if skill.kind == "hard"
                for alias in skill.aliases if alias.count(" ") == 1)
        return self._deed_index

    def deeds(self, text: str, lists: bool = False) -> list[SkillHit]:
        """Hard skills ``text`` writes as a deed: "plan lessons" and "planned weekly
        lessons" are Lesson Planning (see deeds.py), "train servers" Staff training
        (see staff.py). The indexes are built on first use. ``lists``: a resume's
        "Recover, evacuate and charge refrigerant" shares the object among verbs the
        index does not know (``DeedIndex.find``)."""
        if self._staff_index is None:
            self._staff_index = StaffIndex(
                (i, alias) for i, skill in enumerate(self._skills)
                if skill.kind in ("hard", "soft") for alias in skill.aliases
                if alias.count(" ") == 1)
        found = [SkillHit(self._skills[i], a, b, text[a:b])
                 for i, a, b in deed_spans(self._deed_pairs(), text, lists)]
        taken = {(h.skill.name, h.start) for h in found}
        found += [SkillHit(self._skills[i], a, b, text[a:b])
                  for i, a, b in self._staff_index.find(text)
                  if (self._skills[i].name, a) not in taken]
        return sorted(found, key=lambda h: h.start)

    def deed_verbs(self) -> frozenset[str]:
        """The verb stems of the vocabulary's action nouns ("inspection" -> "inspect",
        "filing" -> "fil"): a posting's duty opens with one ("Inspect guest rooms")."""
        return self._deed_pairs().verbs

    def clear_cache(self) -> None:
        """Forget memoised answers about texts and names (benchmarks use it to time a
        cold job honestly). The per-word table of ``_lone_hit`` stays: like the word
        stems' caches, it holds what the vocabulary says of a word, which any process
        that has read a posting or two has learnt."""
        self._found.clear()
        self._found_cjk.clear()
        self._named.clear()
        if self._deed_index is not None:
            self._deed_index.clear_cache()
        if self._staff_index is not None:
            self._staff_index.clear_cache()

    def _find(self, text: str, cjk: bool = False) -> list[SkillHit]:
        toks = _tokens(text, cjk)
        raw = [m.group() for m in toks]
        low = [t.lower() for t in raw]
        found: list[tuple[int, int, int, bool]] = []  # start tok, end tok, skill, doubtful
        ci_first, cs_first = self._ci_first, self._cs_first
        caps_lines: dict[int, bool] = {}
        # Only a word that opens an alias, or may be a plural or a verb form of one
        # (ending in s, d or g), can start a hit: the rest are passed over at once.
        openers = [k for k, word in enumerate(low)
                   if word in ci_first or raw[k] in cs_first or word[-1] in "sdg"]
        slash = "/" in text  # no slash, no web address (see _in_address)
        i = 0
        for k in openers:
            if k < i:
                continue  # inside the hit just found
            i = k
            word = low[i]
            if word in ci_first or raw[i] in cs_first:
                match = self._match_opening(text, toks, raw, low, i)
            else:
                lone = self._lone_hit(raw[i])
                match = None if lone is None else (i + 1, lone[0], lone[1])
            if match is None:
                continue
            end, index, exact = match
            doubtful = exact and self._doubtful(text, toks, i, end, caps_lines)
            start = toks[i].start()
            if not (slash and _in_address(text, start, toks[end - 1].end())) and not (
                    # "Form 1099-NEC", "SF-86": an acronym glued to a number is a code's part
                    start > 1 and text[start - 1] == "-" and text[start - 2].isdigit()
                    and raw[i].isupper()):
                found.append((i, end, index, doubtful))
            i = end
        return self._confirm(text, toks, found)

    # ------------------------------------------------------------------ internals

    def _match_opening(self, text: str, toks: list[re.Match[str]], raw: list[str],
                       low: list[str], i: int) -> tuple[int, int, bool] | None:
        """``_match_at`` for a word that opens some alias, remembered by the word and
        the one after it.

        Three in four such words open no name here ("the", "in", "experience"): the
        walk reads the word, perhaps the next, and stops because no alias goes on so.
        That answer depends on those two words alone, never on the text around them,
        so it is remembered for the life of the vocabulary like ``_lone_hit``'s (about
        8 % of a job's time was this walk, repeated). A walk that went further, or that
        the text's layout stopped after two words, is not remembered: a longer name
        could continue elsewhere.
        """
        following = None
        if i + 1 < len(raw):
            gap = text[toks[i].end():toks[i + 1].start()]
            if _joins(gap, low[i]):
                # "health & safety" and "health safety" may read differently (_walk)
                following = "&" + raw[i + 1] if "&" in gap else raw[i + 1]
        key = (raw[i], following)
        try:
            known = self._openings[key]
        except KeyError:
            found, read, decided = self._walk(text, toks, raw, low, i)
            if read == 1 or (read == 2 and decided):
                if len(self._openings) >= _LONE_CACHE_SIZE:
                    self._openings.clear()
                self._openings[key] = None if found is None else (found[0] - i, *found[1:])
            return found
        return None if known is None else (i + known[0], known[1], known[2])

    def _match_at(self, text: str, toks: list[re.Match[str]], raw: list[str], low: list[str],
                  i: int) -> tuple[int, int, bool] | None:
        """(end token, skill index, case_exact) of the longest alias starting at token i.

        A curated alias starting here beats a longer derived one: the hand-written layer
        decides what its words mean ("hydraulic pumps" in prose stays the curated
        hydraulics skill, not the O*NET pump), the derived layer adds only what it lacks.
        """
        return self._walk(text, toks, raw, low, i)[0]

    def _walk(self, text: str, toks: list[re.Match[str]], raw: list[str], low: list[str],
              i: int) -> tuple[tuple[int, int, bool] | None, int, bool]:
        """``_match_at``'s answer, how many words it read, and whether the words
        themselves ended the walk (no alias goes on) rather than the text's layout."""
        best: tuple[int, int, bool] | None = None
        curated: tuple[int, int, bool] | None = None
        derived = self._derived
        ci = cs = ""
        ci_alive = cs_alive = True
        j, n = i, len(raw)
        ampersand = False
        also: str | None = None  # the words read with an "&" as "and"
        while j < n and (ci_alive or cs_alive):
            if j > i:
                gap = text[toks[j - 1].end():toks[j].start()]
                if not _joins(gap, low[j - 1]):
                    return self._prefer_curated(best, curated), j - i, False
                ampersand = "&" in gap
            word = raw[j]
            # "IVs", "EHRs"; the last two letters rule out almost every word first. A
            # numbered form's too: "I-9s", "W-2s" (the token "9s").
            plural = word[-1:] == "s" and (
                (word[-2:-1].isupper() and _ACRONYM_PLURAL.fullmatch(word) is not None)
                or (j > i and word[-2:-1].isdigit() and word[:-1].isdigit()))
            if cs_alive:
                cs_prefix = cs
                cs = raw[j] if j == i else f"{cs} {raw[j]}"
                hit = self._cs.get(cs)
                if hit is None and plural:
                    hit = self._plural_hit(self._cs, raw[j][:-1], cs_prefix, j == i)
                if hit is not None:
                    best = (j + 1, hit, True)
                    if hit not in derived:
                        curated = best
            if ci_alive:
                prefix = ci
                ci = low[j] if j == i else f"{ci} {low[j]}"
                hit = self._ci.get(ci)
                if hit is None:
                    hit = self._singular.get(ci)
                if hit is None and plural:
                    hit = self._plural_hit(self._ci, low[j][:-1], prefix, j == i)
                if hit is None and low[j][-1:] in ("s", "d", "g"):
                    hit = self._fold(prefix, low[j], j == i)
                if hit is not None and (best is None or best[0] < j + 1):
                    best = (j + 1, hit, False)
                    if hit not in derived:
                        curated = best
                if ampersand or also is not None:
                    # "&" between words also reads "and": "Health & Safety" is the alias
                    # "health and safety" (one written with "&" keeps its own key).
                    head = f"{prefix} and" if ampersand and f"{prefix} and" in \
                        self._ci_prefix else also
                    also = None if head is None else f"{head} {low[j]}"
                    hit = None if also is None else self._ci.get(also, self._singular.get(also))
                    if hit is None and also is not None and low[j][-1:] in ("s", "d", "g"):
                        hit = self._fold(head or "", low[j], False)
                    if hit is not None and (best is None or best[0] < j + 1):
                        best = (j + 1, hit, False)
                        if hit not in derived:
                            curated = best
                    if also is not None and also not in self._ci_prefix:
                        also = None
            ci_alive = ci_alive and (ci in self._ci_prefix or also is not None)
            cs_alive = cs_alive and cs in self._cs_prefix
            j += 1
        return self._prefer_curated(best, curated), j - i, not (ci_alive or cs_alive)

    def _prefer_curated(self, best: tuple[int, int, bool] | None,
                        curated: tuple[int, int, bool] | None) -> tuple[int, int, bool] | None:
        if curated is not None and best is not None and best[1] in self._derived:
            return curated
        return best

    def _lone_hit(self, word: str) -> tuple[int, bool] | None:
        """(skill index, case_exact) a word that starts no alias names on its own, as a
        plural or past/present form of one ("spreadsheets", "IVs", "budgeting").

        Such a word can only match by itself, so the answer depends on the word alone:
        remembering it spares the matcher about a third of its calls on a posting.
        """
        try:
            return self._lone[word]
        except KeyError:
            pass
        found = self._match_at(word, [], [word], [word.lower()], 0)
        lone = None if found is None else (found[1], found[2])
        if len(self._lone) >= _LONE_CACHE_SIZE:
            self._lone.clear()
        self._lone[word] = lone
        return lone

    def _plural_hit(self, table: dict[str, int], acronym: str, prefix: str, first: bool
                    ) -> int | None:
        """The skill an acronym's plural names: "peripheral IVs", "EHRs", "VFDs". Alone,
        a plural of two letters ("ORs") or of a credential ("RNs", "CNAs": the people
        who hold it) names no skill."""
        if not first:
            return table.get(f"{prefix} {acronym}")
        hit = table.get(acronym)
        if hit is None or len(acronym) < 3 or self._skills[hit].kind == "certification":
            return None
        return hit

    def _fold(self, prefix: str, word: str, first: bool) -> int | None:
        for base in _word_folds(word):
            key = base if first else f"{prefix} {base}"
            hit = self._ci.get(key)
            if hit is None:
                hit = self._singular.get(key)
            if hit is not None and hit in self._foldable:
                return hit
        return None

    def _doubtful(self, text: str, toks: list[re.Match[str]], i: int, end: int,
                  caps_lines: dict[int, bool]) -> bool:
        """A case-exact hit that needs list or programming context to count: a short
        ambiguous name, or a word-like acronym in an ALL-CAPS line ("PROJECT MANAGER OR
        COORDINATOR")."""
        surface = text[toks[i].start():toks[end - 1].end()]
        if surface in self._context:
            return True
        if not surface.isalpha():
            return False
        line_start = text.rfind("\n", 0, toks[i].start()) + 1
        caps = caps_lines.get(line_start)
        if caps is None:
            line_end = text.find("\n", line_start)
            line = text[line_start:] if line_end < 0 else text[line_start:line_end]
            caps = line == line.upper() and len(re.findall(r"[^\W\d_]{2,}", line)) >= 4
            caps_lines[line_start] = caps
        return caps

    def _context_ok(self, text: str, toks: list[re.Match[str]], i: int, end: int) -> bool | None:
        """True/False when the words around decide; None when only list neighbours can."""
        start, stop = toks[i].start(), toks[end - 1].end()
        before, after = text[start - 1:start], text[stop:stop + 1]
        if (before == "-" and text[start - 2:start - 1].isalnum()) or (
                after == "-" and text[stop + 1:stop + 2].isalnum()):
            return False
        if _INITIAL_AFTER.match(text, stop) or after in ("'", "’"):
            return False
        if end < len(toks) and toks[end].group().lower() in _TECH_NEXT and \
                text[stop:toks[end].start()].strip() == "":
            return True
        if i > 0 and toks[i - 1].group().lower() in _TECH_PREV and \
                text[toks[i - 1].end():start].strip(" :") == "":
            return True
        return None

    def _confirm(self, text: str, toks: list[re.Match[str]],
                 found: list[tuple[int, int, int, bool]]) -> list[SkillHit]:
        """Keep doubtful hits that their own words or a confirmed list neighbour vouch for."""
        state: list[bool | None] = []
        for i, end, _index, doubtful in found:
            state.append(self._context_ok(text, toks, i, end) if doubtful else True)
        changed = True
        while changed:
            changed = False
            for k, value in enumerate(state):
                if value is not None:
                    continue
                for other in (k - 1, k + 1):
                    if not 0 <= other < len(found) or state[other] is not True:
                        continue
                    if self._skills[found[other][2]].kind in ("soft", "language"):
                        continue
                    lo, hi = sorted((k, other))
                    gap = text[toks[found[lo][1] - 1].end():toks[found[hi][0]].start()]
                    if _LIST_GAP.fullmatch(gap):
                        state[k] = changed = True
                        break
        hits = []
        for (i, end, index, _d), value in zip(found, state, strict=True):
            if value is True:
                start, stop = toks[i].start(), toks[end - 1].end()
                hits.append(SkillHit(self._skills[index], start, stop, text[start:stop]))
        return hits


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


def _skills_dir() -> Path:
    from tailor_app.tailoring.resources import resource_path

    return resource_path("skills")


@functools.lru_cache(maxsize=4)
def load_vocabulary(path: Path | None = None) -> Vocabulary:
    """The shipped vocabulary (the curated ``*.tsv`` under ``path`` or the skills
    resource, then the derived ``generated/*.tsv``).

    Cached per process: the files do not change while the app runs. Problems in the
    data (alias clashes, bad lines) are logged, and the first spelling wins; the
    test suite is where they must fail.
    """
    vocabulary = Vocabulary.from_folder(path or _skills_dir())
    for problem in vocabulary.problems:
        log.warning("skills vocabulary: %s", problem)
    return vocabulary
