"""The summary line never lists a deed as if it were a skill's name ("experience in pull
outdates", "move reservations"): a verb the line's own list of bullet verbs lacks is
known as one by the vocabulary's deeds (it keeps "pulled outdates" beside "pull
outdates") or by the duty verbs the phrase reader knows, and the deed is told with its
-ing form. Words describing a thing stay as written."""

from __future__ import annotations

from datetime import date

import pytest

from tailor_app.tailoring.compose.naming import summary_term
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def _resume(words: str) -> str:
    return ("Jo Lee\njo.lee@example.com\n\nEXPERIENCE\nClerk, Acme Supply, 2020 - Present\n"
            f"- Answer phones, {words} and keep the files in order\n")


@pytest.mark.parametrize(("term", "name", "said"), [
    # The vocabulary holds the past beside it: the first word is a verb.
    ("aliquot samples", "Specimen Processing", "aliquoting samples"),
    ("book flights", "Travel Arrangements", "booking flights"),
    ("grade papers", "Grading Student Work", "grading papers"),
    # A duty verb before the object of the skill's action.
    ("move reservations", "Reservation Management", "moving reservations"),
])
def test_a_deed_is_told_with_its_verb_in_ing(vocabulary: Vocabulary, term: str, name: str,
                                             said: str) -> None:
    assert summary_term(term, "hard", name, _resume(term), vocabulary) == said


@pytest.mark.parametrize(("term", "name"), [
    ("advance ship notices", "Advance Ship Notices"),  # the name's own word, not a verb
    ("group reservations", "Reservation Management"),  # a word describing the object
    ("gross margin", "Margin Management"),
])
def test_words_describing_a_thing_stay_as_written(vocabulary: Vocabulary, term: str,
                                                  name: str) -> None:
    assert summary_term(term, "hard", name, _resume(term), vocabulary) == term


def test_the_line_of_a_whole_resume_says_no_bare_deed(vocabulary: Vocabulary) -> None:
    resume = ("Rosa Diaz\nrosa.diaz@example.com\n\nEXPERIENCE\n"
              "Lead Pharmacy Clerk, Corner Drug, Tulsa, OK    2019 – Present\n"
              "• Check in the weekly wholesaler order, face shelves and pull outdates\n"
              "• Answer the phone line and take refill calls from patients\n"
              "• Ring up pickups at the pharmacy register\n")
    posting = ("Pharmacy Clerk\nRequirements\n- Pharmacy inventory management\n"
               "- Expired medication removal\n- Refill requests by phone\n"
               "- 2 years of pharmacy experience\n")
    result = tailor(resume, posting, today=TODAY, vocabulary=vocabulary)
    assert result.guard.ok
    line = result.summary or ""
    assert "pull outdates" not in line
    assert "pulling outdates" in line
