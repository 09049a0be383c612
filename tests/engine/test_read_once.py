"""Work two readers did each on the same text, done once (speed27): the noun reader
hands its tokens of a unit to the duty reader where the two patterns cut the unit
alike, a list's workers are counted once for all its hits, and the deed reader rules
a line out with one set. They exist for speed alone: what a reader finds must not
change, so each is checked against the reading as it was before (kept here)."""

from __future__ import annotations

import random
import re

from tailor_app.tailoring import text_memo
from tailor_app.tailoring.ascii_twin import ascii_words
from tailor_app.tailoring.posting import duties, nouns, worker_lists
from tailor_app.tailoring.posting.title import is_person_noun
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

_PIECES = ("Replace", "water", "heaters", "(tank", "and", "tankless),", "rebuild", "faucets",
           "COVID-19", "screening,", "x-ray", "films", "Tier-2", "support", "9–5", "shifts",
           "24/7", "coverage", "$22.40", "per", "hour", "120-seat", "dining", "room", "you'll",
           "seat", "patients", "résumé", "review", "–", "—", "•", "1.", "co-op", "A-1",
           "self-starter", "3-5", "years", "of", "HVAC", "work", "orders", ",", ";", ":",
           "and/or", "well-organized", "O’Neil", "team’s", "e-mail", "pre-k", "K-12", "-",
           "B2B", "sales", "re-stock", "shelves", "(", ")", "1,200", "units", "ICD-10",
           "coding", "follow-up", "calls", "2–3", "days", "ab-c1", "Lean-6", "Sigma")


def _texts(count: int, seed: int, longest: int = 18) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, longest)))
            for _ in range(count)]


def _duty_tokens(text: str) -> list[tuple[int, int, str]]:
    """The duty reader's own tokens of ``text`` (brackets blanked), as it reads them."""
    blanked = duties._BRACKETED.sub(lambda m: " " * len(m.group()), text) if "(" in text \
        else text
    pattern = duties._TOKEN_ASCII if ascii_words(blanked) else duties._TOKEN
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(blanked)]


def _noun_tokens(text: str) -> list[tuple[int, int, str]]:
    pattern = nouns._TOKEN_ASCII if ascii_words(text) else nouns._TOKEN
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def _handed_over_wrongly(same: object, texts: list[str]) -> list[str]:
    return [t for t in texts if same(t) and _noun_tokens(t) != _duty_tokens(t)]  # type: ignore[operator]


def test_the_noun_readers_tokens_are_handed_over_only_where_they_are_the_duty_readers() -> None:
    texts = _texts(4000, 1)
    shared = [t for t in texts if duties.same_tokens(t)]
    assert len(shared) > 500 and len(shared) < len(texts) - 500  # both kinds of text
    assert _handed_over_wrongly(duties.same_tokens, texts) == []
    # The check bites: where the patterns cut a text differently, a gate that let it
    # through would hand over wrong tokens ("COVID-19" is one of the noun reader's, two
    # of the duty reader's; "9–5" one of the duty reader's; brackets are blanked).
    assert _handed_over_wrongly(lambda t: "(" not in t and "–" not in t, texts) != []
    assert _handed_over_wrongly(lambda t: "(" not in t and (
        "-" not in t or duties._NOT_SHARED.search(t) is None), texts) != []
    assert _handed_over_wrongly(lambda t: "–" not in t and (
        "-" not in t or duties._NOT_SHARED.search(t) is None), texts) != []


def test_a_units_duties_are_the_same_read_from_handed_over_tokens() -> None:
    verbs = frozenset({"replac", "rebuild", "seat", "stock", "review", "cod", "support"})

    def is_verb(word: str) -> bool:
        low = word.lower()
        return any(low.startswith(v) for v in verbs)

    units = [t for t in _texts(1500, 2, 24) if duties.same_tokens(t)]
    units += ["Replace water heaters, rebuild faucets and toilets, and seat patients.",
              "You'll stock shelves, review work orders and support the team."]
    for text in units:
        tokens = list((nouns._TOKEN_ASCII if ascii_words(text) else nouns._TOKEN)
                      .finditer(text))
        assert duties.duty_terms(text, [], is_verb=is_verb, with_verbs=True,
                                 tokens=tokens) == \
            duties.duty_terms(text, [], is_verb=is_verb, with_verbs=True), text
    assert any(duties.duty_terms(t, [], is_verb=is_verb) for t in units)


