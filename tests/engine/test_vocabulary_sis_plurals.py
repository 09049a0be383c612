"""A noun in "-sis" makes its plural in "-ses": "analyses" is the plural of
"analysis", not of a noun "analyse". Before, "run ad hoc analyses" asked a bare
"Ad hoc" and "ran variance analyses" showed nothing."""

from __future__ import annotations

import pytest

from tailor_app.tailoring import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


@pytest.mark.parametrize(("text", "name"), [
    ("trend analyses", "Trend Analysis"),
    ("gap analyses", "Gap analysis"),
    ("root cause analyses", "Root Cause Analysis"),
])
def test_the_plural_names_the_skill(text: str, name: str) -> None:
    skill = load_vocabulary().lookup(text)
    assert skill is not None and skill.name == name


def test_a_posting_asks_the_analysis_its_plural_names() -> None:
    posting = ("Responsibilities\n- Run variance analyses every month for the plant controller\n"
               "- Answer leadership's questions with ad hoc analyses\n")
    names = {s.name for s in analyse_posting(posting).skills}
    assert {"Variance Analysis", "Ad-hoc analysis"} <= names
    assert "Ad hoc" not in names


def test_words_in_oses_that_are_no_sis_plural_name_nothing_new() -> None:
    assert load_vocabulary().lookup("purposes") is None
