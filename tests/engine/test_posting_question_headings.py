"""Headings worded like a question in the company's own words ("What you bring to the
table", "What your week looks like") open the section they name.

Before, a bare line counted as a heading only when every word of it was a heading
word, so one word of the company's own ("table", "week") left the line as text: a
posting whose headings were all of this kind read every duty and requirement under
its opening "Who we are" as company talk, and asked nothing and no years.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring import analyse_posting
from tailor_app.tailoring.posting.sections import split_posting

BULLETED = """\
Kessler Millwork
Shop Estimator

Who we are
We're a 40-person architectural millwork shop building casework for hospitals.

What your week looks like
- Doing takeoffs from shop drawings in Bluebeam
- Pricing change orders for the project managers

What you bring to the table
- 4+ years of estimating in millwork or casework
- You can build formulas in Excel

What we offer
- Health insurance and a 401(k) match
"""

UNBULLETED = """\
Harbor Street Clinic — Medical Receptionist

Who we are
A small family clinic on the east side with three physicians.

What your mornings look like
Check patients in and verify insurance eligibility.
Schedule appointments in athenahealth.

What you bring to the table
2 years at a medical front desk.
Bilingual in English and Spanish.
"""


def _kinds(text: str) -> dict[str, str]:
    """Each unit's first words -> the kind of section it was read in."""
    split = split_posting(text)
    return {u.text[:24]: u.kind for u in split.units}


def test_duties_and_requirements_under_question_headings_are_not_company_talk() -> None:
    by_start = {" ".join(t.split()[:2]): k for t, k in _kinds(BULLETED).items()}
    assert by_start["Doing takeoffs"] == "responsibilities"
    assert by_start["Pricing change"] == "responsibilities"
    assert by_start["4+ years"] == "requirements"
    assert by_start["You can"] == "requirements"
    assert by_start["We're a"] == "about"
    assert by_start["Health insurance"] == "benefits"


def test_a_question_heading_after_a_blank_line_opens_its_section_without_bullets() -> None:
    by_start = {" ".join(t.split()[:2]): k for t, k in _kinds(UNBULLETED).items()}
    assert by_start["Check patients"] == "responsibilities"
    assert by_start["2 years"] == "requirements"
    assert by_start["Bilingual in"] == "requirements"


@pytest.mark.parametrize("line", [
    # Inside a paragraph (no blank line before, no bullet after): a sentence.
    "We build casework.\nWhat we build ends up in hospitals across the state\nand clinics too.",
    # A question opener with no heading word at all is not a heading.
    "\nWhy millwork\nBecause wood lasts.",
])
def test_lines_that_only_open_like_a_question_stay_text(line: str) -> None:
    split = split_posting("Shop Estimator\n\n" + line)
    assert not any(s.kind in {"requirements", "responsibilities"} for s in split.sections)


def test_the_analysis_asks_the_duties_and_reads_the_years() -> None:
    analysis = analyse_posting(BULLETED)
    required = {name.lower() for name in analysis.required_skills}
    assert {"bluebeam", "microsoft excel"} <= required
    assert analysis.min_years == 4
    unbulleted = analyse_posting(UNBULLETED)
    assert unbulleted.min_years == 2
    assert "athenahealth" in {n.lower() for n in unbulleted.required_skills}


INLINE = """\
Irrigation Technician
Desert Bloom Landscapes — keeping Mesa green since 1999!

WHAT YOU'LL DO: Repair drip lines and valves, program controllers, and walk sites
with property managers.

WHAT WE NEED: 2 years of irrigation repair. Valid driver's license.

WHY DESERT BLOOM: Take-home truck, paid overtime, quarterly bonuses.

Crew member perks: free lunches, gym discounts, boots allowance.
"""


def test_an_inline_label_worded_like_a_question_or_naming_perks_opens_a_section() -> None:
    split = split_posting(INLINE)
    kinds = {s.heading: s.kind for s in split.sections}
    assert kinds["WHAT WE NEED"] == "requirements"
    assert kinds["WHY DESERT BLOOM"] == "benefits"
    assert kinds["Crew member perks"] == "benefits"
    asked = {s.name for s in analyse_posting(INLINE).skills}
    # The shouted label's words are no acronyms, and the perks no asks.
    assert not asked & {"WHAT", "NEED", "WHY", "DESERT", "BLOOM", "Paid overtime",
                        "Take-home truck", "Gym discounts", "Free lunches"}
    assert "Driver's License" in asked
