"""The summary line never names words read out of the middle of a longer noun phrase
("Bates-number document" of "Bates-number document productions"): a reader takes them
for a slip. A vocabulary name before another noun ("guided reading groups") and a name
in capitals ("Conscious Discipline routines") are still named."""

from __future__ import annotations

from tailor_app.tailoring.compose.naming import summary_term
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

_TEXT = ("Assemble Bates-number document sets for opposing counsel\n"
         "Run guided reading groups for second graders\n"
         "Use Conscious Discipline routines at morning circle\n")


def test_words_cut_from_a_noun_phrase_are_not_named() -> None:
    vocabulary = load_vocabulary()
    assert summary_term("Bates-number document", "hard", "Document Preparation", _TEXT,
                        vocabulary) is None


def test_names_before_another_noun_are_still_named() -> None:
    vocabulary = load_vocabulary()
    assert summary_term("guided reading", "hard", "Guided reading", _TEXT,
                        vocabulary) == "guided reading"
    assert summary_term("Conscious Discipline", "hard", "Conscious Discipline", _TEXT,
                        vocabulary) == "Conscious Discipline"
