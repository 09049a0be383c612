"""Which aliases of a curated skill name the same skill, and which name a narrower one.

The curated files grew by listing, under one skill, every word that shows it: under
Welding "GMAW" and "structural welding", under Front Desk Operations "night audit",
under Allen-Bradley "ControlLogix". Read from a resume that is right (a welder who
lists GMAW can weld), but read from a posting it is wrong: a posting that asks for
GMAW was reported as asking for "Welding", and a resume showing any welding at all
was told it had GMAW. A specific term must stay its own skill, with the broader
one as its relation: showing the narrower skill shows the broader one, never the
reverse.

An alias is the same skill when its words are the canonical name's words (in any
order, inflected, with or without a generic word such as "software" or
"certification" or a vendor's name in front), when it is the canonical name's
acronym or its initials spell the canonical name, or when one is a prefix of the
other ("Postgres", "Golang"). Anything else names another thing: a kind of the
skill ("structural welding"), a part of it ("night audit"), a product of the
vendor ("ControlLogix") or an acronym of something else ("GMAW"). The rule is about
the words, never about particular skills.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["Canonical", "group_key", "is_synonym", "join_acronym_groups", "vendor_words"]

_STOP = frozenset({"of", "and", "for", "the", "to", "in", "on", "or", "with", "a", "an", "&",
                   "vs", "per"})
# Words that add no meaning to a skill's name: what kind of thing it is, not which.
_GENERIC = frozenset({
    "software", "skill", "skills", "tool", "tools", "certification", "certificate",
    "certified", "license", "licence", "licensure", "licensed", "system", "systems",
    "platform", "suite", "knowledge", "experience", "proficiency", "proficient",
    "methodology", "methodologies", "method", "methods", "technique", "techniques",
    "practice", "practices", "principles", "process", "processes", "program", "programs",
    "service", "services", "management", "ms", "online", "cloud", "basics", "general",
    "advanced", "applied", "professional", "expertise", "ability", "abilities",
    # a credential's state, not which credential: "valid driver's license"
    "valid", "current", "active",
})
_WORD = re.compile(r"[A-Za-z0-9+#]+")
_SPLIT = re.compile(r"[^A-Za-z0-9+#]+")
_CAMEL_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9+#]+")
STEM = 5  # letters of a word that decide its stem ("statistics" = "statistical")


_SUFFIX = re.compile(r"(?:ing|ers?|ed|ions?|al|ists?|ments?|s)$")
# Words of how much of the skill, not which kind of it: "complex calendar management",
# "end-to-end project management", "day-to-day operations", "domestic and international
# travel arrangements" are the skill itself; so is a role that carries it ("a
# quota-carrying role": quota attainment). Split off as narrower skills, a posting that
# wrote one beside the plain name asked the one skill twice, and a resume showing it was
# told it lacked the longer name. "Full-cycle recruiting" stays a skill of its own (a
# recruiter's whole process, asked and shown as such).
_SCOPE = re.compile(
    r"\b(?:end[ -]to[ -]end|day[ -]to[ -]day|domestic and international|complex)\b"
    r"|(?<=\w)-(?:carrying|bearing)\b",
    re.IGNORECASE)


# British spellings, as the American ones: "moulding", "colour", "paediatric", "centre".
_BRITISH = ((re.compile(r"(?<=m)ould"), "old"), (re.compile(r"(?<=\w\w)our(?![aeiouy])"), "or"),
            (re.compile(r"(?<=\w)ae"), "e"), (re.compile(r"(?<=\w\w)tre$"), "ter"))


# A number written as a word is its digits: "three-phase power" and "3-phase power",
# "two-way radio" and "2-way radio" are one term.
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                 "seven": "7", "eight": "8", "nine": "9", "ten": "10", "twelve": "12"}


def _singular(low: str) -> str:
    """A plural's singular, so that a plural and its singular have one stem: "entries"
    is "entry" (not "entri" beside "entry"), "lists" "list" and "saws" "saw" (a short
    word's or an "-ists" word's "s" escaped the endings below). "ss", "us" and "is"
    are no plural ("glass", "status", "analysis")."""
    if len(low) > 4 and low.endswith("ies"):
        return low[:-3] + "y"
    if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low


def _stem(word: str) -> str:
    """The first letters of a word without its ending: "welder" and "welding" are
    "weld", "statistics" and "statistical" "stati", "blogging" and "blog" "blog";
    a British spelling is the American one ("moulding" = "molding")."""
    low = _singular(word.lower())
    low = _NUMBER_WORDS.get(low, low)
    for pattern, american in _BRITISH:
        low = pattern.sub(american, low)
    if len(low) > 4:
        cut = _SUFFIX.sub("", low)
        if len(cut) >= 3 and cut != low:
            if len(cut) > 3 and cut[-1] == cut[-2] and cut[-1] not in "lsz":
                cut = cut[:-1]  # "blogg-ing", "plann-ing", "shipp-ing"
            low = cut
    return low[:STEM]


def _words(text: str) -> list[str]:
    return [w for w in _SPLIT.split(text) if w]


def _stems(text: str, vendors: frozenset[str]) -> set[str]:
    out = set()
    for word in _words(text):
        low = word.lower()
        if low != "s" and low not in _STOP and low not in _GENERIC and low not in vendors:
            # a lone "s" is a possessive's ("driver's"), not a word
            out.add(_stem(low))
    return out


def _initials(text: str) -> set[str]:
    """The letters an acronym of ``text`` may be: each word's first letter, or each part's
    of a word written in camel case ("JavaScript" -> "js"), or its capitals ("CPhT")."""
    words = [w for w in _words(text) if w.lower() not in _STOP]
    plain = "".join(w[0] for w in words)
    parts = "".join(p[0] for w in words for p in (_CAMEL_PART.findall(w) or [w]))
    capitals = "".join(c for c in text if c.isupper())
    return {plain.lower(), parts.lower(), capitals.lower()} - {""}


def _letters(text: str) -> str:
    return "".join(_words(text)).lower()


def group_key(alias: str, vendors: frozenset[str] = frozenset()) -> frozenset[str]:
    """Aliases with one key are spellings of one term ("note-taking", "note taking")."""
    return frozenset(_stems(alias, vendors)) or frozenset({_letters(alias)})


def _abbreviates(short: str, full: str) -> bool:
    """Is ``short`` a shortening of ``full``: its letters in order from the first
    ("Postgres", "sklearn", "JS") or a numeronym ("k8s" = "kubernetes")?"""
    if not short or not full or short[0] != full[0] or len(short) > 8:
        return False
    numeronym = re.fullmatch(r"([a-z])(\d+)([a-z])", short)
    if numeronym:
        return int(numeronym.group(2)) == len(full) - 2 and full[-1] == short[-1]
    rest = iter(full)
    return all(c in rest for c in short)


class Canonical:
    """What :func:`is_synonym` compares an alias with, worked out once per skill."""

    __slots__ = ("initials", "letters", "name", "product", "stems", "vendors")

    def __init__(self, name: str, vendors: frozenset[str] = frozenset()) -> None:
        self.vendors = vendors
        self.name = name
        self.stems = _stems(name, vendors)
        self.letters = _letters(name)
        self.initials = _initials(name)
        # A product's own letters without its maker's name: "Amazon SQS" -> "sqs".
        words = _words(name)
        maker = len(words) > 1 and words[0][:1].isupper() and not words[0].isupper() and (
            words[0].lower() in vendors or all(w.isupper() for w in words[1:]))
        self.product = _letters(" ".join(words[1:])) if maker else ""


def _vendor_swap(alias: str, own: Canonical) -> bool:
    """The same product under another maker's word: "AWS SQS" and "Amazon SQS", "MS
    Dynamics CRM" and "Microsoft Dynamics CRM", "Refinitiv Eikon" and "Thomson Reuters
    Eikon" (one capitalised word or two before the same name)."""
    a, b = _words(alias), _words(own.name)
    for cut_a in (1, 2):
        for cut_b in (1, 2):
            rest_a, rest_b = a[cut_a:], b[cut_b:]
            if not rest_a or [w.lower() for w in rest_a] != [w.lower() for w in rest_b]:
                continue
            # The maker's word is an acronym ("AWS", "MS", "GH") before any product name,
            # or any name before a product's coined name ("SQS", "CloudFront", "Route
            # 53"); never before a plain word ("RF design" is no Circuit Design, "Stark
            # Law" no Healthcare Law), nor joined to it ("PA-DSS" is no PCI DSS).
            if f"{a[cut_a - 1]}-" in alias or not all(w[:1].isupper() for w in a[:cut_a]):
                continue
            acronym = all(w.isupper() and len(w) > 1 for w in a[:cut_a])
            coined = any(_COINED.search(w) for w in rest_a)
            if coined or (acronym and any(w[:1].isupper() for w in rest_a)):
                return True
    return False


