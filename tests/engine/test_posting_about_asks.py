"""Asks a pasted posting tells outside its headed sections: a paragraph that opens "You
should have ..." under "About the job" is its requirements; "(ag or farm inputs ideal)"
prefers; "3+ years Power BI development;" under the requirements counts its years; a part
of a clause that asks in so many words is no offer of the rest; a research site's GCP is
Good Clinical Practice."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting

_SALES = ("Territory Sales Representative\n\nAbout the job: Sell irrigation systems to"
          " growers across six counties and keep every visit logged.\n\nYou should have 3+"
          " years of outside sales (heavy equipment ideal), working knowledge of"
          " Valley or Lindsay pivots and a clean driving record.\n")


def test_a_you_should_have_paragraph_under_about_the_job_is_requirements() -> None:
    analysis = analyse_posting(_SALES)
    names = {s.name: s.required for s in analysis.skills}
    assert names.get("Clean Driving Record") is True
    assert analysis.min_years == 3


def test_ideal_closing_a_bracket_prefers_what_it_holds() -> None:
    names = {s.name: s.required for s in analyse_posting(_SALES).skills}
    assert names.get("Outside Sales") is True
    assert names.get("Heavy Equipment Operation") is False


def test_years_before_a_short_line_of_work_in_the_requirements_count() -> None:
    text = ("Tableau Developer\n\nRequirements: 4+ years Tableau development; strong SQL;"
            " experience with Snowflake.\n")
    assert analyse_posting(text).min_years == 4


def test_a_part_that_asks_is_no_offer() -> None:
    text = ("Home Visitor\n\nRequires reliable transportation and car insurance; fluency in"
            " Vietnamese is preferred, and the curriculum training is provided after hire.\n")
    assert "Vietnamese" in [s.name for s in analyse_posting(text).skills]


def test_gcp_in_a_research_posting_is_good_clinical_practice() -> None:
    names = [s.name for s in analyse_posting(
        "Research Assistant\n\n- Consent and enroll participants per GCP and the study"
        " protocol\n- Keep regulatory binders current\n").skills]
    assert "Good Clinical Practice" in names and "Google Cloud Platform" not in names
    cloud = [s.name for s in analyse_posting(
        "Platform Engineer\n\n- Build GCP infrastructure with Terraform\n").skills]
    assert "Google Cloud Platform" in cloud
