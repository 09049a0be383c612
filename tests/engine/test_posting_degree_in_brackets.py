"""A degree offered in brackets as the other way in ("a CDA (or an associate degree in
child development), CPR and First Aid, a food handler card") names its subjects up to
the closing bracket: what follows is the next demand, not more subjects of the degree
(words8, Dec 5; posting written for this test)."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.noise import degree_subjects

POSTING = ("Toddler Teacher - Maple Street Early Learning, Boise ID. You will plan the week's "
           "activities and keep each child's daily sheet. Requirements: a CDA (or an associate "
           "degree in child development), CPR and First Aid, a food handler card, and one year "
           "of classroom experience.")


def test_the_subjects_end_at_the_closing_bracket() -> None:
    text = "a CDA (or an associate degree in child development or psychology), CPR and First Aid"
    spans = degree_subjects(text, text.lower())
    assert spans and all(b <= text.index(")") for _a, b in spans)


def test_the_demands_after_the_bracket_are_asked() -> None:
    asked = {s.name for s in analyse_posting(POSTING).skills}
    assert {"CPR Certification", "First Aid Certification"} <= asked
