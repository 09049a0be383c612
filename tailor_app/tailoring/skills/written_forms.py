"""One name written another way: forms of the same word or acronym that the vocabulary's
matcher does not fold and no other reader tries.

- A closed compound written open: the posting's "dielines" or "closeout" is the
  resume's "die line" or "close out". Any split of the word into two parts of three
  letters or more, written with a space or a hyphen; the first part is never a
  preposition or particle ("over time" is no overtime, "back up the desk" no backups),
  and only a second part that is a particle lets the first be inflected ("closed out
  the punch list" is a closeout).
- An acronym asked in the plural ("PTAs", "CNAs") shown by the singular: the name of
  one, as a resume writes its own title.
- An acronym shown by the hyphenated compound it stands for, every part's initial in
  order: "OTC" is "over-the-counter", "POC" "point-of-care". The hyphens make the
  words one fixed term, so plain words in a sentence never spell an acronym by chance.
- Equipment named in the plural ("Concrete saws", "Hot packs") shown by the singular
  ("a walk-behind concrete saw"): the vocabulary folds plurals for skills only, as tools
  are mostly product names; a name whose words after the first are lower case is a
  kind of equipment, not a product.
"""

from __future__ import annotations

import functools
import re

from tailor_app.tailoring.caseless import stands_in
from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine, quoted_by

__all__ = ["other_written_form"]

# Particles and prepositions: never the first part of a split compound.
_PARTICLES = frozenset({"out", "up", "off", "in", "on", "down", "over", "back", "through",
                        "away", "under", "by", "for", "to", "with", "at", "of", "and",
                        "the", "not", "all", "any", "one", "non", "pre", "sub", "re"})
# A second part that makes the open form a phrasal verb ("close out", "check in").
_VERB_PARTICLES = frozenset({"out", "up", "off", "in", "down", "over", "through"})
_MIN_PART = 3


def _open_compound(word: str) -> list[str] | None:
    """The patterns for ``word`` (a closed compound, maybe plural) written as two words,
    one for each place it may split (each opens with the word's first letter)."""
    low = word.lower()
    if not low.isalpha() or len(low) < 7:
        return None
    if low.endswith("s") and not low.endswith("ss"):
        low = low[:-1]  # "dielines": a plural or not, as the resume writes it
    splits = []
    for k in range(_MIN_PART, len(low) - _MIN_PART + 1):
        first, second = low[:k], low[k:]
        if first in _PARTICLES:
            continue
        inflected = "(?:ed|d|ing|s)?" if second in _VERB_PARTICLES else ""
        splits.append(rf"{re.escape(first)}{inflected}[ \t-]{re.escape(second)}")
    return splits or None


def _hyphenated_initials(acronym: str) -> str:
    """``acronym`` as a hyphenated compound of its initials: "OTC" -> over-the-counter."""
    return "-".join(rf"{c.lower()}[a-z]*" for c in acronym)


@functools.lru_cache(maxsize=2048)
def _patterns(name: str, kind: str
              ) -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]:
    """(pieces every match holds, in lower case and apart by spaces; the pattern; its
    gate) for each other form. The gate is the case-insensitive pattern written in lower
    case, without the flag, for the lower-cased resume (see ``_gate``); None for a form
    whose case counts."""
    out: list[tuple[str, re.Pattern[str], re.Pattern[str] | None]] = []
    plain = name.strip()
    if re.fullmatch(r"[A-Z]{2,5}s", plain):  # "PTAs": the resume's "PTA"
        out.append((plain[:-1].lower(), re.compile(rf"(?<![\w-]){plain[:-1]}(?![\w-])"),
                    None))
    if re.fullmatch(r"[A-Z]{3,5}", plain):  # "OTC": over-the-counter
        body = _hyphenated_initials(plain)
        out.append(("-", re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE),
                    _gate(body)))
    if " " not in plain and kind == "hard" and plain[1:].islower():
        splits = _open_compound(plain)
        if splits is not None:  # "Dielines": die line
            low = plain.lower().rstrip("s")
            found = rf"(?:{'|'.join(splits)})(?:s|es)?"
            out.append((low[:_MIN_PART] + " " + low[-_MIN_PART:],
                        re.compile(rf"(?<![\w-]){found}(?![\w-])", re.IGNORECASE),
                        _gate(found, splits)))
    words = plain.split()
    if (kind == "tool" and len(words) >= 2 and all(w.isalpha() for w in words)
            and all(w.islower() for w in words[1:]) and words[-1].endswith("s")
            and not words[-1].endswith(("ss", "us", "is"))):
        single = " ".join([*words[:-1], words[-1][:-1]])  # "Concrete saws": concrete saw
        body = r"[\s-]+".join(re.escape(w) for w in single.split())
        out.append((words[-1][:-1].lower(),
                    re.compile(rf"(?<![\w-]){body}(?:s|es)?(?![\w-])", re.IGNORECASE),
                    _gate(r"[\s-]+".join(re.escape(w) for w in single.lower().split())
                          + "(?:s|es)?")))
    return tuple(out)


def _gate(body: str, branches: list[str] | None = None) -> re.Pattern[str] | None:
    r"""``(?<![\w-]){body}(?![\w-])`` for the lower-cased text, written to open with
    its first letter: ``x(?<![\w-]x)`` is ``(?<![\w-])x``, but a pattern that opens with a
    letter lets ``re`` skip ahead to it, where the look-behind is tried at every
    character of the resume. ``body`` is in lower case and opens with a plain letter;
    with ``branches``, it is those alternatives, each opening with that letter, then
    "(?:s|es)?". A body that is not plain ASCII gets no gate (lower-casing could change
    its length)."""
    if not body.isascii():
        return None
    if branches is None:
        first, rest = body[0], body[1:]
    else:  # "(?:die[ \t-]line|diel[ \t-]ine)(?:s|es)?"
        first = branches[0][0]
        if not all(b[0] == first for b in branches):
            return None
        rest = "(?:" + "|".join(b[1:] for b in branches) + ")(?:s|es)?"
    if not "a" <= first <= "z":
        return None
    return re.compile(rf"{first}(?<![\w-]{first}){rest}(?![\w-])")


def other_written_form(mention: SkillMention, lines: list[ResumeLine], resume_text: str,
                       resume_low: str) -> tuple[float, SkillMatch | None]:
    """(credit, match) when a resume line writes the asked name in one of the forms the
    module's docstring lists (another name's credit), else (0.0, None); ``resume_text``,
    the lines joined (and ``resume_low``, in lower case), rules most asks out at once."""
    if mention.kind not in ("hard", "tool", "certification"):
        return 0.0, None
    forms = _patterns(mention.name, mention.kind)
    if not forms:  # most names have no other written form
        return 0.0, None
    exact = stands_in(resume_text, resume_low)
    patterns = tuple(p for needle, p, gate in forms
                     if all(piece in resume_low for piece in needle.split(" "))
                     and (gate.search(resume_low) if exact and gate is not None
                          else p.search(resume_text)))
    if not patterns:
        return 0.0, None
    return quoted_by(mention, lines, patterns, skipped=("contact",))
