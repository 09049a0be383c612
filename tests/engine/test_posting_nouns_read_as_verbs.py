"""A noun written like a verb is no duty: a plural in a list of nouns, and a noun's
"schedule" whose clause ends before the next one's object (Dec 6, precision10). Each
test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary


def _names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_a_plural_in_a_list_of_nouns_is_no_verb() -> None:
    text = ("Office Coordinator\n\nResponsibilities\n- Prepare monthly budget reports "
            "and expense summaries for the director\n- Review care plans and insurance "
            "forms with families\n")
    names = _names(text)
    assert "Expense Reporting" not in names
    # Verbs joined to verbs still share their object.
    assert "Lesson Planning" in _names(
        "Teacher\n\nDuties\n- Write and plan lessons for 24 fourth graders\n")


def test_a_clause_after_a_comma_and_and_keeps_its_own_object() -> None:
    deeds = load_vocabulary().deeds
    text = "keep the weekly schedule tidy, and greet patients at the window"
    assert not [h for h in deeds(text) if h.skill.name == "Patient Scheduling"]
    # A verb's own list of objects is still read.
    text = "Schedule patients and vendors for the clinic"
    assert [h for h in deeds(text) if h.skill.name == "Patient Scheduling"]


def test_a_duty_told_in_the_third_person_stays_a_duty() -> None:
    # Review finding: a bullet opening with a verb's "-s" form is no plural noun.
    names = _names("Framer\n\nDuties\n- Frames and sheathes exterior walls\n"
                   "- Counts and deposits cash at close\n")
    assert "Wall framing" in names or any("fram" in n.lower() for n in names)
