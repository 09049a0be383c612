"""A posting's choice of credentials is no duty to people: "Orton-Gillingham training or
a reading specialist credential" asks no Staff training, while "train and coach new
servers" still does."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def _asks(line: str, vocabulary: Vocabulary) -> list[str]:
    posting = f"Reading Teacher\n\nRequirements\n- {line}\n"
    return [s.name for s in analyse_posting(posting, vocabulary=vocabulary).skills]


@pytest.mark.parametrize("line", [
    "Wilson training or a reading specialist credential",
    "Mandt training or an associate teacher permit",
    "CPI training or the district's own de-escalation course for paraprofessionals",
])
def test_training_then_a_choice_trains_no_one(line: str, vocabulary: Vocabulary) -> None:
    assert "Staff training" not in _asks(line, vocabulary)


@pytest.mark.parametrize("line", [
    "Train and coach new paraprofessionals",
    "Hire or train the new tutors",
    "Training new hires on the reading curriculum",
])
def test_training_people_is_still_asked(line: str, vocabulary: Vocabulary) -> None:
    assert "Staff training" in _asks(line, vocabulary)
