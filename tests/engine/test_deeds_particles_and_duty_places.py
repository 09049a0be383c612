"""Deeds told by a verb and its particle, and everyday duties of the weak fields told
by their verbs (recall5, Dec 5). Texts are written for these tests.

"Station setup" is what "set up your station" does and "site cleanup" what "clean up
the job site" does: the particle stands between the verb and its object and is passed
over like a describing word. Recess, lunch and bus duty are one duty of supervising
students; "answer the phones" is phone answering, as "answer phones" was.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.deeds import DeedIndex, action_verbs


def test_particle_nouns_give_their_verbs() -> None:
    assert action_verbs("setup") == ("set",)
    assert action_verbs("cleanup") == ("clean",)
    assert action_verbs("breakdown") == ("break",)


def test_a_particle_between_verb_and_object_is_passed_over() -> None:
    index = DeedIndex([(0, "station setup"), (1, "site cleanup"), (2, "booth set-up")])
    assert [d.skill for d in index.find("Set up and stock your station before service")] == [0]
    assert [d.skill for d in index.find("clean up the site at the end of the day")] == [1]
    assert [d.skill for d in index.find("set up our booth at trade fairs")] == [2]
    assert index.find("Set goals with your manager") == []


def _asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_a_cooks_station_set_up_is_asked() -> None:
    asked = _asked("Prep Cook\nWhat you'll do\n- Set up your station before the lunch rush\n"
                   "- Clean up the job site\n")
    assert "Station setup" in asked


def test_supervising_students_is_asked_by_its_places() -> None:
    asked = _asked("Paraeducator\nDuties\n- Supervise recess and bus duty on a rotation\n"
                   "- Supervise students in the hallway between classes\n")
    assert "Student Supervision" in asked


def test_answering_the_phones_is_phone_support() -> None:
    asked = _asked("Receptionist\nDuties\n- Answer the phones and route callers\n")
    assert "Phone Support" in asked


def test_the_till_and_the_drawer_are_cash_handling() -> None:
    asked = _asked("Café Cashier\nWhat you'll do\n- Count the till at the end of your shift\n"
                   "- Run the register during the morning rush\n")
    assert "Cash Handling" in asked


def test_taking_people_to_appointments_is_client_transportation() -> None:
    for duty in ("Transport children and parents to school and visits",
                 "Drive youth to court dates in agency vans",
                 "Accompany clients to medical appointments"):
        assert "Client Transportation" in _asked(f"Case Aide\nDuties\n- {duty}\n"), duty
    # An agent driving buyers to showings names no such duty.
    assert "Client Transportation" not in _asked(
        "Buyer's Agent\nRequirements\n- A car, since you'll drive clients to showings\n")


def test_cooking_to_the_house_recipes_is_asked() -> None:
    for duty in ("Make soups and dressings according to recipes",
                 "Follow standardized recipes and portion charts"):
        assert "Following Recipes" in _asked(f"Prep Cook\nDuties\n- {duty}\n"), duty
