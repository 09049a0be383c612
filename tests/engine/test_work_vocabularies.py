"""The everyday work of four more fields (a veterinary clinic, claims adjusting, medical
coding, running a building site) is read by its own names: a posting's asks are reported
as a reader of the field would list them, and a resume that does the same work in the
field's other usual words is not told it is missing."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def _asked(posting: str) -> set[str]:
    return {s.name for s in analyse_posting(posting).skills}


def _missing(resume: str, posting: str) -> set[str]:
    report = match_resume(parse_resume(resume), analyse_posting(posting))
    return set(report.missing_required) | set(report.missing_preferred)


CLINIC_POSTING = """\
Veterinary Technician, Emergency and Specialty Hospital
What you will do
- Place IV catheters and manage fluid therapy for hospitalized patients
- Run chemistry panels and fecal flotations in our in-house lab
- Perform dental prophylaxis on the dentistry service
- Calculate doses and keep the controlled substance log
- Handle fearful patients with low-stress handling
Extras
- Fear Free certification preferred
"""

CLINIC_RESUME = """\
Priya Raman
priya.raman@example.net

Experience
Veterinary Technician  June 2019 – Present
Lakeside Cat Clinic, Madison, WI
- Set up fluid pumps and placed intravenous catheters for surgical cats
- Ran chem panels and fecal tests each morning
- Did dental cleanings with the doctor three days a week
- Kept the controlled drug log and checked every dose calculation
"""


def test_a_clinic_posting_names_its_procedures() -> None:
    asked = _asked(CLINIC_POSTING)
    for name in ("IV Catheter Placement", "Fluid Therapy", "Blood Chemistry Panels",
                 "Fecal Testing", "Dental Prophylaxis", "Dosage Calculation",
                 "Controlled Substance Log", "Low-Stress Handling", "Fear Free Certification"):
        assert name in asked, (name, sorted(asked))
    # A catheter placed for an IV is no urinary catheter.
    assert "Catheterization" not in asked


def test_a_technician_shows_them_in_the_clinics_own_words() -> None:
    missing = _missing(CLINIC_RESUME, CLINIC_POSTING)
    for name in ("IV Catheter Placement", "Fluid Therapy", "Blood Chemistry Panels",
                 "Fecal Testing", "Dental Prophylaxis", "Dosage Calculation",
                 "Controlled Substance Log"):
        assert name not in missing, (name, sorted(missing))
    # Low-stress handling is a way of working, the Fear Free certificate a credential:
    # the resume shows neither, and one is not the other.
    assert {"Low-Stress Handling", "Fear Free Certification"} <= missing


CLAIMS_POSTING = """\
Auto and Property Claims Representative
You will investigate claims, review coverage under the policy, set reserves, negotiate
settlements with claimants, refer red flags for fraud to our SIU and pursue subrogation
against at-fault parties. You must be able to walk roofs. Large loss experience is a plus.
"""

CLAIMS_RESUME = """\
Terrence Obi
t.obi@example.com

Experience
Desk Adjuster  2018 – Present
Prairie State Insurance, Peoria, IL
- Made coverage decisions on auto and homeowners claims
- Set and adjusted reserves and settled claims up to $50,000
- Sent suspicious files to the Special Investigations Unit
"""


def test_a_claims_posting_names_the_steps_of_adjusting() -> None:
    asked = _asked(CLAIMS_POSTING)
    for name in ("Coverage Determination", "Claim Reserving", "Claim Settlement",
                 "Insurance Fraud Detection", "Subrogation", "Roof Inspections",
                 "Large Loss Claims"):
        assert name in asked, (name, sorted(asked))


def test_an_adjuster_shows_them_in_other_words() -> None:
    missing = _missing(CLAIMS_RESUME, CLAIMS_POSTING)
    for name in ("Coverage Determination", "Claim Reserving", "Claim Settlement",
                 "Insurance Fraud Detection"):
        assert name not in missing, (name, sorted(missing))
    assert {"Subrogation", "Roof Inspections", "Large Loss Claims"} <= missing


CODER_POSTING = """\
Outpatient Coder
Responsibilities
- Assign ICD-10-CM and CPT codes with the right modifiers
- Level E/M visits for the clinics
- Write provider queries when a note is unclear and work coding denials
- Use EncoderPro; Resolute Professional Billing experience is a plus
"""

CODER_RESUME = """\
Maria Soto, CPC
maria.soto@example.com

Experience
Coder  2020 – Present
Valley Orthopedics, Fresno, CA
- Coded surgeries and office visits in ICD-10-CM and CPT, adding modifiers 59 and RT/LT
- Evaluation and management coding for five surgeons
- Wrote provider queries and cut denied claims by a fifth
"""


def test_a_coding_posting_names_what_a_coder_adds_to_the_code_sets() -> None:
    asked = _asked(CODER_POSTING)
    for name in ("Coding Modifiers", "E/M Coding", "Provider Queries", "Denial Management",
                 "Optum EncoderPro", "Epic Resolute Professional Billing"):
        assert name in asked, (name, sorted(asked))


def test_a_coder_shows_them_in_other_words() -> None:
    missing = _missing(CODER_RESUME, CODER_POSTING)
    for name in ("Coding Modifiers", "E/M Coding", "Provider Queries", "Denial Management"):
        assert name not in missing, (name, sorted(missing))
    assert {"Optum EncoderPro", "Epic Resolute Professional Billing"} <= missing


SITE_POSTING = """\
Assistant Superintendent
Responsibilities
- Plan site logistics and keep daily reports
- Lead pre-installation meetings for structural steel and the building envelope
- Put up ICRA barriers on hospital renovation work
"""

SITE_RESUME = """\
Gary Lindqvist
gary.l@example.com

Experience
Field Engineer  2017 – Present
Northline Builders, Duluth, MN
- Laid out laydown areas and crane paths for a four-story school
- Wrote daily field reports and tracked steel erection against the schedule
"""


def test_a_site_posting_names_a_superintendents_work() -> None:
    asked = _asked(SITE_POSTING)
    for name in ("Site Logistics", "Daily Reports", "Pre-Installation Meetings",
                 "Structural Steel", "Building Envelope", "Infection Control Risk Assessment"):
        assert name in asked, (name, sorted(asked))


def test_a_superintendent_shows_them_in_the_sites_own_words() -> None:
    missing = _missing(SITE_RESUME, SITE_POSTING)
    for name in ("Site Logistics", "Daily Reports", "Structural Steel"):
        assert name not in missing, (name, sorted(missing))
    assert {"Pre-Installation Meetings", "Building Envelope"} <= missing


@pytest.mark.parametrize(("posting", "not_asked"), [
    # Spelled out, the ICRA is one method, not infection control plus a risk assessment.
    ("Superintendent\nRequirements\n- ICRA (infection control risk assessment) experience",
     "Risk Assessment"),
    # Every warehouse and call centre has productivity standards; no therapy is asked.
    ("Order Picker\nRequirements\n- Meet productivity standards on every shift",
     "Therapy Productivity"),
    ("Call Center Agent\nRequirements\n- Hit the productivity target each week",
     "Therapy Productivity"),
])
def test_a_fields_words_do_not_fire_elsewhere(posting: str, not_asked: str) -> None:
    assert not_asked not in _asked(posting)
