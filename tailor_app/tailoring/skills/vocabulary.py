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

import bisect
import functools
import logging
import re
from collections.abc import Callable, Iterable
from itertools import compress, count
from pathlib import Path
from typing import Any, TypeVar

from tailor_app.tailoring.ascii_twin import ascii_twin, ascii_words
from tailor_app.tailoring.caseless import lowered
from tailor_app.tailoring.skills.compiled import read as read_compiled
from tailor_app.tailoring.skills.compiled import source_paths
from tailor_app.tailoring.skills.context import (
    _CONTEXT_WORDS,
    _INITIAL_AFTER,
    _LIST_GAP,
    _TECH_NEXT,
    _TECH_PREV,
    _in_address,
    _joins,
    slash_chunks,
)
from tailor_app.tailoring.skills.deeds import DeedIndex, deed_spans
from tailor_app.tailoring.skills.entries import Skill as Skill
from tailor_app.tailoring.skills.entries import SkillHit as SkillHit
from tailor_app.tailoring.skills.entries import _Entry, new_hit
from tailor_app.tailoring.skills.entries import parse_generated as parse_generated
from tailor_app.tailoring.skills.entries import parse_lines as parse_lines
from tailor_app.tailoring.skills.keys import CJK_LETTERS as CJK_LETTERS
from tailor_app.tailoring.skills.keys import (
    _tokens,
    _word_folds,
    is_simple,
)
from tailor_app.tailoring.skills.keys import alias_key as alias_key
from tailor_app.tailoring.skills.keys import closed_key as closed_key
from tailor_app.tailoring.skills.keys import has_cjk as has_cjk
from tailor_app.tailoring.skills.phrase_tenses import is_past, tense_variants
from tailor_app.tailoring.skills.phrases import plain_verb
from tailor_app.tailoring.skills.shorthand import SHORTHAND, shorthand_hits
from tailor_app.tailoring.skills.splits import NARROWER_FILE as NARROWER_FILE
from tailor_app.tailoring.skills.splits import narrower_splits as narrower_splits
from tailor_app.tailoring.skills.staff import StaffIndex
from tailor_app.tailoring.skills.tables import (
    Tables,
    build_tables,
    paused_gc,
    tables_from_files,
)
from tailor_app.tailoring.skills.third_person import third_person_forms
from tailor_app.tailoring.text_memo import forget as forget_texts

_DETERMINERS = frozenset({"the", "a", "an", "our", "your", "their", "its", "this",
                          "these", "those", "his", "her", "my", "each", "every"})

log = logging.getLogger(__name__)
_T = TypeVar("_T")

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
_UNKNOWN: Any = object()  # a remembered answer not yet known (None is an answer)
_GROUP = re.Match.group  # a token's text, mapped over a text's tokens


# An acronym's plural: capitals (and figures) and a small "s" ("IVs", "EHRs", "PLCs").
_ACRONYM_PLURAL = re.compile(r"[A-Z][A-Z0-9]*[A-Z]s")
_WORDS = re.compile(r"\w+")  # a text's words, to see if a resume-only phrase may be in it
# Each word's first four characters, as ``w[:4] for w in _WORDS.findall(...)`` gives them
# (the same words: the group takes up to four of a run, the rest of the run follows).
_HEADS = re.compile(r"(\w{1,4})\w*+")
_HEADS_ASCII = ascii_twin(_HEADS)  # the same on an ASCII text, faster (ascii_twin.py)



# Two words of letters joined by one hyphen, standing alone ("on-boarding", not
# "state-of-the-art" or "e-mail-based").
_COMPOUND = re.compile(r"(?<![\w-])([A-Za-z]{2,})-([A-Za-z]{2,})(?![\w-])")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _compounds(text: str) -> list[re.Match[str]]:
    """``_COMPOUND.finditer(text)``, tried only where a hyphen stands: a match can start
    nowhere but at the run of letters just before its hyphen, and a pattern that opens
    with a look-behind and a letter class is otherwise tried at every character (about
    1 % of a job). Two matches never overlap (neither ends beside a letter or a hyphen),
    so reading hyphen by hyphen gives finditer's matches, in its order."""
    out = []
    h = text.find("-")
    while h >= 0:
        a = h
        while a and text[a - 1] in _ASCII_LETTERS:
            a -= 1
        m = _COMPOUND.match(text, a) if h - a >= 2 else None
        if m is not None:
            out.append(m)
            h = text.find("-", m.end())
        else:
            h = text.find("-", h + 1)
    return out


