"""Derive the shipped skills vocabulary from O*NET 30.0 and ESCO v1.1.1.

Run from a checkout, with ``../shared/data`` beside it (or give the folders):

    .venv/bin/pip install wordfreq          # once: the common-word test below
    .venv/bin/python scripts/build_vocabulary.py

It writes ``resources/skills/generated/vocabulary.json`` (format in
``resources/skills/FORMAT.md``), then ``narrower.json`` and ``compiled.json`` (the
tables the app reads, built from the curated ``*.tsv`` and the other two); the app
reads only that folder, never ``../shared``. The output is deterministic: the same
inputs give the same bytes.

Why each rule (they are stated for data, not for particular postings):

* **Names, not categories.** O*NET "Technology Skills" examples are product names
  ("Autodesk AutoCAD"); an example that is only a category ("Web browser software")
  names no product and is dropped, unless it carries an acronym ("Computer aided
  design CAD software" gives CAD ↔ computer aided design).
* **Asked for in postings.** A technology example is kept when O*NET flags it Hot
  Technology or In Demand (both mean "frequently in job postings") or when at least
  two occupations use it; single-occupation niche products are left out.
* **Equipment, not office furniture.** O*NET "Tools Used" examples are kept when at
  least two occupations list them (one occupation's niche instrument is rarely a
  posting's word) and at most 60 (more tells no job apart), except computers, phones
  and office equipment, paper, furniture, clothing, household goods and published
  media (their UNSPSC segments).
* **No ordinary words.** A one-word term whose English frequency is that of an
  everyday word (Zipf ≥ 3.0 in ``wordfreq``: "access", "scanners", "locks") would
  fire in ordinary prose and is dropped unless it is written like a name
  ("AutoCAD", "C++", "SAP2000"). Two-letter terms are never derived (they are
  acronyms in several fields); short acronyms are case-exact, and an acronym that
  stands for two different things in the data is dropped.
* **Things a posting writes.** ESCO knowledge concepts ("molecular biology",
  "IBM Informix") are kept when they have two or three words, or one written as a
  name; a lone lower-case word names a field of knowledge (an umbrella such as
  "pharmacology") and is often a modifier inside a longer term; verb phrases
  ("manage musical staff", the first word of many ESCO skill labels), paraphrase
  labels ("types of sanders", "a temperature scale") and job titles (O*NET and
  ESCO occupation names: a title is not a skill) are dropped.
* **The curated files win.** A derived alias that the team's curated files
  already give to a skill is left to that skill; derived aliases of a curated skill
  are added to it only when no other skill has them.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tailor_app.tailoring.skills.compiled import COMPILED_FILE  # noqa: E402
from tailor_app.tailoring.skills.compiled import render as render_compiled  # noqa: E402
from tailor_app.tailoring.skills.credential_subjects import subjects  # noqa: E402
from tailor_app.tailoring.skills.vocabulary import (  # noqa: E402
    Vocabulary,
    alias_key,
    closed_key,
    narrower_splits,
    parse_generated,
    parse_lines,
)

COMMON_ZIPF = 3.0  # wordfreq Zipf frequency of an everyday English word
MAX_WORDS = 4  # longer labels are descriptions, not terms a posting writes
RARE_ZIPF = 2.5  # below this a word is a name or jargon, not English prose
EVERYDAY_ZIPF = 4.0  # a phrase of words all this frequent is generic ("quality standards")
MAX_EXACT = 5  # acronyms up to this length are case-exact
MAX_ESCO_WORDS = 3  # ESCO's longer labels are descriptions ("competent in Latin")
VENDOR_MIN = 3  # a first word that starts this many product names is a vendor
MAX_TOOL_OCCUPATIONS = 60  # a tool more jobs than this list tells no job apart
MIN_TOOL_OCCUPATIONS = 2  # a tool only one occupation lists is rarely a posting's word
# The fields whose tools a posting names in the singular ("run a band saw"): the trades,
# the plant, the warehouse and the yard. Elsewhere a singular is as often a thing of
# daily life ("a face mask", "a delivery van").
TRADE_FIELDS = frozenset({"trades_construction", "manufacturing", "engineering", "logistics",
                          "facilities", "agriculture"})
# UNSPSC segments of tools and machines (building machinery 22, material handling 24,
# industrial machinery 23, tools 27, power and distribution 26 and 40, measuring 41):
# not vehicles (25), safety gear (46) or medical goods (42), which a posting names in
# passing ("a company work van", "wear a face mask").
TOOL_SEGMENTS = frozenset({"22", "23", "24", "26", "27", "40", "41"})
# UNSPSC segments of Tools Used that are not job skills: paper (14), IT and
# telecom devices (43), office equipment (44), domestic appliances (52), clothing
# (53), published products (55), furniture (56).
DROPPED_SEGMENTS = frozenset({"14", "43", "44", "52", "53", "55", "56"})
_STOP = frozenset({"of", "and", "for", "the", "to", "in", "on", "or", "with", "&", "a"})
# Words that make an ESCO label a paraphrase rather than a term people write.
_PARAPHRASE = frozenset({
    "types", "type", "kinds", "kind", "sorts", "sort", "varieties", "variety",
    "categories", "category", "typology", "principles", "principle", "basics",
    "fundamentals", "characteristics", "features", "a", "an", "the", "of", "its",
    "their", "his", "her", "this", "that", "various", "different", "other", "related",
    "in", "from", "for", "on", "to", "with", "by", "about", "within", "competent",
})
# First words of labels that are phrasal ("use of", "work with" ...) besides verbs.
_VERB_MIN = 3  # a first word of this many ESCO skill labels is a verb
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}s?$")
_ALPHA = re.compile(r"[A-Za-z]")

# O*NET-SOC major groups (and a few detailed codes) -> the vocabulary's field names.
SOC_FIELDS = {
    "11": "management", "13": "business", "15": "software", "17": "engineering",
    "19": "science", "21": "social_services", "23": "legal", "25": "education",
    "27": "design", "29": "healthcare", "31": "healthcare", "33": "public_safety",
    "35": "hospitality_retail", "37": "facilities", "39": "personal_care", "41": "sales",
    "43": "admin_office", "45": "agriculture", "47": "trades_construction",
    "49": "trades_construction", "51": "manufacturing", "53": "logistics", "55": "military",
}
SOC_DETAIL_FIELDS = {
    "11-3121": "hr", "11-3111": "hr", "13-1071": "hr", "13-1075": "hr", "13-1141": "hr",
    "13-1151": "hr", "43-4161": "hr", "11-3031": "finance_accounting",
    "11-9111": "healthcare", "11-9032": "education", "11-9033": "education",
    "11-9039": "education", "11-9021": "trades_construction", "11-3071": "logistics",
    "11-2021": "marketing", "11-2011": "marketing", "13-1161": "marketing",
    "11-3021": "software", "15-1212": "it_security", "15-2051": "data_ai",
    "15-2041": "data_ai", "11-9041": "engineering", "13-2": "finance_accounting",
    "43-3": "finance_accounting",
}
# ISCO-08 groups (ESCO occupations) -> field names; the longest matching prefix wins.
ISCO_FIELDS = {
    "0": "military", "1": "management", "12": "business", "1212": "hr",
    "1211": "finance_accounting", "1342": "healthcare", "1345": "education",
    "1323": "trades_construction", "1324": "logistics", "133": "software",
    "2": "science", "21": "science", "214": "engineering", "215": "engineering",
    "216": "design", "22": "healthcare", "23": "education", "24": "business",
    "241": "finance_accounting", "2423": "hr", "2424": "hr", "243": "marketing",
    "25": "software", "2529": "it_security", "261": "legal", "263": "social_services",
    "264": "design", "265": "design", "31": "engineering", "32": "healthcare",
    "33": "business", "331": "finance_accounting", "3333": "hr", "34": "social_services",
    "35": "software", "4": "admin_office", "51": "hospitality_retail", "52": "sales",
    "53": "healthcare", "54": "public_safety", "6": "agriculture",
    "7": "trades_construction", "75": "manufacturing", "8": "manufacturing",
    "83": "logistics", "9": "facilities",
}


@dataclass
class Term:
    """One derived entry before it is merged with the curated layer."""

    name: str
    kind: str
    source: str
    aliases: list[tuple[str, bool]] = field(default_factory=list)  # (alias, case_exact)
    # The aliases that say what the entry *is* (its name, spelled-out form, product
    # name without the vendor, singular): only they may make it a curated skill.
    # Acronyms and ESCO's alternative labels are looser and never decide that.
    primary: set[str] = field(default_factory=set)
    meaning: dict[str, str] = field(default_factory=dict)  # acronym -> its spelled-out key
    fields: Counter[str] = field(default_factory=Counter)

    def add_alias(self, alias: str, english: Words | None = None) -> None:
        """Add ``alias``. A short all-capitals acronym is case-exact ("INS" is not "ins"),
        and so is a one-word name that is a common word in lower case ("ProFile")."""
        alias = " ".join(alias.split())
        exact = " " not in alias and ((alias.isupper() and len(alias) <= MAX_EXACT) or (
            english is not None and looks_like_name(alias) and english.common(alias)))
        if alias and (alias, exact) not in self.aliases:
            self.aliases.append((alias, exact))


# ------------------------------------------------------------------ reading


def read_onet(path: Path) -> Iterator[dict[str, str]]:
    """Rows of an O*NET text file (tab-separated, no quoting: the data has stray quotes)."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(rows)
        for row in rows:
            yield dict(zip(header, row, strict=True))


