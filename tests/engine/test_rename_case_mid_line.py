"""An acronym spelled out in the posting's words mid-line takes a practice's name in
lower case ("in the pulmonary function testing lab", not "in the Pulmonary function
testing lab"): the capital of a name written in sentence case is a sentence's, not
the name's. A product's name keeps its capitals; at a line's opening the name does too."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)

THERAPIST = """Desmond Ray
Spokane, WA | d.ray@example.com

EXPERIENCE
Respiratory Therapist | Inland Medical Center, Spokane, WA | 2019 – Present
- Run the PFT lab and perform spirometry on 14 patients a day
- Draw arterial blood gases for inpatient units
"""

PFT_POSTING = """Pulmonary Function Technologist
Requirements
- Perform pulmonary function testing and spirometry
- Arterial blood gases
"""


def test_a_practice_spelled_out_mid_line_is_lower_case() -> None:
    result = tailor(THERAPIST, PFT_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert "Run the pulmonary function testing lab" in result.text, result.text
    assert "Pulmonary function testing" not in result.text
    assert result.summary is not None
    assert "Pulmonary" not in result.summary, result.summary


def test_a_practice_spelled_out_at_a_line_s_opening_keeps_its_capital() -> None:
    resume = THERAPIST.replace("- Run the PFT lab and perform spirometry on 14 patients a day",
                               "- PFT lab lead: perform spirometry on 14 patients a day")
    result = tailor(resume, PFT_POSTING, today=TODAY)
    assert result.guard.ok
    assert "• Pulmonary function testing lab lead" in result.text, result.text


ANALYST = """Grace Obi
Dayton, OH | grace.obi@example.com

EXPERIENCE
Marketing Analyst | Miami Valley Outfitters, Dayton, OH | 2021 – Present
- Wrote the site's SEO briefs and tracked rankings in Semrush
- Built weekly dashboards in Looker Studio
"""

SEO_POSTING = """Marketing Analyst
Requirements
- Search engine optimization and keyword research
- Semrush
"""


def test_a_method_the_posting_writes_in_lower_case_stays_so_mid_line() -> None:
    result = tailor(ANALYST, SEO_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert "Wrote the site's search engine optimization briefs" in result.text, result.text
    assert result.summary is not None and "Search" not in result.summary, result.summary


TEACHER = """Sam Ortiz
sam@example.com

Experience
Middle School Teacher | Lakeside Co | 2020 - Present
- Taught 7th grade ELA to five sections of 28 students
"""


def test_a_language_s_name_keeps_its_capital_mid_line() -> None:
    """Review24 T2: "English" is a language's name, not a sentence's capital."""
    result = tailor(TEACHER, "Middle School Teacher\nRequirements\n- English language arts\n"
                    "- Lesson planning\n", today=TODAY)
    assert "english" not in result.text
    assert "Taught 7th grade English language arts" in result.text, result.text
    assert result.summary is None or "english" not in result.summary

