"""Other workers' duties told with any verb of their trade (Dec 6, precision13).

"Our hygienists take x-rays", "our yard crews load the trucks", "a foreman who reads
blueprints": the employer's other people at work, told to draw the job's edges, are no
asks of the hire. Each test is on text written for it, not a batch's posting.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.others_duties import others_duty_spans


def _asks(title: str, text: str, heading: str = "What you'll do") -> set[str]:
    posting = f"{title}\nLindqvist Partners\n\n{heading}\n{text}\n"
    return {s.name for s in analyse_posting(posting).skills}


def _said(title: str, text: str) -> list[str]:
    return [text[a:b] for a, b in others_duty_spans(text, title)]


def test_other_workers_at_work_are_no_asks() -> None:
    asks = _asks("Veterinary Receptionist", "- Check in pets and owners at the desk.\n"
                 "Our veterinary technicians draw blood and take radiographs, and our "
                 "kennel staff bathe the boarders.")
    assert "Radiography" not in asks
    assert "Phlebotomy" not in asks
    asks = _asks("Parts Counter Associate", "- Ring up parts orders.\nOur delivery "
                 "drivers unload the trucks at each shop.")
    assert "Truck Loading" not in asks and not any("unload" in a.lower() for a in asks)


def test_a_worker_told_by_who_does_the_work() -> None:
    asks = _asks("Tile Setter Helper", "- Mix thinset and carry tile.\n- Work beside "
                 "the lead carpenter, who reads the blueprints and lays out each room.")
    assert "Blueprint Reading" not in asks
    said = _said("Call Center Agent", "Book visits for our installers, who mount "
                 "satellite dishes and run coax.")
    assert said == ["who mount satellite dishes and run coax"]


def test_bare_plural_workers_as_a_subject() -> None:
    said = _said("Cabinet Installer", "Carpenters in our shop build the boxes; you "
                 "install them.")
    assert said == ["Carpenters in our shop build the boxes"]


def test_the_hires_own_people_and_the_hire_keep_their_work() -> None:
    # The title's worker: the job's own people.
    assert _said("Dental Hygienist", "Our hygienists take x-rays on every recall.") == []
    assert _said("Forklift Operator", "Our operators load trailers with clamp trucks.") == []
    # The worker sought is the hire.
    assert _said("Site Supervisor", "We are looking for a foreman who reads blueprints.") == []
    # A worker after the hire's verb is its object: "Ensure our drivers complete ...".
    assert _said("Dispatcher", "Ensure our drivers complete pre-trip inspections.") == []
    asks = _asks("Dispatcher", "- Ensure our drivers complete pre-trip inspections.")
    assert "Pre-trip inspection" in asks or any("trip" in a.lower() for a in asks)
    # A clause that brings the reader in: the hire takes part.
    assert _said("Pharmacy Clerk", "Our pharmacists count on you to file prescriptions.") == []
    assert _said("Office Clerk", "Our accountants review your journal entries.") == []
    # A wish or a state is no duty.
    assert _said("Line Cook", "Our chefs expect speed on the grill.") == []
    # A bare group may be the hire's own.
    assert _said("Cashier", "Our team runs the registers on weekends.") == []
    # Without a title nobody can be told apart.
    assert _said("", "Our hygienists take x-rays.") == []


def test_the_hire_named_by_another_word_of_the_same_job() -> None:
    # (review13) The title's worker in other words: the job's own duties stay asked.
    asks = _asks("Home Health Aide", "Our caregivers help clients bathe and dress, keep "
                 "their homes tidy and cook simple meals.")
    assert _said("Home Health Aide", "Our caregivers help clients bathe and dress.") == []
    assert _said("Personal Care Aide", "Our caregivers cook simple meals and do "
                 "laundry.") == []
    assert asks  # the duties are read as the job's
    assert _said("Charge Nurse", "Our LPNs pass meds and chart in PointClickCare.") == []
    assert _said("Order Selector", "Packers label cartons and scan them out.") == []
    assert _said("Stock Associate", "Our receivers check in vendor deliveries.") == []
    # A different job stays another's.
    assert _said("Home Health Aide", "Our nurses do the admission assessments.") != []


def test_other_workers_duties_give_no_key_phrases() -> None:
    # (review13) What others do is no key phrase of the job either.
    analysis = analyse_posting("Pharmacy Technician\nCrestview Pharmacy\n\nWhat you will do\n"
                               "- Count tablets and fill prescriptions\n\nOur pharmacists "
                               "verify every order and counsel patients on side effects.\n")
    assert "side effects" not in analysis.keywords
    assert "Patient Medication Counseling" not in {s.name for s in analysis.skills}
