"""A functional resume groups its deeds under skill names in a skills section ("Front
Desk & Scheduling" over "- Greeted 40+ visitors a day …"). Tailoring may order the
deeds within a group, never set one under another group's name; a skills list of
single items under group names is read as before. Texts written for these tests."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.resume.parser import parse_resume

OFFICE = """Marisol Fuentes
marisol.fuentes@example.com

Administrative professional moving from school office work to a medical front desk.

RELEVANT SKILLS

Front Desk & Scheduling
- Greeted 40+ visitors a day and checked them in through the visitor system
- Scheduled parent conferences and IEP meetings for 22 teachers
- Answered a 5-line phone and routed calls to staff

Billing & Payments
- Collected lunch and field trip payments and balanced the cash drawer daily
- Sent past-due notices and set up payment plans with families

WORK HISTORY
School Office Assistant, Desert Willow Elementary, Albuquerque, NM    2019 – present
"""

FRONT_DESK = """Medical Front Desk Receptionist
Requirements:
- Collect copays, post payments and balance the cash drawer at end of day
- Answer multi-line phones and take messages
- Schedule appointments
"""

TEACHER = """Grant Osei
grant.osei@example.com

SKILLS SUMMARY

Training Design
- Wrote a 10-week onboarding course for new teachers in Canvas
- Built rubrics and quizzes to check what adults learned

Facilitation
- Led Saturday workshops for 30 parents on reading at home
- Ran monthly PLC meetings for the fourth-grade team

EXPERIENCE
Fourth Grade Teacher, Maple Ridge Elementary, Columbus, OH    2015 – present
"""

TRAINER = """Corporate Trainer
What you'll do:
- Facilitate workshops for adult learners
- Design courses in an LMS such as Canvas or Cornerstone
"""


def _groups(text: str) -> dict[str, list[str]]:
    section = next(s for s in parse_resume(text).sections if s.kind == "skills")
    return {e.header[0]: e.bullets for e in section.entries}


def test_a_functional_resumes_groups_are_entries_with_their_deeds() -> None:
    groups = _groups(OFFICE)
    assert list(groups) == ["Front Desk & Scheduling", "Billing & Payments"]
    assert len(groups["Front Desk & Scheduling"]) == 3
    assert groups["Billing & Payments"][1].startswith("Sent past-due notices")


def _under(text: str, heading: str) -> list[str]:
    lines = text.splitlines()
    start = lines.index(heading) + 1
    out = []
    for line in lines[start:]:
        if not line.startswith("•"):
            break
        out.append(line)
    return out


def test_tailoring_keeps_each_deed_under_its_own_group() -> None:
    for resume, posting, group, deed in (
            (OFFICE, FRONT_DESK, "Billing & Payments", "Collected lunch and field trip"),
            (OFFICE, FRONT_DESK, "Front Desk & Scheduling", "Answered a 5-line phone"),
            (TEACHER, TRAINER, "Facilitation", "Led Saturday workshops"),
            (TEACHER, TRAINER, "Training Design", "Wrote a 10-week onboarding course")):
        result = tailor(resume, posting, today=date(2026, 12, 1))
        assert any(deed in line for line in _under(result.text, group)), result.text


def test_a_list_of_single_items_under_group_names_reads_as_before() -> None:
    text = ("Ana Ruiz\nana@example.com\n\nSKILLS\nSoftware\n- Excel\n- QuickBooks\n"
            "Languages\n- Spanish\n- English\n")
    section = next(s for s in parse_resume(text).sections if s.kind == "skills")
    assert [e.header for e in section.entries][:3] == [["Software"], ["Excel"], ["QuickBooks"]]