def read_esco(path: Path) -> Iterator[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        yield from csv.DictReader(handle)


def labels(row: dict[str, str]) -> list[str]:
    """An ESCO concept's preferred label, then its alternative labels."""
    alts = [a.strip() for a in row.get("altLabels", "").split("\n") if a.strip()]
    return [row["preferredLabel"].strip(), *alts]


# ------------------------------------------------------------------ rules


class Words:
    """How common English words are: Zipf frequency (wordfreq), or a file of
    ``word zipf`` lines (a word alone counts as 5.0, an unlisted word as 0)."""

    def __init__(self, path: Path | None) -> None:
        self._table: dict[str, float] | None = None
        if path is not None:
            self._table = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                parts = line.split()
                if parts:
                    self._table[parts[0].lower()] = float(parts[1]) if len(parts) > 1 else 5.0
            return
        try:
            from wordfreq import zipf_frequency
        except ImportError:
            sys.exit("build_vocabulary: install wordfreq (pip install wordfreq) or pass "
                     "--common-words FILE")
        self._zipf = zipf_frequency

    def zipf(self, word: str) -> float:
        if self._table is not None:
            return self._table.get(word.lower(), 0.0)
        return self._zipf(word.lower(), "en")

    def common(self, word: str) -> bool:
        return self.zipf(word) >= COMMON_ZIPF


def looks_like_name(word: str) -> bool:
    """Written like a product name, not a word: inner capitals, digits or symbols."""
    return (any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word)
            or any(c in "+#." for c in word.strip(".")))


