"""The summary line's years count every role of the line's own post, its unit or team
after a comma aside: "Charge Nurse, Orthopedic Unit" is years of "Charge Nurse" as much
as "Charge Nurse, Medical-Surgical Unit" is. A role of another rank is not the post: an
assistant teacher's years are not years leading a room."""

from __future__ import annotations

import re
from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)

NURSE = """Dana Whitlock
Tulsa, OK | dana.whitlock@example.com

EXPERIENCE
Charge Nurse, Medical-Surgical Unit | Saint Anne Hospital, Tulsa, OK | 2022 – Present
- Make patient assignments for 6 RNs and 3 CNAs on a 32-bed unit
- Manage PCA pumps and wound vacs; chart in Epic
Charge Nurse, Orthopedic Unit | Hillcrest Medical Center, Tulsa, OK | 2018 – 2022
- Ran the night shift huddle and covered breaks for the floor
"""

NURSE_POSTING = """Charge Nurse - Medical-Surgical
Requirements
- Charge nurse experience making patient assignments
- PCA pumps, wound vacs and Epic charting
"""

TEACHER = """Maya Ellison
Tacoma, WA | maya.ellison@example.com

EXPERIENCE
Lead Teacher, Preschool Room | Little Oaks Learning Center, Tacoma, WA | 2024 – Present
- Plan play-based lessons from the Creative Curriculum and write DRDP assessments
Assistant Teacher, Toddlers | Little Oaks Learning Center, Tacoma, WA | 2020 – 2024
- Set up art and sensory tables and kept the room clean
"""

TEACHER_POSTING = """Lead Teacher - Preschool
Requirements
- Lesson planning with the Creative Curriculum
- DRDP assessments
"""


def _years(summary: str | None) -> int | None:
    found = re.search(r"(\d+) years? of experience", summary or "")
    return int(found.group(1)) if found else None


def test_the_same_post_on_another_unit_counts() -> None:
    result = tailor(NURSE, NURSE_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert (result.summary or "").startswith("Charge Nurse with"), result.summary
    # 2018 to today on both units; the older one shows none of the asked skills.
    assert _years(result.summary) == 9, result.summary


def test_another_rank_of_the_post_does_not_count() -> None:
    result = tailor(TEACHER, TEACHER_POSTING, today=TODAY)
    assert (result.summary or "").startswith("Lead Teacher with"), result.summary
    assert _years(result.summary) == 3, result.summary  # 2024 on, not the assistant's 2020
