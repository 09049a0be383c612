"""One reading of word forms for deeds, duties to people and phrases (skills/stems.py).

A resume tells in verbs what a posting or the vocabulary names with an action noun:
"managing a territory" is Territory Management, "coordinating shipments" Shipment
Coordination, "scheduled the crews" Crew Scheduling. Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.model import SkillMention
from tailor_app.tailoring.skills.deeds import DeedIndex
from tailor_app.tailoring.skills.matching import ResumeLine, _phrase_variant
from tailor_app.tailoring.skills.staff import StaffIndex
from tailor_app.tailoring.skills.stems import same_word, word_stems


@pytest.mark.parametrize(("a", "b"), [
    ("managing", "management"), ("managing", "manage"), ("managed", "management"),
    ("coordinating", "coordination"), ("coordinated", "coordinate"),
    ("scheduled", "scheduling"), ("schedules", "scheduling"), ("planned", "planning"),
    ("documented", "documentation"), ("supervising", "supervision"),
    ("trainings", "train"), ("stories", "story"), ("taught", "teaching"), ("led", "lead"),
    ("resolved", "resolution"), ("reconciled", "reconciliation"), ("submitted", "submission"),
    ("converting", "conversion"), ("prescribed", "prescription"),
    ("analyzed", "analysis"), ("analysing", "analysis"), ("recovered", "recovery"),
])
def test_forms_of_one_word_meet(a: str, b: str) -> None:
    assert same_word(a, b)
    assert same_word(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("planet", "planning"), ("process", "proce"), ("status", "stat"), ("ring", "r"),
    ("manager", "management"), ("analysis", "analyst"), ("recovery", "cover"),
])
def test_other_words_do_not(a: str, b: str) -> None:
    assert not same_word(a, b)


def test_a_stem_is_never_shorter_than_three_letters() -> None:
    assert all(len(s) >= 3 for s in word_stems("using"))
    assert word_stems("IVs")[0] == "ivs"


@pytest.mark.parametrize("text", [
    "Managing a territory of 40 accounts", "Managed the territory", "manages territories",
])
def test_an_ing_or_ed_form_of_an_e_verb_is_a_deed(text: str) -> None:
    index = DeedIndex([(7, "territory management")])
    assert [d.skill for d in index.find(text)] == [7]


def test_a_duty_to_people_with_an_e_verb_or_an_irregular_past() -> None:
    index = StaffIndex([(1, "staff scheduling"), (2, "staff training"),
                        (3, "staff leadership")])
    assert [i for i, _a, _b in index.find("Scheduling 12 servers weekly")] == [1]
    assert [i for i, _a, _b in index.find("Led a crew of six")] == [3]


def shown(name: str, line: str) -> str | None:
    mention = SkillMention(name, "hard", True, name, "requirements")
    _credit, match = _phrase_variant(mention, [ResumeLine(line, "bullet", "experience")])
    return match.resume_term if match else None


def test_a_phrase_is_shown_by_an_action_noun_s_verb() -> None:
    assert shown("Territory management", "Managing a territory of 40 dental offices") == \
        "Managing a territory"
    # A describing word or two may stand between the action and its object.
    assert shown("Shipment coordination", "Coordinating inbound shipments daily") == \
        "Coordinating inbound shipments"
    assert shown("Shipment coordination", "Coordinating vendor meetings about shipments") is None
    assert shown("Shipment coordination", "Coordinating shipments across 3 docks") == \
        "Coordinating shipments"
    assert shown("Crew scheduling", "Scheduled crews for two shifts") == "Scheduled crews"
    assert shown("Territory management", "Managed the budget; toured the territory") is None


def done(name: str, line: str) -> str | None:
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary
    from tailor_app.tailoring.skills.wording import _done_evidence

    mention = SkillMention(name, "hard", True, name, "requirements")
    lines = [ResumeLine(line, "bullet", "experience")]
    _credit, match = _done_evidence(mention, lines, line.lower(), load_vocabulary())
    return match.resume_term if match else None


def test_a_bullet_opening_with_the_verb_shows_the_gerund_skill() -> None:
    assert done("Forecasting", "Forecast store demand in R weekly") == "Forecast"
    assert done("Scheduling", "Schedule 40 technicians a day") == "Schedule"
    assert done("Planning", "Plan weekly lessons for 120 students") == "Plan"
    # A noun that opens a longer name, or the word later in a line, is no deed.
    assert done("Accounting", "Account management for 30 clients") is None
    assert done("Forecasting", "Built a forecast model") is None


def test_a_one_word_action_noun_is_shown_by_its_verb_done() -> None:
    assert shown("Nonconformance", "Handled nonconforming material and NCMRs") == \
        "nonconforming"
    assert shown("Procurement", "Procured spare parts for 3 lines") == "Procured"
    # A noun of the same letters is not the action: "documents" is no documentation.
    assert shown("Documentation", "Filed documents for 40 cases") is None


def test_british_and_american_spellings_are_one_word() -> None:
    for british, american in (("organisational", "organizational"), ("colour", "color"),
                               ("behaviour", "behavior"), ("analysed", "analyzed"),
                               ("centre", "center"), ("catalogue", "catalog"),
                               ("modelling", "modeling"), ("counsellor", "counselor"),
                               ("licence", "license"), ("paediatric", "pediatric"),
                               ("programme", "program"), ("prioritising", "prioritizing")):
        assert same_word(british, american), british
    # Short words keep their letters: an hour is no "hor", a tour no "tor".
    assert not same_word("hour", "hor") and not same_word("tour", "tor")


def test_a_phrase_asked_in_british_spelling_is_shown_in_american() -> None:
    assert shown("Organisational change", "Led organizational change for 3 clinics") == \
        "organizational change"