# Words after which an "-s" form is a plural noun, not a verb told in the third person.
_NOUN_BEFORE = frozenset({
    "a", "an", "the", "our", "your", "their", "its", "his", "her", "my", "this", "these",
    "those", "of", "for", "with", "in", "on", "to", "all", "any", "each", "every", "some",
    "many", "no", "daily", "weekly", "monthly", "annual", "new"})


# Words after a credential's name that only say it is a credential (see
# ``Vocabulary._credential_packaged``).
_CREDENTIAL_PACKAGING = frozenset({
    "license", "licenses", "licence", "licences", "licensure", "certification",
    "certifications", "certificate", "certificates", "credential", "credentials",
    "card", "cards", "designation", "designations", "permit", "permits"})
# The last word of a skill named by the paper it writes (``Vocabulary._paper_documented``).
_PAPERS = frozenset({
    "order", "note", "report", "record", "log", "chart", "form", "plan", "ticket",
    "invoice", "claim", "request", "summary", "summaries", "estimate", "statement"})

class Vocabulary:
    """Skills and their aliases, with ``find()`` for text and ``lookup()`` for one term."""

    def __init__(self, entries: Iterable[_Entry], problems: Iterable[str] = (),
                 splits: dict[str, list[list[str]]] | None = None,
                 broader: dict[str, list[str]] | None = None) -> None:
        self._adopt(build_tables(entries, problems, splits, broader))

    def _adopt(self, tables: Tables) -> None:
        """Take built tables, and work out what the matcher derives from them."""
        self.problems: list[str] = tables.problems
        self._skills: list[Skill] = tables.skills
        self._ci: dict[str, int] = tables.ci
        self._cs: dict[str, int] = tables.cs
        self._singular: dict[str, int] = tables.singular
        self._foldable: set[int] = tables.foldable
        self._derived: set[int] = tables.derived  # entries of the generated layer
        self._deed_index: DeedIndex | None = None
        self._third: dict[str, str] | None = None  # "carries" -> "carry" (third_person.py)
        self._shown = tables.shown
        self._shown_index: tuple[Vocabulary, dict[str, frozenset[str]]] | None = None
        self._shown_names: frozenset[str] | None = None  # see ``shown_names``
        self._kept: dict[str, Any] = {}  # callers' tables of this vocabulary: see ``kept``
        self._staff_index: StaffIndex | None = None
        self._found: dict[str, tuple[SkillHit, ...]] = {}
        self._shown_lines: dict[str, tuple[SkillHit, ...]] = {}  # shown_by's answers
        self._found_cjk: dict[str, tuple[SkillHit, ...]] = {}
        self._lone: dict[str, tuple[int, bool] | None] = {}
        self._openings: dict[tuple[str, str | None], tuple[int, int, bool] | None] = {}
        self._named: dict[str, Skill | None] = {}
        self._ci_prefix = tables.ci_prefix
        self._cs_prefix = tables.cs_prefix
        self._ci_first = tables.ci_first
        self._cs_first = tables.cs_first
        self._context = {k for k in self._cs if " " not in k
                         and ((len(k) == 1 and k.isalpha()) or k in _CONTEXT_WORDS)}
        # Callers read ``skills`` on every job: a copy of 16,000 entries each time cost
        # ~1 % of a job.
        self._skill_tuple = tuple(self._skills)

    # ------------------------------------------------------------------ building

    @classmethod
    def from_tables(cls, tables: Tables) -> Vocabulary:
        """A vocabulary of tables already built (``compiled.read``, ``build_tables``)."""
        vocabulary = cls.__new__(cls)
        vocabulary._adopt(tables)
        return vocabulary

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
        with paused_gc():
            return cls.from_tables(tables_from_files(paths, generated))

    @classmethod
    def from_folder(cls, folder: Path) -> Vocabulary:
        """The vocabulary of ``folder``: its compiled tables (``generated/compiled.json``)
        when they are current with its sources, else built from those sources (the
        curated ``*.tsv``, then the derived ``generated/*.json``)."""
        with paused_gc():  # one pause for the whole load: see paused_gc
            tables = read_compiled(folder) or tables_from_files(*source_paths(folder))
            return cls.from_tables(tables)

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
        skill = self._named.get(term)
        if skill is not None or term in self._named:  # (a miss costs no exception)
            return skill
        if is_simple(term):
            # Plain words and single spaces (most names): the words are the tokens and
            # every gap is one space, so the walk needs no tokeniser.
            if not self._cut_short(term, True):
                raw = term.split(" ")
                found = self._walk(term, None, raw, [t.lower() for t in raw], 0)[0]
                if found is not None and found[0] == len(raw):
                    skill = self._skills[found[1]]
        else:
            toks = _tokens(term)
            if toks:
                raw = [m.group() for m in toks]
                found = self._match_at(term, toks, raw, [t.lower() for t in raw], 0)
                if found is not None and found[0] == len(raw):
                    skill = self._skills[found[1]]
        if skill is None:
            skill = self._credential_packaged(term) or self._paper_documented(term)
        if len(self._named) >= _LONE_CACHE_SIZE:
            self._named.clear()
        self._named[term] = skill
        return skill

    def _credential_packaged(self, term: str) -> Skill | None:
        """The credential ``term`` names with a packaging word after its name.

        A posting, a resume and a label write one credential with or without a word
        that says it is one: "Journeyman Electrician license", "NALA CP credential",
        "CAM designation", "OSHA 10 card", "Ford Senior Master certifications" are the
        Journeyman License, the Certified Paralegal, the Certified Apartment Manager,
        OSHA 10 and the Ford Senior Master. The word is packaging only when the words
        before it already name a *credential*: "Forklift certification" stays unnamed
        here (Forklift Operation is a skill, and a certificate of it is another thing),
        as do "Nursing license" and "Local anesthesia permit" (the work, not the
        permit). One word only, and never the whole term; and not after two names
        joined ("CPR/AED certification", "BLS and ACLS certification"), which the
        credential reader tells apart itself.
        """
        head, _sep, last = term.rpartition(" ")
        if not head or last.lower() not in _CREDENTIAL_PACKAGING or "/" in head \
                or "," in head or " and " in head or " or " in head or "&" in head:
            return None
        found = self.lookup(head.rstrip())
        return found if found is not None and found.kind == "certification" else None

    def _paper_documented(self, term: str) -> Skill | None:
        """The paper ``term`` names with "documentation" after it: "Repair order
        documentation" is writing repair orders (Repair Orders), "progress note
        documentation" Progress Notes. Only a skill named by a paper ("... orders",
        "... notes", "... reports"): "Safety documentation" or "Shipping documentation"
        is no such skill's, and stays unnamed here."""
        head, _sep, last = term.rpartition(" ")
        if not head or last.lower() != "documentation":
            return None
        found = self.lookup(head.rstrip())
        if found is None or found.kind not in ("hard", "tool"):
            return None
        paper = found.name.rsplit(" ", 1)[-1].lower()
        return found if paper in _PAPERS or paper.rstrip("s") in _PAPERS else None

    def _cut_short(self, term: str, simple: bool = False) -> bool:
        """Is ``term`` plain words whose words before the last open no name longer than
        themselves? Then the walk stops before the last word and no alias is the whole
        term. A third of the names looked up on a job are such phrases ("positive
        guidance strategies"), told so here without tokenising and walking them.
        ``simple``: the caller has seen that ``term`` is plain words."""
        cut = term.rfind(" ")
        if cut < 0 or not (simple or is_simple(term)):
            return False
        head = term[:cut]  # the walk's keys: words joined by one space
        # (Its words lower-cased one by one and joined are head.lower(): a space breaks
        # the one context lower() reads, a final sigma's.)
        return head not in self._cs_prefix and head.lower() not in self._ci_prefix

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
                cache[line] = tuple(new_hit(h.skill, h.start - start, h.end - start, h.surface)
                                    for h in hits[first:k])
            start = end + 1

    def _deed_pairs(self) -> DeedIndex:
        if self._deed_index is None:
            # Names of two words; of three for a verb of two ("New hire setup").
            self._deed_index = DeedIndex(
                (i, alias) for i, skill in enumerate(self._skills) if skill.kind == "hard"
                for alias in skill.aliases if 1 <= alias.count(" ") <= 2)
        return self._deed_index

    def _staff(self) -> StaffIndex:
        if self._staff_index is None:
            self._staff_index = StaffIndex(
                (i, alias) for i, skill in enumerate(self._skills)
                if skill.kind in ("hard", "soft") for alias in skill.aliases
                if alias.count(" ") == 1)
        return self._staff_index

    def prepare(self) -> None:
        """Build now the indexes ``deeds`` builds on first use (~130 ms, most of it the
        deed index's 10,000 verb forms): a long-lived process calls this at its start
        (``tailoring.load_engine``), so its first job costs what the next ones do."""
        self._deed_pairs()
        self._staff()

    def deeds(self, text: str, lists: bool = False) -> list[SkillHit]:
        """Hard skills ``text`` writes as a deed: "plan lessons" and "planned weekly
        lessons" are Lesson Planning (see deeds.py), "train servers" Staff training
        (see staff.py). The indexes are built on first use (or by ``prepare``).
        ``lists``: a resume's "Recover, evacuate and charge refrigerant" shares the
        object among verbs the index does not know (``DeedIndex.find``)."""
        staff = self._staff()
        found = [new_hit(self._skills[i], a, b, text[a:b])
                 for i, a, b in deed_spans(self._deed_pairs(), text, lists)]
        taken = {(h.skill.name, h.start) for h in found}
        duties = [(i, a, b) for i, a, b in staff.find(text)
                  if (self._skills[i].name, a) not in taken]
        if duties:
            # "Teach body mechanics": the people word closes a name the vocabulary
            # holds for a thing by that very word ("Body Mechanics", "Device Drivers"),
            # which the duty's object is; a name after the worker ("Room attendant" of
            # "supervised room attendants") leaves the people the duty's.
            things = [(h.start, h.end, h.skill.name.casefold().rsplit(" ", 1)[-1])
                      for h in self.find(text) if " " in h.skill.name]
            found += [new_hit(self._skills[i], a, b, text[a:b]) for i, a, b in duties
                      if not any(a < s < b <= e and text[:b].casefold().endswith(last)
                                 for s, e, last in things)]
        return sorted(found, key=lambda h: h.start)

    def shown_by(self, text: str) -> list[SkillHit]:
        """Skills ``text`` shows by a resume-only phrase (``<phrase`` in the curated
        files): "welcomed guests" is guest relations on a resume, while a posting's
        "we have welcomed guests since 1952" asks for nothing. The phrases live in a
        small matcher of their own, built on first use, so the posting's matcher never
        holds them; it reads only lines that hold a phrase's two longest words. A
        curated deed written in the past ("balanced the drawer") is a phrase here in
        the present too ("balance the drawer")."""
        index, gate = self._shown_phrases()
        known = self._shown_lines.get(text)
        if known is not None:  # a job asks of each line several times
            return list(known)
        low = lowered(text)
        heads = set((_HEADS_ASCII if ascii_words(low) else _HEADS).findall(low))
        found = []
        if any("" in gate[w] or not gate[w].isdisjoint(heads) for w in heads & gate.keys()):
            for hit in index.find(text):
                skill = self.lookup(hit.skill.name)
                if skill is not None:
                    found.append(new_hit(skill, hit.start, hit.end, hit.surface))
        if len(self._shown_lines) >= _FIND_CACHE_SIZE:
            self._shown_lines.clear()
        self._shown_lines[text] = tuple(found)
        return found

    def shown_names(self) -> frozenset[str]:
        """The names of every skill ``shown_by`` may find: a line ordered for a posting
        that asks none of them is not read for them."""
        if self._shown_names is None:
            index, _gate = self._shown_phrases()
            found = (self.lookup(s.name) for s in index.skills)
            self._shown_names = frozenset(s.name for s in found if s is not None)
        return self._shown_names

    def kept(self, key: str, build: Callable[[], _T]) -> _T:
        """A table a caller derives from this vocabulary, built once by ``build`` and
        kept with it as ``shown_names`` is (the summary's office tools, the renamer's
        proper words): it lives as long as the vocabulary and no longer, and holds no
        other vocabulary alive. ``key`` names the table: one per caller."""
        found = self._kept.get(key)
        if found is None:
            found = self._kept[key] = build()
        return found

    def _shown_phrases(self) -> tuple[Vocabulary, dict[str, frozenset[str]]]:
        """The matcher of resume-only phrases and its gate (see ``shown_by``)."""
        if self._shown_index is None:
            entries = []
            taken = {p.lower() for phrases in self._shown.values() for p, _e in phrases}
            deeds = self._past_deeds()
            for name in dict.fromkeys([*self._shown, *deeds]):
                skill = self.lookup(name)
                if skill is not None:
                    phrases = self._shown.get(name, [])
                    said = phrases + self._present(phrases + deeds.get(name, []), taken)
                    if said:
                        entries.append(_Entry(name, skill.kind, list(skill.fields), said))
            index = Vocabulary(entries)
            # Each phrase's two longest words, by their first four letters (a plural or
            # a tense changes only a word's end): a text holding no phrase's two holds
            # no phrase. Not the first word, which is often "the", "of" or "to".
            pairs: dict[str, set[str]] = {}
            for k in (*index._ci, *index._cs, *index._singular):
                longest = sorted(_WORDS.findall(k.lower()), key=len)
                if longest:
                    second = longest[-2][:4] if len(longest) > 1 else ""
                    pairs.setdefault(longest[-1][:4], set()).add(second)
            self._shown_index = (index, {k: frozenset(v) for k, v in pairs.items()})
        return self._shown_index

    def _past_deeds(self) -> dict[str, list[tuple[str, bool]]]:
        """The curated deeds written in the past ("balanced the drawer", "handled
        reservations"), by skill: aliases of a hard or soft skill whose first word is a
        past tense and not the first word of the skill's own name ("Managed Services",
        "Advanced Excel" are names, not deeds)."""
        out: dict[str, list[tuple[str, bool]]] = {}
        for skill in self._skills:
            if skill.source != "curated" or skill.kind not in ("hard", "soft"):
                continue
            own = skill.name.split(" ", 1)[0].lower()
            for alias in skill.aliases:
                first, sep, _rest = alias.partition(" ")
                if sep and alias != skill.name and first.lower() != own and is_past(first):
                    out.setdefault(skill.name, []).append((alias, False))
        return out

    def _present(self, phrases: list[tuple[str, bool]], taken: set[str]
                 ) -> list[tuple[str, bool]]:
        """The present-tense forms of ``phrases`` ("balance the drawer" for "balanced
        the drawer", see phrase_tenses.py), less any form another phrase or an alias
        already says: a resume tells its current job in the present."""
        out = []
        for phrase, exact in phrases:
            for form in tense_variants(phrase):
                if form.lower() not in taken and self.lookup(form) is None:
                    taken.add(form.lower())
                    out.append((form, exact))
        return out

    def resume_phrases(self, name: str) -> list[tuple[str, bool]]:
        """The resume-only phrases (``<phrase`` in the files) of the skill ``name``,
        each with whether it is case-exact."""
        return list(self._shown.get(name, ()))

    def deed_verbs(self) -> frozenset[str]:
        """The verb stems of the vocabulary's action nouns ("inspection" -> "inspect",
        "filing" -> "fil"): a posting's duty opens with one ("Inspect guest rooms")."""
        return self._deed_pairs().verbs

    def clear_cache(self) -> None:
        """Forget memoised answers about texts and names (benchmarks use it to time a
        cold job honestly). The per-word table of ``_lone_hit`` stays: like the word
        stems' caches, it holds what the vocabulary says of a word, which any process
        that has read a posting or two has learnt. The readers' answers about a text
        (``text_memo``) are forgotten too."""
        forget_texts()
        self._found.clear()
        self._shown_lines.clear()
        self._found_cjk.clear()
        self._named.clear()
        if self._deed_index is not None:
            self._deed_index.clear_cache()
        if self._staff_index is not None:
            self._staff_index.clear_cache()

    def _find(self, text: str, cjk: bool = False) -> list[SkillHit]:
        toks = _tokens(text, cjk)
        raw = list(map(_GROUP, toks))
        low = list(map(str.lower, raw))
        found: list[tuple[int, int, int, bool]] = []  # start tok, end tok, skill, doubtful
        ci_first, cs_first = self._ci_first, self._cs_first
        caps_lines: dict[int, bool] = {}
        slash = "/" in text  # no slash, no web address (see _in_address)
        chunks: list[tuple[int, int]] | None = None  # read at the first hit, if any
        # The remembered answers of ``_match_opening`` and ``_lone_hit``, read here
        # without a call for each word (most words are known: a call cost more than
        # the answer); a word not yet known goes through the method.
        openings, lone_words, last = self._openings, self._lone, len(raw) - 1
        match: tuple[int, int, bool] | None
        i = 0
        # Only a word that opens an alias, or may be a plural or a verb form of one
        # (ending in s, d or g), can start a hit: the rest are passed over at once.
        # (One loop over the words asks each word's tests once; a list of the openers
        # made first asked them twice of three words in four.)
        for k, word in enumerate(low):
            if k < i:
                continue  # inside the hit just found
            if word in ci_first or raw[k] in cs_first:
                i = k
                following = None  # the key ``_match_opening`` remembers by
                if i < last:
                    gap = text[toks[i].end():toks[i + 1].start()]
                    if gap == " " or _joins(gap, word):
                        following = "&" + raw[i + 1] if "&" in gap else raw[i + 1]
                known = openings.get((raw[i], following), _UNKNOWN)
                if known is _UNKNOWN:
                    match = self._match_opening(text, toks, raw, low, i)
                elif known is None:
                    continue
                else:
                    match = (i + known[0], known[1], known[2])
            elif word[-1] in "sdg":
                i = k
                lone = lone_words.get(raw[i], _UNKNOWN)
                if lone is _UNKNOWN:
                    lone = self._lone_hit(raw[i])
                match = None if lone is None else (i + 1, lone[0], lone[1])
            else:
                continue
            if match is None:
                continue
            if match[0] - i >= 2:
                match, i = self._longer_inside(text, toks, raw, low, i, match)
            end, index, exact = match
            doubtful = exact and self._doubtful(text, toks, i, end, caps_lines)
            start = toks[i].start()
            in_address = False
            if slash:
                if chunks is None:
                    chunks = slash_chunks(text)
                stop = toks[end - 1].end()
                in_address = any(a <= start and stop <= b for a, b in chunks) \
                    and _in_address(text, start, stop)
            if not in_address \
                    and not _code_part(text, start, raw[i]):
                found.append((i, end, index, doubtful))
            i = end
        hits = self._confirm(text, toks, found)
        if "-" in text:
            hits = self._hyphenated(text, hits)
        third = self._third_forms()
        if not third.keys().isdisjoint(low):  # "Carries a caseload": carry a caseload
            hits = self._third_person(text, toks, raw, low, hits, third)
        if not SHORTHAND.keys().isdisjoint(low):  # "case mgmt": case management
            hits = shorthand_hits(text, toks, raw, low, self.lookup, hits)
        return hits

    def _longer_inside(self, text: str, toks: list[re.Match[str]], raw: list[str],
                       low: list[str], i: int, match: tuple[int, int, bool]
                       ) -> tuple[tuple[int, int, bool], int]:
        """The hit to keep where a longer name starts inside the one just found and
        runs past its end: "Enter bills of lading" is Bills of lading, not "enter
        bills" (Accounts Payable) with "of lading" left over; "document controlled
        substance inventory" is no Document control.

        Reading left to right, the first name found takes words the longer one needs.
        The longer one wins only where it would be lost: not where the words after the
        first name name it anyway ("preventive maintenance work orders" keeps
        Preventive maintenance, and "work orders" is read after it), nor where it is
        the same skill ("PTCB Certified Pharmacy Technician"), nor where the first name
        opens with an acronym, a proper name ("NBCOT Certified Occupational Therapy
        Assistant" keeps its NBCOT certification)."""
        end, index = match[0], match[1]
        if raw[i].isupper():
            return match, i
        # A deed's name ("process pay") gives its object word to a name of as many
        # words that runs on ("Process pay applications": Pay applications, no
        # Payroll): the object a verb takes is the whole noun compound after it.
        # After a determiner the word is no verb: "the process pay rules".
        deed = plain_verb(raw[i]) and (i == 0 or low[i - 1] not in _DETERMINERS)
        shortest = end - i - (1 if deed else 0)
        ci_first, cs_first = self._ci_first, self._cs_first
        for j in range(i + 1, end):
            if low[j] not in ci_first and raw[j] not in cs_first:
                continue
            other = self._match_opening(text, toks, raw, low, j)
            if other is None or other[0] <= end or other[0] - j <= shortest \
                    or other[1] == index:
                continue
            if low[end] in ci_first or raw[end] in cs_first:
                after = self._match_opening(text, toks, raw, low, end)
                if after is not None and after[1] == other[1]:
                    continue
            return other, j
        return match, i

    def _third_forms(self) -> dict[str, str]:
        if self._third is None:
            self._third = third_person_forms(self._ci)
        return self._third

    def _third_person(self, text: str, toks: list[re.Match[str]], raw: list[str],
                      low: list[str], hits: list[SkillHit], third: dict[str, str]
                      ) -> list[SkillHit]:
        """``hits`` with the aliases a line tells in the third person ("Responds to
        crises": respond to crises), read from the verb's "-s" form with its base form in
        its place, where no hit covers the verb already.

        (A long text holds few such words: they are picked out in C, and whether a hit
        covers one is told from the hits' starts and the furthest end reached before.)"""
        added = []
        last = len(low) - 1
        starts: list[int] = []
        reach: list[int] = []  # the furthest end among the hits up to each start
        for k in compress(count(), map(third.__contains__, low)):
            if k == last or (k and low[k - 1] in _NOUN_BEFORE):
                continue  # "the reports", "weekly plans": a plural noun, not a verb
            start = toks[k].start()
            if not starts and hits:
                for a, b in sorted((h.start, h.end) for h in hits):
                    starts.append(a)
                    reach.append(max(b, reach[-1]) if reach else b)
            covered = bisect.bisect_right(starts, start)
            if covered and reach[covered - 1] > start:
                continue  # a hit starts at or before the word and ends past it
            raw2, low2 = raw[:], low[:]
            raw2[k] = low2[k] = third[low[k]]
            found = self._walk(text, toks, raw2, low2, k)[0]
            if found is None or found[0] - k < 2:
                continue
            end = toks[found[0] - 1].end()
            added.append(new_hit(self._skills[found[1]], start, end, text[start:end]))
        return sorted([*hits, *added], key=lambda h: h.start) if added else hits

    def _hyphenated(self, text: str, hits: list[SkillHit]) -> list[SkillHit]:
        """``hits`` with the names a text writes as a hyphenated compound of a word the
        vocabulary holds closed up: "on-boarding" is onboarding, "co-ordination"
        coordination, "re-stocking" restocking. The tokeniser reads the hyphen as a space
        (so "front-end" and "front end" are one), which left the closed-up name unread."""
        # Hits come by start: the furthest end among those that start before ``b`` says
        # at once whether one overlaps [a, b).
        ordered = sorted(hits, key=lambda h: h.start)
        starts = [h.start for h in ordered]
        reach: list[int] = []
        for h in ordered:
            reach.append(max(h.end, reach[-1]) if reach else h.end)
        added = []
        for m in _compounds(text):
            a, b = m.span()
            before = bisect.bisect_left(starts, b)
            if before and reach[before - 1] > a:
                continue
            word = (m.group(1) + m.group(2)).lower()
            index = self._ci.get(word)
            if index is None:
                index = self._singular.get(word)
            if index is None:
                index = self._fold("", word, True)
            if index is not None:
                added.append(new_hit(self._skills[index], a, b, text[a:b]))
        return sorted([*hits, *added], key=lambda h: h.start) if added else hits

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
            if gap == " " or _joins(gap, low[i]):  # one space, most gaps: no call
                # "health & safety" and "health safety" may read differently (_walk)
                following = "&" + raw[i + 1] if "&" in gap else raw[i + 1]
        key = (raw[i], following)
        # (``_find`` calls this for a key it does not know: a miss raises no exception)
        known = self._openings.get(key, _UNKNOWN)
        if known is _UNKNOWN:
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

    def _walk(self, text: str, toks: list[re.Match[str]] | None, raw: list[str],
              low: list[str], i: int) -> tuple[tuple[int, int, bool] | None, int, bool]:
        """``_match_at``'s answer, how many words it read, and whether the words
        themselves ended the walk (no alias goes on) rather than the text's layout.
        ``toks`` None: the words of ``raw`` stand one space apart."""
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
                gap = " " if toks is None else text[toks[j - 1].end():toks[j].start()]
                if gap != " " and not _joins(gap, low[j - 1]):
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
        known: tuple[int, bool] | None = self._lone.get(word, _UNKNOWN)
        if known is not _UNKNOWN:  # (``_find`` calls this for words it does not know)
            return known
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
        if None not in state:  # most texts: every hit decided by its own words
            return self._hits(text, toks, found, state)
        # "BLS, ACLS, PALS" in a line of capitals: credentials listed side by side vouch
        # for each other, as words like "OR" and "IT" never do.
        for k in range(len(found) - 1):
            if state[k] is None and state[k + 1] is None and all(
                    self._skills[found[m][2]].kind == "certification" for m in (k, k + 1)) \
                    and _LIST_GAP.fullmatch(
                        text[toks[found[k][1] - 1].end():toks[found[k + 1][0]].start()]):
                state[k] = state[k + 1] = True
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
                    if _LIST_GAP.fullmatch(gap) and not (
                            "\n" in gap and _RUNS_ON.match(text, toks[found[k][1] - 1].end())):
                        state[k] = changed = True
                        break
        return self._hits(text, toks, found, state)

    def _hits(self, text: str, toks: list[re.Match[str]],
              found: list[tuple[int, int, int, bool]], state: list[bool | None]
              ) -> list[SkillHit]:
        """The hits of ``found`` whose ``state`` is True."""
        hits = []
        for (i, end, index, _d), value in zip(found, state, strict=True):
            if value is True:
                start, stop = toks[i].start(), toks[end - 1].end()
                hits.append(new_hit(self._skills[index], start, stop, text[start:stop]))
        return hits


