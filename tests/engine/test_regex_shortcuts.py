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


def test_employer_phrases_are_read_only_on_lines_that_may_hold_one() -> None:
    """``noise._employer_spans`` gives what ``_EMPLOYER_IS`` finds in the whole text."""
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.posting.noise import _EMPLOYER_IS, _employer_spans

    pool = [*"Aa ,\n\t;.:", ", a ", ", the ", ", An ", " company", " hotel", ", is",
            "Our client", "The Inn", " of ", "\u017f", "\u0130", "\u212a"]
    texts = [*_random_texts(pool, 20000, 4),
             "Join us at The Saltmarsh Inn, a boutique hotel with a spa; we are hiring.\n"
             "Our client, a property management company, is seeking a Leasing Agent."]
    texts += [text * 3 for text in texts[:3000]]
    found = 0
    for text in texts:
        expected = [m.span() for m in _EMPLOYER_IS.finditer(text)]
        found += bool(expected)
        assert _employer_spans(text, folded(text)) == expected, text
    assert found > 100


def test_possessives_are_the_old_pattern_s() -> None:
    from tailor_app.tailoring.skills.deeds import _POSSESSIVE

    old = re.compile(r"(?<=[A-Za-z])['\u2019]s\b|(?<=[A-Za-z]s)['\u2019](?=\s)")
    pool = [*"as'\u2019 \n\tS\u00e91", "'s ", "s' "]
    for text in [*_random_texts(pool, 20000, 5), "the CEO's travel, partners' calendars"]:
        assert [m.span() for m in _POSSESSIVE.finditer(text)] == [
            m.span() for m in old.finditer(text)], text


def test_deed_verbs_are_known_as_written() -> None:
    """A line's words are told verbs of the deed index by their written forms: a token
    is one of them exactly when its lower case is a form."""
    import random

    from tailor_app.tailoring.skills.deeds import _TOKEN
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    index = load_vocabulary()._deed_pairs()
    rng = random.Random(6)
    forms = sorted(index.forms)
    for form in rng.sample(forms, 2000):
        mixed = "".join(c.upper() if rng.random() < 0.5 else c for c in form)
        for token in _TOKEN.findall(f"{mixed} {form.upper()} {form.capitalize()} {form}s"):
            assert (token in index._written) == (token.lower() in index.forms), token
            assert (token in index._posting_written) == (
                token.lower() in index._posting_forms), token


def test_a_product_kind_is_told_by_its_letters() -> None:
    """``names._KIND_LETTERS``: a text where ``_ANY_KIND`` finds a kind holds one."""
    from tailor_app.tailoring.posting.names import _ANY_KIND, _KIND, _KIND_LETTERS

    words = [w.replace("?", "") for w in _KIND.split("|")]
    pool = [*words, *(w[:-1] for w in words), *(w[1:] for w in words), " ", "s", "x"]
    for text in _random_texts(pool, 20000, 7):
        if _ANY_KIND.search(text) is not None:
            assert any(k in text for k in _KIND_LETTERS), text


def test_a_name_s_acronym_is_opened_by_two_capitals() -> None:
    """``acronym_parent`` passes over a name that does not open with a capital and a
    capital or figure: the pattern it reads the acronym with needs them."""
    from tailor_app.tailoring.skills.evidence import (
        _ACRONYM_PREFIX,
        _CAPITALS,
        _CAPITALS_DIGITS,
    )

    for text in _random_texts([*"aA1 \t\u00c9x-B", "AWS ", "SQL\tServer"], 20000, 8):
        if _ACRONYM_PREFIX.match(text) is not None:
            assert text[:1] in _CAPITALS and text[1:2] in _CAPITALS_DIGITS, text


def test_a_label_s_colon_is_its_first() -> None:
    from tailor_app.tailoring.resume.labels import _LABEL

    for text in _random_texts([*"ab :\n\t", "Skills: ", "x"], 20000, 9):
        if _LABEL.match(text) is not None:
            assert 2 <= text.find(":") <= 40, text


def test_roles_not_counted_are_told_as_the_case_insensitive_pattern_tells_them() -> None:
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.skills.titles import _NOT_COUNTED, _NOT_COUNTED_FAST

    pool = [*"a -\n\u0130\u212a", "Intern", "intern", "INTERNSHIP", "Co-op", "coop", "student",
            "Summer Job", "teaching", " and ", "research", " assistant", "x", "volunteer",
            "undergraduate", "er", "s"]
    for text in _random_texts(pool, 20000, 10):
        assert (_NOT_COUNTED_FAST.search(text, folded(text)) is None) == (
            _NOT_COUNTED.search(text) is None), text


def test_groups_and_bosses_are_read_only_on_lines_that_may_hold_them() -> None:
    """Each pattern ``noise._on_lines`` reads line by line finds there what it finds in
    the whole text: no match spans a line, and each holds one of the line's words."""
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.posting import noise

    cases = [(noise._OUR_GROUP, noise._GROUP_WORDS), (noise._BOSS, ("report",)),
             (noise._COLLEAGUE, noise._COLLEAGUE_WORDS),
             (noise._FED, ("feed", "power", "drive"))]
    pool = [*" \n\t,.;", "with our ", "to the ", "support ", "Finance", " Tax", "teams",
            " department", "reports to the ", "Director", " of Sales", "notify the ",
            "RN ", "supervisor", "work with a ", "nurse", "that feeds ", "which powers ",
            "billing", "x", " and ", "\u0130", "\u212a"]
    texts = [*_random_texts(pool, 20000, 11),
             "Notify the RN supervisor.\nWork with our Finance and Tax teams; report to\n"
             "the Director of Sales. Build pipelines that feed billing and forecasting."]
    found = 0
    for text in texts:
        low = folded(text)
        for pattern, words in cases:
            expected = [m.span(1) for m in pattern.finditer(text, low)]
            found += bool(expected)
            assert [m.span(1) for m in noise._on_lines(pattern, text, low, words)] \
                == expected, text
    assert found > 500


def test_department_lists_are_read_only_on_lines_that_may_hold_one() -> None:
    from tailor_app.tailoring.posting.departments import _LIST, department_lists

    pool = [*" \n\t,", "work ", "Works", " closely", " with ", "WITH ", "our ", "the ",
            "Sales", "Finance", " and ", "Marketing", "collaborate", "team up", "x",
            "Cloud", "\u0130", "\u212a", "&", "Operations"]
    texts = [*_random_texts(pool, 20000, 12),
             "You will work closely with Sales, Finance and Marketing.\nPartner with the"
             " Clinical Operations team."]
    found = 0
    for text in texts:
        expected = [m.span(1) for m in _LIST.finditer(text)]
        found += bool(expected)
        assert department_lists(text) == expected, text
    assert found > 50


def test_a_phrase_s_words_lowered_one_by_one_are_the_phrase_lowered() -> None:
    """``Vocabulary._cut_short`` lower-cases a phrase of single-spaced words whole: the
    same as lowering each word and joining them (final sigma, dotted I included)."""
    import random

    rng = random.Random(13)
    letters = "aA\u03a3\u03c3\u03c2\u0130\u0131\u0391\u0345"
    for _ in range(50000):
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 4)))
                 for _ in range(rng.randint(1, 4))]
        phrase = " ".join(words)
        assert " ".join(w.lower() for w in phrase.split(" ")) == phrase.lower(), phrase


def test_guard_words_of_an_ascii_line_are_its_words_folded() -> None:
    from tailor_app.tailoring.compose.guard import _TOKEN, tokens

    pool = [chr(c) for c in range(128)] + ["C++", "C#", "Node.js", "Bob's", "U.S."]
    for text in _random_texts(pool, 20000, 14):
        assert tokens(text) == [t.casefold() for t in _TOKEN.findall(text)], text


