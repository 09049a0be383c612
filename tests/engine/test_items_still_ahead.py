"""A degree, exam or course the writer is still working toward holds nothing yet, wherever
its item says so: "Currently enrolled: RN to BSN, … (expected 2026)", "LEED Green
Associate exam — scheduled Jan 2027", "… for Technicians — course in progress". The
papers held beside it on the same line stay shown. Texts written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.compose.tailor import tailor

_POSTING = ("Site Superintendent\n\nRequirements\n- OSHA 30-Hour Construction card\n"
            "- First Aid and CPR certification\n\nPreferred\n- LEED Green Associate\n"
            "- BSN\n")


def _report(extra: str) -> object:
    resume = ("Dana Whitfield\ndana.w@example.com\n\nExperience\nSuperintendent | Birch Lane "
              "Builders | 2018 - Present\n- Ran the site on a 40-unit apartment build\n\n"
              f"{extra}")
    return tailor(resume, _POSTING).match_before


def test_an_exam_scheduled_after_its_name_is_no_credential_held() -> None:
    report = _report("Certifications\nOSHA 30 (Construction), 2018 · American Red Cross "
                     "First Aid/CPR/AED, 2024 · LEED Green Associate exam — scheduled Jan "
                     "2027\n")
    names = {m.name for m in report.matched}
    assert "LEED Green Associate" in report.missing
    assert "OSHA 30" in names


def test_a_degree_still_being_earned_is_not_held() -> None:
    report = _report("Education\nAssociate of Science, Lakeshore Community College, 2014\n"
                     "Currently enrolled: RN to BSN, Great Plains University (expected 2026)\n")
    assert "BSN" not in {m.name for m in report.matched}


def test_a_paper_whose_renewal_is_scheduled_is_held() -> None:
    report = _report("Certifications\nOSHA 30 (renewal scheduled May 2027)\n")
    assert "OSHA 30" in {m.name for m in report.matched}


def test_a_held_paper_in_a_list_beside_one_in_progress_stays_shown() -> None:
    report = _report("Certifications\nCPR, First Aid, LEED Green Associate (in progress)\n")
    names = {m.name for m in report.matched}
    assert "LEED Green Associate" not in names
    assert {"CPR Certification", "First Aid Certification"} <= names


def test_a_course_in_progress_shows_no_skill_it_teaches() -> None:
    posting = ("Pharmacy Technician\n\nPreferred\n- Immunization-certified technician\n")
    resume = ("Lee Park\nlee.park@example.com\n\nExperience\nPharmacy Technician | Corner "
              "Drug | 2021 - Present\n- Count and fill prescriptions\n\nCertifications\n"
              "PTCB CPhT, 2021\nPharmacy-Based Immunization Delivery for Technicians — "
              "course in progress\n")
    report = tailor(resume, posting).match_before
    assert not any("Immunization" in m.name for m in report.matched)


def test_an_enrolled_agent_is_a_credential_not_a_course() -> None:
    posting = "Tax Preparer\n\nRequirements\n- Enrolled Agent (EA)\n"
    resume = ("Sam Ortiz\nsam.ortiz@example.com\n\nExperience\nTax Associate | Ortiz Tax | "
              "2019 - Present\n- Prepared 300 individual returns a season\n\nCertifications\n"
              "Enrolled Agent, IRS, 2021\n")
    report = tailor(resume, posting).match_before
    assert report.missing == []
