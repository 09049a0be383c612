"""A paste that starts in the posting's body ("Requirements" and its bullets, copied
without the title above them) has no title, and its first bullet is an ask.

Before, the first bullet was taken for the title when it named a job ("Send RFIs to
the architect", "Assist the pharmacist with refills"), and a title line's words are
never asks: a one-bullet paste asked nothing.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


@pytest.mark.parametrize(("text", "ask"), [
    ("Requirements\n- Send RFIs to the architect when the drawings conflict\n", "RFIs"),
    ("Responsibilities:\n- Assist the pharmacist with prescription refills in Rx30\n", "Rx30"),
])
def test_a_body_paste_asks_its_first_bullet_and_names_no_title(text: str, ask: str) -> None:
    analysis = analyse_posting(text)
    assert analysis.title is None
    assert ask in {s.name for s in analysis.skills}


def test_a_title_under_a_job_description_line_is_still_the_title() -> None:
    analysis = analyse_posting("Job Description\nRegistered Nurse\n\nRequirements\n- BLS\n")
    assert analysis.title == "Registered Nurse"
    # The title's own words ask nothing; the requirement does.
    assert "Registered Nurse" not in {s.name for s in analysis.skills}
    assert "Basic Life Support" in {s.name for s in analysis.skills}
