"""Tax forms asked by their numbers: in a list beside a form's code, and under one name.

"Prepare payroll tax filings (941, 940, W-2)" asked W-2 alone: a bare number is read as
a form only after "Form" or in its plural, since alone "941" may be a count. In a list
that also names a form by its code ("W-2", "1099-NEC", "Form 941", "1099s"), every bare
number is a form too ("Form 941", "Form 940"); a figure's own comma ("600,000 sq ft"), a
list of counts or of years names none. The quarterly return was two skills besides
("Form 941" and "941 filings", and "quarterly 941" read as Payroll Taxes): Forms 941 and
940 are one skill each under all their spellings, filed under Payroll Taxes; "annual 5500
reports" is Form 5500. Texts written for these tests (Dec 8, asks28).
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def test_bare_numbers_beside_a_form_code_are_forms() -> None:
    found = asks("Payroll Administrator\n\nResponsibilities\n"
                 "- File the quarterly and year-end returns (941, 940, W-2) for four entities\n")
    assert {"Form 941", "Form 940"} <= set(found)


def test_an_accounts_payable_list_of_forms_reads_the_bare_one() -> None:
    found = asks("Accounts Payable Clerk\n\nDuties\n"
                 "- Keep W-9s, 1099s and 1096 filed every January\n")
    assert "Form 1096" in found


def test_the_quarterly_return_is_one_skill_under_its_spellings() -> None:
    for line in ("- Prepare quarterly 941 filings for two companies",
                 "- Prepare Form 941 each quarter", "- Prepare the quarterly 941s"):
        found = asks(f"Payroll Specialist\n\nResponsibilities\n{line}\n")
        assert "Form 941" in found, line
        assert "941 filings" not in found


def test_a_benefits_plans_annual_report_by_its_number() -> None:
    found = asks("Benefits Coordinator\n\nResponsibilities\n"
                 "- Gather census data for the annual 5500 reports\n")
    assert "Form 5500" in found


def test_counts_and_years_in_a_list_are_no_forms() -> None:
    found = asks("Warehouse Supervisor\n\nAbout the role\n- Lead a team in our 600,000 sq ft "
                 "building with W-2 staff\n- Hit 250, 300 and 400 cases an hour by year three\n"
                 "- Awards in 2019, 2020 and 2021\n")
    assert not any(name.startswith("Form ") for name in found)


def test_roads_and_machine_models_are_no_forms() -> None:
    # review28 A1: a capital and figures beside bare numbers is no tax form's code.
    found = asks("Delivery Driver\n\nRequirements\n- Drive routes on I-35, 494 and 694 daily\n")
    assert not any(name.startswith("Form ") for name in found)
    found = asks("Heavy Equipment Operator\n\nRequirements\n"
                 "- Operate Cat 320, 336 and D-6 machines on site\n")
    assert not any(name.startswith("Form ") for name in found)