def test_a_past_tense_is_looked_for_only_in_lines_holding_its_stem() -> None:
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.skills.wording import _caseless_pattern, _past_tense_patterns

    patterns = [(stem, _caseless_pattern(p)) for stem, p in _past_tense_patterns(
        ("Staff scheduling", "Scheduling", "Budgeting", "Forecasting", "Planning"))
        if not p.startswith(r"\s*")]
    pool = [*"aS -\n\u017f\u212a", "scheduled", "Staff Scheduled", "budgeted", "SCHEDULED",
            "forecasted", "PLANNED", "staff-scheduled"]
    for text in _random_texts(pool, 20000, 15):
        low = folded(text)
        for stem, pattern in patterns:
            if pattern.search(text) is not None and low is not None:
                assert stem in low, (stem, text)


def test_patterns_opened_by_a_look_ahead_are_the_old_ones() -> None:
    """A look-ahead of the characters every match opens with changes no match."""
    from tailor_app.tailoring.posting.chrome import _BAR_SPLIT
    from tailor_app.tailoring.resume.contact import _PHONE
    from tailor_app.tailoring.resume.fields import _SEPARATORS

    old_separators = re.compile(
        r"\s+[|•·◆♦▪]\s+|\s{2,}|\s+[—–]\s+|\s+-\s+|\s*;\s+|\s+@\s+")
    old_phone = re.compile(
        r"(?<![\w/])(?:\+?\d{10,15}(?!\d)|(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?"
        r"|\(0\)\s?)?\d{1,4}(?:\s?[\s.\-–—]\s?\(?\d{1,8}\)?){1,5})(?![\w/])")
    old_bar = re.compile(r"\s*[|·•]\s*|\s{2,}")
    cases = [(_SEPARATORS, old_separators, [*" \t\u00a0;|•-—–@ab\n", "  ", " - ", " ; "]),
             (_PHONE, old_phone, [*"0123456789+()-. –/a\u0663", "555", "(0)", "+1 "]),
             (_BAR_SPLIT, old_bar, [*" \t|·•ab\n\u00a0"])]
    for new, old, pool in cases:
        for text in _random_texts(pool, 20000, 16):
            assert [(m.span(), m.groups()) for m in new.finditer(text)] == [
                (m.span(), m.groups()) for m in old.finditer(text)], (old.pattern, text)
            assert new.split(text) == old.split(text)


def test_during_is_looked_for_only_where_its_letters_stand() -> None:
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.posting.noise import _DURING

    pool = [*" \tDdUuRrIiNnGg\u0130\u0131\u017f", "during ", "DURING the ", "During our "]
    for text in _random_texts(pool, 20000, 17):
        low = folded(text)
        if _DURING.search(text) is not None and low is not None:
            assert "during" in low, text


def test_gates_before_anchored_patterns_hold_what_every_match_needs() -> None:
    """A cue after a run opens with a space or a tab; a name's prefix opens with a
    capital or a figure and stands before a space or a tab."""
    from tailor_app.tailoring.posting.nouns import _OTHER_ITEM, _TAIL_CUE
    from tailor_app.tailoring.skills.evidence import _CAPITALS_DIGITS, _NAME_PREFIX

    pool = [*" \tab\nA1-", " experience", " or ", " and ", "Bluebeam", " Revu", "8D"]
    for text in _random_texts(pool, 20000, 18):
        for pattern in (_TAIL_CUE, _OTHER_ITEM):
            if pattern.match(text) is not None:
                assert text[:1] in (" ", "\t"), text
        if _NAME_PREFIX.match(text) is not None:
            assert text[:1] in _CAPITALS_DIGITS and (" " in text or "\t" in text), text


def test_join_our_team_is_found_on_its_lines_as_in_the_whole_text() -> None:
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.posting.reader import _JOIN_OUR

    pool = [*" \n-/ab", "Join ", "joining ", "our ", "the ", "AI ", "platform ", "team",
            "is part of ", "IS A PART OF ", "unit", "\u0130", "\u212a"]
    found = 0
    for text in _random_texts(pool, 20000, 19):
        expected = [m.span(1) for m in _JOIN_OUR.finditer(text)]
        found += bool(expected)
        low = folded(text)
        if low is None:
            continue
        spans, start = [], 0
        for line in low.split("\n"):
            end = start + len(line)
            if "join" in line or "part of" in line:
                spans += [m.span(1) for m in _JOIN_OUR.finditer(text, start, end)]
            start = end + 1
        assert spans == expected, text
    assert found > 100


def test_item_before_gate_answers_as_the_item_pattern() -> None:
    """``neighbour_item``: a resume whose folded text lacks an ask's first or last word
    is passed over without running the item pattern; the pattern finds no item there."""
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.skills.neighbour_item import _item, _shape

    pool = [*"Cc ,;|\u2022.\n\t", " and ", "clean", "CLEAN", "record", "Records", "driver's",
            "\u017f", "\u0130", "\u0131", "\u212a", "clean record", "Clean  Records"]
    texts = [*_random_texts(pool, 20000, 7),
             "Valid Ohio driver's license, clean record", "CPR; Clean Record.",
             "\u212aitchen hand, \u212aitchen \u0131tems"]
    names = ["Clean Driving Record", "Kitchen Safety Hands", "Kitchen Prep Items"]
    passed = 0
    for name in names:
        shape = _shape(name)
        assert shape is not None
        first, last, _qualifier, ends = shape
        item = _item(first, last)
        assert ends is not None
        for text in texts:
            low = folded(text)
            if low is not None and (ends[0] not in low or ends[1] not in low):
                passed += 1
                assert item.search(text) is None, (name, text)
    assert passed > 1000


def test_plain_names_are_looked_up_as_their_tokens_are() -> None:
    """``Vocabulary.lookup`` walks a name of plain words and single spaces from its
    words, without the tokeniser: the same answer as the walk over its tokens."""
    import random

    from tailor_app.tailoring.skills.keys import _SIMPLE, _tokens
    from tailor_app.tailoring.skills.vocabulary import _CREDENTIAL_PACKAGING, load_vocabulary

    vocabulary = load_vocabulary()
    rng = random.Random(8)
    names = [a for s in rng.sample(list(vocabulary.skills), 3000) for a in s.aliases]
    words = [w for name in names for w in name.split()]
    names += [" ".join(rng.sample(words, rng.randint(1, 4))) for _ in range(3000)]
    names += [n.upper() for n in names[:2000]] + [n + "s" for n in names[:2000]]
    checked = 0
    for name in names:
        if _SIMPLE.fullmatch(name) is None:
            continue
        toks = _tokens(name)
        raw = [m.group() for m in toks]
        assert raw == name.split(" ")
        found = vocabulary._match_at(name, toks, raw, [t.lower() for t in raw], 0)
        expected = (vocabulary.skills[found[1]] if found is not None and found[0] == len(raw)
                    else None)
        vocabulary.clear_cache()
        got = vocabulary.lookup(name)
        if expected is None and got is not None:
            # A credential with its packaging word ("MEWP certification"): the walk
            # misses the whole, lookup names the credential its head names.
            # Or a paper's skill with "documentation" after it.
            head, _sep, last = name.rpartition(" ")
            assert (last.lower() in _CREDENTIAL_PACKAGING and got.kind == "certification") \
                or last.lower() == "documentation", name
            assert vocabulary.lookup(head) == got, name
        else:
            assert got == expected, name
        checked += 1
    assert checked > 5000


