"""The summary line's years are years of every item it names under its title: the
line's own post counts for each item, and a role of other work lends its years only to
the items it wrote itself. A nurse who was a nursing assistant, a teacher who was a
paraeducator, an estimator who framed houses: the earlier job's years are not years of
the later job's work because one or two of the line's items are in it too (review26 O3)."""

from __future__ import annotations

import re
from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)


def _years(summary: str | None) -> int | None:
    found = re.search(r"(\d+) years? of experience", summary or "")
    return int(found.group(1)) if found else None


NURSE = """Rosa Delgado
Boise, ID | rosa.delgado@example.com

EXPERIENCE
Registered Nurse, Telemetry Unit | Snake River Medical Center, Boise, ID | Jan 2023 – Present
- Monitor cardiac rhythms for 5 telemetry patients and titrate heparin drips
- Give IV medications and chart every assessment in Epic
- Teach patients about new heart medications before discharge

Certified Nursing Assistant | Valley Care Home, Nampa, ID | 2015 – 2022
- Took vital signs and charted them in Epic for 14 residents
- Helped residents with meals, bathing and safe transfers
"""

NURSE_POSTING = """Registered Nurse - Telemetry
Requirements
- Cardiac monitoring and rhythm interpretation
- IV medication administration
- Epic documentation
- Vital signs
"""


def test_a_nursing_assistants_years_are_no_years_of_nursing() -> None:
    # The CNA charted vital signs in Epic; that lends eight years to no item the RN
    # did alone: "Registered Nurse with 11 years of experience in cardiac rhythms, IV
    # medications, Epic …" would read as eleven years of nursing.
    result = tailor(NURSE, NURSE_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    summary = result.summary or ""
    assert summary.startswith("Registered Nurse"), summary
    assert _years(summary) == 4, summary  # Jan 2023 to today (months counted whole)


TEACHER = """Jonah Whitfield
Spokane, WA | jonah.whitfield@example.com

EXPERIENCE
Second Grade Teacher | Linwood Elementary, Spokane, WA | Aug 2023 – Present
- Teach reading and math to 24 second graders from Common Core standards
- Run guided reading groups and track progress with DIBELS
- Use PBIS to manage the classroom

Paraeducator | Garfield Elementary, Spokane, WA | 2012 – 2023
- Ran guided reading groups and math intervention and kept DIBELS scores for the teacher
- Gave PBIS points on the playground
- Supervised recess and the bus line
"""

TEACHER_POSTING = """Elementary Teacher (Grade 2)
Requirements
- Reading and math instruction to Common Core standards
- Guided reading
- DIBELS progress monitoring
- PBIS classroom management
"""


def test_a_paraeducators_years_are_no_years_of_teaching() -> None:
    result = tailor(TEACHER, TEACHER_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    summary = result.summary or ""
    assert summary.startswith("Second Grade Teacher"), summary
    assert _years(summary) == 3, summary  # Aug 2023 to today, not 2012


ESTIMATOR = """Cal Brandt
Reno, NV | cal.brandt@example.com

EXPERIENCE
Assistant Estimator | High Desert Builders, Reno, NV | 2022 – Present
- Prepare change orders and scope letters for subcontractors
- Log RFIs and submittals in Procore
- Take off framing lumber from the architectural drawings

Framing Foreman | Sierra Framing Co., Sparks, NV | 2014 – 2021
- Ran a framing crew of eight on custom homes
- Answered RFIs and reviewed submittals for the superintendent in Procore
"""

ESTIMATOR_POSTING = """Assistant Estimator
Requirements
- Change orders
- Scope letters
- RFIs and submittals
- Procore
- Framing knowledge
"""


def test_a_foremans_years_lend_nothing_to_estimating_work() -> None:
    # The foreman wrote RFIs, submittals and Procore, three of the five items; the line
    # still names change orders and scope letters, which only the estimator wrote.
    result = tailor(ESTIMATOR, ESTIMATOR_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    summary = result.summary or ""
    assert summary.startswith("Assistant Estimator"), summary
    assert _years(summary) == 5, summary  # 2022 to today, not 2014


def test_a_role_writing_every_item_still_counts() -> None:
    # A guard: when the line names only what the earlier role wrote too, its years
    # are years of that work.
    posting = ("Assistant Estimator\nRequirements\n- RFIs\n- Procore\n")
    result = tailor(ESTIMATOR, posting, today=TODAY)
    summary = result.summary or ""
    assert summary.startswith("Assistant Estimator"), summary
    assert _years(summary) == 12, summary  # 2014 to today, the gap of 2021-22 aside