def is_acronym_of(acronym: str, words: list[str]) -> bool:
    """Do the initials of ``words`` (stop words optional) spell ``acronym``?"""
    acronym = acronym.rstrip("s") if acronym.endswith("s") and len(acronym) > 2 else acronym
    parts = [p for w in words for p in re.split(r"[-/]", w) if p]
    full = "".join(p[0] for p in parts).upper()
    short = "".join(p[0] for p in parts if p.lower() not in _STOP).upper()
    return acronym.upper() in (full, short)


def split_acronym(text: str) -> tuple[str, str, str] | None:
    """("Global positioning system", "GPS", "receivers") for "Global positioning system
    GPS receivers": an all-capitals word spelled by the initials of the words before it."""
    words = text.split()
    for k, word in enumerate(words):
        if k == 0 or not _ACRONYM.match(word):
            continue
        n = len(word.rstrip("s")) if word.endswith("s") else len(word)
        for start in range(max(0, k - n - 3), k):
            if is_acronym_of(word, words[start:k]):
                return " ".join(words[start:k]), word, " ".join(words[k + 1:])
    return None


def distinctive(words: list[str], english: Words) -> bool:
    """Is a product name without its vendor still a name ("Dreamweaver", "Rational
    ClearQuest") rather than everyday words ("Safari", "Technologies Class Act")?"""
    if not all(w[0].isupper() or w[0].isdigit() or looks_like_name(w) for w in words):
        return False
    if len(words) == 1:  # alone, it must not be a word at all ("Workspace" is one)
        return looks_like_name(words[0]) or english.zipf(words[0]) < RARE_ZIPF
    return any(looks_like_name(w) or not english.common(w) for w in words)


def usable(term: str, english: Words, titles: set[str], specialised: bool = False,
           exact: bool = False) -> bool:
    """May ``term`` be a derived alias? (the filtering rules of the module docstring)

    ``specialised``: a phrase must have a word that is not everyday English or is
    written like a name ("hematology analyzers", "IBM Informix"), not only everyday
    words ("quality standards", "application process", "control boards")."""
    if not term.split() or len(term.split()) > MAX_WORDS or not _ALPHA.search(term):
        return False
    key = alias_key(term, False)
    if len(key.replace(" ", "")) <= 2 or key in titles or singular(key) in titles:
        return False
    if len(key.split()) == 1:
        # As the matcher sees it: "@Risk" is the word "risk". A common word written
        # like a name ("ProFile") is kept only case-exact (see Term.add_alias).
        seen = alias_key(term, True)
        return not english.common(seen) or (looks_like_name(seen) and exact)
    if specialised:
        return any(looks_like_name(w) or w.isupper() or english.zipf(w) < EVERYDAY_ZIPF
                   for w in alias_key(term, True).split())
    return True


def singular(phrase: str) -> str | None:
    """The phrase with its last word singular ("Hematology analyzers" -> "analyzer")."""
    head, _, last = phrase.rpartition(" ")
    low = last.lower()
    if len(low) < 4 or not low.isalpha() or not low.endswith("s") or last.isupper():
        return None
    if low.endswith(("ss", "us", "is", "ses", "ves")):
        return None
    if low.endswith("ies"):
        last = last[:-3] + "y"
    elif low.endswith(("ches", "shes", "xes")):
        last = last[:-2]
    else:
        last = last[:-1]
    return f"{head} {last}".strip()


# ------------------------------------------------------------------ fields


def soc_field(code: str) -> str:
    for prefix in (code[:7], code[:4]):
        if prefix in SOC_DETAIL_FIELDS:
            return SOC_DETAIL_FIELDS[prefix]
    return SOC_FIELDS.get(code[:2], "general")


def isco_field(group: str) -> str:
    for n in range(len(group), 0, -1):
        if group[:n] in ISCO_FIELDS:
            return ISCO_FIELDS[group[:n]]
    return "general"


class OccupationIndex:
    """Which fields' ESCO occupations mention a term (by word n-grams of their texts)."""

    def __init__(self, rows: Iterable[dict[str, str]]) -> None:
        self._grams: dict[str, Counter[str]] = defaultdict(Counter)
        for row in rows:
            fld = isco_field(row.get("iscoGroup", ""))
            text = " ".join([*labels(row), row.get("description", "")])
            tokens = alias_key(text, False).split()
            seen = {" ".join(tokens[i:i + n]) for n in range(1, MAX_WORDS + 1)
                    for i in range(len(tokens) - n + 1)}
            for gram in seen:
                self._grams[gram][fld] += 1

    def fields(self, term: str) -> Counter[str]:
        return self._grams.get(alias_key(term, False), Counter())


# ------------------------------------------------------------------ sources


