"""CPR is asked of youth workers, therapy assistants, teachers, caregivers and guards as
of nurses: its three capitals are no other field's word in their postings, so the field
check that drops a short credential of another trade ("CMA" in a clinic) keeps it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def asks(text: str) -> list[str]:
    return [s.name for s in analyse_posting(text).skills]


def test_a_youth_work_posting_asks_for_cpr() -> None:
    found = asks("Residential Youth Specialist\n\nOur group home serves boys 13-18. Youth"
                 " Specialists supervise residents on shift, de-escalate conflicts, run life"
                 " skills and anger management groups, write shift logs and incident"
                 " reports, and keep the milieu safe. Must be 21+, hold a high school"
                 " diploma, pass a background check, and obtain CPR/First Aid within 30"
                 " days.")
    assert "CPR Certification" in found


def test_a_rehab_posting_asks_for_cpr() -> None:
    found = asks("Physical Therapist Assistant\n\nWhat you'll do\n- Carry out the therapist's"
                 " plan: therapeutic exercise, neuromuscular re-education, gait training and"
                 " modalities\n- Teach home exercise programs to patients\n- Write daily"
                 " notes in WebPT\n\nWhat you need\n- Graduate of a CAPTE-accredited"
                 " program\n- Current state license and CPR")
    assert "CPR Certification" in found
