"""An acronym the posting glosses in brackets after the words it stands for.

"Medication Aide certification (CMA)" in an assisted-living posting was read as the
Certified Management Accountant, or as the clinic's Certified Medical Assistant, the
vocabulary's other owners of the letters; "Qualified Medication Aide (QMA)", "Registered
Behavior Technician (RBT)" and "Certified Pharmacy Technician (CPhT)" are written the
same way. The bracket says what the letters mean here: the words before it, which the
vocabulary has already read as a skill. So the letters are that skill's and no other's.

The letters must be the words' initials, in any order (the credential word may stand
last: "Medication Aide certification" spells C, M, A), or the initials of the skill's
name; between the skill's words and the bracket only a credential's words may stand
("certification", "license", "card"), so that "work with the nurse (RN) team" and
"Excel (VBA a plus)" are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["gloss_of", "glossed_acronyms", "glossed_otherwise"]

_LETTERS = re.compile(r"[A-Z][A-Za-z]{0,4}[A-Z]s?")
# Words of a credential that may stand between its name and the bracket.
_BETWEEN = re.compile(
    r"(?:[ \t-]+(?:certification|certificate|certified|license|licence|licensure|card"
    r"|credential|registration|endorsement|designation|status))*[ \t]*\($",
    re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SMALL = frozenset({"and", "of", "the", "for", "in", "on", "to", "a", "an", "&"})


def _initials(words: str) -> str:
    return "".join(w[0].upper() for w in _WORD.findall(words) if w.lower() not in _SMALL)


def glossed_acronyms(text: str, hits: Sequence[Any],
                     lookup: Callable[[str], Any]) -> set[int]:
    """Indexes of acronym ``hits`` standing in brackets right after words that name
    another skill (``lookup``) and that they abbreviate: the letters name that skill."""
    out: set[int] = set()
    for n, h in enumerate(hits):
        surface = text[h.start:h.end]
        if _LETTERS.fullmatch(surface) is None \
                or not text[h.end:h.end + 3].lstrip(" \t").startswith(")"):
            continue
        paren = text.rfind("(", max(0, h.start - 3), h.start)
        if paren < 0 or text[paren + 1:h.start].strip():
            continue
        letters = sorted(c for c in surface.rstrip("s") if c.isupper())
        between = _BETWEEN.search(text, max(0, paren - 60), paren + 1)
        name_end = between.start() if between is not None else paren
        words = _WORD.findall(text[max(0, name_end - 60):name_end].split("\n")[-1])[-5:]
        credential = text[name_end:paren]
        for k in range(len(words)):
            phrase = " ".join(words[k:])
            skill = lookup(phrase)
            if skill is None or skill.name == h.skill.name:
                continue
            if h.skill.kind == "certification" and skill.kind != "certification":
                # "Oncology nursing certification (OCN)": the words name the field, and the
                # bracket the credential in it, which the letters' own reading is.
                continue
            if sorted(_initials(skill.name)) == letters \
                    or sorted(_initials(f"{phrase} {credential}")) == letters:
                out.add(n)
                break
    return out


# The posting's own spelling-out of letters, in either order: "Medicare Set-Aside (MSA)",
# "date of service (DOS)", "PHA (Public Housing Authority)", "American Thoracic Society /
# European Respiratory Society (ATS/ERS)". A bracket holding the letters, alone or with
# others joined by "/" or ",", right after the words; or the words in a bracket right
# after the letters.
_GLOSS_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CUT = re.compile(r"[.;:!?()\[\]\n•]")
_SMALL_GLOSS = frozenset({"and", "of", "the", "for", "in", "on", "to", "a", "an", "&", "at",
                          "by", "or", "with"})


def _spell(words: list[str]) -> set[str]:
    """The letters ``words`` may stand for: each word's initial, or each hyphened part's,
    with the small joining words spelling a letter or none."""
    out = set()
    for small in (False, True):
        for parts in (False, True):
            letters = ""
            for word in words:
                if word.lower() in _SMALL_GLOSS and not small:
                    continue
                pieces = [p for p in word.split("-") if p] if parts else [word]
                letters += "".join(p[0] for p in pieces)
            out.add(letters.upper())
    return out


def _words_spelling(letters: str, words: list[str]) -> list[str] | None:
    """The shortest run of ``words`` ending at their end whose initials spell
    ``letters``, opening on a word that is no small one."""
    if not words or letters[-1] not in (words[-1][0].upper(),
                                        words[-1].rsplit("-", 1)[-1][:1].upper()):
        return None  # the last word spells the last letter, or no run does
    for k in range(len(words) - 1, max(-1, len(words) - 9), -1):
        run = words[k:]
        if run[0].lower() in _SMALL_GLOSS:
            continue
        if letters in _spell(run):
            return run
    return None


_AFTER_BRACKET = re.compile(r"[ \t]*\(([^()\n]{3,80})\)")
_BRACKET_PARTS = re.compile(r"[/,]| and ")


def _beside_a_bracket(letters: str, text: str) -> bool:
    """Do the letters stand in a bracket or right before one anywhere in ``text``? Most
    acronyms never do, and need no further look."""
    return f"({letters}" in text or f"/{letters}" in text or f"{letters} (" in text \
        or f"{letters}(" in text or f"{letters}s (" in text


def gloss_of(acronym: str, text: str) -> str | None:
    """The words ``text`` spells ``acronym`` out as, beside it in a bracket, or None."""
    letters = acronym[:-1] if acronym.endswith("s") and acronym[:-1].isupper() else acronym
    if not letters.isalpha() or not 2 <= len(letters) <= 5 \
            or not _beside_a_bracket(letters, text):
        return None
    at = text.find(letters)
    while at >= 0:
        end = at + len(letters)
        if (at == 0 or not text[at - 1].isalnum()) and (
                not text[end:end + 1].isalpha() or text[end:end + 2] == "s)"):
            # "(MSA)", "(ATS/ERS)": the words before the bracket.
            open_at = text.rfind("(", max(0, at - 24), at)
            close_at = text.find(")", end, end + 24) if open_at >= 0 else -1
            if close_at >= 0 and ")" not in text[open_at:at] and all(
                    (p.strip().rstrip("s") or letters).isupper()
                    for p in _BRACKET_PARTS.split(text[open_at + 1:close_at])):
                before = _CUT.split(text[max(0, open_at - 90):open_at])[-1]
                run = _words_spelling(letters, _GLOSS_WORDS.findall(before.split("/")[0])) \
                    or _words_spelling(letters, _GLOSS_WORDS.findall(before))
                if run is not None:
                    return " ".join(run)
            # "PHA (Public Housing Authority)": the words in the bracket after.
            m = _AFTER_BRACKET.match(text, end + (text[end:end + 1] == "s"))
            if m is not None:
                words = _GLOSS_WORDS.findall(m.group(1))
                if words and letters in _spell(words):
                    return " ".join(words)
        at = text.find(letters, end)
    return None


def _stems(words: str) -> set[str]:
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z]{3,}", words)
            if w.lower() not in _SMALL_GLOSS}


def glossed_otherwise(text: str, hits: Sequence[Any],
                      lookup: Callable[[str], Any]) -> dict[int, Any]:
    """Acronym ``hits`` the posting itself spells out in words that are not the
    vocabulary's meaning: "Medicare Set-Aside (MSA)" is no Measurement System Analysis,
    "the Public Housing Authority (PHA)" no process hazard analysis, "American Thoracic
    Society (ATS) standards" no applicant tracking system. Maps each such hit to the
    skill the words name (``lookup``), or None where they name none the vocabulary
    knows: the posting defines its letters, and the vocabulary's other sense is no ask.
    Words sharing a word with the skill's names ("Electronic Health Record (EHR)") are
    its own meaning, and the hit stays."""
    out: dict[int, Any] = {}
    glosses: dict[str, str | None] = {}
    for n, hit in enumerate(hits):
        surface = text[hit.start:hit.end]
        if _LETTERS.fullmatch(surface) is None or not surface.rstrip("s").isupper():
            continue
        if surface not in glosses:
            glosses[surface] = gloss_of(surface, text) if "(" in text else None
        words = glosses[surface]
        if words is None:
            continue
        skill = hit.skill
        names = " ".join((skill.name, *getattr(skill, "aliases", ())))
        if _stems(words) & _stems(names):
            continue
        other = lookup(words)
        out[n] = None if other is None or other is skill else other
    return out