def onet_technology(folder: Path, english: Words, titles: set[str]) -> list[Term]:
    by_example: dict[str, dict[str, object]] = {}
    for row in read_onet(folder / "Technology Skills.txt"):
        info = by_example.setdefault(row["Example"].strip(), {"codes": set(), "asked": False})
        info["codes"].add(row["O*NET-SOC Code"])  # type: ignore[union-attr]
        if row["Hot Technology"] == "Y" or row["In Demand"] == "Y":
            info["asked"] = True
    firsts = Counter(e.split()[0] for e in by_example if len(e.split()) > 1)
    terms = []
    for example in sorted(by_example):
        info = by_example[example]
        codes: set[str] = info["codes"]  # type: ignore[assignment]
        if not info["asked"] and len(codes) < 2:
            continue
        base = re.sub(r"\s+software$", "", example, flags=re.IGNORECASE).strip()
        first, *others = base.split()
        parts = split_acronym(base)
        if parts is None and (base != example or english.common(first)) and not any(
                looks_like_name(w) or w[0].isupper() for w in others):
            continue  # "Web browser software", "Software development tools": categories
        term = Term(base, "tool", "onet-technology")
        if parts is not None:
            # "Enterprise resource planning ERP" -> "Enterprise resource planning", "ERP"
            # Postings write the acronym ("CMMS"), so it is the name people see.
            spelled, acronym, rest = parts
            head = base[:base.index(spelled)].strip() if spelled in base else ""
            if rest.lower() in ("system", "systems", "software"):
                rest = ""  # "ERP system" is ERP
            term.meaning[acronym] = alias_key(spelled, False)
            term.add_alias(" ".join(p for p in (head, spelled, rest) if p))
            term.name = " ".join(p for p in (head, acronym, rest) if p)
            term.add_alias(term.name)
        else:
            term.add_alias(base)
        first, *rest = term.name.split()
        if rest and firsts[first] >= VENDOR_MIN and first[0].isupper() and distinctive(
                rest, english):
            term.add_alias(" ".join(rest), english)  # "Autodesk AutoCAD" is written "AutoCAD"
        term.primary = {a for a, e in term.aliases if not e}
        for code in codes:
            term.fields[soc_field(code)] += 1
        term.aliases = [(a, e) for a, e in term.aliases if usable(a, english, titles, False, e)]
        if term.aliases:
            terms.append(term)
    return terms


def onet_tools(folder: Path, english: Words, titles: set[str]) -> list[Term]:
    by_example: dict[str, set[str]] = defaultdict(set)
    segments: dict[str, set[str]] = defaultdict(set)
    for row in read_onet(folder / "Tools Used.txt"):
        if row["Commodity Code"][:2] in DROPPED_SEGMENTS:
            continue
        by_example[row["Example"].strip().strip('"')].add(row["O*NET-SOC Code"])
        segments[row["Example"].strip().strip('"')].add(row["Commodity Code"][:2])
    terms = []
    for example in sorted(by_example):
        codes = by_example[example]
        if not MIN_TOOL_OCCUPATIONS <= len(codes) <= MAX_TOOL_OCCUPATIONS:
            continue
        term = Term(example, "tool", "onet-tools")
        term.add_alias(example)
        parts = split_acronym(example)
        if parts is not None:
            spelled, acronym, rest = parts
            head = example[:example.index(spelled)].strip()
            term.meaning[acronym] = alias_key(spelled, False)
            term.add_alias(" ".join(p for p in (head, acronym, rest) if p))
            term.add_alias(" ".join(p for p in (head, spelled, rest) if p))
        for alias, _exact in list(term.aliases):
            one = singular(alias)
            if one:
                term.add_alias(one)
        term.primary = {a for a, e in term.aliases if not e}
        for code in codes:
            term.fields[soc_field(code)] += 1
        kept = [(a, e) for a, e in term.aliases if usable(a, english, titles, True, e)]
        # The singular of a kept phrase names the same tool, though its last word alone
        # may be an everyday one in another sense ("band saw", "concrete saw", "spirit
        # level": "saw" and "level" are common words, their plurals are not): the
        # plural showed the phrase is the trade's. Tools and machines of the trades only
        # (``TRADE_FIELDS``, ``TOOL_SEGMENTS``).
        plural = {alias_key(a, False) for a, _e in kept if " " in a} \
            if set(term.fields) & TRADE_FIELDS and segments[example] <= TOOL_SEGMENTS \
            else set()
        kept += [(a, e) for a, e in term.aliases if (a, e) not in kept and " " in a
                 and alias_key(a, False) not in titles
                 and any(alias_key(a, False) == alias_key(singular(p) or "", False)
                         for p in plural)]
        term.aliases = [x for x in term.aliases if x in kept]
        if term.aliases:
            terms.append(term)
    return terms


def esco_skills(folder: Path, english: Words, titles: set[str],
                index: OccupationIndex) -> list[Term]:
    rows = list(read_esco(folder / "skills_en.csv"))
    collection: dict[str, str] = {}
    for name, kind in (("transversalSkillsCollection_en.csv", "soft"),
                       ("languageSkillsCollection_en.csv", "language"),
                       ("digitalSkillsCollection_en.csv", "digital")):
        for row in read_esco(folder / name):
            collection.setdefault(row["conceptUri"], kind)
    verbs = Counter(r["preferredLabel"].split()[0].lower() for r in rows
                    if r["skillType"] == "skill/competence" and r["preferredLabel"].split())
    verb_words = {w for w, n in verbs.items() if n >= _VERB_MIN}
    terms = []
    for row in sorted(rows, key=lambda r: r["conceptUri"]):
        group = collection.get(row["conceptUri"])
        if row["skillType"] != "knowledge":
            continue  # skills are verb phrases ("manage claims process") and paraphrases
        own = {w.lower() for w in alias_key(row["preferredLabel"], False).split()} - _STOP
        kept = []
        for number, label in enumerate(labels(row)):
            words = label.split()
            if not words or len(words) > MAX_ESCO_WORDS or words[0].lower() in verb_words or \
                    any(w.lower() in _PARAPHRASE for w in words):
                continue
            if number and not own & set(alias_key(label, False).split()):
                continue  # shares no word with the concept: a broader or related idea
            if usable(label, english, titles, True):
                kept.append(label)
        if group != "language":
            # A one-word concept ("pharmacology", "refrigerants") names a field of
            # knowledge, an umbrella, and is often only a modifier in a longer term
            # ("variable refrigerant flow"); only names ("Haskell") stay.
            kept = [k for k in kept if " " in k.strip() or looks_like_name(k)
                    or k[:1].isupper()]
        if not kept:
            continue
        name = kept[0]
        if group == "language":
            if row["skillType"] != "knowledge" or len(name.split()) != 1:
                continue
            kind = "language"
        elif group == "soft":
            kind = "soft"
        elif group == "digital" and any(w[0].isupper() for w in name.split()):
            kind = "tool"
        else:
            kind = "hard"
        term = Term(name, kind, "esco", primary={row["preferredLabel"].strip()})
        for label in kept:
            term.add_alias(label)
            term.fields.update(index.fields(label))
        terms.append(term)
    return terms