# After a doubtful hit, words of a sentence on its line: "• Go over discharge papers"
# under a line ending in "Epic" is no list of skills across the line break, as a line of
# one item each ("Epic" then "Go") is.
_RUNS_ON = re.compile(r"[ \t]+[a-z]")


# A one-letter grade or class before an alternative's letter: "(B or A Level)",
# "Class C or B license".
_LETTER_CHOICE = re.compile(r"(?<![\w-])[A-Z][ \t]+(?:or|and|to)[ \t]+$|(?<![\w-])[A-Z][ \t]*/$")


def _code_part(text: str, start: int, first: str) -> bool:
    """Is the hit opening at ``start`` (its first token ``first``) part of a longer code
    or grade, not the skill's name? "Form 1099-NEC", "SF-86": an acronym glued to a
    number; "C-SSRS", "Q-BPM": an acronym glued after a single capital, which makes
    another acronym (no name of the vocabulary's own, like T-SQL, which it reads whole);
    "(B or A Level)": a single letter that is one of a choice of letters."""
    if start > 1 and text[start - 1] == "-" and first.isupper():
        if text[start - 2].isdigit():
            return True
        if text[start - 2].isupper() and len(first) > 1 and (
                start == 2 or not text[start - 3].isalnum()):
            return True
    return len(first) == 1 and first.isupper() and _LETTER_CHOICE.search(
        text, max(0, start - 12), start) is not None


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