# A coined product name: an acronym, a capital inside the word, or a figure.
_COINED = re.compile(r"^[A-Z0-9]{2,}$|^.+[A-Z]|\d")


def is_synonym(alias: str, canonical: str | Canonical,
               vendors: frozenset[str] = frozenset()) -> bool:
    """Does ``alias`` name the skill ``canonical`` itself (see the module docstring)?"""
    own = canonical if isinstance(canonical, Canonical) else Canonical(canonical, vendors)
    if not _SCOPE.search(own.name):  # "Full-Cycle Sales" keeps its own words
        alias = _SCOPE.sub(" ", alias).strip() or alias
    alias_stems = _stems(alias, own.vendors)
    if not alias_stems or not own.stems or alias_stems <= own.stems:
        return True  # the same words, or fewer of them
    letters = _letters(re.sub(r"(?<=[A-Z])s$", "", alias.strip()))  # "IEPs" is "IEP"
    words = _words(alias)
    if letters == own.letters or letters in own.initials or _abbreviates(letters, own.letters) \
            or (len(words) == 1 and letters.startswith(own.letters)):
        return True  # the acronym, a shortening, or one word made longer ("Golang")
    if len(words) > 1 and (own.letters in _initials(alias)
                           or (words[0].isupper() and words[0].lower() in own.initials)):
        return True  # spelled out, or the acronym with what is done with it ("AWS services")
    if own.product and len(own.product) >= 3 and (
            own.product in _initials(alias) or letters == own.product):
        return True  # the product without its maker: "Simple Queue Service" is Amazon SQS
    if _vendor_swap(alias, own) or _shortened(alias, own.name) or _shortened(own.name, alias):
        return True
    if _spelled_in_place(own.name, alias) or _spelled_in_place(alias, own.name):
        return True  # "purchase order matching" is PO Matching, "AP aging" accounts payable aging
    if alias_stems > own.stems:
        # More words. Plain words after the name say what is done with it ("Power BI
        # dashboards", "SQL queries": the same skill), a name after it is a module or
        # edition ("SolidWorks Simulation", "ANSYS Mechanical": narrower), an acronym
        # after it the kind of product ("Epic EHR": the same); a vendor's
        # or process's name in front keeps the skill ("MIG welding"); a plain word in
        # front makes a kind of it ("structural welding", "staff scheduling").
        extra = [n for n, w in enumerate(words) if _stem(w) in alias_stems - own.stems]
        own_at = [n for n, w in enumerate(words) if _stem(w) in own.stems]
        named = all(words[n][0].isupper() for n in extra)
        if own_at and min(extra) > max(own_at):
            # ... but an acronym after it says what kind of product it is ("Epic EHR").
            return not named or all(words[n].isupper() for n in extra)
        return named
    return False