def occupation_titles(onet: Path, esco: Path) -> set[str]:
    """Job titles of both sources, as matcher keys: a title is not a skill."""
    titles = {alias_key(r["Title"], False) for r in read_onet(onet / "Occupation Data.txt")}
    titles |= {alias_key(r["Alternate Title"], False)
               for r in read_onet(onet / "Alternate Titles.txt")}
    for row in read_esco(esco / "occupations_en.csv"):
        titles |= {alias_key(label, False) for label in labels(row)}
    return titles


# ------------------------------------------------------------------ merging


def curated_keys(folder: Path) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """Alias key -> (canonical name, kind) of the curated files, and name -> kind."""
    keys: dict[str, tuple[str, str]] = {}
    kinds: dict[str, str] = {}
    for path in sorted(folder.glob("*.tsv")):
        with path.open(encoding="utf-8") as handle:
            entries, _ = parse_lines(handle, path.stem)
        for entry in entries:
            if entry.phrases_only:
                continue  # resume-only phrases of a skill named elsewhere
            kinds.setdefault(entry.name, entry.kind)
            for alias, exact in entry.aliases:
                keys.setdefault(alias_key(alias, exact), (entry.name, entry.kind))
                keys.setdefault(alias_key(alias, False), (entry.name, entry.kind))
    return keys, kinds


def merge(terms: list[Term], curated: dict[str, tuple[str, str]]) -> list[Term]:
    """Resolve clashes: curated first, then derived terms in source order."""
    curated_names = {name for name, _ in curated.values()}
    # An acronym the data spells out ("Enterprise resource planning ERP") means that;
    # the same letters left after a vendor's name ("SAP ERP") are that category, not a
    # product, so they are dropped there. Two spelled-out meanings: dropped everywhere.
    meanings: dict[str, set[str]] = defaultdict(set)
    for term in terms:
        for acronym, spelled in term.meaning.items():
            meanings[alias_key(acronym, True)].add(spelled)
    for term in terms:
        term.aliases = [(a, e) for a, e in term.aliases
                        if not e or a in term.meaning or alias_key(a, True) not in meanings]
        for alias, exact in term.aliases:
            if exact and alias not in term.meaning:
                meanings[alias_key(alias, True)].add(alias_key(term.name, False))
    taken: dict[str, str] = {}
    out: dict[str, Term] = {}
    for term in terms:
        owner = next((curated[alias_key(a, False)] for a, _ in term.aliases
                      if a in term.primary and alias_key(a, False) in curated), None)
        name, kind = owner if owner else (term.name, term.kind)
        if owner is None and alias_key(name, False) in curated:
            # Its acronym names another curated skill ("CGI"): not this one's name.
            name = next((a for a, e in term.aliases if not e
                         and alias_key(a, False) not in curated), name)
        same = taken.get(alias_key(name, False))
        if owner is None and same is not None:
            name = same  # another source's entry of the same name: one skill
            kind = out[same].kind
        target = out.get(name)
        if target is None:
            # A curated skill's extra aliases are marked "curated": the skill is the team's.
            target = out[name] = Term(name, kind, "curated" if owner else term.source)
        elif target.kind != kind:
            continue
        target.fields.update(term.fields)
        for alias, exact in term.aliases:
            ci = alias_key(alias, False)
            key = alias_key(alias, exact)
            if exact and len(meanings[key]) > 1:
                continue  # an acronym of two different things in the data
            if (ci in curated or key in curated) and curated.get(ci, (None,))[0] != name:
                continue
            if (ci in curated and curated[ci][0] == name) or taken.get(key, name) != name \
                    or taken.get(ci, name) != name:
                continue
            taken[key] = taken[ci] = name
            if (alias, exact) not in target.aliases:
                target.aliases.append((alias, exact))
    kept = []
    for term in out.values():
        if not term.aliases:
            continue
        if term.name not in curated_names and all(
                alias_key(a, False) != alias_key(term.name, False) for a, _ in term.aliases):
            term.name = term.aliases[0][0]  # its own name was filtered out
        kept.append(term)
    return kept


