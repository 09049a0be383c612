"""A resume-only phrase written in the past shows its skill in a present-tense or "-ing"
bullet too: a resume tells the current job in the present ("Balance the drawer at
close") and past jobs in the past. Texts and vocabularies written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.skills.phrase_tenses import tense_variants
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary


def test_a_past_tense_gives_its_present_third_person_and_gerund() -> None:
    assert {"plan lessons", "plans lessons", "planning lessons"} <= set(
        tense_variants("planned lessons"))
    assert {"balance the drawer", "balances the drawer", "balancing the drawer"} <= set(
        tense_variants("balanced the drawer"))
    assert {"book visits", "books visits", "booking visits"} <= set(
        tense_variants("booked visits"))
    assert {"carry trays", "carries trays", "carrying trays"} <= set(
        tense_variants("carried trays"))
    assert {"cancel orders", "cancels orders", "cancelling orders"} <= set(
        tense_variants("cancelled orders"))
    assert {"keep the logs", "keeps the logs", "keeping the logs"} <= set(
        tense_variants("kept the logs"))  # an irregular past
    assert {"open the shop", "opening the shop"} <= set(tense_variants("opened the shop"))


def test_other_phrases_give_nothing() -> None:
    assert tense_variants("behavior chart") == []  # no verb first
    assert tense_variants("set rooms") == []  # no past to tell apart from the present
    assert tense_variants("needed") == []  # one word: the matcher folds it already
    assert tense_variants("bed checks") == []  # too short to cut an "-ed" from
    assert tense_variants("fed lambs") == ["feed lambs", "feeds lambs", "feeding lambs"]


VOCABULARY = Vocabulary.from_lines(
    "Cash Handling\thard\tcash handling | <counted down the drawer\n"
    "Table service\thard\ttable service | <waited tables\n"
    "Classroom Management\thard\tclassroom management | <class jobs\n")


def _shown(text: str) -> list[tuple[str, str]]:
    return [(h.skill.name, h.surface) for h in VOCABULARY.shown_by(text)]


def test_a_present_tense_bullet_shows_the_phrase_s_skill() -> None:
    assert VOCABULARY.problems == []
    assert _shown("Count down the drawer at close and drop the deposit") == [
        ("Cash Handling", "Count down the drawer")]
    assert _shown("Waiting tables on weekends") == [("Table service", "Waiting tables")]
    assert _shown("Wait tables in a 40-seat cafe") == [("Table service", "Wait tables")]
    assert _shown("Waited tables at the diner") == [("Table service", "Waited tables")]


def test_present_forms_stay_resume_only_and_need_the_whole_phrase() -> None:
    assert VOCABULARY.find("You will count down the drawer and wait tables") == []
    assert VOCABULARY.lookup("count down the drawer") is None
    assert _shown("Count the drawer") == []  # not the phrase
    assert _shown("Assign class jobs each Monday") == [("Classroom Management", "class jobs")]


def test_everyday_service_phrasing_shows_the_skill_in_the_shipped_vocabulary() -> None:
    """Present-tense bullets written as servers, teachers, sellers and aides write
    them; and the same words that name something else show nothing."""
    vocabulary = load_vocabulary()

    def names(text: str) -> set[str]:
        return {h.skill.name for h in vocabulary.shown_by(text)}

    assert "Cash Handling" in names("Close out cash and card tips at the end of my shift")
    assert "Full-Cycle Sales" in names("Own deals from first call to close for a territory")
    assert "Customer onboarding" in names("Onboard new clients and set up their portals")
    assert "Small group instruction" in names("Pull small groups for fluency practice")
    assert "De-escalation" in names("Help students calm down after recess")
    assert "Pressure Injury Prevention" in names("Turn residents every two hours per plan")
    assert "Appointment scheduling" in names("Book follow-ups at checkout")
    assert "Customer Segmentation" in names("Group subscribers by lifetime value")
    assert "List hygiene" in names("Clean out bounced addresses monthly")
    assert "Quota Attainment" in names("Finished the year at 109% of plan")
    assert "Cash Handling" in names("Close out the till and count the bank at night")
    assert "Change in Condition Reporting" in names("Notify the nurse of any new bruising")
    assert "Parent Communication" in names("Call home for every missing assignment")
    assert names("Planned the company picnic and booked the venue") == set()
    assert names("Turned around a struggling store") == set()


def test_a_curated_deed_in_the_past_shows_its_skill_in_the_present_on_a_resume() -> None:
    """"Handled reservations" is an alias; "Handle reservations" in a resume's current
    job shows the same skill, and a posting's "handle reservations" asks nothing new.
    A name that opens with a past form ("Advanced Excel") is no deed."""
    vocabulary = Vocabulary.from_lines(
        "Reservation Management\thard\treservation management | handled reservations\n"
        "Advanced Excel\thard\tadvanced excel | advanced spreadsheets\n")
    assert vocabulary.problems == []
    shown = [(h.skill.name, h.surface) for h in vocabulary.shown_by(
        "Handle reservations by phone; handling reservations online")]
    assert shown == [("Reservation Management", "Handle reservations"),
                     ("Reservation Management", "handling reservations")]
    assert vocabulary.find("You will handle reservations") == []
    assert vocabulary.shown_by("Advancing spreadsheets for the team") == []