_ACRONYM = re.compile(r"[A-Z](?:[A-Z0-9]|&(?=[A-Z]))*[A-Z0-9](?:s)?")


def _acronym_letters(alias: str) -> str | None:
    """The letters of an all-capitals alias, its plural "s" and any "&" dropped ("VFDs"
    -> "vfd", "P&L" -> "pl")."""
    alias = alias.strip()
    if not _ACRONYM.fullmatch(alias):
        return None
    return (alias[:-1] if alias.endswith("s") else alias).replace("&", "").lower()


def _same_term(acronym: str, other: str) -> bool:
    """Is ``other`` the term the acronym stands for ("variable frequency drives" for
    "VFD"), or the same acronym in another number ("VFDs")? An acronym may keep the
    letter of a small word: "BOL" is "bill of lading", "HOS" "hours of service"."""
    letters = _acronym_letters(acronym)
    if letters is None or len(letters) < 2:
        return False
    if _acronym_letters(other) == letters:
        return True
    every = _words(other)
    words = [w for w in every if w.lower() not in _STOP]
    if not words or words[0].isupper():
        return False
    return letters in ("".join(w[0] for w in words).lower(),
                       "".join(w[0] for w in every).lower())


def _spelled_in_place(short: str, full: str) -> bool:
    """Is ``full`` the name ``short`` with one of its acronyms spelled out where it stands
    ("purchase order matching" for "PO Matching", "general ledger coding" for "GL
    Coding", "Square Point of Sale" for "Square POS")? The words around the acronym are
    the same words (by stem); the acronym's letters are the spelled words' initials, as
    ``_same_term`` reads them. Only a whole name's acronym was read before, so each such
    pair was split into a narrower skill and its broader one: a posting asking "purchase
    order matching" was told a resume's "PO matching" did not show it."""
    short_words, full_words = _words(short), _words(full)
    for at, word in enumerate(short_words):
        if _acronym_letters(word) is None or len(full_words) <= len(short_words):
            continue
        head, tail = short_words[:at], short_words[at + 1:]
        end = len(full_words) - len(tail)
        if [_stem(w) for w in full_words[:at]] != [_stem(w) for w in head] or (
                [_stem(w) for w in full_words[end:]] != [_stem(w) for w in tail]):
            continue
        middle = full_words[at:end]
        # Spelled in plain words: "Truckload and LTL" holds another acronym ("TL
        # shipping" is one half of "Truckload and LTL Shipping", not its name).
        if middle and not any(w.isupper() for w in middle) and _same_term(
                word, " ".join(middle)):
            return True
    return False


