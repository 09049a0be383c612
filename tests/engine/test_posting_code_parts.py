"""A vocabulary name read from part of a longer code or grade is no ask: "C-SSRS" (a
rating scale) holds no SSRS, "(B or A Level)" (a grade of a technician) no A-Levels."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_an_acronym_glued_after_a_single_capital_is_another_code() -> None:
    assert "SQL Server Reporting Services" not in names(
        "Requirements\n- Screen new clients with the C-SSRS at intake\n")
    assert "SQL Server Reporting Services" in names("Requirements\n- Build SSRS reports\n")
    assert "T-SQL" in names("Requirements\n- Write T-SQL stored procedures\n")


def test_a_letter_in_a_choice_of_grades_is_no_a_level() -> None:
    assert "A-Levels" not in names("Requirements\n- Certified welder (B or A Level)\n")
    assert "A-Levels" not in names("Requirements\n- Certified welder (A or B Level)\n")
    assert "A-Levels" in names("Requirements\n- An A Level in Chemistry\n")
