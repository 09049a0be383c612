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


def test_a_credential_the_employer_pays_for_is_no_ask() -> None:
    # review17's O1: beside a hiring check, an offer that names a credential stays
    # part of the notice paragraph, as before.
    asked = _asked("Security Officer\n\nMust pass a background check. We sponsor your "
                   "state guard card license and pay for CPR certification classes.\n\n"
                   "Duties\n- Patrol the site\n")
    assert "CPR Certification" not in asked
    asked = _asked("Office Assistant\n\nQualifications: Must pass a background check. "
                   "Tuition reimbursement is offered for a bachelor degree or PMP "
                   "certification.\n\nDuties\n- Answer phones\n")
    assert "Project Management Professional" not in asked


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


# --- A skill's deed in a resume bullet ---

def _match(posting: str, bullet: str) -> list[str]:
    from tailor_app.tailoring.resume.parser import parse_resume
    from tailor_app.tailoring.skills.matching import match_resume

    resume = parse_resume("Robin Ash\nrobin@example.com\n\nExperience\n"
                          f"Front Desk | Harbor Clinic | 2021 - Present\n- {bullet}\n")
    return [m.name for m in match_resume(resume, analyse_posting(posting)).matched]


def test_owners_in_capitals_before_the_object_leave_the_deed_whole() -> None:
    # "COO" is read a letter at a time; its letters were counted as three describing
    # words, and "the VP's and COO's calendars" ran past the deed's reach.
    posting = "Executive Assistant\n\nWhat you'll do\n- Own calendar management for the team\n"
    assert "Calendar Management" in _match(
        posting, "Manage the VP's and COO's calendars and book their travel")


# --- Office and HR asks in their everyday words (curated, office17) ---

def test_a_state_leave_law_by_its_letters_is_shown_by_its_words() -> None:
    posting = "HR Coordinator\n\nRequirements\n- Working knowledge of FMLA, OFLA and CFRA\n"
    assert {"OFLA", "CFRA"} <= _asked(posting)
    assert "OFLA" in _match(posting, "Tracked Oregon family leave requests for 90 staff")


def test_screening_calls_for_an_executive_is_not_a_recruiters_phone_screen() -> None:
    posting = "Office Assistant\n\nWhat you'll do\n- Screen calls for the two owners\n"
    asked = _asked(posting)
    assert "Call Screening" in asked
    assert "Phone screens" not in asked
    # a recruiter's own phone screens are still theirs
    assert "Phone screens" in _asked("Recruiter\n\nWhat you'll do\n- Conduct phone screening "
                                     "with applicants\n")


def test_a_recruiting_cycle_told_by_its_ends_shows_full_cycle_recruiting() -> None:
    posting = "Recruiter\n\nWhat you'll do\n- Own full-cycle recruiting for plant roles\n"
    assert "Full-cycle recruiting" in _match(
        posting, "Hired warehouse staff from job posting to signed offer in two weeks")


def test_staff_performance_issues_are_hr_work() -> None:
    asked = _asked("HR Generalist\n\nWhat you'll do\n- Guide supervisors as they document "
                   "performance issues and write-ups\n")
    assert "Performance Management" in asked
    # a system's performance issues are a developer's, not HR's
    assert "Performance Management" not in _asked(
        "Database Administrator\n\nWhat you'll do\n- Troubleshoot query performance "
        "issues in PostgreSQL\n")


def test_small_groups_name_instruction_only_when_instruction_is_said() -> None:
    # review17's O4 and O5: a counselor's, a coach's or a trainer's small groups are how
    # they work, and "IEP goals in small groups" keeps its IEP.
    assert "Small group instruction" in _asked(
        "Instructional Aide\n\nWhat you'll do\n- Give small group and individual "
        "instruction in reading\n")
    for line in ("Counsel students in small groups and one-on-one",
                 "Train clients in small groups and one-on-one",
                 "Coach members toward their fitness goals in small groups"):
        assert "Small group instruction" not in _asked(f"Coach\n\nWhat you'll do\n- {line}\n")
    asked = _asked("Paraprofessional\n\nWhat you'll do\n- Support students on IEP goals in "
                   "small groups\n- Supervise recess\n")
    assert "Individualized Education Program" in asked