def test_literal_needles_are_in_every_match_of_their_pattern() -> None:
    """``wording.literal_needle``: a line whose folded text lacks the needle holds no
    match of the term's pattern (line ordering runs it only where the needle stands)."""
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.skills.wording import _literal_pattern, literal_needle

    forms = ["NFPA 70E", "ControlLogix", "Radiology certificate", "follow-up", "VRF",
             "Electrical/Electronic Systems", "C++", "biometric screening", "Kitchen Lead"]
    pool = [*"ab -/+#\n\u017f\u0130\u0131\u212a", "nfpa", "NFPA", " 70e", "70E", "controllogix",
            "ControlLogix", "radiologic", "Radiography", "certificates", "follow", "up",
            "vrf", "VRF", "electrical", "Electronic", "systems", "c++", "biometry",
            "screening", "kitchen", "\u212aitchen", "lead"]
    texts = [*_random_texts(pool, 20000, 9), "NFPA 70E", "Radiologic Certificate"]
    passed = 0
    for form in forms:
        needle = literal_needle(form)
        assert needle, form
        pattern = _literal_pattern(form)
        for text in texts:
            low = folded(text)
            if low is not None and needle not in low:
                passed += 1
                assert pattern.search(text) is None, (form, text)
    assert passed > 10000


def test_a_line_s_two_deed_readings_share_its_words_and_answer_as_alone() -> None:
    """``DeedIndex`` keeps a line's words for its other reading (with or without
    ``lists``): each reading answers as it does on an index that read nothing before."""
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    index = load_vocabulary()._deed_pairs()
    lines = ["Recover, evacuate and charge refrigerant", "Planned weekly lessons for 120",
             "manage partners' calendars, book the CEO's travel", "Analyzed sales data, "
             "built reports", "coordinate client meetings and travel for the team",
             "Supervise, schedule and train front office staff", "no verb here, at all"]
    for line in lines:
        alone = {}
        for lists in (False, True):
            index.clear_cache()
            alone[lists] = index._read(line, lists)
        for first in (False, True):
            index.clear_cache()
            assert index._read(line, first) == alone[first], line
            assert index._read(line, not first) == alone[not first], line
    index.clear_cache()


def test_a_name_s_occurrences_are_the_escaped_pattern_s() -> None:
    """An employer's name is found with ``str.find`` (no pattern compiled for each new
    posting); the spans are those of ``re.finditer(re.escape(name), text)``."""
    from tailor_app.tailoring.caseless import occurrences

    texts = [*_TEXTS, "Acme Acme Acme", "AcmeAcme (Acme) acme ACME", "aaaa", "a.b a.b.a.b"]
    for name in ["Acme", "aa", "a", "a.b", "a.b.a", "C++", "payroll payroll", "(Acme)"]:
        for text in texts:
            assert occurrences(name, text) == [
                m.span() for m in re.finditer(re.escape(name), text)], (name, text)


def test_name_patterns_are_made_only_where_the_name_stands() -> None:
    """The patterns made of a posting's names (its employer, a shortened name, an
    acronym spelled out, a product's longer name) answer as before; the gates before
    them ask for the name as written, which each of their matches holds."""
    from tailor_app.tailoring.posting.hit_filters import _spelled_out
    from tailor_app.tailoring.posting.noise import short_form
    from tailor_app.tailoring.posting.reader import _short_name_spans
    from tailor_app.tailoring.posting.title import _short_form_recurs, without_company

    text = ("Join Pinecrest Outfitters as a Line Cook. Pinecrest is a family business; "
            "our Labor & Delivery unit and Electronic Health Records team use Google "
            "Ads and Google Analytics. Pinecrest Outfitters values you.")
    assert _short_name_spans("Pinecrest Outfitters", text) == [(5, 14), (42, 51)]
    assert _short_name_spans("Harbor Freight", text) == []
    assert _spelled_out("L&D", text) == "Labor & Delivery"
    assert _spelled_out("EHR", text) == "Electronic Health Records"
    assert _spelled_out("EHR", text) == "Electronic Health Records"  # made once, kept
    assert _spelled_out("QA", text) is None
    assert short_form(text, "Google") and short_form(text, "Pinecrest")
    assert not short_form(text, "Labor") and not short_form(text, "Harbor")
    assert _short_form_recurs("Pinecrest Outfitters LLC", text)
    assert not _short_form_recurs("Harbor Freight Tools", text)
    assert without_company("Line Cook — Pinecrest Outfitters", "Pinecrest Outfitters") \
        == "Line Cook"
    assert without_company("Line Cook — Harbor Kitchen", "Pinecrest Outfitters") \
        == "Line Cook — Harbor Kitchen"


def test_caseless_whole_spans_are_the_look_around_pattern_s() -> None:
    """An ask's words in its snippet (``duplicates._spans``) are found with
    ``str.find`` on the lower-cased text, as the case-insensitive pattern with its
    look-arounds finds them: overlapping places, hyphens, Unicode letters beside."""
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.whole_words import caseless_whole_spans

    texts = [*_TEXTS, "Case Management (case management) case-management casemanagement",
             "a a a a", "aa-aa aa", "x.x.x x.x", "\u212a8s k8s K8S", "\u00e9aa aa\u00e9 _aa aa_"]
    for phrase in ["payroll", "a", "a a", "aa", "x.x", "k8s", "Case Management", "C++",
                   "case-management", "aa aa"]:
        pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)
        for text in texts:
            low = folded(text)
            if low is None:
                continue
            assert caseless_whole_spans(text, low, phrase.lower()) == [
                m.span() for m in pattern.finditer(text)], (phrase, text)


# The employer named by its first word, in the posting's own voice, and credentials
# named outside their sentence: the finders that replaced patterns made of a name.
_POSTING = (
    "Join Apex today! Apex is a drug-free workplace. At Apex we believe in people. "
    "Apex's plants run two shifts; Apexes and apex are other words. Apex offers pay.\n"
    "Northwind Logistics (NWL) is hiring. Northwind Logistics ships freight.\n"
    "CDL-A license required; a CDL is a plus. OSHA 10 card. osha 10 Certification. "
    "ServSafe certified, ServSafe Manager. Forklift certification preferred; forklift."
)


def test_the_short_name_finder_answers_as_its_pattern() -> None:
    from tailor_app.tailoring.posting import reader

    def by_pattern(company: str, text: str) -> list[tuple[int, int]]:
        words = company.split()
        short = words[0] if len(words) >= 2 else ""
        if len(short) <= 3 or not short.isalpha() or not short[0].isupper():
            return []
        name = re.escape(short)
        pattern = re.compile(rf"{reader._AS_EMPLOYER_BEFORE}\b({name})\b"
                             rf"|\b({name}){reader._AS_EMPLOYER_AFTER}")
        return [m.span(1) if m.group(1) else m.span(2) for m in pattern.finditer(text)]

    for company in ("Apex Packaging", "Northwind Logistics", "Apex", "apex Co", "Join Us"):
        assert reader._short_name_spans(company, _POSTING) == by_pattern(company, _POSTING)
    assert len(reader._short_name_spans("Apex Packaging", _POSTING)) == 5
    assert reader._shortened_name_spans("Northwind Logistics", _POSTING) == [
        (m.start(), m.end()) for m in re.finditer(r"Northwind Logistics\s*\([^)]{1,15}\)",
                                                  _POSTING)]


@pytest.mark.parametrize("item", ["CDL", "OSHA 10", "ServSafe", "Forklift", "Apex", "NWL",
                                  "r\u00e9sum\u00e9"])
def test_the_credential_finders_answer_as_their_patterns(item: str) -> None:
    from tailor_app.tailoring.posting import certs, reader

    alone = re.compile(rf"(?<![\w-]){re.escape(item)}(?![\w-])(?!\s*{certs._CERT_WORD.pattern})",
                       re.IGNORECASE)
    whole = re.compile(rf"(?<![\w-]){re.escape(item)}(?![\w-])", re.IGNORECASE)
    for text in (_POSTING, _POSTING.upper(), "R\u00c9SUM\u00c9 writing", ""):
        for here in ((0, 0), (0, len(text) // 2), (0, len(text))):
            expected = any(not here[0] <= m.start() < here[1] for m in alone.finditer(text))
            assert certs._named_alone(text, item, here) == expected, (item, here)
        first = whole.search(text)
        assert reader._whole_caseless(text, item) == (first.start() if first else None)


_CUT_PIECES = ["a", "B", "z", "Q", "iPad", "JavaScript", "PLCnext", "SQL", "1", "10,000", ",", ", ",
           ",1", " and ", " or ", " as well as ", "and/or ", " ", "\t", "\n", ".", "-", "/", ")",
           "(", ";", "é", "É", "’", "•"]


def _piece_texts(seed: int, count: int = 20000) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(_CUT_PIECES) for _ in range(rng.randint(0, 14)))
            for _ in range(count)]


