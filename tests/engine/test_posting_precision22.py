"""Words a posting says without asking them, fourth pass: the helping verb "will" read
as a testament, the employer's "is hiring a ..." told at length, a drug given read as
the ask "Medications", and the employer's sites told with what they offer. Each was a
false "missing" in the match report; each test keeps a real ask of a similar sentence,
so a rule that reads too much shows."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.context import describes_company


def _asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_the_helping_verb_will_is_no_testament() -> None:
    # A cook's and a surgical technologist's "will prep" were read as Will Drafting.
    assert "Will Drafting" not in _asked(
        "Prep Cook\n\nDuties\n- You will prep vegetables, sauces and proteins for the line\n")
    assert "Will Drafting" not in _asked(
        "Surgical Technologist\n\nDuties\n- The technologist will prep the OR and open "
        "sterile supplies\n")
    # An estate paralegal's wills stay asked, by the noun after "will" or by "wills".
    assert "Will Drafting" in _asked(
        "Estate Paralegal\n\nDuties\n- Assist attorneys with will preparation and probate "
        "filings\n")
    assert "Will Drafting" in _asked("Estate Paralegal\n\nDuties\n- Draft wills and trusts\n")


def test_the_employer_hiring_at_length_asks_no_recruiting() -> None:
    asked = _asked(
        "Payroll Clerk (Full-Time, Toledo OH) Marsh & Kettle Garden Centers is hiring a "
        "full-time staff payroll clerk for our Toledo office, where you will process "
        "biweekly payroll in ADP and reconcile payroll accounts.")
    assert "Recruiting" not in asked
    assert "ADP" in asked
    # A store manager who hires staff is asked to recruit.
    assert "Recruiting" in _asked(
        "Store Manager\n\nDuties\n- Recruit staff, train cashiers and build weekly "
        "schedules\n")


def test_medications_given_are_their_administration() -> None:
    # "Medications" named no skill a resume shows; giving them is the ask.
    asked = _asked("Home Care Aide\n\nDuties\n- Give medications and record vital signs\n")
    assert "Medication Administration" in asked
    assert "Medications" not in asked
    asked = _asked("Group Home Aide\n\nDuties\n- Provide medications as ordered and keep "
                   "the med log\n")
    assert "Medications" not in asked
    # "Give meds" is read as before.
    assert "Medication Administration" in _asked(
        "Medication Aide\n\nDuties\n- Give meds to 30 residents on the day shift\n")


def test_the_employers_sites_and_what_they_offer_are_its_story() -> None:
    assert describes_company("Our high schools offer AP, IB and dual-credit courses.")
    assert describes_company("Our two downtown hotels feature a rooftop bar and a spa.")
    assert describes_company("Our rural clinics also provide dental care and WIC services.")
    # What the sites need, or the tool the hire uses there, is no story.
    assert not describes_company("Our rural hospitals need a nurse who knows Epic.")
    assert not describes_company("Our outlet stores use Square for every sale.")
    asked = _asked(
        "Fourth Grade Teacher\n\nOur middle schools offer Spanish immersion and a STEM "
        "magnet, and our high schools offer IB courses.\n\nDuties\n- Teach reading and "
        "math to fourth graders\n- Share work with families in Seesaw\n")
    assert "Seesaw" in asked
    assert not {"Spanish", "International Baccalaureate", "STEM Education"} & asked
