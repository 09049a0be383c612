"""A duty sentence keeps its asks when it names people or a report's values on the way:
"coordinate with physicians, therapists and aides, provide wound care" asks for wound
care (the people end where the next duty begins), and "reports critical values per
policy" is a lab's duty, not a statement of the employer's values. Every text here was
written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


CASE_MANAGER = (
    "Hospice Nurse Case Manager\n"
    "What you will do\n"
    "Visit patients at home, coordinate with physicians, chaplains and aides, provide "
    "wound care and ostomy care, and teach families symptom management.\n"
)


def test_a_duty_after_a_list_of_people_is_read() -> None:
    asks = _asks(CASE_MANAGER)
    assert {"Wound Care", "Ostomy Care"} <= asks


TEAM_WORK = """\
Office Coordinator
Duties
Work with nurses, care managers and the billing team on the weekly schedule.
"""


def test_people_named_by_two_words_stay_people() -> None:
    # "care managers" opens with no verb of a duty, "the billing team" names a group:
    # neither is a duty of the job.
    asks = _asks(TEAM_WORK)
    assert "Medical Billing" not in asks


CORE_LAB = """\
Clinical Laboratory Scientist
Northgate Medical Center

The CLS runs urinalysis and coagulation panels on the evening shift, performs
quality control on the analyzers, and calls critical values per policy.
"""


def test_critical_values_are_no_value_statement() -> None:
    asks = _asks(CORE_LAB)
    assert {"Urinalysis", "Coagulation Testing", "Quality Control"} <= asks


def test_a_value_statement_still_asks_nothing() -> None:
    asks = _asks("Line Cook\nAbout us\nOur kitchen team values teamwork and respect.\n")
    assert "Teamwork" not in asks
