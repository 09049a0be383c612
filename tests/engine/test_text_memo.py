"""Answers kept by the text (``text_memo``) are the answers worked out afresh: on
generated texts asked in any order and again, after a caller changed what it was
given, and after ``Vocabulary.clear_cache()`` (they exist for speed alone: the
engine's output must not change)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from tailor_app.tailoring import text_memo
from tailor_app.tailoring.model import SkillMention
from tailor_app.tailoring.posting import terms, title
from tailor_app.tailoring.resume import dates
from tailor_app.tailoring.skills import phrases, titles, wording
from tailor_app.tailoring.skills.number_words import number_variants

_WORDS = ("Certified", "Nursing", "Assistant", "(CNA)", "CNA", "(Certified", "Pool",
          "Operator)", "CPO", "e.g.", "U.S.", "B.S.", "Skills:", "Education:", "Excel,",
          "QuickBooks,", "payroll.", "Senior", "Registered", "Nurse", "(RN)", "RN", "the",
          "and", "of", "Prophet", "21", "Three-week", "look-ahead", "techniques",
          "certification", "target", "Requirements", "Benefits", "Jobs", ">", "Line",
          "Cook", "|", "Apply", "now!", "★", "Technician", "-", "—", "Reports", "to:",
          "Manager", "of", "Nursing", "\n", "\n\n", "a", "Mgr.", "run", "é", "3", ";",
          # whole pairs, so that many texts hold one (or one cut short)
          "Certified Nursing Assistant (CNA)", "CPO (Certified Pool Operator)",
          "Registered Nurse (RN)", "Certified Pool Operator (CPO).", "Nursing Assistant (CNA)")


def _texts(count: int, seed: int, longest: int = 24) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randrange(longest)))
            for _ in range(count)]


def _agrees(kept: Callable[[Any], Any], fresh: Callable[[Any], Any], texts: list[Any],
            seed: int) -> list[Any]:
    """The texts on which ``kept`` (the function with its answers kept) differs from
    ``fresh``: asked in a random order, each text twice or more, and each answer it
    hands out changed by the caller before the next question."""
    rng = random.Random(seed)
    asked = [*texts, *rng.sample(texts, len(texts)), *rng.choices(texts, k=len(texts))]
    wrong = []
    for text in asked:
        answer = kept(text)
        if answer != fresh(text):
            wrong.append(text)
        if isinstance(answer, list):
            answer.append(("changed by a caller",))
            answer.reverse()
        elif isinstance(answer, set):
            answer.add("changed by a caller")
    return wrong


def _old_acronym_pairs(text: str) -> list[tuple[int, int, str, int, int, str]]:
    return [] if "(" not in text else list(terms._acronym_pairs.__wrapped__(text))


def _old_sentence_spans(text: str) -> list[tuple[int, int]]:
    return list(phrases._sentence_spans.__wrapped__(text))


def test_kept_answers_about_a_text_are_its_fresh_answers() -> None:
    texts = _texts(1500, 1)
    assert sum(1 for t in texts if terms.acronym_pairs(t)) > 100  # the texts hold pairs
    assert _agrees(terms.acronym_pairs, _old_acronym_pairs, texts, 2) == []
    assert _agrees(phrases.sentence_spans, _old_sentence_spans, texts, 3) == []
    assert _agrees(titles.title_words, lambda t: set(titles._title_words.__wrapped__(t)),
                   texts, 4) == []


def _old_find_date_range(line: str) -> object:
    if not line:
        return None
    text = line[:dates._MAX_SCAN]
    hint = dates._YEAR_HINT.search(text)
    return None if hint is None else dates._dated_range.__wrapped__(text, hint.start())


def test_a_lines_dates_are_read_as_before() -> None:
    rng = random.Random(14)
    parts = ["Jan 2019", "–", "-", "Present", "2010-2014", "(expected)", "since", "2019",
             "Summer 2013,", "2014", "2018-19", "Charge Nurse", "|", "Mercy", "12/2020",
             "to", "date", "Sept.", "2021 –", "from", "3", "years", "\u2013", "Current"]
    lines = [" ".join(rng.choice(parts) for _ in range(rng.randrange(1, 9)))
             for _ in range(2000)]
    assert sum(1 for t in lines if dates.find_date_range(t) is not None) > 500
    assert _agrees(dates.find_date_range, _old_find_date_range, lines, 15) == []
    # The dates handed out are shared by every caller that reads the line: none may
    # change them (review26).
    from tailor_app.tailoring.model import DateRef

    assert DateRef.__dataclass_params__.frozen  # type: ignore[attr-defined]


def test_a_memo_handing_out_its_own_list_is_caught() -> None:
    """The check bites: a memo that hands every caller the one list it keeps answers
    wrongly once a caller has changed that list."""
    kept: dict[str, list[tuple[int, int]]] = {}

    def shared(text: str) -> list[tuple[int, int]]:
        if text not in kept:
            kept[text] = _old_sentence_spans(text)
        return kept[text]

    assert _agrees(shared, _old_sentence_spans, _texts(200, 6), 7) != []


def _old_top_title(lines: list[str]) -> tuple[int, str] | None:
    """``title._top_title`` as written before its answers were kept (verbatim)."""
    for k, line in enumerate(lines[:title._TOP_LINES]):
        if len(line.split()) > 25 and k == 0 and (t := title._opening_title(line)):
            return k, t
        if len(line.split()) > 25 or (k and title._names_section(line)):
            return None
        if not k and title._opens_the_body(line):
            return None
        if k and title._LABELLED.match(line):
            continue
        if title._BREADCRUMB.search(line) or title._SEARCH_BOX.search(line):
            continue
        if line[-1:] in ".!?" or title._names_section(line):
            continue
        t = title._trim_title(line)
        if t:
            return k, t
    return None


def test_the_top_title_is_read_as_before() -> None:
    rng = random.Random(8)
    lines = [t for t in _texts(600, 9, 8) if t.strip()]
    lines += ["Line Cook", "Requirements", "Jobs > Food > Line Cook", "Benefits",
              "Reports to: Director of Nursing", "★ Line Cook", "Apply now!"]
    postings = [[rng.choice(lines) for _ in range(rng.randrange(1, 14))] for _ in range(800)]
    # The title after k lines that are none (a date posted, a board's breadcrumb): found
    # among the top eight lines only.
    fillers = ["Posted 3 days ago.", "Jobs > Food > Line Cook", "Full-time."]
    postings += [[rng.choice(fillers) for _ in range(k)]
                 + [rng.choice(["Line Cook", "Registered Nurse"])] for k in range(12)]
    assert [_old_top_title(p) is not None for p in postings[-12:]] == [True] * 8 + [False] * 4
    assert sum(1 for p in postings if _old_top_title(p) is not None) > 50
    assert _agrees(lambda p: title._top_title(list(p)), lambda p: _old_top_title(list(p)),
                   [tuple(p) for p in postings], 10) == []
    # The lines past the top ones are never read: a posting that differs only there
    # has the same title.
    for p in [p for p in postings if len(p) >= 8][:100]:
        assert title._top_title([*p[:8], "Registered Nurse"]) == _old_top_title(p[:8])


def _old_literal_forms(mention: SkillMention) -> list[str]:
    """``wording._literal_forms`` as written before its answers were kept (verbatim)."""
    forms = [mention.name]
    own = wording.OWN_ACRONYM.match(mention.name) if "(" in mention.name else None
    if own is not None:
        forms += [own["acronym"], own["words"]]
    bare = wording._CERT_TAIL.sub("", mention.name)
    if bare != mention.name and len(bare) >= 3:
        forms.append(bare)
    kindless = wording._KIND_TAIL.sub("", mention.name)
    if kindless != mention.name and " " in kindless.strip():
        forms.append(kindless)
    aimless = wording._GOAL_TAIL.sub("", mention.name)
    if aimless != mention.name and len(re.split(r"[\s-]+", aimless.strip())) >= 2:
        forms.append(aimless)
    edition = wording._EDITION_END.match(mention.name) if mention.kind == "tool" else None
    if edition is not None:
        forms.append(edition[1] + wording._NO_NUMBER)
    for _a, _b, spelled, _pa, _pb, acronym in terms.acronym_pairs(mention.snippet):
        if wording._same_words(spelled, mention.name):
            forms.append(acronym)
        elif wording._same_words(acronym, mention.name):
            forms.append(spelled)
    forms += [v for f in list(forms) for v in number_variants(f.rstrip(wording._NO_NUMBER))]
    return forms


def test_an_asks_other_forms_are_read_as_before() -> None:
    rng = random.Random(11)
    names = ["Certified Nursing Assistant", "CNA", "CPO", "Certified Pool Operator",
             "Prophet 21", "Three-week look-ahead", "Manual therapy techniques",
             "AWS D1.1 certification", "Gross-margin target",
             "Certified Hospitality Housekeeping Executive (CHHE)", "Registered Nurse", "RN"]
    snippets = [*_texts(300, 12),
                "Certified Nursing Assistant (CNA) required; CPO (Certified Pool Operator)"]
    mentions = [SkillMention(rng.choice(names), rng.choice(["tool", "hard", "certification"]),
                             rng.random() < 0.5, rng.choice(snippets), "requirements")
                for _ in range(1500)]
    assert sum(1 for m in mentions if len(_old_literal_forms(m)) > 2) > 100
    wrong = _agrees(wording._literal_forms, _old_literal_forms, mentions, 13)
    assert wrong == []


def test_clearing_the_vocabulary_forgets_every_kept_answer() -> None:
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    terms.acronym_pairs("Certified Nursing Assistant (CNA)")
    phrases.sentence_spans("One. Two.")
    assert terms._acronym_pairs.cache_info().currsize > 0
    load_vocabulary().clear_cache()
    kept = [terms._acronym_pairs, phrases._sentence_spans, titles._title_words,
            title._top_lines_title, wording._forms_of,
            dates._dated_range]
    assert all(f.cache_info().currsize == 0 for f in kept)
    assert len(text_memo._CLEARS) >= len(kept)


def _old_kind_in_alias(mention: SkillMention, shown: dict[str, list[Any]],
                       vocabulary: Any) -> list[Any]:
    """``named._kind_in_alias`` as written before the shown tools were listed once."""
    from tailor_app.tailoring.skills import named

    if mention.kind not in ("hard", "tool"):
        return []
    skill = vocabulary.lookup(mention.name)
    kinds = named._acronym_names(skill) if skill is not None else frozenset(
        n for n in (mention.name,) if named._ACRONYM_WORD.fullmatch(n))
    if not kinds:
        return []
    for pairs in shown.values():
        tool = pairs[0][1].skill if pairs else None
        if tool is None or tool.kind != "tool" or (skill is not None and tool.name == skill.name):
            continue
        if not kinds.isdisjoint(named._alias_kinds(tool)):
            return pairs
    return []


def test_a_kind_named_by_a_shown_tools_alias_is_found_as_before() -> None:
    """The shown tools and their names' kinds, listed once for a job's unmet asks, give
    each ask the evidence the walk over every shown skill gave ("WordPress CMS": a CMS)."""
    from tailor_app.tailoring.skills import named
    from tailor_app.tailoring.skills.evidence import ResumeLine
    from tailor_app.tailoring.skills.vocabulary import SkillHit, load_vocabulary

    vocabulary = load_vocabulary()
    rng = random.Random(16)
    tools = [s for s in vocabulary.skills if s.kind == "tool" and named._alias_kinds(s)]
    others = [s for s in vocabulary.skills if s.kind in ("hard", "tool")][:3000]
    kinds = sorted({k for s in tools for k in named._alias_kinds(s)})
    asked = [s for s in vocabulary.skills if named._acronym_names(s)][:2000]
    line = ResumeLine("Built sites in WordPress", "bullet", "experience")
    found = 0
    for _ in range(300):
        shown: dict[str, list[Any]] = {}
        picked = rng.sample(tools, 6)
        for skill in [*picked, *rng.sample(others, 30)]:
            shown[skill.name] = [] if rng.random() < 0.1 else [
                (line, SkillHit(skill, 0, 5, skill.name))]
        listed = named.ShownTools(shown)
        for _ask in range(10):
            name = rng.choice([rng.choice(kinds), rng.choice(asked).name, "Payroll",
                               rng.choice(sorted(named._alias_kinds(rng.choice(picked))))])
            mention = SkillMention(name, rng.choice(["tool", "hard", "soft"]), True,
                                   f"Experience with {name}", "requirements")
            old = _old_kind_in_alias(mention, shown, vocabulary)
            for new in (named._kind_in_alias(mention, shown, vocabulary, listed),
                        named._kind_in_alias(mention, shown, vocabulary)):
                assert new is old or new == old == [], mention  # the same evidence
            found += bool(old)
    assert found > 100
