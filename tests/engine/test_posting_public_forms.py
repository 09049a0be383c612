"""A public employer's position description pasted from its PDF: a running header with
the page number ("CITY OF MAPLEWOOD      Page 2 of 2") and a form's pay-status field
("FLSA: Non-Exempt").

Both were asked: "CITY" as an acronym from the header, and FLSA (the wage law, an HR
skill) from the status field, so the report told a billing clerk she lacked them.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting

POSTING = """CITY OF MAPLEWOOD                                            Page 1 of 2
POSITION DESCRIPTION

Position Title: Utility Billing Clerk          Department: Finance
FLSA: Non-Exempt                               Grade: 12

ESSENTIAL DUTIES AND RESPONSIBILITIES
1. Processes customer payments and balances the cash drawer daily.
2. Responds to customer inquiries regarding bills.

CITY OF MAPLEWOOD                                            Page 2 of 2
MINIMUM QUALIFICATIONS
Two (2) years of cashiering or customer service experience.
Working knowledge of basic bookkeeping; ability to operate Microsoft Excel.
"""


def test_a_running_header_and_a_pay_status_field_ask_nothing() -> None:
    analysis = analyse_posting(POSTING)
    asked = {s.name for s in analysis.skills}
    assert not {"CITY", "FLSA", "HR Compliance"} & asked
    assert {"Cash Handling", "Bookkeeping", "Microsoft Excel"} <= asked
    assert analysis.min_years == 2
    assert analysis.title == "Utility Billing Clerk"


def test_the_wage_law_is_still_asked_as_knowledge() -> None:
    text = "HR Generalist\n\nRequirements\n- Knowledge of FLSA, FMLA and ADA\n"
    assert "FLSA" in {s.name for s in analyse_posting(text).skills}


def test_an_accreditors_letters_before_its_program_ask_nothing() -> None:
    text = ("Legal Assistant\n\nRequirements\n- Paralegal certificate (ABA-approved "
            "program a plus)\n- Clio\n")
    asked = {s.name for s in analyse_posting(text).skills}
    assert "ABA" not in asked and "Clio" in asked
    # A therapist's ABA is still asked, and a credential one holds after its letters.
    text = "Behavior Technician\n\nRequirements\n- 2 years of ABA therapy\n- PMP-certified\n"
    assert "ABA" in {s.name for s in analyse_posting(text).skills}
