"""Skills a posting writes as duties, a verb and its object (posting/duties.py)."""

from __future__ import annotations

from types import SimpleNamespace

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.duties import (
    activity_namer,
    duty_terms,
    gerund,
    singular,
)
from tailor_app.tailoring.skills.deeds import action_verbs
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

_PEOPLE = frozenset({"patients", "guests", "associates", "customers"})


def names(text: str, verbs: frozenset[str] = frozenset()) -> list[str]:
    return [t.name for t in duty_terms(text, [], is_verb=verbs.__contains__,
                                       bad_head=_PEOPLE.__contains__,
                                       people=_PEOPLE.__contains__)]


def test_a_verb_and_one_word_object_name_the_activity() -> None:
    assert names("You'll groom horses, shoe ponies, and muck stalls before noon.") == [
        "Horse grooming", "Pony shoeing", "Stall mucking"]
    # The activity done to a person is one too.
    assert names("You will triage patients at the front desk") == ["Patient triaging"]


def test_figures_and_determiners_before_the_object_are_passed() -> None:
    assert names("- Reconcile 300+ receipts a week") == ["Receipt reconciling"]
    assert names("You will audit the ledgers monthly.") == ["Ledger auditing"]


def test_verbs_sharing_an_object_and_a_list_of_duties() -> None:
    found = names("You'll sand and varnish decks, caulk windows (wood and vinyl), "
                  "patch drywall, and paint trim.")
    assert found == ["Deck varnishing", "Window caulking", "Drywall patching",
                     "Trim painting"]


def test_of_verbs_sharing_an_object_the_duty_s_verb_names_it() -> None:
    # "greet" deals with people; "seat" is the work done.
    assert names("You'll seat and greet guests.") == ["Guest seating"]
    assert names("You'll plan and lead pottery workshops.") == ["Pottery workshops"]


def test_an_object_of_several_words_is_the_ask_itself() -> None:
    assert names("- Keep boiler inspection logs and write incident reports") == [
        "Boiler inspection logs", "Incident reports"]


def test_a_verb_that_says_nothing_of_the_work_keeps_its_object_alone() -> None:
    assert names("- Perform inspections and keep records") == ["Inspections"]


def test_no_ask_from_people_goals_or_things_listed() -> None:
    assert names("You'll meet deadlines, exceed targets and supervise associates.") == []
    assert names("- Greet guests and help customers") == []
    # A list of things after the verb is the lists reader's, not one duty.
    assert names("You will paint fences, gates, sheds and porches.") == []
    # A word that may be a noun opening a line is not read as a verb.
    assert names("Heat pumps and boilers", frozenset({"heat"})) == []
    # A line opening with a verb and one thing that is no plural names a thing.
    assert names("- Process improvement", frozenset({"process"})) == []
    assert names("- Track record of safe driving", frozenset({"track"})) == []


def test_prose_about_someone_else_is_not_a_duty() -> None:
    assert names("We bake bread daily for the whole county.") == []
    assert names("Veterans will receive priority over other applicants.") == []
    assert names("The applicant must audit ledgers and groom horses in line with the "
                 "standards of the district.") == []


def test_the_vocabulary_says_how_an_activity_is_named() -> None:
    class Vocabulary:
        skills = tuple(SimpleNamespace(aliases=(name,)) for name in (
            "engine repair", "roof repair", "pump repair", "site inspection"))

    namer = activity_namer(Vocabulary())
    assert namer("repair") == "repair"  # three names end in it: its own noun
    assert namer("inspect") == "inspection"
    assert namer("groom") == "grooming"  # no name says: the "-ing" form


def test_word_forms() -> None:
    assert [gerund(v) for v in ("seat", "plan", "charge", "tie", "permit", "enter")] == [
        "seating", "planning", "charging", "tying", "permitting", "entering"]
    assert [singular(n) for n in ("histories", "boxes", "invoices", "glass")] == [
        "history", "box", "invoice", "glass"]