def test_list_cut_opens_with_its_comma() -> None:
    """``lists._ITEM_CUT`` opens with the comma; the same cuts as the pattern it stands for."""
    from tailor_app.tailoring.posting.lists import _ITEM_CUT

    old = re.compile(r"(?:(?<!\d),|,(?!\d))\s*(?:(?:and|or|and/or|as well as)\s+)?")
    for text in _piece_texts(3):
        assert [m.span() for m in _ITEM_CUT.finditer(text)] == \
            [m.span() for m in old.finditer(text)], text
        assert [m.span() for m in _ITEM_CUT.finditer(text, 2, len(text) - 1)] == \
            [m.span() for m in old.finditer(text, 2, len(text) - 1)], text


def test_camel_gate_holds_for_every_camel_case_name() -> None:
    """A unit the gate passes over holds no ``_CAMEL`` match."""
    from tailor_app.tailoring.posting.terms import _CAMEL, _CAMEL_GATE

    for text in _piece_texts(5):
        if _CAMEL.search(text):
            assert _CAMEL_GATE.search(text), text


def test_acronym_then_words_opens_with_its_capital() -> None:
    """``terms._ACRONYM_THEN_WORDS`` looks behind its first capital: the same matches."""
    from tailor_app.tailoring.posting.terms import _ACRONYM_THEN_WORDS

    old = re.compile(r"(?<![\w&.-])([A-Z][A-Z0-9&]{1,7}s?) \(([A-Za-z][A-Za-z'’ &]{2,80})\)")
    pieces = ["CPO", "EHR", "s", " (", "(", ")", "Certified", " Pool ", "x", "&", ".", "-",
              "9", "é", " "]
    for text in [*_random_texts(pieces, 20000, 21), "EHR (electronic health record)"]:
        assert [m.span() for m in _ACRONYM_THEN_WORDS.finditer(text)] == \
            [m.span() for m in old.finditer(text)], text


def test_example_lead_is_found_as_the_pattern_finds_it() -> None:
    """``instances.worded_examples`` asks the bracket and the lead words apart, the words
    caselessly: found exactly where the one pattern they stand for finds one."""
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.skills.instances import _LEAD_BRACKET, _LEAD_WORD

    old = re.compile(r"(?i:such as|e\.\s?g\.|\blike\b|including)|\(\s*[A-Z][a-z]")
    pieces = ["such as", "SUCH AS", "e.g.", "E. G.", "e.", "g.", "like", "Like", "alike",
              "likely", "including", "(", "( Ab", "(Xy", " ", "x", "_", "\u0130", "ı", "é"]
    for text in _random_texts(pieces, 20000, 22):
        new = _LEAD_BRACKET.search(text) is not None or \
            _LEAD_WORD.search(text, folded(text)) is not None
        assert new == (old.search(text) is not None), text


def test_parties_named_are_found_as_the_pattern_finds_them() -> None:
    """``terms._PARTIES_NAMED`` is read caselessly with its words opening with their
    letters: the same spans and groups as the case-insensitive pattern."""
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.posting.terms import _PARTIES_NAMED

    old = re.compile(
        r"\b(?:distributors|customers|clients|retailers|partners|carriers|vendors|suppliers"
        r"|brands|chains|dealers|wholesalers|brokers|payers|insurers|accounts|lenders"
        r"|manufacturers)[ \t]*\(([^()]{2,120})\)", re.IGNORECASE)
    pieces = ["distributors", "Payers", "CLIENTS", "xclients", " ", "\t", "(", ")", "Sysco",
              ", ", "US Foods", "\u0130", "ſ", "é", "_"]
    for text in _random_texts(pieces, 20000, 23):
        assert [(m.span(), m.span(1)) for m in _PARTIES_NAMED.finditer(text, folded(text))] \
            == [(m.span(), m.span(1)) for m in old.finditer(text)], text


def test_writers_own_markers_hold_their_gate_words() -> None:
    """``writers_own.told_as_done`` runs a marker's pattern only on a line whose folded
    text holds one of its words: every match of the pattern holds one."""
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.skills.writers_own import _MARKERS

    pieces = ["did", " not", "didn", "'t", "\u2019t", "can", "cannot", "never", "no", " longer",
              "aim", "hope", "wants", "intended", "aspire", "would like", "goal", " is", " to",
              "planning", "learned", " how", "shadowed", "asked", "NOT", "Never", "AIM", "Ask",
              "\u212a", "\u017f", "\u0130", " ", "\t", "x", ",", ".", "task", "show", "hop",
              "no\tlonger", "How", "hoping"]
    texts = [*_random_texts(pieces, 20000, 31), "Did not book flights", "Hoped to lead",
             "as\u212aed how to close", "learned how to cold call", "Can\u2019t lift"]
    for text in texts:
        low = folded(text)
        for pattern, words in _MARKERS:
            if pattern.search(text) is not None:
                assert low is None or any(w in low for w in words), (text, pattern.pattern)


def test_writers_own_lines_read_together_answer_as_each_alone() -> None:
    """``told_as_done_lines`` looks for the gate words once in all the lines: the same
    lines as ``told_as_done`` of each, the very string where a line is told whole."""
    import random

    from tailor_app.tailoring.skills.writers_own import told_as_done, told_as_done_lines

    pieces = ["Did", " not", " book", " flights", "; ", "Goal: ", "2027 target: ", "aim to",
              " hoped to", "Learned how to", " cold call", "shadowed", "Never", "NO ",
              "no\tlonger", "plan for", "Planned", " lessons", ", ", "\u0130", "\u017f",
              "\u212a", "\u03a3", " ", "x", "\u2022 ", "would like to", "HOW TO", "n\u2019t"]
    rng = random.Random(41)
    lines = _random_texts(pieces, 12000, 40)
    resumes = [["Booked travel for 12 executives", "Managed payroll for 40 staff"],
               ["Did not book flights; booked hotels", "Goal: arrange travel by Q3"], []]
    resumes += [rng.sample(lines, rng.randint(1, 12)) for _ in range(2000)]
    for resume in resumes:
        told = told_as_done_lines(resume)
        alone = [told_as_done(line) for line in resume]
        assert told == alone, resume
        assert all((a is line) == (b is line)
                   for a, b, line in zip(told, alone, resume, strict=True)), resume


def test_gated_hiring_notices_answer_as_their_patterns() -> None:
    """``posting/sections._EEO`` and ``_HR_BOILERPLATE`` pass over a paragraph holding
    none of their gate words: the same matches as the case-blind patterns everywhere."""
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.posting.sections import _EEO, _HR_BOILERPLATE

    pieces = ["Equal", " employment", " opportunity", "EEO", "/AA", " Employer", "EOE", ". ",
              "\n", "without regard to", "regardless of", " their", " race", "affirmative",
              " action", " plans", "protected veteran", "reasonable accommodation", "Sexual",
              " orientation", "gender identity", "national origin", "participates in",
              " E-Verify", " employer", "prohibits discrimination", "does not discriminate",
              "non-discrimination polic", "equal housing lender", "Member FDIC", "federally",
              " insured by", " the NCUA", "U.S. citizen", "citizenship", "Selective Service",
              "background check", "collect", " drug test", " drug screens", " collection",
              "direct deposit", "trial period", "probationary period", "public trust",
              "authorized to work", "work authorization", "visa sponsorship", "locality pay",
              "pay grade", "sans égard", "peu importe la race", "équité en matière",
              "mesures d'adaptation", "\u0130", "\u017f", "\u212a", " ", "x", ",", "e", "d"]
    texts = [*_random_texts(pieces, 30000, 43), "We are an Equal Opportunity Employer.",
             "EEO. Drug-free workplace.", "Must pass a background check and drug screen."]
    for gated in (_EEO, _HR_BOILERPLATE):
        old = re.compile(gated.pattern, re.IGNORECASE)
        for text in texts:
            new = gated.search(text, folded(text))
            want = old.search(text)
            assert (new and new.span()) == (want and want.span()), (text, gated.pattern[:30])