def render(terms: list[Term]) -> str:
    """The JSON the app loads: one entry a line (readable diffs), keys precomputed.

    Each entry is ``[name, kind, fields, source, [[alias, exact, key, closed], ...]]``
    where ``key`` is the alias as the matcher compares it and ``closed`` the key of
    its closed-up spelling ("front-end" -> "frontend") or "". Precomputing them is
    what keeps loading thousands of entries fast (``vocabulary.py`` checks nothing
    else at load; ``tests/engine/test_vocabulary.py`` checks they are current)."""
    counts = Counter(t.source for t in terms)
    rows = []
    for term in sorted(terms, key=lambda t: (t.name.lower(), t.name)):
        fields = [f for f, _ in sorted(term.fields.items(), key=lambda kv: (-kv[1], kv[0]))]
        aliases = [[alias, exact, alias_key(alias, exact), closed_key(alias, exact)]
                   for alias, exact in term.aliases]
        rows.append([term.name, term.kind, fields[:3] or ["general"], term.source, aliases])
    head = {"format": 1, "generator": "scripts/build_vocabulary.py",
            "sources": "O*NET 30.0 Database (USDOL/ETA, CC BY 4.0); ESCO v1.1.1 (European "
                       "Commission); filtered and merged by Resume Tailor, see SOURCES.md",
            "entries_by_source": dict(sorted(counts.items()))}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ', "entries": [']
    lines += [json.dumps(row, ensure_ascii=False) + "," for row in rows]
    if rows:
        lines[-1] = lines[-1][:-1]
    lines.append("]}")
    return "\n".join(lines) + "\n"


def build(onet: Path, esco: Path, curated: Path, common: Path | None) -> tuple[str, Counter[str]]:
    words = Words(common)
    titles = occupation_titles(onet, esco)
    index = OccupationIndex(read_esco(esco / "occupations_en.csv"))
    terms = [*onet_technology(onet, words, titles), *onet_tools(onet, words, titles),
             *esco_skills(esco, words, titles, index)]
    keys, _kinds = curated_keys(curated)
    merged = merge(terms, keys)
    return render(merged), Counter(t.source for t in merged)


def category_relations(onet: Path, vocabulary: Vocabulary) -> dict[str, list[str]]:
    """Skill -> broader skills, from O*NET's commodity column: every technology example
    is filed under a category, and a category that names a skill of the vocabulary by
    its acronym ("Customer relationship management CRM software", "Point of sale POS
    software") or by its whole title ("Geographic information system") is what the
    product shows. A resume with Salesforce shows CRM, with NetSuite ERP. Categories
    named by a plain title ("Accounting software", "Medical software") name no skill
    and give no relation."""
    out: dict[str, set[str]] = defaultdict(set)
    path = onet / "Technology Skills.txt"
    if not path.is_file():
        return {}
    for row in read_onet(path):
        example, title = row["Example"].strip(), row["Commodity Title"].strip()
        skill = vocabulary.lookup(example) or vocabulary.lookup(
            re.sub(r"\s+software$", "", example, flags=re.IGNORECASE))
        if skill is None:
            continue
        names = [w for w in title.split() if _ACRONYM.fullmatch(w) and not w.endswith("s")]
        category = next((c for c in (vocabulary.lookup(n) for n in [*names, title])
                         if c is not None), None)
        if category is not None and category.name != skill.name and category.kind in (
                "tool", "hard") and skill.kind == "tool":
            out[skill.name].add(category.name)
    # The kinds of product O*NET names as "<words> <ACRONYM> software" among its examples
    # ("Electronic health record EHR software"), with the commodity they are filed under.
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in read_onet(path):
        example = row["Example"].strip()
        base = re.sub(r"\s+(?:software|systems?)$", "", example, flags=re.IGNORECASE)
        parts = split_acronym(base) if base != example else None
        if parts is not None:
            # By its words: an acronym alone may be another field's ("EDA").
            kind = vocabulary.lookup(parts[0])
            if kind is not None and kind.kind in ("tool", "hard"):
                for name in (kind.name, *kind.broader):
                    kinds[name].add(row["Commodity Title"].strip())
    for row in read_onet(path):
        # A product's full name that says what kind it is: "EpicCare Ambulatory
        # Electronic Medical Records (EMR) software" files Epic under electronic medical
        # records, "Allscripts Professional EHR" Allscripts under EHR. The product is the
        # tool the name opens with; the kind, one of ``kinds`` named after it and filed
        # under the same commodity ("AWS Elastic MapReduce (EMR)" is no medical record).
        example = row["Example"].strip()
        commodity = row["Commodity Title"].strip()
        if vocabulary.lookup(example) is not None:
            continue
        hits = vocabulary.find(example)
        if len(hits) < 2 or hits[0].start != 0 or hits[0].skill.kind != "tool":
            continue
        product = hits[0].skill
        vendor = {product.name.split()[0].lower(), hits[0].surface.split()[0].lower()}
        for hit in hits[1:]:
            kind = hit.skill
            if kind.name != product.name and commodity in kinds.get(kind.name, ()) \
                    and product.name not in kind.broader \
                    and kind.name.split()[0].lower() not in vendor:  # another of its products
                out[product.name].update((kind.name, *kind.broader))
    return {name: sorted(broader) for name, broader in sorted(out.items())}


