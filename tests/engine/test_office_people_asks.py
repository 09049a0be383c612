"""Asks of office, HR and school postings that were read as nothing (office17, Dec 6).

- A short qualifications paragraph that names a hiring check beside the credentials it
  asks ("Must pass a fingerprint check. First Aid certification within 30 days of
  hire.") was judged whole as a hiring notice, and every credential in it was lost.
- "Experience with X is expected" opens with a capitalised subject and holds no demand
  word the story test knew, so it was read as the employer's story.
"""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(text: str) -> set[str]:
    a = analyse_posting(text)
    return {s.name for s in a.skills} | set(a.certifications)


def test_credentials_beside_a_hiring_check_stay_asked() -> None:
    asked = _asked(
        "Lunchroom Aide\n\n"
        "Qualifications: an associate degree or two years of college. Must pass a "
        "fingerprint background check. CPR and First Aid certification within 30 days "
        "of hire.\n")
    assert {"CPR Certification", "First Aid Certification"} <= asked


def test_a_hiring_check_alone_still_asks_nothing() -> None:
    asked = _asked(
        "Lunchroom Aide\n\nDuties\n- Supervise students in the cafeteria\n\n"
        "All offers are contingent on a fingerprint background check. Applicants must "
        "consent to a drug screen.\n")
    assert not {"Drug Screening", "Background Checks"} & asked


def test_expected_experience_is_a_demand() -> None:
    asked = _asked("Office Coordinator\n\nWe keep a busy office running.\n\n"
                   "Experience with Smartsheet and Slack is expected.\n")
    assert {"Smartsheet", "Slack"} <= asked


def test_essential_language_is_a_demand() -> None:
    assert "Spanish" in _asked("Front Desk Clerk\n\nFluency in Spanish is essential.\n")


def test_a_forecast_is_still_the_story() -> None:
    # "is expected to" tells what the employer foresees, not what it asks.
    asked = _asked("Office Coordinator\n\nOur Tableau practice is expected to double "
                   "next year.\n\nWhat you'll do\n- Order supplies\n")
    assert "Tableau" not in asked
