"""One-paragraph postings and the places they name: texts written for these tests.

A posting written as one paragraph opens with the employer ("We are a 120-seat
bistro looking for ...") and runs its duties into one sentence; its asks must be read
all the same. An organisation the posting introduces with its acronym ("Technology
Transformation Service (TTS)") is where the job is, and a word in capitals for
emphasis ("THREE of the following") is no acronym.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.context import describes_company, offers
from tailor_app.tailoring.posting.terms import organisation_names


def test_an_employer_s_sentence_that_says_whom_it_seeks_is_the_job() -> None:
    assert describes_company("We are a family-owned bakery founded in 1962")
    assert not describes_company(
        "We are a 40-seat cafe looking for a shift lead who will run the espresso bar")
    analysis = analyse_posting(
        "Shift Lead - Larkspur Cafe. We are a 40-seat cafe looking for a shift lead who "
        "will open the store, run the espresso bar, count the cash drawer and close out "
        "the Square POS each night; pay is $19 an hour.")
    assert "Square POS" in {s.name for s in analysis.skills}


def test_a_duty_that_starts_with_receive_is_no_benefit() -> None:
    assert offers("employees receive two weeks of paid vacation")
    assert not offers("you will receive and log incoming shipments in NetSuite")
    analysis = analyse_posting(
        "Now hiring a receiving clerk for our warehouse: you will receive and log "
        "incoming shipments in NetSuite, and print labels; a forklift certificate is a "
        "plus.")
    assert "NetSuite" in {s.name for s in analysis.skills}


def test_anyone_given_something_is_told_what_the_job_offers() -> None:
    assert offers("New hires are welcome and get a paid 60-day apprenticeship with a mentor")
    assert offers("Interns receive a weekly coaching session")
    # Told to get it, it is an ask.
    assert not offers("Drivers must get a hazmat endorsement within 90 days")
    assert not offers("You need to be able to get a forklift card")
    found = {s.name for s in analyse_posting(
        "Requirements\n- Two years of HVAC service experience\n\nNew technicians are "
        "welcome and get a structured mentorship with a senior installer.\n").skills}
    assert "Mentoring" not in found


def test_an_organisation_introduced_by_its_acronym_is_no_skill() -> None:
    text = ("The role sits in the Office of Regional Programs (ORP), within the Coastal "
            "Resilience Administration (CRA). Experience with Geographic Modelling Kit "
            "(GMK) is required, and you must have THREE of the following: ...")
    assert organisation_names(text) >= {"orp", "cra", "coastal resilience administration"}
    analysis = analyse_posting("Resilience Analyst\nRequirements:\n- " + text +
                               "\n- ORP reporting experience")
    names = {s.name for s in analysis.skills}
    assert not names & {"ORP", "CRA", "THREE", "Office of Regional Programs",
                        "Coastal Resilience Administration"}
    assert "Geographic Modelling Kit" in names


def test_being_eligible_for_a_credential_is_asked_not_offered() -> None:
    assert offers("staff are eligible for tuition reimbursement after one year")
    assert not offers("you must be eligible for licensure as a social worker")
    assert not offers("candidates must hold, or be eligible for, a teaching certificate")
