"""A worker's name joined to another line of work before "experience" is the work
asked ("barista or café experience", "cashier/retail experience"), as "barista
experience" was; and a degree's subjects end where a credential in capitals is offered
instead ("… in early childhood education or a CDA, 2 years …"), so the demands after it
stay asked. Texts written for these tests (recall5, Dec 5)."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_a_worker_before_or_and_another_line_of_work_is_the_work() -> None:
    asked = _asked("Coffee Shop Lead\nRequirements\n- 1 year of barista or café experience\n"
                   "- Cashier/retail experience a plus\n")
    assert {"Barista", "Cashier"} <= asked


def test_workers_named_as_colleagues_stay_people() -> None:
    asked = _asked("Shift Lead\nDuties\n- Train new cashiers and baristas on opening tasks\n")
    assert not {"Barista", "Cashier"} & asked


def test_a_credential_offered_instead_of_the_degree_ends_its_subjects() -> None:
    asked = _asked("Toddler Teacher wanted at Little Sprouts. Requirements: Associate's degree "
                   "in early childhood education or a CDA, 2 years of experience in a licensed "
                   "center, Pediatric First Aid and CPR.")
    assert {"Child Development Associate", "CPR Certification"} <= asked


def test_a_choice_of_subjects_is_still_no_ask() -> None:
    asked = _asked("IT Analyst\nRequirements\n- Bachelor's degree in Computer Science or IT\n"
                   "- Bachelor's degree in Accounting, Finance or a related field\n")
    assert not {"Computer Science", "Accounting", "Finance"} & asked
