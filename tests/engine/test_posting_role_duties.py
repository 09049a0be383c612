"""A paragraph under a heading of the role ("The Position", "The Role") that opens with
a duty's verb is a list of duties: its phrases are read as a duty's are, not as the
company's story (posting/reader.py ``_tells_the_work``)."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def asks(text: str) -> list[str]:
    return [s.name for s in analyse_posting(text).skills]


def test_a_role_paragraph_opening_with_a_verb_asks_its_phrases() -> None:
    found = asks("Events Coordinator\n\nThe Position\nPlan client events end to end,"
                 " including vendor sourcing, run-of-show documents and post-event surveys,"
                 " and keep the shared calendar current in Asana and Airtable.\n\n"
                 "Requirements\n- 2 years of event planning\n")
    assert "Vendor sourcing" in found and "Post-event surveys" in found


def test_a_role_paragraph_told_to_you_keeps_its_phrases_out() -> None:
    # "you will rotate between ..." tells the role as a whole, not its duties.
    found = asks("Veterinary Technician\n\nThe Role\nYou will rotate between exam rooms,"
                 " surgery and dentistry with a team of nine.\n\nRequirements\n"
                 "- Credentialed veterinary technician\n")
    assert "Exam rooms" not in found
