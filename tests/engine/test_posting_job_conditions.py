"""Headings of what the job is like, which ask for no skill.

Fresh postings in admin, construction, the trades and customer service close with the
job's physical demands and working conditions ("WORKING CONDITIONS", "Work
Environment", "Physical Demands"), its hours ("Schedule & Pay"), or open with the
employer's "Our story"; company headings may also open with "Here's what …". Left
unread as headings, their lines were taken for duties: "sitting for extended periods"
asked Extended periods, "Schedule & Pay" asked Scheduling, a daycare's garden and meals
became asks. Each test is on text written for it.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.headings import classify_heading, question_heading_kind


def _names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_physical_demands_and_working_conditions_are_no_duties() -> None:
    for heading in ("Physical Demands", "PHYSICAL REQUIREMENTS AND WORKING CONDITIONS",
                    "Work Environment", "Working conditions", "Physical and Mental Demands",
                    "Environmental Conditions"):
        assert classify_heading(heading) == "conditions", heading
    # A job named by its trade keeps its words.
    assert classify_heading("Physical Therapist Assistant") != "conditions"
    text = ("Records Clerk\nMill Creek Township\n\nDuties\n- Scan permits into Laserfiche\n"
            "- Answer the front counter phone\n\nWORK ENVIRONMENT\nWork takes place in an "
            "office and in the records vault, including kneeling on concrete floors, "
            "reaching overhead shelves and repetitive mouse use.\n")
    names = _names(text)
    assert "Laserfiche" in names
    assert not {n for n in names if "floor" in n.lower() or "overhead" in n.lower()
                or "mouse" in n.lower()}


def test_a_schedule_heading_names_the_hours() -> None:
    for heading in ("Schedule & Pay", "Schedule", "Work schedule"):
        assert classify_heading(heading) == "benefits", heading
    text = ("Parts Counter Associate\n\nWhat you'll do\n- Look up parts in Epicor\n"
            "- Ring up sales\n\nSchedule & Pay\nRotating Saturdays, 7 a.m. to 5 p.m.; "
            "$19 an hour plus spiff bonuses.\n")
    names = _names(text)
    assert "Epicor" in names
    assert "Scheduling" not in names


def test_our_story_is_the_employer() -> None:
    text = ("Kennel Attendant\nMuddy Paws Resort\n\nOur story\nMuddy Paws opened in a "
            "converted barn in 2011. Owners choose us for our splash pool, our "
            "agility yard and the grooming spa our founder built.\n\nWhat you'll do\n"
            "- Clean and disinfect kennels\n- Give oral medications as directed\n")
    names = {n.lower() for n in _names(text)}
    assert not {n for n in names if "pool" in n or "agility" in n or "spa" in n}


def test_heres_what_opens_a_company_heading() -> None:
    assert question_heading_kind(["here's", "what", "you'll", "be", "doing"]) \
        == "responsibilities"
    assert question_heading_kind(["here", "is", "what", "we", "offer"]) == "benefits"
    text = ("Account Coordinator\nBrightloop\n\nHere's what you'll be doing\n"
            "* Build quotes in Salesforce CPQ\n* Keep renewals on track\n\n"
            "Here's what you get\n* A team retreat in Tahoe every spring\n"
            "* Wellness stipend and gym membership\n")
    names = {n.lower() for n in _names(text)}
    assert "salesforce cpq" in names
    assert not {n for n in names if "retreat" in n or "gym" in n or "wellness" in n}


def test_a_story_told_in_the_sentence_that_seeks_the_hire() -> None:
    """One-paragraph postings open "Acme is a …, and we are looking for a …": the part
    before the turn is the employer's story, its wares no asks."""
    text = ("Parts Driver – Copperline Auto Parts, Tulsa, OK. Copperline Auto Parts is a "
            "family-owned distributor with 14 stores stocking brake rotors, diesel "
            "injectors and hydraulic hoses, and we are looking for a parts driver who "
            "delivers orders to repair shops on time. You will load your van, plan your "
            "route with the Route4Me app, and collect signatures on every delivery.")
    names = {n.lower() for n in _names(text)}
    assert not {n for n in names if "injector" in n or "rotor" in n or "hose" in n}
    assert "route planning" in names
    # The same words asked after the turn stay asks.
    asked = ("Shop Helper – Copperline Auto Parts. Copperline is a family-owned "
             "distributor, and we are looking for a helper with experience in hydraulic "
             "hoses and brake rotors.")
    assert {n.lower() for n in _names(asked)} & {"hydraulic hoses", "brake rotors",
                                                "hydraulic hose", "hydraulics"}


def test_an_adverb_between_the_modal_and_the_duty_verb() -> None:
    """"You will also book backhauls": the verb after "also" still opens the duty, so
    its object is read as the duty's ("Backhaul booking"), not "Book backhauls"."""
    text = ("You will also book pickups on MercuryGate and Uber Freight portals, handle "
            "claims and damages with our carriers and the customer, and enter accurate "
            "delivery times for billing at the end of each day.")
    names = {n.lower() for n in _names(text)}
    assert "book pickups" not in names
    assert "pickup booking" in names


def test_a_cues_object_cut_short_by_the_next_word() -> None:
    """"Experience with digital takeoff software", "knowledge of public records law":
    the cue's object is the whole noun phrase, so its first word alone ("Digital",
    "Federal") is no ask; nor is the "and" before a known name ("Windows and")."""
    text = ("Permit Technician\n\nRequirements\n- Experience with digital estimating "
            "software (STACK or similar)\n- Familiarity with federal grants management "
            "rules\n- Working knowledge of Windows and Microsoft Office\n")
    names = {n.lower() for n in _names(text)}
    assert not names & {"digital", "federal", "windows and"}
    assert {"stack", "grant management", "microsoft office"} <= names
