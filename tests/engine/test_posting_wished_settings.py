"""The industry a requirement wishes the experience was in is asked, and listed to check.

"Three years of HR generalist experience, preferably in manufacturing", "ideally in a
law firm", "experience in a retail pharmacy setting", "2+ years of recruiting experience,
healthcare preferred": the line of business is asked (a plus, as its wording says), as
the helpers' labels read it; no reader took it. Plain lower-case words only: a
describing word, a person, a time or a bare place is none ("ideally in a fast-paced
environment", "preferably in person", "in a similar role"). A resume shows it by its
employers, which no reader knows as an industry, so the report lists it to check and
never calls it missing. Texts written for these tests (Dec 8, asks28).
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def preferred(posting: str) -> list[str]:
    return analyse_posting(posting).preferred_skills


def test_an_hr_posting_wishes_for_manufacturing() -> None:
    assert "Manufacturing" in preferred(
        "HR Generalist\n\nQualifications\n- Three years of HR generalist experience, "
        "preferably in manufacturing.\n")
    assert "Manufacturing" in preferred(
        "Benefits Specialist\n\nRequirements\n- 3+ years in benefits, manufacturing preferred\n")


def test_a_legal_and_a_recruiting_posting_name_their_settings() -> None:
    assert "Law firm" in preferred(
        "Legal Receptionist\n\nRequirements\n- Two years at a front desk, ideally in a law firm\n")
    assert "Healthcare" in preferred(
        "Recruiter\n\nRequirements\n- 2+ years of recruiting experience, healthcare preferred\n")
    assert "Food manufacturing" in preferred(
        "Maintenance Mechanic\n\nRequirements\n- 3+ years of maintenance experience, "
        "ideally in food manufacturing.\n")


def test_a_setting_word_after_the_industry_is_left_out() -> None:
    assert "Retail pharmacy" in preferred(
        "Pharmacy Technician\n\nPreferred\n- Experience in a retail pharmacy setting\n")
    assert "Manufacturing" in preferred(
        "Safety Coordinator\n\nNice to have\n- Experience in a manufacturing environment\n")


def test_manner_people_and_bare_places_are_no_industry() -> None:
    analysis = analyse_posting(
        "Office Assistant\n\nRequirements\n- Experience in a fast-paced environment, "
        "preferably in person\n- 2+ years of experience, ideally in a similar role\n"
        "- Experience working in an office, ideally in an office\n")
    names = {s.name.lower() for s in analysis.skills}
    assert not {"fast-paced", "person", "similar role", "office"} & names


def test_the_report_lists_a_wished_industry_to_check() -> None:
    resume = ("Dana Reyes\ndana@example.com\n\nExperience\nHR Generalist | Prairie Oven "
              "Bakeries | 2019 - Present\n- Ran full-cycle recruiting for 300 hourly roles\n")
    report = match_resume(parse_resume(resume), analyse_posting(
        "HR Generalist\n\nQualifications\n- Full-cycle recruiting\n- Three years of HR "
        "generalist experience, preferably in manufacturing.\n"))
    assert "Manufacturing" in report.unconfirmed
    assert "Manufacturing" not in report.missing