def _shortened(short: str, other: str) -> bool:
    """Is ``short`` ``other`` with a word cut short ("temp logs" for "temperature logs",
    "workers' comp" for "workers' compensation")? The same number of words, each the
    start of the other's word in its place; a cut word keeps four letters or more and
    less than half the word, so a compound's first part ("data" of "database") is not
    one."""
    a, b = _words(short.lower()), _words(other.lower())
    if len(a) != len(b) or len(a) < 2 or a == b:
        return False
    return all(x == y or (4 <= len(x) < len(y) / 2 and y.startswith(x))
               for x, y in zip(a, b, strict=True))


_CONTRACTION = re.compile(r"(?:[A-Z][a-z]+){2,}")


def _contraction(short: str, other: str) -> bool:
    """Is ``short`` a word made of the first letters of ``other``'s words, each part
    capitalised ("InfoSec" = "information security", "RevOps" = "Rev Ops", "WiFi" =
    "Wi-Fi")?"""
    if not _CONTRACTION.fullmatch(short.strip()):
        return False
    parts = re.findall(r"[A-Z][a-z]+", short)
    words = [w.lower() for w in _words(other) if w.lower() not in _STOP]
    return len(words) == len(parts) and all(
        w.startswith(p.lower()) for p, w in zip(parts, words, strict=True))


def _closed_up(one: str, other: str) -> bool:
    """Are ``one`` and ``other`` one term written open, closed up or hyphenated, in
    either number ("key holder" and "keyholder", "help desk" and "helpdesk", "make-ready"
    and "make readies")? Their word groups differ, their letters do not."""
    def compact(text: str) -> str:
        return _singular("".join(_words(text)).lower())
    return compact(one) == compact(other)


def join_acronym_groups(groups: list[list[str]]) -> list[list[str]]:
    """Groups of spellings (see ``group_key``) joined where one is the other's acronym
    or contraction, or the same letters closed up: "VFD", "VFDs" and "variable
    frequency drives" are one narrower term, not three; so are "InfoSec" and
    "information security", and "help desk" and "helpdesk".
    The first group of each join keeps its place, so the term keeps its name. A group
    that is the same term as two kept ones joins them: "FCR" stands for both "first
    call resolution" and "first contact resolution"."""
    out: list[list[str]] = []
    for group in groups:
        homes = [kept for kept in out
                 if any(_same_term(a, b) or _same_term(b, a) or _contraction(a, b)
                        or _contraction(b, a) or _shortened(a, b) or _shortened(b, a)
                        or _closed_up(a, b) for a in group for b in kept)]
        if not homes:
            out.append(list(group))
            continue
        home = homes[0]
        for other in homes[1:]:
            home.extend(a for a in other if a not in home)
            out.remove(other)
        home.extend(a for a in group if a not in home)
    return out


_LOWER_WORD = re.compile(r"\b[a-z][\w'-]*")


def vendor_words(products: Iterable[str], curated_aliases: Iterable[str],
                 at_least: int = 3) -> frozenset[str]:
    """Lower-case first words that open ``at_least`` product names ("Microsoft Excel",
    "Adobe Photoshop", "Esri ArcGIS": ``products`` are O*NET's technology examples,
    which are written with their vendor): a vendor's name says whose product it is,
    not which skill. A word the curated aliases write in lower case ("medical",
    "scientific") is an ordinary word, not a vendor."""
    counts: dict[str, int] = {}
    for name in products:
        words = name.split(" ")
        if len(words) > 1 and words[0][:1].isupper():
            counts[words[0].lower()] = counts.get(words[0].lower(), 0) + 1
    ordinary = {w for alias in curated_aliases for w in _LOWER_WORD.findall(alias)}
    return frozenset(w for w, n in counts.items() if n >= at_least and w not in ordinary)
