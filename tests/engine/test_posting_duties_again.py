"""A duty's verb done again ("reteach", "reassess") is read as its plain verb's work, an
adjective after an article and a comma is no duty's verb, and the field words of the
recall13 pass (the sit-down forklift, sepsis watched for, a school's points system, a
clearance card, referrals asked for) are asks. The text is
our own."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.duties import duty_terms
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

_VERBS = frozenset({"assess", "paint", "teach", "sort"})


def names(text: str) -> list[str]:
    return [t.name for t in duty_terms(text, [], is_verb=_VERBS.__contains__,
                                       with_verbs=True)]


def asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text, vocabulary=load_vocabulary()).skills}


def test_a_verb_done_again_is_a_duty_s_verb() -> None:
    assert "Patient reassessing" in names("Reassess patients after every dose.")
    assert "Repainting" in names("Repaint hallways between tenants.")
    # "re" before no known verb is no such verb: "Resident rooms", "Retail floor".
    assert names("Retail floor coverage on weekends.") == []


def test_a_verb_done_again_asks_what_the_vocabulary_names() -> None:
    # "reteaching" is a name of Academic Intervention: asked by the verb.
    assert "Academic Intervention" in asks(
        "Fourth Grade Teacher\n\nResponsibilities\n"
        "- Reteach fractions to the students who need it\n")
    # Reassessing residents is their reassessment, named from the plain verb's noun.
    found = asks("Charge Nurse\n\nResponsibilities\n"
                 "- Reassess residents after falls and falls-risk changes\n")
    assert "Resident reassessment" in found


def test_an_adjective_after_an_article_and_a_comma_is_no_duty() -> None:
    found = asks("Kindergarten Teacher\n\nWhat you'll do\n"
                 "You'll run a bright, brisk room with clear routines.\n")
    assert not any(n.endswith("bristing") or n.startswith("Room brisk") for n in found)
    assert names("You'll keep a bright, tidy library for the readers.") == []


def test_field_words_of_the_weak_fields() -> None:
    dock = asks("Freight Handler\n\nRequirements\n"
                "- Stand-up counterbalance experience on a busy dock\n")
    assert "Stand-up counterbalance" in dock
    ward = asks("Med-Surg RN\n\nResponsibilities\n"
                "- Monitor post-op patients for early signs of sepsis\n")
    assert "Sepsis Management" in ward
    school = asks("Middle School Dean\n\nResponsibilities\n"
                  "- Track merits in LiveSchool and meet with families weekly\n")
    assert "LiveSchool" in school
    aide = asks("Preschool Aide\n\nRequirements\n"
                "- A current Level 1 Fingerprint Clearance Card\n")
    assert "Fingerprint Clearance Card" in aide
    sales = asks("Insurance Agent\n\nResponsibilities\n"
                 "- Ask for referrals after every policy you write\n")
    assert "Business Networking" in sales


def test_a_kind_of_report_or_plan_is_the_duty_s_ask() -> None:
    def duty(line: str) -> set[str]:
        return asks(f"Program Assistant\n\nResponsibilities\n- {line}\n")

    assert "Hydration plans" in duty("Write hydration plans with each family")
    assert "Mileage reports" in duty("Complete mileage reports every Friday")
    # A paper read or followed is no work of the hire's; an adjective names no kind.
    driver = asks("Delivery Driver\nValley Floral - Fresno, CA\n\nResponsibilities\n"
                  "- Deliver flowers to homes, hospitals and funeral homes\n"
                  "- Check weather reports before long routes\n"
                  "- Submit mileage reports and time-off requests through the app\n"
                  "- Follow evacuation plans during fire season\n"
                  "- Handle special requests from customers with a smile\n"
                  "Requirements\n- Clean driving record\n")
    assert not {"Weather reports", "Evacuation plans", "Special requests"} & driver
    # After a word of people, a setting or a time the head still names nothing.
    assert not any("report" in n.lower() for n in duty("Read staff reports each morning"))
    assert not any("plans" in n.lower() for n in duty("Share project plans with the team"))


def test_an_activity_done_again_is_named_as_the_vocabulary_names_the_work() -> None:
    from tailor_app.tailoring.posting.duties import done_again

    assert done_again("Appointment rescheduling") == "Appointment scheduling"
    assert done_again("Shelf restocking") == "Shelf stocking"
    assert done_again("Equipment repair") is None  # no "re" verb: "pair"
    assert done_again("Reporting") is None  # one word names no object's work
    found = asks("Scheduler\n\nResponsibilities\n"
                 "- Reschedule appointments when a provider calls out\n")
    assert "Appointment scheduling" in found
    assert "Appointment rescheduling" not in found


def test_everyday_names_of_a_dispatcher_s_and_an_installer_s_work() -> None:
    desk = asks("Dispatcher\n\nResponsibilities\n"
                "- Plan routes for a regional fleet and keep empty miles low\n")
    assert "Empty Miles Reduction" in desk
    van = asks("Electrician\n\nResponsibilities\n"
               "- Install Level 2 chargers in garages\n"
               "- Wire transfer switches for standby units\n")
    assert {"EV Charger Installation", "Transfer Switch Installation"} <= van
    # A thing sold shows no installing of it (the review's salesperson).
    sold = load_vocabulary().find("Sold EV chargers, generators and transfer switches to "
                                  "homeowners and contractors")
    assert not {h.skill.name for h in sold} & {"EV Charger Installation",
                                                "Transfer Switch Installation"}
    room = asks("Toddler Teacher\n\nResponsibilities\n"
                "- Support social-emotional growth with conscious discipline routines\n")
    assert {"Social-Emotional Learning", "Conscious Discipline"} <= room
    # "evolve" is a verb, and "Evolv" alone a climbing-shoe maker too: no record system.
    assert "myEvolv" not in asks("Case Aide\n\nAbout\nOur programs evolve every year.\n")
    shoes = asks("Footwear Sales Associate\nSummit Gear Co. - Boulder, CO\n\n"
                 "- Fit customers for hiking boots and climbing shoes from La Sportiva, Evolv "
                 "and Scarpa\n- Run the register and restock the wall\nRequirements\n"
                 "- Love of the outdoors\n- Retail experience a plus\n")
    assert not {"myEvolv", "Scarpa"} & shoes


def test_the_review_s_texts_ask_nothing_new() -> None:
    # A machine's name that is also the people who run it: no such alias.
    vocabulary = load_vocabulary()
    assert vocabulary.lookup("stick welders") is None or \
        vocabulary.lookup("stick welders").name != "SMAW"
    # "root causes" of a social problem or a behaviour is no engineering method.
    housing = asks("Housing Navigator\nBridges Home Alliance - Spokane, WA\n"
                   "We work on the root causes of homelessness: low wages, high rents and "
                   "gaps in care.\n\nResponsibilities\n"
                   "- Help clients find and apply for apartments\n")
    assert "Root Cause Analysis" not in housing
    school = asks("Behavior Interventionist\nSunnyside Elementary\n\nResponsibilities\n"
                  "- Observe students and look for the root causes of challenging behavior\n")
    assert "Root Cause Analysis" not in school
    # The company's boast is no ask.
    agency = asks("Insurance Sales Agent\nHometown Mutual\n"
                  "Our agents thrive on referrals: 70% of our new customers come from "
                  "referral business.\n\nResponsibilities\n- Quote auto and home policies\n"
                  "- Follow up with leads\nRequirements\n- Property & casualty license\n")
    assert not {"Referral Business", "Business Networking"} & agency


def test_a_clause_s_subject_and_verb_are_no_ask() -> None:
    found = asks("Event Server\n\nResponsibilities\n"
                 "- Polish glassware, fold napkins and light candles before doors open\n"
                 "- Every order, every refund and every comp goes in the log\n")
    assert not {"Doors open", "Comp goes"} & found
    # A compound after such a word is read as before: its first word is singular.
    from tailor_app.tailoring.posting.nouns import noun_terms

    terms = noun_terms("Prep mise en place before dinner service, wipe down counters, and "
                       "restock the line.", [], set(), free=False)
    assert "Dinner service" in [t.name for t in terms]


def test_a_contraction_s_tail_opens_no_list_item() -> None:
    # Before the rule: "Ll prep" asked.
    found = asks("Pastry Cook\n\nAbout the job\nOur team keeps the building spotless. "
                 "You'll prep and plate desserts, clean and sanitize stations, sweep, mop "
                 "and restock the line.\n")
    assert "Food Plating" in found
    assert not any(n.lower().startswith("ll ") for n in found)