def _old_listed_among_workers(text: str, start: int, end: int) -> bool:
    """``worker_lists.listed_among_workers`` as written before (verbatim)."""
    if text[end:end + 1] != "," and not text[max(0, start - 5):start].endswith(
            (", ", " and ", " or ", " & ")):
        return False
    lo = max(0, start - 160)
    a = max(text.rfind(c, lo, start) for c in "();:.!?\n") + 1
    a = max(a, lo)
    hi = min(len(text), end + 160)
    ends = [i for i in (text.find(c, end, hi) for c in "();:.!?\n") if i >= 0]
    b = min(ends) if ends else hi
    items = [i.strip() for i in worker_lists._ITEM_SPLIT.split(text[a:b]) if i.strip()]
    surface = text[start:end].lower()
    if len(items) < 3 or surface not in (i.lower() for i in items):
        return False
    workers = sum(1 for i in items if len(i.split()[-1]) > 3 and i.split()[-1][-1:] == "s"
                  and is_person_noun(i.split()[-1]))
    return workers >= 2 and workers * 2 >= len(items)


def test_a_lists_workers_are_counted_as_before_for_every_hit() -> None:
    rng = random.Random(3)
    items = ["plumbers", "electricians", "framers", "drywall", "painters", "HVAC technicians",
             "forklifts", "pallet jacks", "operators", "nurses", "Drywall", "roofers"]
    joins = [", ", ", and ", " and ", " or ", " & ", " / ", ",", "; ", ". ", " (", ") "]
    texts = []
    for _ in range(400):
        words = [rng.choice(items) for _ in range(rng.randrange(2, 7))]
        texts.append("Supervise " + "".join(w + rng.choice(joins) for w in words[:-1])
                     + words[-1] + rng.choice(["", ".", " daily", ", ", "\nRequirements"]))
    wrong = []
    seen_true = 0
    for n, text in enumerate(texts):
        if n % 50 == 0:
            text_memo.forget()
        spans = [m.span() for m in re.finditer(r"[A-Za-z]+(?: [a-z]+)?", text)]
        for start, end in [*spans, *rng.sample(spans, len(spans))]:
            got = worker_lists.listed_among_workers(text, start, end)
            seen_true += got
            if got != _old_listed_among_workers(text, start, end):
                wrong.append((text, start, end))
    assert seen_true > 100  # the texts hold lists of workers
    assert wrong == []


def test_a_line_with_only_a_two_word_verb_is_still_read_for_its_deed() -> None:
    # The deed reader rules out a line with no form of its verbs, the two-word ones
    # ("set up") among them, in one set: such a line is read still.
    # ("Shut", "Hooked", "utilities", "appliances": no word of these lines is a form of
    # a one-word verb of the index, only of the two-word verbs "shut down", "hook up".)
    vocabulary = load_vocabulary()
    for lists in (False, True):
        vocabulary.clear_cache()
        for line, skill in (("Shut down utilities for the tenants", "Utility Shutdowns"),
                            ("Hooked up gas appliances in new homes", "Gas appliance hookup"),
                            ("Set up new hires in ADP each week", "New hire setup")):
            assert skill in {h.skill.name for h in vocabulary.deeds(line, lists=lists)}, line


