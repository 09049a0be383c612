"""Skills a resume tells with a phrasal verb, read as the plain verb it means: "Keyed in
supplier bills" is entering them, "Worked up estimates" preparing them, "Talk guests into
the king upgrade" selling it, "Went over insulin instructions with patients" educating
them. And the phrasal verbs and objects that tell nothing of the kind. Texts written for
these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.phrasal_verbs import plain_readings
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary
from tests.match_probe import asks, bullets_report, shown


@pytest.fixture(scope="module")
def full() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(("bullet", "asked"), [
    # "<verb> <particle> <object>"
    ("Keyed in 200 supplier bills a week", "Invoice processing"),
    ("Worked up estimates for kitchen remodels", "Estimating"),
    ("Drew up the weekly delivery schedule", "Scheduling"),
    ("Priced out quotes for commercial roofs", "Quoting"),
    ("Lined up deliveries and inspections for three houses at a time", "Delivery coordination"),
    ("Swap out failed capacitors, contactors and igniters", "Capacitor replacement"),
    ("Changed out blower motors on 40 furnaces", "Motor replacement"),
    # "<verb> <thing> into <place>"
    ("Punched sales orders into Epicor every morning", "Order entry"),
    # "<verb> <people> <particle> <thing>"
    ("Talk guests into the king upgrade", "Upselling"),
    ("Walked members through their new benefits", "Member education"),
    ("Sign new members up for autopay at the front desk", "Member enrollment"),
    # "go over <thing> with <people>"
    ("Went over home insulin instructions with patients and their caregivers",
     "Patient education"),
    ("Went over discharge instructions and home care with clients at pickup",
     "Client education"),
])
def test_the_phrasal_verb_shows_the_skill(full: Vocabulary, bullet: str, asked: str) -> None:
    r = bullets_report([bullet], asks(asked), full)
    assert asked in shown(r), shown(r)


@pytest.mark.parametrize(("bullet", "asked"), [
    # "go over" without people is also exceeding; with staff it is a briefing.
    ("Went over budget on the Elm Street job", "Budgeting"),
    ("Go over the lift plan with the crew each morning", "Staff training"),
    ("Go over after-care instructions with patients and family members", "Staff training"),
    ("Went through discharge papers with the unit manager", "Patient education"),
    # "go through ... with <people>" is as often an experience shared with them.
    ("Went through CPR and first aid training with other students", "Student education"),
    ("Went through orientation with new members", "Member education"),
    # Persuading someone to do something, or a person of the job, sells nothing.
    ("Talked my manager into a schedule change", "Upselling"),
    ("Talked him into staying through the holidays", "Upselling"),
    ("Talked the owner into a bigger crew for the pour", "Sales"),
    # No object, or not the particle's sense.
    ("Worked up to lead cashier in eight months", "Cashiering"),
    ("Keyed in on the details customers care about", "Data entry"),
    ("Walk the inspector through the site before pours", "Customer education"),
    ("Walked people through empty townhomes and answered questions", "Staff training"),
    ("Program and hand out room keys", "Distribution"),
    ("Lined up for the national anthem", "Scheduling"),
])
def test_what_the_phrasal_verb_does_not_show(full: Vocabulary, bullet: str,
                                             asked: str) -> None:
    r = bullets_report([bullet], asks(asked), full)
    assert asked not in shown(r), shown(r)


def test_the_match_quotes_the_written_words(full: Vocabulary) -> None:
    """What the user reads is the resume's line and its own words, never the plain
    reading."""
    r = bullets_report(["Punch orders into Prophet 21 and chase late POs"],
                       asks("Order entry"), full)
    (match,) = r.matched
    assert match.evidence == "Punch orders into Prophet 21 and chase late POs"
    assert match.resume_term.startswith("Punch orders into")


def test_only_work_lines_are_read_again() -> None:
    """A skills list or a credential line is no deed; a work bullet keeps its tense and
    its capital."""
    lines = [ResumeLine("Signed up for a CPR class", "bullet", "certifications"),
             ResumeLine("Keyed in vendor bills", "bullet", "experience"),
             ResumeLine("Key in vendor bills", "bullet", "experience")]
    told = [reading.line.text for reading in plain_readings(lines)]
    assert told == ["Entered vendor bills", "Enter vendor bills"]
