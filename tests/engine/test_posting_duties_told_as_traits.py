"""Duties told as what the hire is like (posting/duties.py ``_told_of_the_hire``): "you'll
be comfortable reading tickets", "you're someone who keeps ...", "you know how to ...",
"you can ...", "you enjoy troubleshooting ...". The text is our own."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.duties import duty_terms, gerund_base
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

_VERBS = frozenset({"read", "run", "make", "tie", "unload", "troubleshoot", "grade",
                    "keep", "plan", "stage"})


def names(text: str) -> list[str]:
    return [t.name for t in duty_terms(text, [], is_verb=_VERBS.__contains__)]


def asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text, vocabulary=load_vocabulary()).skills}


def test_an_ing_form_is_read_back_to_its_verb() -> None:
    assert gerund_base("reading", _VERBS.__contains__) == "read"
    assert gerund_base("running", _VERBS.__contains__) == "run"
    assert gerund_base("making", _VERBS.__contains__) == "make"
    assert gerund_base("tying", _VERBS.__contains__) == "tie"
    assert gerund_base("ceiling", _VERBS.__contains__) is None  # no verb "ceil" known


def test_a_duty_after_a_word_of_ease_is_read() -> None:
    assert names("You'll be comfortable unloading trailers at the dock.") == [
        "Trailer unloading"]
    assert names("You don't mind staging pallets before the trucks arrive.") == [
        "Pallet staging"]
    assert names("You're great at grading essays quickly.") == ["Essay grading"]
    # A plain "-ing" word is no duty: "the reading room", "a running total".
    assert names("The reading room opens daily.") == []


def test_the_hire_s_who_and_can_open_a_duty() -> None:
    assert names("You're someone who can troubleshoot boilers on your own.") == [
        "Boiler troubleshooting"]
    assert names("We want someone who stages orders by route.") == ["Order staging"]
    assert names("You know how to plan lessons for a season.") == ["Lesson planning"]
    # Another person's "who" tells that person's work.
    assert names("You'll support residents who grade papers at the day program.") == []


def test_what_you_can_earn_or_expect_is_no_duty() -> None:
    assert names("You can earn monthly bonuses and expect raises.") == []


def test_a_posting_told_in_traits_asks_for_the_work() -> None:
    # Each sentence alone asks nothing before the rule (checked against the code before).
    assert "Ticket Reading" in asks("Line Cook\n\nWho you are\n"
                                    "You'll be comfortable reading tickets off the printer.\n")
    assert "Ticket Reading" in asks("Line Cook\n\nWho you are\n"
                                    "You know how to read tickets on a busy line.\n")
    assert "Freight Staging" in asks("Warehouse Associate\n\nWho you are\n"
                                     "You're someone who can stage orders by route.\n")
    assert "Conveyor Systems" in asks("Warehouse Associate\n\nWho you are\n"
                                      "You enjoy troubleshooting conveyors when they jam.\n")
    # An activity the hire's trait names with a goal or a choice is no ask.
    assert asks("Line Cook\n\nAbout you\nYou're someone who can catch a mistake early "
                "and enjoys making decisions.\n").isdisjoint(
        {"Mistake catching", "Decisions", "Decision making"})


def test_other_people_s_likings_are_no_duties() -> None:
    found = asks("Tutor - Bright Minds Learning Center. Our students enjoy writing essays, "
                 "reading novels and doing science experiments. Parents love tracking "
                 "progress in our portal. You will tutor students in math after school.")
    assert found.isdisjoint({"Science experiments", "Progress tracking", "Essay writing"})
    assert names("Customers like ordering supplements online.") == []


def test_what_you_can_gain_is_no_duty() -> None:
    found = asks("Retail Sales Associate - Pine Street Outfitters\n"
                 "You will greet customers, run the register and restock the floor.\n"
                 "You can also earn commission on every sale.\n"
                 "You can continue your education with tuition help.\n")
    assert found.isdisjoint({"Commission", "Education"})


def test_a_liking_for_work_is_no_perk_but_a_perk_stays_one() -> None:
    assert "Heat Pumps" in asks("HVAC Technician\n\nAbout you\n"
                                "You enjoy troubleshooting heat pumps in the field.\n")
    # A perk told with an "-ing" word in a paragraph (no perks heading) stays a perk.
    found = asks("Caregiver - Sunrise Home Care\nYou will help clients with bathing, "
                 "dressing and meals, and keep a daily care log. Our caregivers enjoy "
                 "amazing benefits like free CNA training and paid CPR certification.\n")
    assert found.isdisjoint({"Certified Nursing Assistant", "CPR Certification"})
    assert "Forklift Certification" not in asks(
        "Warehouse\n\nAbout you\nYou'll enjoy amazing perks like paid forklift "
        "certification and CPR training.\n")


def test_a_code_cited_with_its_edition_year_is_asked() -> None:
    # "the 2023 NEC" is the code's edition, not a count of something ("45 WPM").
    assert "National Electrical Code" in asks(
        "Electrician\n\nRequirements\n- Working knowledge of the 2023 NEC\n")


def test_requirements_after_the_employer_s_story_in_one_paragraph_are_asks() -> None:
    posting = ("Sales Associate. Marlow Outfitters has sold boots and tents in Bend since "
               "1979. Requirements: 2+ years of retail sales with a record of meeting "
               "sales goals; comfortable with cash handling.")
    assert {"Retail Sales", "Cash Handling"} <= asks(posting)


def test_one_name_in_brackets_after_a_kind_of_software_s_acronym_is_its_product() -> None:
    assert "Korber One" in asks("Dock Lead\n\nDuties\n- Scan every move in our WMS "
                                "(Korber One)\n")
    assert "Credible" in asks("Case Nurse\n\nDuties\n- Chart visits in the EHR (Credible)\n")
    # A place or a time in brackets is none: "the POS (front counter)" is lower case.
    assert "Front counter" not in asks("Cashier\n\nDuties\n- Run the POS (front counter)\n")


def test_a_verb_told_of_the_hire_in_the_third_person_names_its_work_in_its_base_form() -> None:
    found = asks("Field Service Technician - Ridgeway Elevator\n\nYou're a tinkerer who "
                 "troubleshoots relay logic and reads schematics for fun.\n")
    assert not any("sing" in name for name in found), found
    assert "Troubleshooting" in found


def test_the_paragraph_reader_and_the_duty_reader_share_their_words_of_ease() -> None:
    from tailor_app.tailoring.posting.reader import _told_a_trait

    assert _told_a_trait("You're proficient at reading blueprints", _VERBS.__contains__)
    assert _told_a_trait("you'll be comfortable unloading trailers", _VERBS.__contains__)
    assert not _told_a_trait("Our students enjoy reading novels", _VERBS.__contains__)
