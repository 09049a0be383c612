"""The engine's shortcuts around regular expressions answer exactly as the patterns
they stand for (they exist for speed alone: the engine's output must not change)."""

from __future__ import annotations

import re

import pytest

from tailor_app.tailoring.whole_words import has_whole

_TEXTS = [
    "Managed accounts payable and payroll for 40 staff.",
    "payroll_tax, payroll-tax, payrolls, (payroll), payroll",
    "Prepayroll payroll2 2payroll payroll\u00e9 \u00e9payroll payroll",
    "aaa aa a aaaa",
    "",
    "Excel",
    "C++ and C# with .NET; Node.js",
    "r\u00e9sum\u00e9 R\u00c9SUM\u00c9 r\u00e9sum\u00e9s",
    "\u2164 payroll \u0663payroll payroll\u00b2",
]
_PHRASES = ["payroll", "a", "aa", "Excel", "excel", "C++", ".NET", "node.js",
            "r\u00e9sum\u00e9", "", " ", "payroll payroll", "s"]


@pytest.mark.parametrize("phrase", _PHRASES)
def test_whole_words_answer_as_the_look_around_pattern(phrase: str) -> None:
    pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")
    for text in _TEXTS:
        assert has_whole(text, phrase) == (pattern.search(text) is not None), (text, phrase)


def test_a_word_character_is_what_the_pattern_calls_one() -> None:
    word = re.compile(r"\w")
    for code in range(0x3000):
        c = chr(code)
        assert has_whole(f"x{c}", "x") == (word.fullmatch(c) is None), hex(code)


def test_cue_stems_are_plain_words() -> None:
    """``Wording.has_cues`` tests each stem with ``in`` on the lower-cased text: the
    same answer as the pattern only while every stem is plain letters and spaces."""
    from tailor_app.tailoring.posting.cues import _CUE_STEMS

    assert all(stem and re.escape(stem).replace("\\ ", " ") == stem for stem in _CUE_STEMS)
    assert all(stem == stem.lower() for stem in _CUE_STEMS)


def test_split_cuts_words_where_the_pattern_does() -> None:
    """A duty sentence's words are counted with ``str.split()`` in place of ``\\S+``."""
    spaces = "".join(chr(c) for c in range(0x3100) if re.fullmatch(r"\s", chr(c)))
    text = "a" + "b".join(spaces) + " c\u00a0d\u2003e\u3000f  g\n"
    assert re.findall(r"\S+", text) == text.split()
    assert all(chr(c).isspace() == bool(re.fullmatch(r"\s", chr(c))) for c in range(0x110000))


def test_written_forms_gates_answer_as_their_patterns() -> None:
    """Another written form is searched for in the lower-cased resume by a pattern in
    lower case that opens with its letter: the same answer as the case-insensitive one."""
    from tailor_app.tailoring.caseless import stands_in
    from tailor_app.tailoring.skills.written_forms import _patterns

    texts = ["Cut DIE LINES and die-lines; Die  Line", "closed out the punch list, Close-Out",
             "over-the-counter meds; Over-The-Counter", "a walk-behind CONCRETE SAW, concrete-saws",
             "xdie line, die linex, -die line", "\u212aelvin die line", "diel ine dieline"]
    names = [("Dielines", "hard"), ("Closeouts", "hard"), ("OTC", "hard"),
             ("Concrete saws", "tool"), ("PTAs", "hard")]
    for name, kind in names:
        for _needle, pattern, gate in _patterns(name, kind):
            for text in texts:
                low = text.lower()
                if gate is not None and stands_in(text, low):
                    assert (gate.search(low) is None) == (pattern.search(text) is None), (
                        name, text)


def test_literal_spans_are_the_case_insensitive_pattern_s() -> None:
    from tailor_app.tailoring.caseless import folded, literal_spans

    texts = ["Senior Software Engineer; SENIOR SOFTWARE ENGINEER, senior software engineers",
             "aaaa AAAA", "the \u212aitchen Lead, kitchen lead", "a\u0130b ab \u0131",
             "ss \u017f S"]
    for literal in ["Senior Software Engineer", "aa", "Kitchen Lead", "ab", "s", "S s"]:
        for text in texts:
            expected = [m.span() for m in re.finditer(re.escape(literal), text, re.IGNORECASE)]
            assert literal_spans(literal, text, folded(text)) == expected, (literal, text)


def test_special_characters_are_the_old_pattern_s() -> None:
    """``text._SPECIAL`` is one class now: the same characters as the class it had
    and any whitespace but the space ("[^\\S ]")."""
    from tailor_app.tailoring.text import _SPECIAL

    old = re.compile(
        "[\u00ad\u2010\u2011\u2212\u2043\ufe63\u200b\u200c\u200d\u2060\ufeff\u180e"
        "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd\x00-\x1f\x7f]|[^\\S ]")
    for code in range(0x110000):
        c = chr(code)
        assert (_SPECIAL.fullmatch(c) is None) == (old.fullmatch(c) is None), hex(code)


def _random_texts(pool: list[str], count: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(pool) for _ in range(rng.randint(0, 20))) for _ in range(count)]


def test_hyphenated_compounds_are_found_as_the_pattern_finds_them() -> None:
    """``vocabulary._compounds`` reads from the hyphens what ``_COMPOUND`` finds."""
    from tailor_app.tailoring.skills.vocabulary import _COMPOUND, _compounds

    texts = [*_random_texts(list("ab--  _1\u00e9\nXz"), 20000, 1),
             "on-boarding, co-ordination; re-stocking", "state-of-the-art e-mail-based",
             "a-b ab-cd"]
    for text in texts:
        assert [m.span() for m in _compounds(text)] == [
            m.span() for m in _COMPOUND.finditer(text)], text


def test_british_spellings_are_tried_only_on_words_holding_their_letters() -> None:
    """``stems._american`` runs a pattern only on a word that holds its ``needle``: every
    match of the pattern holds it."""
    from tailor_app.tailoring.skills.stems import _BRITISH

    words = [*_random_texts(list("ourisylgencaemtb"), 30000, 2),
             "colour", "organisation", "analyse", "centre", "catalogue", "modelling",
             "licence", "paediatric", "programme", "behavioural", "fibre", "defence"]
    for needle, pattern, american in _BRITISH:
        for word in words:
            if needle not in word:
                assert pattern.sub(american, word) == word, (needle, word)


def test_coordinated_pairs_are_the_old_pattern_s() -> None:
    """``shared._PAIR`` opens with its letter and keeps its first word whole: the same
    matches as the pattern it was."""
    from tailor_app.tailoring.posting.shared import _PAIR

    old = re.compile(
        r"(?<![\w/-])([A-Za-z][A-Za-z-]*)(?:[ \t]+(?:and|or|and/or|&)[ \t]+"
        r"|(?<=[A-Za-z-]{3})/(?=[A-Za-z][A-Za-z-]{2,}\b(?!/)))([A-Za-z][A-Za-z-]*)\b")
    pool = [*"ab-/ \t&_1\u00e9\n", " and ", " or ", " and/or ", "abc"]
    texts = [*_random_texts(pool, 20000, 3),
             "written and verbal communication; cross-browser/device, A/B and co- or",
             "unit and integration testing", "x-ray/CT and MRI"]
    for text in texts:
        for start in (0, 1, 3):
            assert [(m.span(), m.groups()) for m in _PAIR.finditer(text, start)] == [
                (m.span(), m.groups()) for m in old.finditer(text, start)], text
