"""A number is part of a skill's name when the summary line says each skill once.

The line drops an item another item already says ("audits" beside "internal audit").
Compared by their words alone, "504 plans" read as "behavior plans", "W-2s" as "941s"
and "OSHA 10" as "OSHA 30", and the second was never named.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.naming import same_skill
from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)


def test_names_differing_by_their_number_are_two_skills() -> None:
    assert not same_skill("504 plans", "behavior plans")
    assert not same_skill("W-2s", "941s")
    assert not same_skill("OSHA 10", "OSHA 30")
    assert not same_skill("ISO 9001", "ISO 14001")
    # The same words and no other number still say one another.
    assert same_skill("EKG", "12-lead EKGs")
    assert same_skill("internal audit", "audits")
    assert same_skill("941s", "quarterly 941s")


def test_the_line_names_a_numbered_plan_beside_another_plan() -> None:
    resume = ("Noa Brennan\nnoa.brennan@example.com | 555-0117\n\n"
              "EXPERIENCE\n"
              "Special Education Teacher, Lakeview Middle School | 2019 – Present\n"
              "- Write behavior plans with the school psychologist\n"
              "- Carry out 504 plans and IEP accommodations in co-taught classes\n"
              "- Track reading fluency with DIBELS every six weeks\n")
    posting = ("Special Education Teacher\nRequirements\n- Behavior plans\n- 504 plans\n"
               "- DIBELS\n- Co-teaching\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok and result.summary
    assert "504 plans" in result.summary and "behavior plans" in result.summary, result.summary
