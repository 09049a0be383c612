"""The rewrite guard: a language model may reword a bullet, never change its facts.

A model's proposal for one bullet is compared with that bullet alone (and the
header of the role it sits under). Plain words may change; the facts may not: no
skill, tool, certification, number, proper name, title, degree or date that the
bullet did not state, and none of its numbers or skills dropped. Every refusal
is a reason a person understands ("adds a number: 45%"). It shares nothing with
the model client or the tailoring step: it only reads two strings and the
vocabulary, so a bug elsewhere cannot make it agree.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tailor_app.tailoring.text import word_set

if TYPE_CHECKING:  # loaded by the first check: importing this module stays cheap
    from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["MAX_GROWTH", "RewriteVerdict", "check_rewrite"]

MAX_GROWTH = 1.3  # a proposal may be at most this many times the bullet's length
_SLACK = 12  # characters of room on top, so a 20-character bullet can gain a word

_NUMBER = re.compile(r"(?<![\w.])[$€£¥]?\d[\d,]*(?:\.\d+)?\s?(?:%|[kKmMbB]n?\b|x\b)?")
_SPELLED = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12, "half": 0.5,
    "double": 2, "twice": 2, "triple": 3, "tripled": 3, "doubled": 2, "halved": 0.5,
}
_WORD = re.compile(r"[^\W\d_][\w'’&.+#-]*", re.UNICODE)
_TITLES = word_set(
    "senior junior principal chief director manager supervisor vp president officer "
    "intern head executive partner founder co-founder cofounder superintendent")
_DEGREE = re.compile(
    r"\b(?:ph\.?d|mba|m\.?sc|b\.?sc|b\.?a|m\.?a|bachelor'?s?|master'?s?|doctorate|"
    r"doctoral|diploma|associate'?s degree|degree|jd|md|rn|bsn|msn)\b", re.IGNORECASE)
_MONTHS = word_set(
    "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec q1 q2 q3 q4")
# Capitalised words that are not names: sentence words a model capitalises, units.
_NOT_NAMES = word_set(
    "i a an the and or of for to in on at by with")
_STOPWORDS = {
    "en": word_set(
        "the and of to in for with on by a an as at from that this was were our their "
        "into using"),
    "fr": word_set(
        "le la les des du de et en pour avec sur par un une dans au aux est nos leur"),
    "de": word_set(
        "der die das und mit für von zu im in auf ein eine den dem des bei wir unsere"),
    "es": word_set(
        "el la los las de del y en para con por un una al su sus que como nuestros"),
    "pt": word_set(
        "o a os as de do da dos das e em para com por um uma no na ao que nossos"),
}


@dataclass(frozen=True)
class RewriteVerdict:
    """Whether a proposal may replace its bullet, and why not."""

    ok: bool
    reasons: tuple[str, ...] = ()

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


def _numbers(text: str) -> Counter[str]:
    """Numbers as a reader would compare them: "1,200" is "1200", "45 %" is "45%",
    and a spelled-out "five" is "5"."""
    found: Counter[str] = Counter()
    for match in _NUMBER.finditer(text):
        value = match.group().replace(",", "").replace(" ", "")
        found[value.lower().lstrip("$€£¥")] += 1
    for word in _WORD.findall(text):
        number = _SPELLED.get(word.casefold())
        if number is not None:
            found[f"{number:g}"] += 1
    return found


def _shown_number(value: str, text: str) -> str:
    """The number as the text writes it, for the reason a person reads."""
    for match in _NUMBER.finditer(text):
        if match.group().replace(",", "").replace(" ", "").lower().lstrip("$€£¥") == value:
            return match.group().strip()
    return value


def _skills(text: str, vocabulary: Vocabulary) -> dict[str, tuple[str, str]]:
    """Canonical name -> (kind, the text's own word) of each hard skill, tool,
    certification or language the text names."""
    found: dict[str, tuple[str, str]] = {}
    for hit in vocabulary.find(text):
        if hit.skill.kind != "soft":
            found.setdefault(hit.skill.name, (hit.skill.kind, hit.surface))
    return found


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _names(text: str) -> list[str]:
    """Capitalised words that are not the sentence's first, a run of them as one name
    ("Mayo Clinic"): proper names, products, acronyms. The first word of a bullet (or
    of a letter's line) is capitalised as a sentence, not as a name."""
    names: list[str] = []
    last_end = -2
    previous_end = 0
    for i, match in enumerate(_WORD.finditer(text)):
        word = match.group().rstrip(".")
        before = text[:match.start()].rstrip()
        # A line of its own (a cover letter's "Thank you…") starts like a sentence.
        new_line = "\n" in text[previous_end:match.start()]
        previous_end = match.end()
        sentence_start = i == 0 or new_line or before.endswith(
            (".", ":", ";", "!", "?", "•", "-", "—"))
        if not word[:1].isupper() or word.casefold() in _NOT_NAMES or (
                sentence_start and not (len(word) > 1 and word.isupper())):
            continue
        if names and text[last_end:match.start()] == " ":
            names[-1] = f"{names[-1]} {word}"
        else:
            names.append(word)
        last_end = match.start() + len(word)
    return names


def _language(text: str, least: int) -> str | None:
    """The language whose common words the text uses most (``least`` at least, and
    more than any other), or "non-latin" for text mostly in another script."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f") \
            < len(letters) / 2:
        return "non-latin"
    words = [w.casefold() for w in _words(text)]
    counts = sorted(((sum(1 for w in words if w in stop), lang)
                     for lang, stop in _STOPWORDS.items()), reverse=True)
    (best, lang), (runner_up, _) = counts[0], counts[1]
    return lang if best >= least and best > runner_up else None


def _folded(text: str) -> set[str]:
    return {w.casefold().rstrip(".") for w in _words(text)}


def check_rewrite(original: str, proposed: str, *, context: str = "",
                  vocabulary: Vocabulary | None = None,
                  max_growth: float = MAX_GROWTH) -> RewriteVerdict:
    """May ``proposed`` replace the bullet ``original``?

    ``context`` is the header of the bullet's role (title, employer, dates): a name
    the bullet's own role states may appear in the rewrite; nothing else may.
    """
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    vocabulary = vocabulary or load_vocabulary()
    proposed = proposed.strip()
    if not proposed:
        return RewriteVerdict(False, ("the model's answer is empty",))
    reasons: list[str] = []
    source = f"{original}\n{context}"

    original_language = _language(original, least=1)
    proposed_language = _language(proposed, least=2)
    if original_language and proposed_language and original_language != proposed_language:
        reasons.append("is in another language than the bullet")

    limit = len(original) * max_growth + _SLACK
    if len(proposed) > limit:
        reasons.append(f"is too long: {len(proposed)} characters for a bullet of "
                       f"{len(original)} (at most {int(limit)})")

    had, has = _numbers(original), _numbers(proposed)
    allowed_numbers = _numbers(source)
    for value in has:
        if has[value] > allowed_numbers.get(value, 0):
            reasons.append(f"adds a number: {_shown_number(value, proposed)}")
    for value in had:
        if has.get(value, 0) < had[value]:
            reasons.append(f"drops a number: {_shown_number(value, original)}")

    had_skills, has_skills = _skills(original, vocabulary), _skills(proposed, vocabulary)
    context_skills = _skills(context, vocabulary) if context else {}
    kind_word = {"tool": "a tool", "certification": "a certification",
                 "language": "a language"}
    for name, (kind, surface) in has_skills.items():
        if name not in had_skills and name not in context_skills:
            reasons.append(f"adds {kind_word.get(kind, 'a skill')}: {surface}")
    for name, (kind, surface) in had_skills.items():
        if name not in has_skills:
            reasons.append(f"drops {kind_word.get(kind, 'a skill')}: {surface}")

    known = _folded(source)
    skill_words = {w.casefold() for name in has_skills for w in _words(name)}
    for hit in vocabulary.find(proposed):
        skill_words.update(w.casefold() for w in _words(hit.surface))
    seen: set[str] = set()
    for word in _words(proposed):
        folded = word.casefold().rstrip(".")
        if folded in known or folded in seen:
            continue
        if folded in _TITLES:
            reasons.append(f"adds a title: {word}")
        elif _DEGREE.fullmatch(folded):
            reasons.append(f"adds a degree: {word}")
        elif folded in _MONTHS and word[:1].isupper():
            reasons.append(f"adds a date: {word}")
        else:
            continue
        seen.add(folded)
    for name in _names(proposed):
        folded = name.casefold()
        parts = folded.split()
        if all(part in known or part in skill_words for part in parts) or folded in seen:
            continue
        seen.add(folded)
        reasons.append(f"adds a name: {name}")
    return RewriteVerdict(not reasons, tuple(dict.fromkeys(reasons)))
