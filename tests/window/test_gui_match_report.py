"""The match report, the compare view and the skill highlighter, from a result dict."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextDocument

from tailor_app.gui.highlight import SkillHighlighter, build_pattern
from tailor_app.gui.report_html import (
    compare_html,
    have_href,
    highlight_terms,
    match_report_html,
)


def section(kind: str, heading: str, bullets: list[str]) -> dict[str, Any]:
    return {"kind": kind, "heading": heading,
            "entries": [{"header": ["Analyst, Acme"], "bullets": bullets}]}


RESULT: dict[str, Any] = {
    "text": "tailored",
    "summary": "Data analyst with 6 years of SQL and Python.",
    "renamed": {"Postgres": "PostgreSQL"},
    "original": {"contact": {"lines": []}, "sections": [
        section("experience", "Experience", ["Wrote reports", "Built SQL models"]),
        section("skills", "Skills", [])]},
    "tailored": {"contact": {"lines": []}, "sections": [
        section("skills", "Skills", []),
        section("experience", "Experience", ["Built SQL models", "Wrote reports"])]},
    "analysis": {"skills": [{"name": "SQL", "kind": "hard"}, {"name": "PostgreSQL",
                                                             "kind": "tool"},
                            {"name": "stakeholder alignment", "kind": "phrase"}]},
    "match_before": {"score": 41, "matched": [{"resume_term": "Postgres"}]},
    "match_after": {
        "score": 63,
        "breakdown": [{"category": "Required skills", "earned": 20.0, "possible": 40,
                       "detail": "SQL yes, Kubernetes no"}],
        "matched": [{"name": "PostgreSQL", "kind": "tool", "required": True,
                     "evidence": "Built SQL models in Postgres", "resume_term": "Postgres"}],
        "missing_required": ["Kubernetes"], "missing_preferred": ["Airflow"],
        "years_required": 5, "years_found": 6.5, "degree_required": "bachelor",
        "degree_found": None,
    },
    "gaps": {"missing_required": ["Kubernetes"], "missing_preferred": ["Airflow"]},
}


def plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def test_match_report_states_scores_evidence_gaps_years_and_degree(qapp: Any) -> None:
    text = plain(match_report_html(RESULT))
    assert "Match score: 41 \u2192 63" in text
    assert "Required skills" in text and "20.0 / 40" in text
    assert "PostgreSQL" in text and "Built SQL models in Postgres" in text
    assert "you wrote \u201cPostgres\u201d" in text
    assert "Kubernetes" in text.split("Required but not in your resume")[1]
    assert "Airflow" in text.split("Preferred but not in your resume")[1]
    assert "asked: 5" in text and "found: 6.5" in text
    assert "asked: bachelor" in text and "none found" in text


def test_compare_view_lists_summary_renames_order_and_moved_bullets(qapp: Any) -> None:
    text = plain(compare_html(RESULT))
    assert "Data analyst with 6 years" in text
    assert "Postgres \u2192 PostgreSQL" in text
    assert "Before: Experience \u00b7 Skills" in text and "After: Skills \u00b7 Experience" in text
    assert "\u21911 Built SQL models" in text
    moved = text.split("Lines moved (1)")[1].split("Lines reworded")[0]
    assert "Wrote reports" not in moved  # one move: the other line kept its place


def test_compare_view_lists_changes_the_check_left_out(qapp: Any) -> None:
    text = plain(compare_html({**RESULT, "dropped": ["AWS \u2192 Amazon Web Services"]}))
    assert "Left out by the truthfulness check (1)" in text
    assert "AWS \u2192 Amazon Web Services" in text
    assert "Left out" not in plain(compare_html(RESULT))


def test_empty_result_renders_without_errors(qapp: Any) -> None:
    assert "Match score: \u2013 \u2192 \u2013" in plain(match_report_html({}))
    assert "No summary was added" in plain(compare_html({}))


def test_highlight_terms_and_pattern_respect_word_boundaries() -> None:
    terms = highlight_terms(RESULT)
    assert {"SQL", "PostgreSQL", "Postgres"} <= set(terms)
    assert "stakeholder alignment" not in terms  # key phrases are not skills
    pattern = build_pattern(["SQL", "C++", "R"])
    assert pattern is not None
    found = [m.group(0) for m in pattern.finditer("MySQL, SQL and C++; R or Rust")]
    assert found == ["SQL", "C++", "R"]
    assert build_pattern(["", "  "]) is None


def test_highlighter_marks_the_terms_in_a_document(qapp: Any) -> None:
    doc = QTextDocument("Built SQL models \U0001f600 in SQL")
    highlighter = SkillHighlighter(doc)
    highlighter.set_terms(["SQL"])
    block = doc.firstBlock()
    ranges = [(r.start, r.length) for r in block.layout().formats()]
    # UTF-16 offsets: the emoji counts two units, so the second SQL starts at 23.
    assert ranges == [(6, 3), (23, 3)]


def test_duties_in_the_postings_words_are_offered_to_check_apart_from_the_gaps(
        qapp: Any) -> None:
    result = {**RESULT, "resume_id": 7,
              "match_after": {**RESULT["match_after"], "unconfirmed": ["Pallet wrapping"]}}
    html = match_report_html(result)
    text = plain(html)
    checked = text.split("In the posting's words, not in yours (1)")[1]
    assert "Pallet wrapping" in checked and "under other words" in checked
    gaps = text.split("Required but not in your resume")[1].split("In the posting's words")[0]
    assert "Pallet wrapping" not in gaps
    assert have_href("Pallet wrapping") in html  # the user can say they have it


def test_each_duty_to_check_quotes_the_postings_line(qapp: Any) -> None:
    """A name the app gives a duty ("Age Verification") is read beside the posting's own
    words for it ("Check IDs for every guest")."""
    line = "Check IDs for every guest who orders a drink"
    result = {**RESULT, "resume_id": 7,
              "analysis": {"skills": [{"name": "Age Verification", "snippet": line,
                                       "required": True, "kind": "hard"}]},
              "match_after": {**RESULT["match_after"], "unconfirmed": ["Age Verification"]}}
    text = plain(match_report_html(result))
    group = text.split("In the posting's words, not in yours (1)")[1]
    assert "Age Verification" in group
    assert f"the posting: \u201c{line}\u201d" in group
    # an old stored result without the analysis still lists the duty
    del result["analysis"]
    assert "Age Verification" in plain(match_report_html(result)).split(
        "In the posting's words, not in yours (1)")[1]


def test_required_skills_a_resume_line_may_show_are_listed_with_that_line(qapp: Any) -> None:
    line = "Set delivery appointments with trucking companies"
    result = {**RESULT, "resume_id": 7,
              "match_after": {**RESULT["match_after"],
                              "maybe_shown": {"Dock appointments": line}}}
    html = match_report_html(result)
    text = plain(html)
    group = text.split("Maybe in your resume, in other words (1)")[1]
    assert "Dock appointments" in group and f"your line: \u201c{line}\u201d" in group
    gaps = text.split("Required but not in your resume")[1].split("Maybe in your resume")[0]
    assert "Dock appointments" not in gaps
    assert have_href("Dock appointments") in html
    # without a resume to add to, the line is still quoted but nothing is offered
    bare = match_report_html({**result, "original": {}})
    assert line in plain(bare) and have_href("Dock appointments") not in bare
    # an older result without the field shows no such group
    assert "Maybe in your resume" not in plain(match_report_html(RESULT))
