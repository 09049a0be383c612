"""A verb's form after a number or a determiner names a thing, not a deed: "run 504
plan meetings" asks for 504 plans, not for meeting planning. Texts written here."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def asks(*duties: str) -> set[str]:
    posting = ("School Counselor\nResponsibilities\n" + "".join(f"- {d}\n" for d in duties))
    return {s.name for s in analyse_posting(posting).skills}


def test_a_number_before_the_verbs_form_makes_it_a_noun() -> None:
    found = asks("Run 504 plan meetings with families and teachers")
    assert "504 Plan" in found
    assert "Meeting planning" not in found


def test_a_determiner_before_the_verbs_form_makes_it_a_noun() -> None:
    assert "Meeting planning" not in asks("Present the plan meetings calendar to staff")


def test_the_verb_itself_still_asks() -> None:
    assert "Meeting planning" in asks("Plan meetings for the student support team")