def _old_third_person(vocabulary: object, text: str, toks: list[re.Match[str]],
                      raw: list[str], low: list[str], hits: list[object],
                      third: dict[str, str]) -> list[object]:
    """``Vocabulary._third_person`` as written before (verbatim but for the names)."""
    from tailor_app.tailoring.skills.entries import new_hit
    from tailor_app.tailoring.skills.vocabulary import _NOUN_BEFORE

    added = []
    for k, word in enumerate(low):
        base = third.get(word)
        if base is None or k == len(low) - 1 or (k and low[k - 1] in _NOUN_BEFORE):
            continue
        start = toks[k].start()
        if any(h.start <= start < h.end for h in hits):  # type: ignore[attr-defined]
            continue
        raw2, low2 = raw[:], low[:]
        raw2[k] = low2[k] = base
        found = vocabulary._walk(text, toks, raw2, low2, k)[0]  # type: ignore[attr-defined]
        if found is None or found[0] - k < 2:
            continue
        end = toks[found[0] - 1].end()
        added.append(new_hit(vocabulary._skills[found[1]], start, end,  # type: ignore[attr-defined]
                             text[start:end]))
    return sorted([*hits, *added], key=lambda h: h.start) if added else hits  # type: ignore[attr-defined]


def test_a_verbs_third_person_is_read_as_before_beside_any_hits() -> None:
    from tailor_app.tailoring.skills.entries import new_hit
    from tailor_app.tailoring.skills.keys import _tokens

    vocabulary = load_vocabulary()
    third = vocabulary._third_forms()
    rng = random.Random(4)
    words = ["Manages", "payroll", "reports", "to", "the", "director", "Responds", "crises",
             "screens", "applicants", "plans", "lessons", "weekly", "maintains", "records",
             "and", "schedules", "appointments", "coordinates", "events", "for", "our",
             "Excel", "QuickBooks", "processes", "invoices", "trains", "new", "hires", ",",
             "conducts", "inspections", "handles", "customer", "complaints", "."]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randrange(2, 60)))
             for _ in range(600)]
    read = 0
    for text in texts:
        toks = _tokens(text)
        raw = [m.group() for m in toks]
        low = [w.lower() for w in raw]
        found = vocabulary.find(text)
        # The hits beside the verbs: all, none, some, in any order, and spans that
        # overlap (a long one holding short ones).
        spans = sorted(rng.randrange(len(text) + 1) for _ in range(6))
        made = [new_hit(found[0].skill, a, b, text[a:b]) for a, b in
                [(spans[0], spans[5]), (spans[1], spans[2]), (spans[3], spans[4])]] \
            if found else []
        for hits in (found, [], rng.sample(found, len(found) // 2), found[::-1], made,
                     made[::-1]):
            new = vocabulary._third_person(text, toks, raw, low, list(hits), third)
            assert new == _old_third_person(vocabulary, text, toks, raw, low, list(hits),
                                            third), text
            read += len(new) > len(hits)
    assert read > 30  # the texts hold verbs told in the third person


def test_the_resumes_years_read_once_are_what_the_match_and_the_guard_read() -> None:
    # The job reads the resume's years once and hands them to the match and, for an
    # unchanged source, the guard: the report and the guard's verdict are those each
    # would give reading the years itself.
    from datetime import date

    from posting_samples import POSTINGS
    from resume_samples import SAMPLES

    from tailor_app.tailoring.compose.guard import check
    from tailor_app.tailoring.compose.tailor import tailor
    from tailor_app.tailoring.posting.analyse import analyse_posting
    from tailor_app.tailoring.resume.parser import parse_resume
    from tailor_app.tailoring.skills.matching import match_resume
    from tailor_app.tailoring.skills.titles import experience_years

    today = date(2026, 12, 7)
    checked = 0
    for field in sorted(set(SAMPLES) & set(POSTINGS)):
        resume = parse_resume(SAMPLES[field])
        analysis = analyse_posting(POSTINGS[field])
        years = (experience_years(resume, today),)
        assert match_resume(resume, analysis, today=today, resume_years=years) == \
            match_resume(resume, analysis, today=today)
        result = tailor(SAMPLES[field], POSTINGS[field], today=today)
        if result.summary:
            checked += 1
            source = result.original
            assert check(source, result.tailored, result.summary, result.renamed, today=today,
                         source_years=(experience_years(source, today),)) == \
                check(source, result.tailored, result.summary, result.renamed, today=today)
    assert checked >= 3
