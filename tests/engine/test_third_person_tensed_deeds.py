"""A curated deed told in the third person, where the curators gave its other tenses.

"Essential functions" postings tell duties in the third person ("Screens applicants,
schedules interviews and extends offers"). The matcher read a deed's "-s" form only
for verbs the duty-verb lists know; "screen", "extend" and "restock" are none, so the
vocabulary's "~screen applicants" (beside "~screening applicants" and "~screened
applicants") and "~extend offers" were never read from such a line. A word the
vocabulary itself writes in another tense at an alias's opening is a verb too. Texts
are written for these tests.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.third_person import third_person_forms


def _asks(text: str) -> set[str]:
    return {s.name.lower() for s in analyse_posting(text).skills}


@pytest.mark.parametrize(("line", "asked"), [
    ("Screens applicants, schedules interviews and extends offers in UKG Pro.",
     {"candidate screening", "offer management"}),
    ("Restocks shelves before the store opens.", {"stock replenishment"}),
])
def test_a_third_person_duty_reads_its_deed(line: str, asked: set[str]) -> None:
    posting = f"Associate\n\nEssential functions\n- Works safely.\n- {line}\n"
    assert asked <= _asks(posting)


def test_the_keys_tell_which_words_are_verbs() -> None:
    forms = third_person_forms(["screen applicants", "screening applicants",
                                "pressure washing", "pressure gauges", "crisis plan"])
    assert forms["screens"] == "screen"
    assert "pressures" not in forms  # "pressure washing" holds no "pressuring"
    assert "crisises" not in forms
