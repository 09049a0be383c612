"""The words a bullet opens with are its verb and what it did, whatever the verb: the
summary line never lists them as a skill's name ("experience in SSI and talk people
down", "differentiate instruction"). It tells the deed with the verb in its -ing form
when it can ("talking people down", "differentiating instruction") and leaves it out
when it cannot; the guard accepts the line either way. A line opening with the
skill's own words ("Customer service for 200 callers") or with a name is no deed.
Texts are written for these tests.
"""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.naming import _opens_a_bullet
from tailor_app.tailoring.compose.summary import _said_text
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.resume.parser import parse_resume

TODAY = date(2026, 12, 1)

RESUME = """Rosa Delgado
rosa.delgado@example.com | (916) 555-0158

EXPERIENCE
Housing Navigator, River City Shelter, Sacramento, CA, 2021 - Present
- Talk people down when things get heated and call for support when needed
- Help clients fill out SSI applications and go with them to appointments
- Enter notes into HMIS the same day
Teacher's Aide, Oak Park Elementary, Sacramento, CA, 2018 - 2021
- Differentiate instruction for readers below grade level
"""

POSTING = """Case Manager
Requirements:
- De-escalation of crises on site
- Help residents apply for SSI
- Keep case notes in HMIS
- Differentiated instruction for adult learners
"""


def test_the_summary_tells_a_bullet_s_deed_not_its_verb_phrase() -> None:
    result = tailor(RESUME, POSTING, today=TODAY)
    assert result.summary is not None
    assert "De-escalation" in [m.name for m in result.match_before.matched]
    line = result.summary
    assert "talk people down" not in line.casefold()
    assert "in differentiate instruction" not in line and ", differentiate" not in line
    assert "talking people down" in line or "people down" not in line
    assert result.guard.ok, result.guard.message()
    assert result.dropped == []


def test_which_words_open_a_bullet_as_a_deed() -> None:
    # What the summary reads: the resume's bullets as parsed, their glyphs gone.
    text = _said_text(parse_resume(
        RESUME + "- Customer service for 200 callers a day\n- QuickBooks Online for payroll\n"))
    assert _opens_a_bullet("Talk people down", "De-escalation", text)
    assert _opens_a_bullet("Differentiate instruction", "Differentiated Instruction", text)
    # The skill's own words, a name, one word, or words no line opens with: no deed.
    assert not _opens_a_bullet("Customer service", "Customer Service", text)
    assert not _opens_a_bullet("QuickBooks Online", "QuickBooks", text)
    assert not _opens_a_bullet("Talk", "De-escalation", text)
    assert not _opens_a_bullet("reflective listening", "Motivational Interviewing", text)
