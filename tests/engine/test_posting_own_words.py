"""The posting's own word for each skill is read with the analysis: renames and the
alias credit use it, and scoring does not search the posting a second time."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import posting_terms, score_before
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume

TODAY = date(2026, 11, 1)
POSTING = (
    "Data Engineer\n\nRequirements:\n"
    "- Tuning Postgres queries and writing JS tooling\n"
    "- Later on: PostgreSQL replication and JavaScript dashboards\n"
)


def test_each_skill_carries_the_first_word_the_posting_uses_for_it() -> None:
    analysis = analyse_posting(POSTING)
    terms = posting_terms(analysis)
    assert terms["PostgreSQL"] == "Postgres"
    assert terms["JavaScript"] == "JS"


def test_a_skill_read_from_a_line_broken_in_two_keeps_the_posting_s_words() -> None:
    posting = "Backend Developer\n\nRequirements:\n- Writing SQL and\n  Postgres migrations\n"
    assert posting_terms(analyse_posting(posting)).get("PostgreSQL") == "Postgres"


def test_the_posting_s_own_word_earns_more_than_another_alias() -> None:
    analysis = analyse_posting(POSTING)
    own = parse_resume("Ann Lee\n\nEXPERIENCE\nEngineer, Acme    2019 – Present\n"
                       "• Tuned Postgres queries\n• Wrote JS tooling\n")
    other = parse_resume("Ann Lee\n\nEXPERIENCE\nEngineer, Acme    2019 – Present\n"
                         "• Tuned PostgreSQL queries\n• Wrote JavaScript tooling\n")
    assert score_before(own, analysis, today=TODAY).score > \
        score_before(other, analysis, today=TODAY).score
