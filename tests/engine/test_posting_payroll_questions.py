"""What a payroll desk answers others about is its work, not a notice about the hire's pay.

"Answer employee questions about pay stubs, direct deposit and W-4 withholding" was cut
out of the duties as a hiring-process notice ("pay is by direct deposit"), and the ask
Direct Deposit was lost. A duty verb of answering or helping before the words keeps the
line a duty; the hire's own pay by direct deposit stays a notice. Texts are written for
these tests.
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def _posting(line: str) -> str:
    return f"Payroll Clerk\n\nResponsibilities\n- Process weekly payroll in Paychex\n- {line}\n"


def test_answering_questions_about_direct_deposit_asks_it() -> None:
    assert "Direct Deposit" in asks(_posting(
        "Answer employee questions about pay stubs, direct deposit and W-4 withholding"))
    assert "Direct Deposit" in asks(_posting(
        "Respond to associate inquiries regarding paychecks and direct deposit"))
    assert "Direct Deposit" in asks(_posting(
        "Help staff with direct deposit enrollment and tax forms"))


def test_the_hires_own_pay_by_direct_deposit_stays_no_ask() -> None:
    assert "Direct Deposit" not in asks(_posting("All employees are paid by direct deposit"))
    assert "Direct Deposit" not in asks(
        "Warehouse Associate\n\nWhat you will do\n- Pick and pack orders\n\nThe fine print\n"
        "Direct deposit is required as a condition of employment.\n")


def test_the_employers_help_and_answers_about_pay_stay_notices() -> None:
    # review25 A1: the verb must open a duty of the hire's, and its object is no "you".
    found = asks("Cashier\n\nDuties\n- Greet customers and ring up sales on the register\n"
                 "- Keep the front end clean\n\n"
                 "Our HR team will help you enroll in direct deposit during orientation.")
    assert "Direct Deposit" not in found
    found = asks("Landscaper\n\nDuties\n- Mow, trim and edge residential lawns\n\n"
                 "Questions about pay? Our office staff can answer questions about direct "
                 "deposit and pay dates.")
    assert "Direct Deposit" not in found
    found = asks("Home Health Aide\n\nDuties\n- Assist clients with bathing, dressing and meals"
                 "\n\nAfter you are hired, please provide your mailing address and bank details "
                 "for direct deposit.")
    assert "Direct Deposit" not in found and "Mailing address" not in found
    assert "Direct Deposit" in asks(
        "Payroll Clerk\n\nIn this role you will process weekly payroll in Paychex and answer "
        "employee questions about direct deposit.\n")


def test_help_as_a_noun_opening_a_notice_stays_no_ask() -> None:
    # review25 A4: "Help with ... is available" is the employer's offer, no duty.
    found = asks("Cashier\n\nDuties\n- Greet customers and ring up sales on the register\n"
                 "- Keep the front end clean\n\n"
                 "Help with direct deposit setup is available on your first day.")
    assert "Direct Deposit" not in found
