"""An ask named "<object> <action noun>" is shown by a deed whose verb is an ordinary
English synonym of the action ("Cooked soft meals" for Meal preparation, "Chart every
call" for Call documentation), and still reported missing when the resume only names
the object, does something else to it, or names the verb before another thing. Texts
written for these tests; asks given as the posting's analysis would read them."""

from __future__ import annotations

from match_probe import asks, bullets_report, shown, tsv_vocabulary

from tailor_app.tailoring.model import MatchReport
from tailor_app.tailoring.skills.verb_synonyms import SYNONYM_VERBS
from tailor_app.tailoring.skills.vocabulary import Vocabulary

TSV = """\
Meal preparation\thard\tmeal prep
Equipment inspection\thard\tequipment inspections
"""


def vocabulary() -> Vocabulary:
    return tsv_vocabulary(TSV)


def report(bullets: list[str], *names: str) -> MatchReport:
    return bullets_report(bullets, asks(*names), vocabulary(),
                          role="Support Worker  May 2019 – Present\n"
                               "Lakeside Homes, Duluth, MN")


def test_a_synonym_verb_done_to_the_object_shows_the_ask() -> None:
    r = report(["Cooked soft and pureed meals for six residents",
                "Chart every call in the shared log"],
               "Meal preparation", "Call documentation")
    assert shown(r) == {"Meal preparation": "Cooked soft and pureed meals",
                        "Call documentation": "Chart every call"}


def test_past_tense_verbs_and_a_vocabulary_skill_read_the_same_way() -> None:
    r = report(["Each morning I checked equipment before the first shift"],
               "Equipment inspection")
    assert shown(r) == {"Equipment inspection": "checked equipment"}


def test_the_object_alone_or_another_deed_shows_nothing() -> None:
    r = report(["Served meals on the dining floor", "Answered calls at the front desk"],
               "Meal preparation", "Call documentation")
    assert r.matched == []
    assert set(r.missing_required) == {"Meal preparation", "Call documentation"}


def test_the_object_must_end_its_noun_phrase() -> None:
    # "recorded meal intake" documents the intake, not the meals
    r = report(["Recorded meal intake for 40 residents"], "Meal documentation")
    assert r.matched == []


def test_a_noun_of_the_verb_inside_a_line_is_no_deed() -> None:
    # "chart" and "log" are nouns here: no verb by form, and not the bullet's first word
    r = report(["Kept the visit chart and the call log up to date"],
               "Visit documentation", "Call tracking")
    assert r.matched == []


def test_the_table_is_general_english() -> None:
    # every action a base-form verb of its own; no entry names an object
    assert all(" " not in verb for verbs in SYNONYM_VERBS.values() for verb in verbs)
    assert "preparation" in SYNONYM_VERBS and "cook" in SYNONYM_VERBS["preparation"]


def test_teaching_handling_giving_and_prepping_are_their_actions() -> None:
    """"Coached patients" is patient education, "handled refunds" refund processing,
    "gave medications" medication administration, "prepped vegetables" vegetable
    preparation: dictionary synonyms of the action noun."""
    r = report(["Coached patients on their home exercise programs",
                "Handled refunds and exchanges at the service desk",
                "Gave medications on the evening round",
                "Prepped vegetables for the lunch line"],
               "Patient education", "Refund processing", "Medication administration",
               "Vegetable preparation")
    assert set(shown(r)) == {"Patient education", "Refund processing",
                             "Medication administration", "Vegetable preparation"}


def test_the_synonym_verb_on_another_object_shows_nothing() -> None:
    # "passed" a test is no administering of it; the coaching was of staff, not patients
    r = report(["Passed the state medication aide test", "Coached staff on the new EHR",
                "Handled complaints at the front desk"],
               "Test administration", "Patient education", "Refund processing")
    assert r.matched == []


def test_sending_is_submitting_filing_may_be_storing() -> None:
    r = report(["Sent 300 clean claims a week to commercial payers",
                "Sent the quarterly reports to the state"],
               "Claims submission", "Report submission")
    assert set(shown(r)) == {"Claims submission", "Report submission"}
    # "file" both submits and stores away: "filed paper charts" submits nothing
    other = report(["Filed paper charts in the records room"], "Chart submission")
    assert other.matched == []
