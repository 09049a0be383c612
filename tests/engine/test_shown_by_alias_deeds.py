"""A skill shown by a verb of one of its names done to the object of another: the
vocabulary's names of one skill, read together, say which verbs and which objects it is
made of ("priced jobs" and "wrote up estimates": "Price out estimates" is quoting). The
verb must open the bullet or a clause of it, the object follow within a few words with no
preposition or comma between, so a line about someone else, a goal or a mention shows
nothing."""

from __future__ import annotations

import pytest
from match_probe import asks, bullets_report, shown, shown_by_bullet, tsv_vocabulary

from tailor_app.tailoring.skills.alias_deeds import verbs_and_objects

_VOCABULARY = tsv_vocabulary(
    "Quoting\thard\tquotes | <priced jobs | <wrote up estimates\n"
    "Travel Arrangements\thard\tbooked travel | <booked flights\n"
    "Upselling\thard\tupsell | <suggested desserts | <pushed the specials\n"
    "Team Leadership\thard\tled teams\n"
    "Event setup\thard\t<set rooms | <flipped the ballroom\n"
    "Account Reconciliation\thard\treconciling accounts | ~tie-outs | ~tied out\n"
    "Bank reconciliation\thard\t^Account Reconciliation | bank recs\n"
    "Welding\thard\tMIG\n")


def _shown(ask: str, *bullets: str) -> set[str]:
    return set(shown(bullets_report(bullets, asks(ask), _VOCABULARY)))


@pytest.mark.parametrize(("ask", "bullet"), [
    ("Quoting", "Price estimates the same day for walk-in contractors"),
    ("Travel Arrangements", "Arrange flights and hotels for three partners"),
    ("Upselling", "Push the desserts and a second bottle on every two-top"),
    ("Upselling", "Run the floor on Fridays; suggest specials to the big tables"),
    ("Upselling", "Closing shift: push desserts and after-dinner drinks"),
    ("Event setup", "Flip function rooms between the lunch and dinner events"),
    # a narrower skill is its broader one's deed done to its own things
    ("Bank reconciliation", "Tie out the bank and the store card to the statements"),
])
def test_a_verb_of_one_name_on_the_object_of_another_shows_the_skill(ask: str, bullet: str
                                                                      ) -> None:
    assert ask in _shown(ask, bullet)


@pytest.mark.parametrize(("ask", "bullet"), [
    # someone else does it, or it is a goal: the verb opens no clause of the writer's
    ("Upselling", "Trained new servers to push desserts"),
    ("Quoting", "Learning to price estimates in Excel"),
    ("Upselling", "Managers suggest specials at lineup"),
    # the object sits past a preposition: another thing is acted on
    ("Travel Arrangements", "Arrange parking for flights crews at the airport"),
    # a series of deeds: the object belongs to the verb after the comma
    ("Quoting", "Price the menu, write estimates nobody reads"),
    # a verb with a particle is another verb: "set up" is not "set"
    ("Event setup", "Set up the ballroom wifi for the sales meeting"),
    ("Quoting", "Price out estimates the same day for walk-in contractors"),
    ("Bank reconciliation", "Tie the bank bags shut before the courier comes"),
    ("Bank reconciliation", "Tie out the deposits for the bank manager"),
    # the object only describes the thing acted on
    ("Upselling", "Push dessert carts back to the kitchen"),
    # the verb with none of the skill's objects
    ("Upselling", "Push carts back to the corral"),
])
def test_others_goals_and_other_objects_show_nothing(ask: str, bullet: str) -> None:
    assert ask not in _shown(ask, bullet)


def test_the_pairs_come_from_the_skills_own_names() -> None:
    skill = _VOCABULARY.lookup("Upselling")
    assert skill is not None
    verbs, objects = verbs_and_objects(skill, ["suggested desserts", "pushed the specials"],
                                       _VOCABULARY.deed_verbs())
    assert {"suggest", "push"} <= verbs
    assert {"dessert", "special"} <= objects
    # an "<object> <action>" name gives the action's verb and its object
    travel = _VOCABULARY.lookup("Travel Arrangements")
    assert travel is not None
    verbs, objects = verbs_and_objects(travel, [], _VOCABULARY.deed_verbs())
    assert "travel" in objects and verbs


def test_the_apps_vocabulary_reads_a_quote_priced_out() -> None:
    """The app's own names of quoting pair a verb of pricing with quotes."""
    assert "Quoting" in shown_by_bullet("Prepare quotes for contractors",
                                        "Price window and door quotes for builders")
    assert "Quoting" not in shown_by_bullet("Prepare quotes for contractors",
                                            "Drove the price list out to builders")


def test_a_light_verb_keeps_to_the_names_own_head() -> None:
    """"Teach" is the verb of many skills' names: "taught lessons" pairs it with the
    object of "differentiated lessons", but teaching lessons is no differentiation."""
    assert "Differentiated Instruction" not in shown_by_bullet(
        "Differentiated instruction", "Taught live lessons to 28 fourth graders")


def test_a_name_of_a_verb_and_its_particle_lends_the_verb() -> None:
    """"tie-out", "tied out": no object, but the verb the skill is done with."""
    skill = _VOCABULARY.lookup("Account Reconciliation")
    assert skill is not None
    verbs, objects = verbs_and_objects(skill, [], _VOCABULARY.deed_verbs())
    assert "tie out" in verbs
    assert "account" in objects and "out" not in objects


@pytest.mark.parametrize(("ask", "skill", "bullet"), [
    # the thing a name makes or any trade's object, with a verb of another name: nothing
    # of the skill's own is left
    ("Staff scheduling", "Staff scheduling",
     "Build and update project schedules in Smartsheet"),
    ("Tab management", "Tab Management", "Run eligibility checks on Medicaid plans"),
    ("Drain cleaning", "Drain Cleaning", "Broke down and cleaned the line at close"),
    ("Forklift operation", "Forklift Operation",
     "Drive a 24-ft box truck with liftgate on a fixed route"),
    ("Call routing", "Call routing", "Take 70+ calls a day from members about benefits"),
    # a word of the name that any trade has: a sewer line, a counseling group
    ("Line cooking", "Line cooking", "Dug trenches and ran water and sewer lines"),
    ("Small group instruction", "Small group instruction",
     "Ran evening groups on relapse prevention and coping skills"),
])
def test_a_pair_with_nothing_of_the_skills_own_shows_nothing(ask: str, skill: str,
                                                             bullet: str) -> None:
    assert skill not in shown_by_bullet(ask, bullet)


def test_a_word_of_the_skills_own_name_keeps_the_pair() -> None:
    """"Tie out the bank": the bank is Bank reconciliation's own word."""
    assert "Bank reconciliation" in shown_by_bullet(
        "Bank reconciliation", "Tie out the bank and the company Visa to the statements")