def test_brackets_masked_as_the_character_loop_masks_them() -> None:
    """``fields._outside_brackets`` answers a text with no "(" without its loop: the
    same mask as the loop gives, brackets or none."""
    from tailor_app.tailoring.resume.fields import _outside_brackets

    def loop(text: str) -> str:
        out, depth = [], 0
        for ch in text:
            depth += ch == "("
            out.append("_" if depth and ch != "(" else ch)
            depth -= ch == ")" and depth > 0
        return "".join(out)

    texts = [*_random_texts(["(", ")", ", ", "Engineer", " co-op", "x", " "], 20000, 45),
             "Product Engineer (co-op, then full time), Acme", "Nurse), Mercy (ICU"]
    for text in texts:
        assert _outside_brackets(text) == loop(text), text


def test_subjects_taught_found_as_the_pattern_finds_them() -> None:
    """``subjects._items`` reads past a text's start with openers ``re`` can skip to:
    the same matches (spans and subjects) as the case-blind pattern."""
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.posting.subjects import _ITEM, _items

    pieces = ["Taught", " reading", "Reading", " writing", " science", ",", ";", ":", "(",
              ")", " and", "And ", " or", " in", " on", " of", " teach", " teaches", "xand",
              " teaching", " guided", " early", " narrative", " creative", " skills", " to",
              " lessons", ".", "\n", " ", "\t", "x", "\u0130", "\u017f", "\u212a", "1"]
    texts = [*_random_texts(pieces, 30000, 47), "Teach reading, writing and science.",
             "reading, writing and math", "guided reading to small groups"]
    for text in texts:
        got = [(m.span(), m.span(1)) for m in _items(text, folded(text))]
        want = [(m.span(), m.span(1)) for m in _ITEM.slow.finditer(text)]
        assert got == want, text


def test_date_ranges_read_from_the_first_year_on_as_from_the_start() -> None:
    """``dates.find_date_range`` starts its range pattern shortly before the first year
    (``_first_opening``): the same matches as read from the line's start."""
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.resume.dates import _RANGE, _RANGE_LOW, _YEAR_HINT, _first_opening

    pieces = ["September", "Sept.", ", ", " ", "  ", "\t", "\n", "Summer ", "autumn ",
              "12", " / ", "/", "2019", "1998", "'19", "\u201919", "2020-01", "-", " \u2013 ",
              " to ", "Present", "since", "From", "SINCE", "\u017fince", "(expected)", "x",
              "Acme Corp, Springfield IL", "a", "$", "#", "1", "0", "\u0663\u0663"]
    texts = [*_random_texts(pieces, 30000, 48), "Cook, Acme Grill, Austin TX   Jan 2019 - Present",
             "since     September, 2019", "From 2018 to 2020"]
    for text in texts:
        hint = _YEAR_HINT.search(text)
        if hint is None:
            continue
        pos = _first_opening(text, hint.start())
        low = folded(text)
        for pattern, read in ((_RANGE, text), (_RANGE_LOW, low)):
            if read is None:
                continue
            assert [m.span() for m in pattern.finditer(read, pos)] == \
                [m.span() for m in pattern.finditer(read)], text


def test_unit_patterns_run_only_where_their_words_stand() -> None:
    """``nouns._looked_for``, ``nouns._named_methods`` and ``kinds_named`` pass over a text
    lacking a word every match of their pattern holds: each such text has no match."""
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.posting.kinds_named import _BEFORE_KIND, _BRACKETED, _KIND_NOUNS
    from tailor_app.tailoring.posting.nouns import (
        _LOOKED_FOR,
        _LOOKED_VERBS,
        _METHOD_KINDS,
        _NAMED_METHOD,
    )

    pieces = ["Test", "test", "SCREEN", "swabs", " for ", "FOR", " carbon monoxide", ".",
              " the ", "The", " Seeking Safety", " model", " Method", "ology", " curriculum",
              "framework", " approach", " protocol", " modality", "French", ", ", " and ",
              "cuisine", "Cooking", " styles", "wines", "dishes", "pastry", "breads",
              "cheeses", "cocktail", " (", ")", "\u212a", "\u0130", "\u017f", " ", "\n", "x"]
    texts = [*_random_texts(pieces, 30000, 32), "Test for carbon monoxide.",
             "using the Promoting First Relationships model", "French and Italian cuisine",
             "styles (French, Russian, American)"]
    for text in texts:
        low = folded(text)
        if _LOOKED_FOR.search(text) is not None:
            assert low is None or ("for" in low and any(v in low for v in _LOOKED_VERBS)), text
        if _NAMED_METHOD.search(text) is not None:
            assert any(kind in text for kind in _METHOD_KINDS), text
        if _BEFORE_KIND.search(text) is not None:
            assert any(noun in text for noun in _KIND_NOUNS), text
        if _BRACKETED.search(text) is not None:
            assert "(" in text, text


def test_caseless_twins_find_what_their_patterns_find() -> None:
    """``outside._GATE_LOW`` on the folded text and ``subjects._ITEM`` read caselessly
    find what the case-insensitive patterns they stand for find."""
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.posting.outside import _GATE, _GATE_LOW
    from tailor_app.tailoring.posting.subjects import _ITEM

    item = re.compile(_ITEM.pattern, re.IGNORECASE)
    pieces = ["not", "NOT", "No", "no", "never", "Never", "n't", "N\u2019T", "can", "know",
              "knot", "_", "1", " ", "\n", ",", "(", "reading", "Writing", "SCIENCE", " and ",
              "Teach ", "taught ", "guided ", "creative ", "skills", "lessons", ".", "x",
              "\u212a", "\u0130", "\u017f", "\u00e9"]
    for text in _random_texts(pieces, 30000, 33):
        low = folded(text)
        if low is not None:
            assert (_GATE_LOW.search(low) is None) == (_GATE.search(text) is None), text
        assert [m.span(1) for m in _ITEM.finditer(text, low)] == \
            [m.span(1) for m in item.finditer(text)], text


def test_a_line_is_translated_only_when_it_holds_a_letter_the_table_changes() -> None:
    """``deeds._LATIN_LETTER`` finds exactly the characters ``_LATIN`` changes."""
    from tailor_app.tailoring.skills.deeds import _LATIN, _LATIN_LETTER

    for code in range(0x3000):
        assert (_LATIN_LETTER.search(chr(code)) is not None) == (code in _LATIN), hex(code)