def test_an_action_noun_with_a_doubled_letter_of_its_own() -> None:
    assert action_verbs("billing") == ("bil", "bill")
    assert action_verbs("planning") == ("plan",)


def test_duties_reach_the_analysis() -> None:
    posting = ("Kennel Attendant\n\nWhat you'll do\n"
               "- Clean and inspect kennels daily\n"
               "- Keep feeding charts for every kennel\n")
    analysis = analyse_posting(posting, vocabulary=load_vocabulary())
    asked = {s.name: s.required for s in analysis.skills}
    assert asked.get("Kennel inspection") is True
    assert asked.get("Feeding charts") is True



def test_the_resume_shows_a_duty_in_its_own_words() -> None:
    from phrase_probe import phrase_term

    assert phrase_term("Kennel inspection", "Inspected 40 kennels a day") == \
        "Inspected 40 kennels"
    assert phrase_term("Horse grooming", "Grooming horses for shows") == "Grooming horses"
    assert phrase_term("Leak repair", "Repaired leaks and replaced faucets") == \
        "Repaired leaks"
    assert phrase_term("Leak repair", "Repaired roofs after leaks") is None


def test_duties_told_to_you_go_on_after_a_plain_and() -> None:
    assert names("You'll shoe ponies and muck stalls.") == ["Pony shoeing", "Stall mucking"]
    # Not so in a line that does not address the reader: "permit" is a noun here.
    assert names("- Prepare grading plans and permit applications") == ["Grading plans"]


def test_the_other_items_of_a_list_two_of_whose_items_are_asks() -> None:
    from tailor_app.tailoring.posting.nouns import noun_terms

    def read(text: str) -> list[str]:
        return [t.name for t in noun_terms(text, [], set(), free=False)]

    # Two-word items are read; the plain plurals beside them are the same kind of thing.
    found = read("You will work on splines, dovetails, box joints and mortise tenons.")
    assert found == ["Box joints", "Mortise tenons", "Splines", "Dovetails"]
    # One read item does not make a list of asks.
    assert read("We supply nails, screws, hinges and garden furniture.") == [
        "Garden furniture"]


def test_an_object_that_names_an_activity_is_the_ask() -> None:
    assert names("You'll serve summonses and conduct inspections.") == ["Inspections"]
    assert names("Expect to perform maintenance on presses.") == ["Maintenance"]


def test_a_duty_after_expect_to_and_a_plural_that_is_also_a_verb() -> None:
    # "documents" is a verb's form too, but right after a verb it is its object.
    assert names("Expect to sort and file documents, and bind reports.") == [
        "Document filing", "Report binding"]


def test_a_duty_s_activity_is_named_as_the_vocabulary_names_it() -> None:
    analysis = analyse_posting("Records Clerk\n\nWhat you'll do\n"
                               "- You'll organize and produce documents for audits\n",
                               vocabulary=load_vocabulary())
    assert "Document production" in {s.name for s in analysis.skills}


def test_an_object_that_opens_a_list_of_things_makes_no_half_activity() -> None:
    verbs = frozenset({"groom", "sort", "take"})
    assert names("Arrive at six; groom horses before the show", verbs) == ["Horse grooming"]
    # "groom horses and ponies" grooms both: "Horse grooming" alone would be half of it.
    assert names("Arrive at six; groom horses and ponies before the show", verbs) == []
    assert names("Arrive at six; sort parcels and our returns bins", verbs) == []
    # A second duty after "and" keeps the first one's activity.
    assert names("Arrive at six; groom horses and take temperatures", verbs) == [
        "Horse grooming"]
    # A phrase of two words or more is a thing of the trade whatever follows it; so is
    # a second one after "and" (test_posting_second_object.py).
    assert names("Arrive at six; keep treatment notes and care plans", verbs) == [
        "Treatment notes", "Care plans"]


