"""A comma list wrapped by the page is one list: "…, Git, Docker," / "Kubernetes, …,
Deep Learning, Natural" / "Language Processing" was three items, which tailoring moved
apart, so "Natural" dangled at a line's end and "Language Processing" stood alone.
Texts are written for these tests."""

from __future__ import annotations

from tailor_app.tailoring import tailor
from tailor_app.tailoring.model import ResumeDocument
from tailor_app.tailoring.resume.parser import parse_resume

RESUME = """Ivy Chen
ivy.chen@example.com

EXPERIENCE
Data Analyst, Cobalt Insurance, Hartford, CT    Jan 2021 - Present
- Built claims dashboards in Tableau and wrote SQL against Snowflake
- Trained a churn model in Python with scikit-learn

SKILLS
Python, R, SQL, Tableau, Power BI, Snowflake, dbt, Airflow, Git, Docker,
Statistics, A/B testing, forecasting, data visualization, machine learning, natural
language processing
"""

WAREHOUSE = """Tom Reyes
tom.reyes@example.com

EXPERIENCE
Warehouse Lead, Delta Cold Storage, Fresno, CA    2020 - Present
- Ran a shift of 12 in receiving and put-away

SKILLS
Manhattan WMS, RF scanners, cycle counting, shipping and receiving,
reach truck, order picker, Excel
"""


def _skills_lines(text: str) -> list[str]:
    parsed = parse_resume(ResumeDocument.from_text(text))
    return [e.header[0] for s in parsed.sections if s.kind == "skills" for e in s.entries]


def test_a_list_wrapped_after_a_comma_is_one_list() -> None:
    assert _skills_lines(WAREHOUSE) == [
        "Manhattan WMS, RF scanners, cycle counting, shipping and receiving, reach truck, "
        "order picker, Excel"]


def test_a_term_wrapped_between_lines_stays_whole_in_the_tailored_resume() -> None:
    posting = ("Data Analyst\n\nRequirements\n- SQL\n- Python\n- Natural language processing\n"
               "- Statistics\n")
    text = tailor(RESUME, posting).text
    assert "natural language processing" in text.replace("\n", " ")
    assert not any(line.strip() == "language processing" for line in text.splitlines())
    assert not any(line.rstrip().endswith(", natural") for line in text.splitlines())