def test_product_name_patterns_open_where_re_can_skip_to() -> None:
    """``names._HEAD``, ``_USED`` and ``_BRACKETED`` look behind their first character
    instead of before it: the same matches as the patterns they stand for."""
    from tailor_app.tailoring.posting.names import (
        _BRACKETED,
        _GLUE,
        _HEAD,
        _KIND,
        _NAME,
        _USED,
        _WORD,
    )

    old_head = re.compile(rf"(?<![\w-])({_NAME})((?: [a-z][a-z-]+){{0,2}}) ({_KIND})(?![\w-])")
    old_used = re.compile(rf"\b(?:use|uses|using|used) ({_NAME})(?=\s*(?:[.,;:)]|$|\s[a-z]))")
    old_bracketed = re.compile(
        rf"(?<=[a-z] )\(((?:{_NAME})(?:(?:,| or| and) (?:{_NAME}))*)\)")
    assert _GLUE and _WORD  # the pieces the new patterns are made of
    pieces = ["Epic", " ", "MX-13", "PACCAR", "12V", "3", "x", "-", "_", "Thermo King", " of ",
              " the ", " in ", "&", " software", " system", " trucks", " EHR", " use ",
              "using ", "used", "useful ", "reuse ", ", ", " or ", " and ", "(", ")", ".",
              "TMW.Suite", "\u00e9", "\u0663", "a", "\n", "field ", "stores (", "x ("]
    texts = [*_random_texts(pieces, 30000, 34), "we use Epic and Cerner daily",
             "feature stores (Feast or Tecton)", "the Thermo King reefers",
             "PACCAR MX-13 engines", "x-Epic software", "3M equipment"]
    for old, new in ((old_head, _HEAD), (old_used, _USED), (old_bracketed, _BRACKETED)):
        for text in texts:
            assert [(m.span(), m.groups()) for m in new.finditer(text)] == \
                [(m.span(), m.groups()) for m in old.finditer(text)], (new.pattern, text)


def test_apposed_and_cued_names_are_found_where_their_words_open() -> None:
    """``names._APPOSED`` and ``_CUED`` tried only where a match can open find what
    ``finditer`` finds over the whole text."""
    from tailor_app.tailoring.posting.names import (
        _APPOSED,
        _CUED,
        _appositions,
        _cues,
        _matches_at,
    )

    pieces = ["platform", "software", "Suite", "EHR", "tool", "xtool", "_tool", "\u00e9tool",
              ", ", ",", " ", "Jack Henry", "Symitar", "Epic", "Retail", "experience",
              "Experience", "EXPERIENCED", " with ", " in ", "proficient", "familiarity",
              "comfortable", " using ", "knowledge", " of ", "skilled", "expertise",
              "fluent", "trained", " on ", "x", ".", " and ", "\u212a", "\u0130", "\u017f"]
    texts = [*_random_texts(pieces, 30000, 35), "our core banking platform, Jack Henry Symitar",
             "experience with Field Edge and knowledge of Procore."]
    for text in texts:
        for pattern, starts in ((_APPOSED, _appositions(text)), (_CUED, _cues(text))):
            found = pattern.finditer(text) if starts is None else \
                _matches_at(pattern, text, starts)
            assert [(m.span(), m.groups()) for m in found] == \
                [(m.span(), m.groups()) for m in pattern.finditer(text)], (pattern.pattern, text)


def test_gates_before_end_anchored_patterns_hold_what_every_match_needs() -> None:
    """A name ends as an action ends before ``_ACTION_LAST_WORD`` is searched; a setting's
    tail is cut only from a name ending in one; a goal line holds a goal's word."""
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.skills.settings import _TAIL, _TAIL_WORDS
    from tailor_app.tailoring.skills.wording import _ACTION_LAST_WORD, _ends_in_action
    from tailor_app.tailoring.skills.writers_own import _GOAL_LINE, _GOAL_WORDS

    pieces = ["Bank", " reconcil", "iation", "ing", "ion", "ment", "ance", "ence", "s", "\n",
              " ", "ab", "X", "1", " setting", " settings", " environment", " industry",
              " sector", " experience", "hospital", "Goal", "goals", "TARGET", "aims", "next",
              " steps", "Plans", " for", ":", " - ", "2026 ", "my ", "-", "\u212a", "\u0130"]
    for text in _random_texts(pieces, 30000, 36):
        assert _ends_in_action(text) == (_ACTION_LAST_WORD.search(text) is not None), text
        low = text.casefold().strip()
        if not low.endswith(_TAIL_WORDS):
            assert _TAIL.sub("", low) == low, text
        if _GOAL_LINE.match(text) is not None:
            folded_text = folded(text)
            assert folded_text is None or any(w in folded_text for w in _GOAL_WORDS), text


def test_waiver_patterns_read_caselessly_find_what_the_old_patterns_find() -> None:
    """``outside._NEGATED_VERB``, ``_NOT_A_ROLE`` and ``_THERE_IS_NO`` open with a letter
    and look behind it, and read the folded text: the same spans as the case-insensitive
    patterns they stand for."""
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.posting.outside import (
        _LITOTES,
        _NEGATED_VERB,
        _NOT_A_ROLE,
        _THERE_IS_NO,
    )

    old_negated = re.compile(
        r"(?<![\w'’])(?<!\bif )(?<!\bunless )"
        r"(?:you|we|this[ \t]+(?:role|position|job)|the[ \t]+(?:role|position|job))"
        r"[ \t]*(?:will[ \t]+not|won[’']?t|wont|would[ \t]+not|wouldn[’']?t|do[ \t]+not"
        r"|don[’']?t|does[ \t]+not|doesn[’']?t|are[ \t]+not|aren[’']?t|is[ \t]+not|isn[’']?t"
        r"|[’']re[ \t]+not|[’']ll[ \t]+not|[’']ll[ \t]+never|will[ \t]+never|never)"
        rf"[ \t]+(?!{_LITOTES}\b|(?:be|a|an)[ \t]+{_LITOTES}\b)", re.IGNORECASE)
    old_role = re.compile(
        r"\bnot[ \t]+(?:a|an)[ \t]+(?!(?:only|just|simply|merely|typical|ordinary)\b)"
        r"([^.;:!?()\n]{1,40}?)[ \t]+(?:role|job|position|gig|opening)\b", re.IGNORECASE)
    old_none = re.compile(
        r"\b(?:there[ \t]+(?:is|are|will[ \t]+be)|there[’']s|with|involves)[ \t]+no[ \t]+"
        r"(?!(?:less|fewer|later|earlier|more|better|substitute|limit|cap|shortage"
        r"|shortcut)\b)", re.IGNORECASE)
    pieces = ["You", "you", "WE", "we", "This role", "the job", "The Position", "if ", "If ",
              "unless ", "x", "'", "\u2019", " ", "\t", " won't ", " will not ", " never ",
              " don\u2019t", " do not", "'re not", "\u2019ll never", " be ", "shy", " mind",
              "Not a ", "not an ", "billing", " role", " gig", "There is", " there's",
              " with", "involves", " no ", "less", "cold calling", ".", "\u212a", "\u0130",
              "\u017f", "\u00e9"]
    texts = [*_random_texts(pieces, 30000, 37), "If you don't have it, we won't wait.",
             "This is not a billing role; there is no cold calling, with no travel."]
    for text in texts:
        low = folded(text)
        for new, old in ((_NEGATED_VERB, old_negated), (_NOT_A_ROLE, old_role),
                         (_THERE_IS_NO, old_none)):
            assert [m.span() for m in new.finditer(text, low)] == \
                [m.span() for m in old.finditer(text)], (old.pattern[:30], text)
            assert [m.span(1) for m in new.finditer(text, low) if m.re.groups] == \
                [m.span(1) for m in old.finditer(text) if m.re.groups], text


def test_we_are_name_opens_with_its_capital() -> None:
    """``title._WE_ARE_NAME`` looks behind its capital: the same matches as before."""
    from tailor_app.tailoring.posting.title import _NAME, _WE_ARE_NAME

    old = re.compile(rf"(?<![\w'’])We(?:['’]re| are) ({_NAME})(?=\s*[—–,]|\s+-\s)")
    pieces = ["We", "we", "We're", "We\u2019re", " are", "'", "\u2019", "x", "_", " ",
              "Fernwood", " Labs", ", ", " \u2014 ", " - ", "Quillstack", "\u00e9", "Hiring"]
    for text in [*_random_texts(pieces, 20000, 38), "We are Fernwood, a fintech"]:
        assert [(m.span(), m.groups()) for m in _WE_ARE_NAME.finditer(text)] == \
            [(m.span(), m.groups()) for m in old.finditer(text)], text