def head_relations(onet: Path | None, vocabulary: Vocabulary) -> dict[str, list[str]]:
    """Tool -> the broader tool its name ends with, from O*NET's Tools Used: a tool named
    "<words> <tool>" ("Dial calipers", "Engine lathes", "Angle grinders") is one of the
    tool its last words name, when the vocabulary knows those words as a tool or skill,
    O*NET files the two under one commodity (both "Calipers"), and the tool shares a
    field with the head and with each of the head's broader skills. A resume with dial
    calipers shows calipers, never the reverse. The shared commodity keeps out a name
    whose last word means another thing (a hand truck is no truck, a pressure washer no
    washer); the shared fields keep out a word a curated entry took for its own trade
    (a plant's vacuum furnace is no HVAC furnace: it shares no field with HVAC)."""
    out: dict[str, list[str]] = {}
    if onet is None or not (onet / "Tools Used.txt").is_file():
        return out
    rows = [(row["Example"].strip().strip('"'), row["Commodity Code"].strip())
            for row in read_onet(onet / "Tools Used.txt")]
    filed: dict[str, set[str]] = defaultdict(set)
    for example, code in rows:
        skill = vocabulary.lookup(example)
        if skill is not None:
            filed[skill.name].add(code)
    for example, code in rows:
        skill = vocabulary.lookup(example)
        words = example.split()
        if skill is None or skill.kind != "tool" or len(words) < 2 or skill.name in out:
            continue
        for k in range(1, len(words)):
            head = vocabulary.lookup(" ".join(words[k:]))
            if head is None:
                continue
            if head.name != skill.name and head.kind in ("tool", "hard") \
                    and skill.name not in head.broader and code in filed[head.name] \
                    and code in filed[skill.name] \
                    and all(set(skill.fields) & set(kind.fields) for kind in (
                        head, *(vocabulary.lookup(b) or head for b in head.broader))):
                out[skill.name] = [head.name, *(b for b in head.broader if b != skill.name)]
            break  # the longest known tail is the tool's kind
    return dict(sorted(out.items()))


# A tool's last word that names the work it does: "Insulation resistance testers" do
# insulation resistance testing, "Refrigerant leak detectors" refrigerant leak detection.
# Analyzers are left out: "Circuit analysis" is a subject of study, not what an
# electrician's circuit analyzer (an outlet tester) is used for.
_TOOL_WORKS = {"tester": ("testing", "tests"), "testers": ("testing", "tests"),
               "detector": ("detection",), "detectors": ("detection",)}


def function_relations(vocabulary: Vocabulary) -> dict[str, list[str]]:
    """Tool -> the skill its name says it does: a tool named "<words> tester(s)" or
    "<words> detector(s)" shows "<words> testing" or "<words> detection" when the
    vocabulary knows that as a skill ("Insulation resistance testers" show Insulation
    Resistance Testing, which a posting asks as "megger testing"). A resume names the
    instrument it used; a posting names the work. Never the reverse: a posting asking
    for the tester is not met by the test done with another instrument."""
    out: dict[str, list[str]] = {}
    for skill in vocabulary.skills:
        words = skill.name.split()
        if skill.kind != "tool" or len(words) < 2 or words[-1].lower() not in _TOOL_WORKS:
            continue
        for work in _TOOL_WORKS[words[-1].lower()]:
            done = vocabulary.lookup(" ".join([*words[:-1], work]))
            if done is not None and done.kind == "hard" and done.name != skill.name \
                    and skill.name not in done.broader and done.name not in skill.broader:
                out[skill.name] = [done.name]
                break
    return out


def subject_relations(vocabulary: Vocabulary) -> dict[str, list[str]]:
    """Certification -> the skill it is held in: a credential whose name (or another of
    its names) is a skill of the vocabulary with the credential's own words around it
    ("Certified Payroll Professional": Payroll; "phlebotomy certification": Phlebotomy;
    "Registered Dental Hygienist": Dental Hygiene through "dental hygiene licensure"), as
    ``tailor_app/tailoring/skills/credential_subjects.py`` reads it. The credential's
    holder has shown its subject; never the reverse, and never a longer name inside it
    ("Certified Payroll", the contractor's wage report, is no subject of the Certified
    Payroll Professional: its subject is "Payroll" whole)."""
    out: dict[str, list[str]] = {}
    for skill in vocabulary.skills:
        found = [name for name in subjects(skill, vocabulary.lookup)
                 if skill.name not in (vocabulary.lookup(name) or skill).broader]
        if found:
            out[skill.name] = found
    return out


def onet_commodities(onet: Path | None, vocabulary: Vocabulary) -> dict[str, set[str]]:
    """Skill name -> the O*NET commodity titles its technology examples are filed under."""
    out: dict[str, set[str]] = defaultdict(set)
    if onet is None or not (onet / "Technology Skills.txt").is_file():
        return out
    for row in read_onet(onet / "Technology Skills.txt"):
        example = row["Example"].strip()
        skill = vocabulary.lookup(example) or vocabulary.lookup(
            re.sub(r"\s+software$", "", example, flags=re.IGNORECASE))
        if skill is not None:
            out[skill.name].add(row["Commodity Title"].strip())
    return out


def suite_relations(labels: Iterable[str], vocabulary: Vocabulary,
                    commodities: dict[str, set[str]] | None = None) -> dict[str, list[str]]:
    """Product -> the suite it belongs to, from names the data writes as the suite's
    name followed by the product's ("Microsoft Office Excel", "Microsoft Office
    Outlook" in ESCO and O*NET): a resume with Excel shows Microsoft Office. The suite
    is a tool of the vocabulary named by two words or more; the product is another of
    its tools, named by the rest or by the rest after the suite's first word (its
    vendor: "Microsoft Excel"), and made by the same vendor. A suite holds several
    products: a name the data writes before one product only is that product's brand
    ("Adobe Photoshop Lightroom", "SAP S/4 HANA"), and showing the one shows nothing
    of the other. A suite is another kind of product than its members, so the two are
    filed under different O*NET commodities (``commodities``; both must be filed):
    "Adobe Photoshop CS6" names an edition, not a product inside Photoshop."""
    commodities = commodities or {}
    out: dict[str, list[str]] = defaultdict(list)
    for label in labels:
        words = label.split()
        for k in range(2, len(words)):
            suite = vocabulary.lookup(" ".join(words[:k]))
            if suite is None or suite.kind != "tool" or len(suite.name.split()) < 2:
                continue
            rest = " ".join(words[k:])
            product = vocabulary.lookup(f"{words[0]} {rest}") or vocabulary.lookup(rest)
            if (product is not None and product.kind == "tool" and product.name != suite.name
                    and product.name.split()[0] == suite.name.split()[0]
                    and suite.name not in product.broader
                    and commodities.get(suite.name) and commodities.get(product.name)
                    and commodities[suite.name].isdisjoint(commodities[product.name])
                    and suite.name not in out[product.name]):
                out[product.name].append(suite.name)
            break
    members = Counter(suite for suites in out.values() for suite in suites)
    kept = {name: [s for s in suites if members[s] >= 2] for name, suites in sorted(out.items())}
    return {name: suites for name, suites in kept.items() if suites}


