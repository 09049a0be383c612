"""What an employer's product helps its customers do is their deed, not the hire's: "We
help restaurants manage payroll", "HireQuick helps small businesses post jobs". The
hire's own duty in the same words still asks. Every text here was written for these
tests."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_the_customers_deeds_in_the_story_ask_nothing() -> None:
    assert "Posting job openings" not in _asks(
        "Account Executive\nHireQuick helps small businesses post jobs and hire faster.\n"
        "You will: sell our job advertising plans and run demos.\n")
    assert "Payroll" not in _asks(
        "Customer Success Manager\nWe help restaurants manage payroll and tips.\n"
        "You will: onboard new accounts and run quarterly reviews.\n")
    assert "Inventory Management" not in _asks(
        "Sales Engineer\nShelfwise helps independent retailers count inventory faster.\n"
        "You will: run technical demos for prospects.\n")


def test_the_hires_own_duty_still_asks() -> None:
    assert "Posting job openings" in _asks(
        "HR Assistant\nResponsibilities:\n- Post job openings on Indeed and our careers site\n")
