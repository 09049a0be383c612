"""Each item of the summary line's "Experience in …" reads as a skill or a deed a
careful person would list: never the tail of a sentence ("Experience in from their
plans"), and a deed in the -ing form every other deed there takes ("answering phones",
not "answered phones"), while words that only look like a past tense stay as written
("fixed asset additions", "wound vac"), and so does a thing a list of things names
("Served beer, wine and mixed drinks"). Text written for the test.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.summary import _as_list_item
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 12, 1)


def test_a_list_item_is_no_sentence_tail_and_a_past_deed_reads_as_a_gerund() -> None:
    vocabulary = load_vocabulary()
    assert _as_list_item("from their plans", vocabulary) is None
    assert _as_list_item("with the families", vocabulary) is None
    deeds = "- Checked patients in, scanned insurance cards, answered phones\n- Poured wine\n"
    assert _as_list_item("answered phones", vocabulary, deeds) == "answering phones"
    assert _as_list_item("poured wine", vocabulary, deeds) == "pouring wine"
    # a thing served, after "and" closing a list of things: no deed of mixing
    served = "- Served beer, wine and mixed drinks to a 12-table section\n"
    assert _as_list_item("mixed drinks", vocabulary, served) == "mixed drinks"
    # a past tense in look only, or a deed the vocabulary does not vouch for
    assert _as_list_item("fixed asset additions", vocabulary) == "fixed asset additions"
    assert _as_list_item("wound vac", vocabulary) == "wound vac"
    assert _as_list_item("detailed notes", vocabulary) == "detailed notes"
    assert _as_list_item("QuickBooks", vocabulary) == "QuickBooks"


RESUME = """Dana Whitfield
dana.whitfield@example.com

EXPERIENCE
Office Assistant, Birchwood Family Dental, Lansing, MI    2021 – Present
- Checked patients in, scanned insurance cards, answered phones
- Entered vendor bills in QuickBooks every Friday

Counter Sales, Hartley Lumber, Lansing, MI    2018 – 2021
- Quoted lumber packages for builders from their plans
"""
POSTING = """Front Desk Assistant
Requirements
- Answering phones for a busy office
- QuickBooks
- Blueprint reading
"""


def test_the_summary_line_lists_no_sentence_tail_and_says_deeds_as_gerunds() -> None:
    summary = tailor(RESUME, POSTING, today=TODAY).summary or ""
    assert "answering phones" in summary
    assert "answered phones" not in summary
    assert "from their plans" not in summary
    assert "QuickBooks" in summary


def test_a_result_against_a_budget_is_no_list_item() -> None:
    from tailor_app.tailoring.compose.summary import _as_list_item
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    assert _as_list_item("under budget", vocabulary) is None
    assert _as_list_item("within budget", vocabulary) is None
    assert _as_list_item("over-the-counter", vocabulary) == "over-the-counter"