def test_phrasal_pairs_on_the_lowered_line_are_the_case_blind_pattern_s() -> None:
    """``phrasal_verbs._PAIR_LOW`` on a lower-cased line that stands in finds a pair
    exactly where ``_PAIR`` does on the line."""
    from tailor_app.tailoring.caseless import stands_in
    from tailor_app.tailoring.skills.phrasal_verbs import _PAIR, _PAIR_LOW

    pieces = ["Key", "keyed", " in", " IN", "punch", "Typed", " up", " out", "together",
              "Walk", "talked", " the team", " into", "through", "Went", " over", "x", " ",
              ",", ".", "\u212a", "\u0130", "\u017f", "swapping", "drawn"]
    for text in _random_texts(pieces, 20000, 40):
        low = text.lower()
        if stands_in(text, low):
            assert (_PAIR_LOW.search(low) is None) == (_PAIR.search(text) is None), text


# The tokenisers as they were written before their quantifiers were made possessive (and
# the deed tokeniser's branch for capitals, which no search reached, was dropped).
_OLD_TOKENISERS = {
    "skills.deeds._TOKEN": r"[A-Za-z][a-z]*(?:-[a-z]+)*|[A-Z]{2,}s?",
    "skills.keys._TOKEN": r"[^\W_]+(?:[.&][^\W_]+)*[+#]*|\.[^\W_]+(?:[.&][^\W_]+)*[+#]*",
    "compose.guard._TOKEN_ASCII": r"[A-Za-z0-9_]+(?:[+#]+|(?:[.'’][A-Za-z0-9_]+)*)",
    "skills.staff._WORD": r"[A-Za-z][\w'’-]*|[.;:!?()\[\]]|\d[\w.,+-]*",
    "compose.relevance._WORD": r"[^\W\d_][\w'’-]*",
    "posting.nouns._TOKEN": r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z0-9]+)*|\d[\w,.+%/-]*|\S",
    "posting.duties._TOKEN": r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*|\d[\w.,+%/–-]*|\S",
    "posting.headings._WORD": r"[^\W\d_][\w'’\-]*|#\d+",
    "skills.vocabulary._HEADS": r"(\w{1,4})\w*",
}


