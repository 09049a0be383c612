"""A resume line that lists kinds before the thing a deed is done to, read again without
the list, so every reader of deeds reads the deed: "Take card/EFT payments" is read "Take
payments" too; "Took cash, card and check payments" "Took payments", "Process AP and AR
invoices" "Process invoices".

The deed readers allow a word or two between a verb and its object ("Take card
payments"); a list of kinds is longer than that, so the deed went unread. Dropping the
kinds leaves what the line says of the thing, which it does say: every card payment
taken is a payment taken. After a word that is no verb, determiner or figure the last
kind stays, so that word never meets the head alone ("business phone and internet
plans" is read "business internet plans", no "business plans"). The matcher reads the
shorter line beside the written one (``matching.match_resume``); a match found only
there quotes the written line and its words.

Only a list of kinds: two or more one-word items joined by a slash, or by commas and
"and"/"or"/"&", after a word of the line (never at its start: "Stock and rotate
inventory" lists verbs), before one
lower-case head that ends its phrase; no item a plural ("Answer phones and route calls"
lists two deeds), a deed's form in -ed or -ing ("Ran a register and handled cash"), a
small word or a capitalised word of a name ("Looker Studio and present weekly
performance"); acronyms stay kinds ("card/EFT"). A reading is kept only where the
vocabulary finds a skill in the line with every kind dropped that the written line does
not show: any other reading would only cost the readers a line. Lines of the person's
own work only, as the phrasal-verb readings.
"""

from __future__ import annotations

import dataclasses
import re

from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.phrasal_verbs import PlainReading
from tailor_app.tailoring.skills.phrases import verb_form
from tailor_app.tailoring.skills.stems import irregular_base
from tailor_app.tailoring.skills.vocabulary import Vocabulary

__all__ = ["kinds_dropped"]

# A word is never given back: a shorter one is followed by a letter, a figure or a
# hyphen, which no joint and no blank after the list can take.
_WORD = r"[A-Za-z][A-Za-z0-9-]*+"
# The list's first word opens with its letter and looks behind it only then (a word and
# a blank before it): ``re`` skips to the letters instead of trying the look-behind at
# every character (the same matches as the pattern that opened on its look-behind,
# ``tests/engine/test_regex_shortcuts.py``).
_LIST = re.compile(
    r"(?P<list>[A-Za-z](?<=[A-Za-z0-9][ \t][A-Za-z])[A-Za-z0-9-]*+"
    rf"(?:(?:[ \t]*/[ \t]*{_WORD})+|(?:,[ \t]*{_WORD})*,?[ \t]+(?:and|or|&)[ \t]+{_WORD}))"
    r"[ \t]+(?P<head>[a-z][a-z-]+)\b"
    # The head ends its phrase: the line's end, a mark, or a small word after it.
    r"(?=[ \t]*(?:$|[,;:.)(]|[ \t](?:over|for|to|in|on|at|from|with|and|or|by|into|through"
    r"|per|each|a|an|the|every|across|until|before|after|while|as)\b))")
_CUT = re.compile(r"[ \t]*/[ \t]*|,?[ \t]+(?:and|or|&)[ \t]+|,[ \t]*")
_SMALL = frozenset({"and", "or", "the", "a", "an", "to", "of", "in", "on", "for", "with", "my",
                    "our", "their", "his", "her", "its", "at", "by", "from", "into", "all",
                    "new", "out", "up", "off", "over", "i", "we", "you", "it"})
_CLAUSE_MARK = re.compile(r"[;:(•]|[ \t][–—][ \t]")
_SECTIONS = frozenset({"contact", "education", "certifications", "skills", "languages"})
_PARTS = frozenset({"bullet", "summary"})


_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")
_DETERMINERS = frozenset({"the", "a", "an", "all", "our", "my", "their", "every", "each",
                          "any", "both"})


def _opens_a_thing(word: str) -> bool:
    """Is ``word`` a verb, a determiner or a figure, after which no word of the list's
    noun phrase stands ("Take", "Took", "the", "10-14")?"""
    low = word.lower()
    return (low in _DETERMINERS or low[:1].isdigit() or low.endswith("ed")
            or verb_form(low) or irregular_base(low) is not None)


def _kinds(listed: str) -> list[str] | None:
    """The items of a list of kinds, or None when an item is no kind (a plural, a
    small word)."""
    items = [item for item in _CUT.split(listed) if item]
    if len(items) < 2:
        return None
    for item in items:
        for word in item.split():
            low = word.lower()
            if low in _SMALL or (low.endswith("s") and not low.endswith("ss")
                                 and not word.isupper() and len(low) > 3):
                return None
            if word[:1].isupper() and not word.isupper():
                return None  # "… Looker Studio and present …": a word of a name
            if "-" not in word and low.endswith(("ed", "ing")) and len(low) > 4:
                return None  # "Ran a register and handled cash": a deed of its own
    return items


def kinds_dropped(lines: list[ResumeLine], vocabulary: Vocabulary | None = None
                  ) -> list[PlainReading]:
    """Each work line with a list of kinds before a head, read without the lists (see
    the module docstring). With ``vocabulary``, only a reading in which the vocabulary
    finds a skill the written line does not show is kept: every other reading would
    only cost the readers a line."""
    out: list[PlainReading] = []
    for line in lines:
        if line.part not in _PARTS or line.section in _SECTIONS:
            continue
        text = line.text
        if "/" not in text and " and " not in text and " or " not in text and "&" not in text:
            continue
        told: list[str] = []
        bare: list[str] = []  # every kind dropped: what the gate reads
        taken = taken_bare = 0
        first = last = -1
        for m in _LIST.finditer(text):
            kinds = _kinds(m.group("list"))
            if kinds is None:
                continue
            told.append(text[taken:m.start("list")])
            bare.append(text[taken_bare:m.start("list")])
            # After a verb, a determiner or a figure the list goes ("Take card/EFT
            # payments": "Take payments"); after any other word its last kind stays, so
            # that word never meets the head alone ("business phone and internet plans"
            # is read "business internet plans", never "business plans").
            before = _WORD_BEFORE.search(text, 0, m.start("list"))
            taken = m.start("head") if before is not None and _opens_a_thing(before.group(1)) \
                else m.start("list") + m.group("list").rfind(kinds[-1])
            taken_bare = m.start("head")
            first = m.start("list") if first < 0 else first
            last = m.end("head")
        if first < 0:
            continue
        told.append(text[taken:])
        bare.append(text[taken_bare:])
        # The written words: the clause's deed from its start ("Manage 10-14 renovation
        # and infrastructure projects"), so the report quotes the verb with its thing.
        opens = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, first)), default=0)
        phrase = text[opens:last].strip(" ,;:.-–—•*")
        reading = PlainReading(dataclasses.replace(line, text="".join(told), names=()),
                               line, phrase)
        if vocabulary is None or _shows_more("".join(bare), text, vocabulary):
            out.append(reading)
    return out


def _shows_more(bare: str, text: str, vocabulary: Vocabulary) -> bool:
    """Does the line with every kind dropped show a skill, by name or by deed, that the
    written line does not? (Read bare, the deed stands plain: "Take payments".)"""
    def names(line: str) -> set[str]:
        return ({hit.skill.name for hit in vocabulary.find(line)}
                | {hit.skill.name for hit in vocabulary.deeds(line, lists=True)})
    return bool(names(bare) - names(text))
