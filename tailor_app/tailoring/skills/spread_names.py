"""An asked name whose words a resume line spreads out, or writes in part by another
name of the same thing.

- **A word or two inside the name**: "Ran an electric walkie rider pallet jack" shows an
  Electric pallet jack: the name's first words, at most two more words, then its last
  words. Only for names of three words or more (a two-word name changes its sense with a
  word set inside it: "financial aid statements" are no financial statements), and
  never across "and", "or", a small word, a comma or a figure ("electric forklift and
  pallet jack" names a forklift as electric, not the jack).
- **A kind before a shared head**: "the daily revenue and occupancy reports" shows a
  Daily revenue report: the name's first words, then "and", "or", "&" or a slash and
  one to three words, then the name's other words (each kind is read with the head);
  so "child support and tax levy withholding orders" writes "child support withholding
  orders", a spelling of Wage Garnishments. ``shared_head.py`` reads one-word kinds
  before a vocabulary name; this reads the asked name and its skill's spellings,
  however many words open them.
- **A gerund's verb joined by a hyphen**: "redact and Bates-number productions" shows
  Bates numbering, "spot-checked pallets" spot checking: a two-word name ending in
  "-ing", its first word, a hyphen, the verb (a hyphen makes the two one verb, so a
  noun phrase such as "care plans" never shows care planning).
- **The last words by another name**: "Service packaged RTUs" shows Packaged rooftop
  units, as "rooftop units" and "RTUs" are one vocabulary skill: the first words, then a
  resume hit of the skill the last words name.
- **An acronym with its kind's word**: "CAUTI prevention" is shown by "CAUTI"
  ("CLABSI/CAUTI bundles") when both are narrower skills of one broader skill whose name
  holds the word ("Device-Associated Infection Prevention"): within that skill, the
  acronym names the same work with or without its word.

Each reading needs every word of the name in the resume at all, so most asks are
ruled out before any pattern is made; a name's acronym on the resume is read only as
the vocabulary found it.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.entries import SkillHit
from tailor_app.tailoring.skills.evidence import ResumeLine, quoted_by
from tailor_app.tailoring.skills.number_words import number_variants
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["acronym_with_kind_word", "spread_name"]

_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
# Words that end a noun phrase or open another: never inside a name's spread.
_BREAKS = ("and|or|nor|but|of|for|to|in|on|at|by|with|from|into|onto|over|under|the|a|an"
           "|as|per|via|than|then|while|each|every|their|our|its|his|her|my|your")
# One word set inside a name: a word of letters, or a count's compound ("3-week").
_INSIDE = rf"(?:(?!(?:{_BREAKS})\b)[A-Za-z][A-Za-z'-]*|[0-9]+-[A-Za-z]+)"
_NAME_PART = re.compile(r"[A-Za-z0-9][A-Za-z0-9']*")
_JOIN = r"(?:[ \t]+(?:and|or|&)[ \t]+|[ \t]*/[ \t]*)"
_SKIPPED = ("contact", "heading")


def _word(word: str) -> str:
    return re.escape(word)


def _last(word: str) -> tuple[str, str]:
    """The name's last word in either number ("report" or "reports", "jacks" or "jack"),
    and the letters every form of it starts with."""
    low = word.lower()
    if low.endswith("ies") and len(low) > 4:
        return rf"{re.escape(word[:-3])}(?:y|ies)", word[:-3]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return rf"{re.escape(word[:-1])}(?:s|es)?", word[:-1]
    return rf"{re.escape(word)}(?:s|es)?", word


@functools.lru_cache(maxsize=2048)  # a pure function of a name
def _forms(name: str) -> tuple[tuple[re.Pattern[str], ...], tuple[str, ...]]:
    """The spread-out forms of ``name`` (see the module docstring), () for a name of
    fewer than three words or of words other than letters; and what every match of
    them holds, lower-cased: the name's words as written (the last one's stem, the
    gerund's shortest verb). The words are ASCII, so on an ASCII line a match needs
    each of them in the lower-cased line."""
    pieces = re.split(r"([ \t-]+)", name.strip())
    words, joints = pieces[::2], pieces[1::2]
    if not all(_NAME_PART.fullmatch(w) for w in words):
        return (), ()
    if len(words) == 2 and words[1].lower().endswith("ing") and len(words[1]) > 6:
        # "Bates numbering" as "Bates-number productions", "Spot checking" as
        # "spot-checked": the verb joined to its first word by a hyphen.
        verb = words[1][:-3]
        stems = {verb, verb + "e"} | ({verb[:-1]} if verb[-1] == verb[-2] else set())
        body = "|".join(re.escape(v) for v in sorted(stems, key=len, reverse=True))
        return (re.compile(rf"(?<![\w-]){_word(words[0])}-(?:{body})(?:s|es|ed|d)?(?![\w-])",
                           re.IGNORECASE),), (words[0].lower(), min(stems, key=len).lower())
    if len(words) < 3:
        return (), ()
    # A hyphen of the name may be closed up ("look-ahead", "lookahead"); a space may not.
    glue = [r"[ \t-]?" if "-" in j else r"[ \t-]+" for j in joints]

    def joined(start: int, end: int) -> str:
        parts = [_word(w) for w in words[start:end]]
        if end == len(words):
            parts[-1] = _last(words[-1])[0]
        return "".join(p + (glue[start + k] if start + k < end - 1 else "")
                       for k, p in enumerate(parts))

    out = []
    for cut in range(1, len(words)):
        first, rest = joined(0, cut), joined(cut, len(words))
        out.append(rf"{first}(?:[ \t-]+{_INSIDE}){{1,2}}[ \t-]+{rest}")
        # "child support and tax levy withholding orders": child support withholding
        # orders, the kind before "and", the name's rest after the other kind
        out.append(rf"{first}{_JOIN}{_INSIDE}(?:[ \t-]+{_INSIDE}){{0,2}}[ \t-]+{rest}")
    needles = (*(w.lower() for w in words[:-1]), _last(words[-1])[1].lower())
    return tuple(re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)
                 for body in out), needles


@functools.lru_cache(maxsize=4096)  # a pure function of a name
def _word_starts(name: str) -> tuple[str, ...] | None:
    """The first letters of each word of ``name`` that ``_in_resume`` looks for, or
    None for a name of one word."""
    words = [w.lower() for w in re.split(r"[ \t-]+", name.strip())]
    return tuple(w.rstrip("s")[:4] for w in words) if len(words) >= 2 else None


@functools.lru_cache(maxsize=8192)  # a pure function; a job's asks share their words
def _has(start: str, resume_low: str) -> bool:
    """Is ``start`` in the resume? Asked once per word start and resume ("pall",
    "jack"), not once per name of every ask (a string's hash is kept in it, so the
    resume as a key costs no more than a short word)."""
    return start in resume_low


def _in_resume(name: str, resume_low: str) -> bool:
    starts = _word_starts(name)
    return starts is not None and all(_has(start, resume_low) for start in starts)


@functools.lru_cache(maxsize=2048)  # a pure function of the names
def _spellings(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names and their counts' other spellings ("2-week" for "Two-week"), each
    once, in order."""
    out = [*names, *(v for n in names for v in number_variants(n))]
    return tuple(dict.fromkeys(out))


