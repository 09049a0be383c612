"""An ask the posting names by an example of it ("X or another Y", "X or a similar Y"):
a resume showing X shows Y, by the posting's own words, whatever the vocabulary knows
of X; an item joined to the list by "and" is no example ("Excel and Clover or another
POS": Excel is no POS)."""

from __future__ import annotations

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import MatchReport, ResumeDocument


def _report(posting: str, line: str) -> MatchReport:
    resume = f"Sam Lee\nExperience\nSpecialist, Acme Co, 2019 - 2024\n- {line}\n"
    return tailor(ResumeDocument.from_text(resume), posting).match_before


def _missing(report: MatchReport) -> list[str]:
    return [*report.missing_required, *report.missing_preferred]


def test_a_named_program_shows_the_kind_of_program_it_is_given_as() -> None:
    report = _report("Interventionist\nQualifications\n- Training in the Wilson Reading"
                     " System or another structured literacy program\n",
                     "Certified in the Wilson Reading System (Level I), 2022")
    assert "Structured literacy" not in _missing(report)
    shown = {m.name: m.evidence for m in report.matched}
    assert "Wilson Reading System" in shown["Structured literacy"]


def test_or_a_similar_and_a_modifier_before_the_kind() -> None:
    report = _report("Support Specialist\nQualifications\n- Two years on Freshdesk or a"
                     " similar help desk platform\n", "Answered 60 tickets a day in Freshdesk")
    assert "Help desk" not in _missing(report)
    report = _report("Sales Consultant\nWhat you bring\n- VinSolutions, DealerSocket or any"
                     " other dealership CRM\n",
                     "Logged every walk-in and follow-up call in VinSolutions")
    assert "Customer Relationship Management" not in _missing(report)
    assert "DealerSocket" in _missing(report)  # each named product is still its own ask


def test_an_item_joined_by_and_is_no_example() -> None:
    report = _report("Cashier\nRequirements\n- Comfortable with Excel and Clover or another"
                     " POS\n", "Built schedules in Excel")
    assert "Point of Sale" in _missing(report)
    assert "Point of Sale" not in {m.name for m in report.matched}
