"""The summary line says each thing once, and says a deed as an activity: two asks the
resume shows with the same words ("write the weekly schedule" for Staff scheduling and
Scheduling) are one item of the line, and "Cut labor" reads "cutting labor"."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

POSTING = """Restaurant Manager

The job
You will hire, train and schedule a team of 30 and build the weekly schedule to hit labor
targets, and you will control costs.

You bring
- 2+ years as a restaurant manager
- Experience with a scheduling tool like 7shifts
- Cost control
"""
RESUME = """Jordan Lee
Boise, ID | jordan.lee@example.com

Experience
Assistant Manager | Harbor Grill | 2021 - Present
- Hire and train servers; write the weekly schedule in 7shifts
- Cut labor from 30% to 26% of sales
"""


def _summary_line() -> str:
    text = tailor(RESUME, POSTING, today=date(2026, 12, 5)).text
    return text.split("\n\n")[1]


def test_the_same_words_are_named_once() -> None:
    line = _summary_line()
    assert line.count("writing the weekly schedule") == 1, line


def test_a_deed_of_an_irregular_verb_reads_as_an_activity() -> None:
    line = _summary_line()
    assert "cut labor" not in line.casefold(), line


def test_a_bullets_past_tense_is_never_a_name_in_the_line() -> None:
    # "Rotated stock" opens a bullet and shows FIFO; the line says an activity or
    # nothing, never "experience in rotated stock".
    posting = ("Line Cook\n\nRequirements\n- FIFO stock rotation\n- Grill and saute "
               "experience\n- ServSafe Food Handler\n")
    resume = ("Sam Ortiz\nsam.ortiz@example.com\n\nExperience\nLine Cook | Blue Heron Grill "
              "| 2020 - Present\n- Cooked on grill and saute for 300 covers a night\n"
              "- Rotated stock first in, first out and labeled every container\n")
    text = tailor(resume, posting, today=date(2026, 12, 5)).text
    assert "rotated stock" not in text.split("\n\n")[1].casefold()


def test_a_bullets_present_tense_is_never_a_name_in_the_line() -> None:
    # "Own 62 mid-market accounts" and "Remind clients to take their medications" open
    # bullets; the line says an activity or leaves them out.
    posting = ("Home Health Aide\n\nRequirements\n- Medication reminders\n- Meal preparation"
               "\n- Account management\n")
    resume = ("Kim Doe\nkim.doe@example.com\n\nExperience\nCaregiver | Sunny Home Care | "
              "2020 - Present\n- Remind clients to take their medications\n"
              "- Cook low-sodium and diabetic meals\n- Own 62 mid-market accounts\n")
    line = tailor(resume, posting, today=date(2026, 12, 5)).text.split("\n\n")[1].casefold()
    assert "remind clients" not in line and "own 62" not in line and " cook " not in line, line