def spread_name(mention: SkillMention, lines: list[ResumeLine], resume_low: str,
                vocabulary: Vocabulary) -> tuple[float, SkillMatch | None]:
    """(credit, match) when a resume line writes the asked name, or one of its
    vocabulary skill's spellings, with a word or two set inside it or a kind coordinated
    before its head (the module's first two readings), else (0.0, None)."""
    if mention.kind not in ("hard", "tool"):
        return 0.0, None
    skill = vocabulary.lookup(mention.name)
    # ("2-week" for "Two-week"; the spellings, their words and patterns are made once
    # per skill, not once per ask)
    names = [name for name in _spellings((mention.name, *(() if skill is None else
                                                         skill.aliases)))
             if _in_resume(name, resume_low) and _forms(name)[0]]
    if not names:
        return 0.0, None
    patterns = tuple(p for name in names for p in _forms(name)[0])
    needles = [_forms(name)[1] for name in names]
    # Only the lines that hold every word of one of the names can show it: an ASCII
    # line without them is passed over before any pattern is tried on it.
    return quoted_by(mention, [line for line in lines if not line.text.isascii() or any(
        all(n in low for n in words) for low in (line.text.lower(),) for words in needles)],
        patterns, _SKIPPED)


def _kind_words(name: str) -> frozenset[str]:
    return frozenset(w.lower().rstrip("s") for w in _NAME_WORD.findall(name))


def acronym_with_kind_word(mention: SkillMention,
                           shown: dict[str, list[tuple[ResumeLine, SkillHit]]],
                           vocabulary: Vocabulary) -> list[tuple[ResumeLine, SkillHit]]:
    """The resume's hits for the last two readings of the module docstring: the name's
    last words by another name of one vocabulary skill ("packaged RTUs"), or its bare
    acronym when the rest is its broader skill's own word ("CAUTI" for "CAUTI
    prevention"); [] when there are none."""
    words = mention.name.split()
    if len(words) < 2 or mention.kind not in ("hard", "tool"):
        return []
    first = words[0]
    if len(words) == 2 and re.fullmatch(r"[A-Z]{3,6}", first):
        bare, asked = vocabulary.lookup(first), vocabulary.lookup(mention.name)
        if bare is None or asked is None or bare.name == asked.name:
            return []
        common = set(bare.broader) & set(asked.broader)
        if any(words[1].lower().rstrip("s") in _kind_words(b) for b in common):
            return list(shown.get(bare.name, []))
        return []
    # "Packaged rooftop units": "packaged" + a hit of Rooftop Units ("RTUs").
    for cut in range(1, len(words) - 1):
        rest = vocabulary.lookup(" ".join(words[cut:]))
        if rest is None or rest.name not in shown:
            continue
        before = r"(?<![\w-])(?i:" + r"[ \t-]+".join(_word(w) for w in words[:cut]) + r")[ \t-]+"
        # (a hit's offsets are the joined text's, not its line's: the line is searched)
        found = [(line, hit) for line, hit in shown[rest.name]
                 if line.part not in _SKIPPED
                 and re.search(before + re.escape(hit.surface) + r"(?![\w-])", line.text)]
        if found:
            return found
    return []
