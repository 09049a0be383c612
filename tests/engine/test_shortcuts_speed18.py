"""Shortcuts taken for speed in the matcher and the deed readers answer exactly as the
code they replaced (they exist for speed alone: the engine's output must not change)."""

from __future__ import annotations

import random
import re

from tailor_app.tailoring.ascii_twin import ascii_words
from tailor_app.tailoring.skills import deeds, staff
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

_PIECES = ["nurse", "nurses", "staff", "staffs", "Crew", "CREWS", "hires", "s", "ss",
           "the", "train", "trained", "504", "12", " ", "  ", "\t", "\n", ",", ".", "-",
           "\u2022", "\u2013", "\u2019", "'", "(", ")", "caf\u00e9", "\u00c9cole", "\u0130l",
           "\u00a0", "\u2003", "plan", "Plan", "review", "A1", "x"]


def _texts(seed: int, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
            for _ in range(count)]


def test_people_or_plural_is_the_old_test() -> None:
    """``w in _PEOPLE_OR_PLURAL`` is ``w in PEOPLE or (w ends in "s" and w[:-1] in
    PEOPLE)``, the staff reader's gate word by word."""
    words = {w for p in staff.PEOPLE for w in (p, p + "s", p + "ss", p[:-1], p + "es")}
    words |= {"s", "", "ss", "us", "bus", "news"}
    for w in words:
        old = w in staff.PEOPLE or (w.endswith("s") and w[:-1] in staff.PEOPLE)
        assert (w in staff._PEOPLE_OR_PLURAL) == old, w


def test_an_ascii_line_lowered_first_gives_the_same_words() -> None:
    """The staff reader lowers an ASCII-word line before cutting it into words: the
    words are those of the line, each lowered (bullets, dashes and quotes included)."""
    for text in _texts(18):
        if ascii_words(text):
            assert staff._WORD_ASCII.findall(text.lower()) == [
                w.lower() for w in staff._WORD.findall(text)], text


def test_named_thing_reads_the_character_before_as_rstrip_did() -> None:
    """``_named_thing`` finds the last character before the verb that is no blank, as
    ``text[:start].rstrip()[-1:]`` did, without the copy."""
    def old(text: str, tokens: list[re.Match[str]], words: list[str], i: int) -> bool:
        before = text[:tokens[i].start()].rstrip()
        if before[-1:].isdigit():
            return True
        if i > 0 and i + 1 < len(words) and deeds.place_named(words[i - 1], words[i],
                                                              words[i + 1]):
            return True
        return (i > 0 and words[i - 1] in deeds._NOUN_MARKERS
                and not text[tokens[i - 1].end():tokens[i].start()].strip())

    texts = [*_texts(7), "run 504 plan meetings", "the plan review", "12 \t plan",
             "\u0663\u2003plan", "plan", "  plan"]
    for text in texts:
        tokens = list(deeds._TOKEN.finditer(text))
        words = [m.group().lower() for m in tokens]
        for i in range(len(tokens)):
            assert deeds._named_thing(text, tokens, words, i) == old(text, tokens, words, i)


def test_the_matcher_reads_each_opener_once_and_skips_inside_a_hit() -> None:
    """The matcher's one loop over a text's words finds what a list of the openers
    made first found: a name opening the text, one after a comma, a lone plural
    ("forklifts", "spreadsheets"), and a longer name's words read once ("Excel
    spreadsheets" is one hit, no second one at "spreadsheets")."""
    vocabulary = load_vocabulary()
    vocabulary.clear_cache()
    found = vocabulary.find(
        "Excel, QuickBooks and accounts payable; scheduled forklifts spreadsheets")
    assert [h.surface for h in found] == [
        "Excel", "QuickBooks", "accounts payable", "forklifts", "spreadsheets"]
    found = vocabulary.find("Managed payroll using Excel spreadsheets for 40 staff")
    assert [h.surface for h in found] == ["payroll", "Excel spreadsheets"]