def _data_labels(onet: Path | None, esco: Path | None) -> Iterator[str]:
    """Every product or skill name O*NET's technology examples and ESCO's labels give."""
    if onet is not None and (onet / "Technology Skills.txt").is_file():
        for row in read_onet(onet / "Technology Skills.txt"):
            yield row["Example"].strip()
    if esco is not None and (esco / "skills_en.csv").is_file():
        for row in read_esco(esco / "skills_en.csv"):
            yield row["preferredLabel"].strip()
            yield from (a.strip() for a in row.get("altLabels", "").split("\n") if a.strip())


def render_splits(curated: Path, generated: Path, onet: Path | None = None,
                  esco: Path | None = None) -> str:
    """``generated/narrower.json``: the curated aliases that name narrower skills (see
    ``tailor_app/tailoring/skills/narrower.py``), worked out here so that loading the
    vocabulary does not pay for it. Needs only the curated files and the derived
    vocabulary, so ``--splits-only`` rewrites it after a curated file changes."""
    entries = []
    for path in sorted(curated.glob("*.tsv")):
        with path.open(encoding="utf-8") as handle:
            entries.extend(parse_lines(handle, path.stem)[0])
    entries.extend(parse_generated(generated.read_text(encoding="utf-8"), generated.name)[0])
    splits = narrower_splits(entries)
    vocabulary = Vocabulary(entries, splits=splits)
    relations = category_relations(onet, vocabulary) if onet else {}
    suites_of = suite_relations(_data_labels(onet, esco), vocabulary,
                                onet_commodities(onet, vocabulary))
    for name, suites in suites_of.items():
        relations[name] = [*relations.get(name, []),
                           *(s for s in suites if s not in relations.get(name, []))]
    for name, heads in head_relations(onet, vocabulary).items():
        relations[name] = [*relations.get(name, []),
                           *(h for h in heads if h not in relations.get(name, []))]
    for name, held_in in subject_relations(vocabulary).items():
        relations[name] = [*relations.get(name, []),
                           *(s for s in held_in if s not in relations.get(name, []))]
    for name, works in function_relations(vocabulary).items():
        relations[name] = [*relations.get(name, []),
                           *(w for w in works if w not in relations.get(name, []))]
    relations = dict(sorted(relations.items()))
    head = {"format": 1, "generator": "scripts/build_vocabulary.py",
            "about": "splits: curated skill -> groups of its aliases that name narrower "
                     "skills; broader: skill -> the O*NET categories and the suites "
                     "(ESCO, O*NET) it shows, the tool its name ends with (O*NET), and the "
                     "work a tester or detector is named for"}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ', "splits": {']
    lines += [f"{json.dumps(name, ensure_ascii=False)}: "
              f"{json.dumps(groups, ensure_ascii=False)}," for name, groups in
              sorted(splits.items())]
    if splits:
        lines[-1] = lines[-1][:-1]
    lines.append('}, "broader": {')
    lines += [f"{json.dumps(name, ensure_ascii=False)}: "
              f"{json.dumps(broader, ensure_ascii=False)}," for name, broader in
              relations.items()]
    if relations:
        lines[-1] = lines[-1][:-1]
    lines.append("}}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    shared = ROOT.parent.parent / "shared" / "data"
    if not shared.is_dir():
        shared = ROOT.parent / "shared" / "data"
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--onet", type=Path, default=shared / "onet")
    parser.add_argument("--esco", type=Path, default=shared / "esco")
    parser.add_argument("--curated", type=Path, default=ROOT / "resources" / "skills")
    parser.add_argument("--common-words", type=Path, default=None,
                        help="words of everyday English, one per line (default: wordfreq)")
    parser.add_argument("--out", type=Path,
                        default=ROOT / "resources" / "skills" / "generated" / "vocabulary.json")
    parser.add_argument("--splits-only", action="store_true",
                        help="only rewrite generated/narrower.json from the curated files")
    args = parser.parse_args(argv)
    if not args.splits_only:
        text, counts = build(args.onet, args.esco, args.curated, args.common_words)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8", newline="\n")
        sys.stdout.write(f"wrote {args.out}: "
                         + ", ".join(f"{s} {n}" for s, n in sorted(counts.items())) + "\n")
    splits = args.out.parent / "narrower.json"
    splits.write_text(render_splits(args.curated, args.out, args.onet, args.esco), encoding="utf-8",
                      newline="\n")
    sys.stdout.write(f"wrote {splits}\n")
    # Last, from the files just written: the tables the app reads instead of building.
    compiled = args.out.parent / COMPILED_FILE
    compiled.write_text(render_compiled(sorted(args.curated.glob("*.tsv")), [args.out, splits]),
                        encoding="utf-8", newline="\n")
    sys.stdout.write(f"wrote {compiled}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