@pytest.mark.parametrize("name", sorted(_OLD_TOKENISERS))
def test_possessive_tokenisers_find_the_old_tokens(name: str) -> None:
    """A quantifier made possessive where nothing after it must match: the same tokens."""
    import importlib

    module, attribute = name.rsplit(".", 1)
    pattern = getattr(importlib.import_module(f"tailor_app.tailoring.{module}"), attribute)
    old = re.compile(_OLD_TOKENISERS[name])
    pieces = ["a", "Ab", "SAP", "s", "x-y", "-", "'", "’", "9", "10,000", "v2.1", ".", ",",
              "&", "+", "#", "C++", ".NET", "R&D", "/", "%", "–", "•", "é", "_", " ", "\n",
              "(", ")", "[", "]", ";", "中"]
    texts = [*_random_texts(pieces, 20000, 41), "Managed SAP PLCs, set-up and e-mail; C# 24/7"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == \
            [(m.span(), m.groups()) for m in old.finditer(text)], (name, text)


def test_guard_words_are_the_old_pattern_s() -> None:
    """The guard's tokeniser with CJK letters, possessive: the same words."""
    from tailor_app.tailoring.compose.guard import _TOKEN
    from tailor_app.tailoring.skills.keys import CJK_LETTERS

    letter = rf"[^\W{CJK_LETTERS}]"
    old = re.compile(rf"[{CJK_LETTERS}]+|{letter}+(?:[+#]+|(?:[.'’]{letter}+)*)")
    pieces = ["a", "B", "9", "_", "中文", "ｱ", "’", "'", ".", "+", "#", " ", "é", "•"]
    for text in _random_texts(pieces, 20000, 43):
        assert [m.span() for m in _TOKEN.finditer(text)] == \
            [m.span() for m in old.finditer(text)], text


def test_interface_lines_are_told_as_the_case_insensitive_pattern_tells_them() -> None:
    """``chrome._UI_LINE_LOW`` reads the lower-cased line where that stands in: the same
    lines as ``_UI_LINE`` with IGNORECASE."""
    from tailor_app.tailoring.caseless import folded
    from tailor_app.tailoring.posting.chrome import _UI_LINE, _UI_LINE_LOW

    pieces = ["Apply", "apply", " now", " Now", "Save", " job", "Sign", " in", " up", "Back",
              " to", " results", "3", "+", " days", " ago", "Posted", " today", "★", " ",
              "→", "›", "LinkedIn", "Get the app", "Home", "s", "İ", "ſ", "\u212a", "é", "x"]
    texts = [*_random_texts(pieces, 20000, 47), "Apply Now →", "Posted 3 days ago",
             "Sign in", "Get the App", "Try Premium for $0"]
    for text in texts:
        old, new = _UI_LINE.fullmatch(text), _UI_LINE_LOW.fullmatch(text, folded(text))
        assert (old is None) == (new is None), text


def test_list_item_words_are_the_pattern_s() -> None:
    """``lists._words_in`` cuts a span's words with ``str.split``: those ``\\S+`` finds."""
    import random

    from tailor_app.tailoring.posting.lists import _ITEM_WORD, _words_in

    pieces = ["a", "Bc", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\x1c", ",", "é",
              "•", "-", "\u200b"]
    rng = random.Random(53)
    for text in _random_texts(pieces, 20000, 53):
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        assert _words_in(text, a, b) == _ITEM_WORD.findall(text, a, b), (text, a, b)


def test_lists_before_a_head_open_where_re_can_skip_to() -> None:
    """``shared_head._LIST`` and ``kinds_dropped._LIST`` open with their first item's
    letter and never give an item back: the same matches as the patterns that opened
    on their look-behind."""
    from tailor_app.tailoring.skills import kinds_dropped, shared_head

    item = r"[A-Za-z][A-Za-z-]*"
    old_shared = re.compile(
        rf"(?<![\w/&-])(?P<items>{item}(?:[ \t]*/[ \t]*{item})+"
        rf"|{item}[ \t]+(?:and|or|&)[ \t]+{item})"
        r"[ \t]+(?P<head>[a-z][a-z-]+(?:[ \t]+[a-z][a-z-]+)?)\b")
    word = r"[A-Za-z][A-Za-z0-9-]*"
    old_kinds = re.compile(
        rf"(?<=[A-Za-z0-9][ \t])(?P<list>{word}(?:[ \t]*/[ \t]*{word})+"
        rf"|{word}(?:,[ \t]*{word})*,?[ \t]+(?:and|or|&)[ \t]+{word})"
        + kinds_dropped._LIST.pattern[kinds_dropped._LIST.pattern.index(r"[ \t]+(?P<head>"):])
    pool = [*"aB-/ \t&,_1.\u00e9\n(", " and ", " or ", " & ", "abc", "IM", "x-ray",
            " for ", " the "]
    texts = [*_random_texts(pool, 30000, 5),
             "IM/SubQ/ID injections, sliding-scale and basal insulin, AP/AR reconciliations",
             "Took card/EFT payments and autopay; ran phone and internet plans for 10 sites",
             "Manage 10-14 renovation and infrastructure projects over budget"]
    found = 0
    for text in texts:
        for new, old in ((shared_head._LIST, old_shared), (kinds_dropped._LIST, old_kinds)):
            expected = [(m.span(), m.groupdict()) for m in old.finditer(text)]
            found += bool(expected)
            assert [(m.span(), m.groupdict()) for m in new.finditer(text)] == expected, text
    assert found > 1000


def test_employer_asides_are_read_only_on_lines_that_may_hold_one() -> None:
    """``appositives.employer_aside_spans`` gives what ``_ASIDE`` finds in the whole text."""
    from tailor_app.tailoring.posting.appositives import _ASIDE, employer_aside_spans

    pool = [*"Aa ,\n\t;.!", ", a ", ", the ", "Whitfield & Osei LLP", "Acme", " Co",
            ", a family law firm", ", the leading roofer", ", is hiring", ", seeks",
            ", are now looking", " needs", "Hiring", "\u2019s", ". "]
    texts = [*_random_texts(pool, 20000, 6),
             "Whitfield & Osei LLP, a 22-attorney family law firm in Raleigh, is hiring a "
             "Legal Receptionist.\nAcme Co, the leading roofer, seeks a Roofer"]
    texts += [text * 3 for text in texts[:3000]]
    found = 0
    for text in texts:
        expected = [m.span(1) for m in _ASIDE.finditer(text)] if "," in text else []
        found += bool(expected)
        assert employer_aside_spans(text) == expected, text
    assert found > 100


def test_upset_people_are_read_only_on_lines_that_may_hold_them() -> None:
    """``upset_people_hits`` gives the hits of ``_CALMING`` over the whole text."""
    from tailor_app.tailoring.posting.upset_people import _CALMING, upset_people_hits

    skill = object()
    pool = [*"Aa ,\n\t;.!", "calm ", "handle ", "deal with ", "stay calm with ", "upset ",
            "irate ", "Difficult ", "frustrated ", "customers", "callers", " and ", "\u017f",
            "\u0130", "returns", "calmly", "$"]
    texts = [*_random_texts(pool, 20000, 7),
             "Calm upset guests.\nHandle escalated calls and upset members with patience",
             "stay calm with frustrated customers and irate callers\n\tdeal with difficult patrons"]
    texts += [text * 3 for text in texts[:3000]]
    found = 0
    for text in texts:
        low = text.lower()
        expected = [(m.start(), m.end(), m.group()) for m in _CALMING.finditer(text)] if any(
            cue in low for cue in ("angry", "upset", "irate", "agitated", "hostile",
                                   "aggressive", "escalated", "frustrated", "distressed",
                                   "combative", "belligerent", "difficult", "unhappy",
                                   "dissatisfied", "disgruntled", "emotional", "unruly")) else []
        found += bool(expected)
        got = [(h.start, h.end, h.surface) for h in upset_people_hits(text, lambda _n: skill)]
        assert got == expected, text
    assert found > 100


def test_word_spans_are_the_bounded_case_insensitive_pattern_s() -> None:
    """``caseless.word_spans`` gives what the whole-word IGNORECASE pattern of the literal
    gives: boundaries at letters, digits, "_" and letters beyond ASCII, overlaps and
    repeats, and the characters ``lower()`` does not fold as IGNORECASE does."""
    from tailor_app.tailoring.caseless import folded, word_spans

    literals = ["ab", "a b", "aa", "A-b", "c++", "x", "ab_", "1a", "s", "k", "i"]
    pool = [*"aAbB _-1\u00e9\n\t+cC", "ab", "a b", "\u0130", "\u0131", "\u017f", "\u212a",
            "\u03a3", "aa"]
    texts = [*_random_texts(pool, 20000, 31), "Lead ab, AB-ab abab ab_ab \u00e9ab ab\u00e9"]
    found = 0
    for text in texts:
        low = folded(text)
        for literal in literals:
            pattern = rf"(?<!\w){re.escape(literal)}(?!\w)"
            expected = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
            found += bool(expected)
            assert word_spans(literal, text, low) == expected, (literal, text)
    assert found > 5000


def test_a_deed_cut_short_is_read_as_the_pattern_read_it() -> None:
    """``gerund.cut_short`` and ``whole_object`` find the term where the old
    whole-word IGNORECASE pattern found it (a new pattern for each term cost a
    compile on every job)."""
    from tailor_app.tailoring.compose.gerund import (
        _OBJECT_WORD,
        _WHEN,
        AFTER_OBJECT,
        MOST_WORDS,
        cut_short,
        whole_object,
    )

    def old_cut_short(term: str, text: str) -> bool:
        for m in re.finditer(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE):
            nxt = re.match(r"[ \t]+([^\W\d_][\w'’-]*)", text[m.end():m.end() + 40])
            if nxt is None:
                return False
            word = nxt.group(1).casefold()
            if word in AFTER_OBJECT or word.endswith("ly"):
                return False
        return True

    def old_whole_object(term: str, text: str) -> str | None:
        for m in re.finditer(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE):
            at = m.end()
            taken: list[str] = []
            while len(term.split()) + len(taken) < MOST_WORDS:
                nxt = _OBJECT_WORD.match(text, at)
                if nxt is None:
                    break
                word = nxt.group(1)
                if word.casefold() in AFTER_OBJECT | _WHEN or word.casefold().endswith("ly"):
                    break
                taken.append(word)
                at = nxt.end()
            if taken and not old_cut_short(text[m.start():at], text[m.start():]):
                return text[m.start():at]
        return None

    pool = [*"aA \t\n,", "load ", "Loaded ", "outbound ", "trailers ", "by ", "route",
            "\u03a3", "\u0130", "\u017f", "weekly ", "for ", "l\u00e9", "LOAD "]
    texts = [*_random_texts(pool, 8000, 32), "Loaded outbound trailers by route",
             "LOADED OUTBOUND trailers and vans", "Loaded outbound, then stacked"]
    whole = 0
    for text in texts:
        for term in ("loaded outbound", "load", "Outbound", "a"):
            assert cut_short(term, text) == old_cut_short(term, text), (term, text)
            expected = old_whole_object(term, text)
            whole += expected is not None
            assert whole_object(term, text) == expected, (term, text)
    assert whole > 100
    assert whole_object("loaded outbound", "Loaded outbound trailers by route") == \
        "Loaded outbound trailers"


def _joint_texts(count: int, seed: int) -> list[str]:
    """Random texts of the pieces pairs and lists of kinds are made of."""
    import random

    rng = random.Random(seed)
    pieces = ["and", "or", "&", "/", " ", " ", "\t", "\n", "-", ",", ";", ":", "•", "·",
              "*", "a", "Ab", "IM", "SubQ", "x-ray", "writ", "verbal", "communication",
              "3", "24", "_", "\u00e9", "and/or", " and ", " or ", "AP/AR", "ID",
              "injections", "the", "basal", "insulin", "(", ")", "'"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
            for _ in range(count)]


def test_pairs_and_lists_before_joints_are_the_patterns_matches() -> None:
    """``matches_before_joints`` tries the pair and list patterns only before a joint:
    the same matches, in the same order, as ``finditer`` over the whole text."""
    from tailor_app.tailoring.joints import matches_before_joints
    from tailor_app.tailoring.posting.shared import _PAIR
    from tailor_app.tailoring.skills.shared_head import _LIST

    texts = [*_joint_texts(20000, 11), "written and verbal communication",
             "IM/SubQ/ID injections", "AP/AR and  GL teams", "cross-browser/device",
             "-ab and cd x", "é-ab or cd"]
    for pattern in (_PAIR, _LIST):
        for text in texts:
            want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            got = [(m.span(), m.groups()) for m in matches_before_joints(pattern, text)]
            assert got == want, (pattern.pattern, text)


def test_a_duty_s_start_is_read_back_as_the_pattern_reads_it() -> None:
    from tailor_app.tailoring.posting.shared import _DUTY_START, _opens_a_duty

    for text in _joint_texts(5000, 12):
        for pos in range(len(text) + 1):
            assert _opens_a_duty(text, pos) == (
                _DUTY_START.search(text, 0, pos) is not None), (text, pos)