def test_a_vague_one_word_object_makes_no_activity() -> None:
    verbs = frozenset({"navigate"})
    assert names("Arrive at six; navigate trails with a map", verbs) == ["Trail navigating"]
    # "navigate systems" names no skill of a trade.
    assert names("Arrive at six; navigate systems with a map", verbs) == []


def test_a_short_word_after_and_is_a_modifier_not_a_verb() -> None:
    """ "turn order and app data into answers": "app" modifies "data"; no duty "apping".
    A longer bare word after "and" still goes on the duties told to "you"."""
    assert names("You will turn order and app data into answers.") == []
    assert names("You'll take impressions and pour study models.") == [
        "Impressions", "Study models"]


def test_a_duty_on_a_plain_thing_names_no_activity_of_it() -> None:
    # Kept in a state: the keeping is the duty, no skill of the dock.
    assert names("- Keep the loading dock and break room clean") == []
    # The same verb on a thing of the trade still names it.
    assert names("- Keep calibration records") == ["Calibration records"]
    asked = {s.name for s in analyse_posting(
        "Banquet Porter\n\nDuties\n- Open gates for delivery trucks\n- Carry heavy trays"
        "\n- Lift bulky boxes\n- Set aside damaged goods\n\nRequirements\n- 2 years "
        "running heavy equipment\n").skills}
    # "open" names another trade's opening; a thing's weight or state is no part of
    # its name: gates are opened, trays carried, goods set aside.
    assert not asked & {"Gate opening", "Heavy trays", "Carry heavy trays", "Bulky boxes",
                        "Lift bulky boxes", "Damaged goods"}
    assert "Heavy Equipment Operation" in asked
    # Not after a verb of handling, "heavy" names a kind of the trade.
    asked = {s.name for s in analyse_posting(
        "Millwright\n\nRequirements\n- 5 years of experience in a heavy manufacturing plant\n"
        "- Operate heavy machinery safely\n").skills}
    assert {"Heavy manufacturing plant", "Heavy machinery"} <= asked


def test_knowledge_of_a_computer_asks_no_skill_called_computer() -> None:
    asked = {s.name for s in analyse_posting(
        "Night Auditor\n\nRequirements\n- Working knowledge of a computer and Opera PMS\n"
        "- Able to balance a cash drawer\n").skills}
    assert "Computer" not in asked
    assert "Opera PMS" in asked


def test_an_owned_objects_and_goes_on_with_its_things() -> None:
    # "their permits and vehicle logs": "vehicle" is the next thing, no duty's verb.
    assert names("You will check their permits and vehicle logs every week.") == [
        "Permit checking", "Vehicle logs"]
    # Told to "you", a plain "and" still opens the next duty.
    assert "Study models" in names("You'll take impressions and pour study models")


def test_gatherings_attended_and_people_moved_are_no_asks() -> None:
    asked = {s.name for s in analyse_posting(
        "Fourth Grade Teacher\n\nResponsibilities\n- Attend faculty meetings, curriculum "
        "nights and school assemblies\n- Rotate associates between receiving and putaway\n"
        "- Teach guided reading groups\n").skills}
    assert not asked & {"Faculty meetings", "School assemblies", "Curriculum nights",
                        "Rotate associates"}
    assert "Guided reading" in asked


def test_a_market_word_ends_no_term() -> None:
    asked = {s.name for s in analyse_posting(
        "Service Technician\n\nDuties\n- Diagnose and repair commercial heat pumps, "
        "furnaces and boilers\n").skills}
    assert "Repair commercial" not in asked
    assert {"Heat Pumps", "Furnaces"} <= asked


def test_a_verb_of_dealing_with_people_in_a_list_is_no_thing() -> None:
    asked = {s.name for s in analyse_posting(
        "Front Desk Clerk\n\nDuties\n- Greet visitors and offer coffee, manage the lobby "
        "calendar, answer and route calls, sort and distribute incoming mail\n").skills}
    assert "Answer" not in asked
    assert "Call routing" in asked
