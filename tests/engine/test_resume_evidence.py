"""What in a resume counts as evidence of a skill.

An employer's or school's name is no evidence ("Triangle Site Design" as an employer
is not the skill Site Design); a product's name ending in an acronym shows the kind
of product the acronym names ("Manhattan WMS" is a warehouse management system).
Texts are written for these tests.
"""

from __future__ import annotations

from datetime import date

from phrase_probe import phrase_term

from tailor_app.tailoring import tailor
from tailor_app.tailoring.model import MatchReport

TODAY = date(2026, 6, 1)


def report(resume: str, posting: str) -> MatchReport:
    return tailor(resume, posting, today=TODAY).match_before


def shown(result: MatchReport) -> dict[str, str]:
    return {m.name: m.resume_term for m in result.matched}


RESUME = ("Ana Ruiz\nana@example.com\n\nEXPERIENCE\n"
          "Civil Designer, Triangle Site Design    2019 – Present\n"
          "• Drew grading plans in Civil 3D\n"
          "Drafter\nStormwater Management Partners | Durham, NC | 2016 – 2019\n"
          "• Drafted culvert details\n\n"
          "EDUCATION\nB.S. Civil Engineering, Land Development Institute, 2015\n"
          "BLS for Healthcare Providers, American Heart Association\n")


def test_an_employer_s_or_school_s_name_shows_no_skill() -> None:
    result = report(RESUME, "Civil Designer\nRequirements:\n- Site design\n"
                            "- Stormwater management\n- Land development\n- Grading plans\n")
    assert {"Site design", "Stormwater management", "Land development"} <= set(
        result.missing_required)
    assert shown(result)["Grading plans"] == "grading plans"


def test_a_description_in_parentheses_after_the_employer_is_the_writer_s_word() -> None:
    # "(call center)" says what kind of place it was; a capitalised name in the
    # parenthesis ("formerly Site Design Group") is still the employer's name.
    resume = ("Tess Moreno\ntess@example.com\n\nEXPERIENCE\n"
              "Rio Grande Wireless (call center) — Agent II, 2021 – Present\n"
              "• Took 70 inbound calls a day\n"
              "Mesa Planners (formerly Site Design Group) — Drafter, 2018 – 2021\n"
              "• Drew plat maps\n")
    result = report(resume, "Agent\nRequirements:\n- Call center experience\n"
                            "- Site design\n")
    assert "Call Center" in shown(result)
    assert "Site design" in result.missing_required


def test_the_same_words_in_the_resume_s_own_lines_still_count() -> None:
    resume = RESUME.replace("• Drew grading plans in Civil 3D",
                            "• Led site design for 14 retail pads")
    result = report(resume, "Civil Designer\nRequirements:\n- Site design\n")
    assert shown(result)["Site design"].lower() == "site design"


def test_a_line_under_an_entry_that_is_not_its_heading_still_counts() -> None:
    # The parser may take "BLS for Healthcare Providers" for the school's name: the line
    # has no dates and is not the entry's first, so it is read as an item of its own.
    result = report(RESUME, "Medical Assistant\nRequirements:\n- BLS certification\n")
    assert "BLS" in " ".join(shown(result).values())


def test_a_name_ending_in_an_acronym_shows_that_kind_of_product() -> None:
    resume = ("Lee Park\nlee@example.com\n\nEXPERIENCE\nLogistics Coordinator, Acme Freight"
              "    2020 – Present\n• Released waves in Manhattan WMS for two docks\n")
    result = report(resume, "Logistics Coordinator\nRequirements:\n- WMS experience\n")
    assert shown(result)["Warehouse Management System"] == "Manhattan WMS"


def test_a_slash_name_shows_each_skill_it_joins() -> None:
    resume = ("Sam Lee\nsam@example.com\n\nEXPERIENCE\nSRE, Acme Cloud    2020 – Present\n"
              "• Built fully automated CI/CD pipelines on CircleCI\n")
    result = report(resume, "SRE\nRequirements:\n- Continuous integration\n"
                            "- Continuous deployment\n- Extract, transform, load\n")
    assert shown(result)["Continuous integration"] == "CI/CD pipelines"
    assert "Continuous deployment" in shown(result)


def test_a_product_the_vocabulary_names_after_its_kind_shows_the_kind() -> None:
    resume = ("Mia Chen\nmia@example.com\n\nEXPERIENCE\nMarketing Coordinator, Acme Health"
              "    2020 – Present\n• Coordinated the website redesign on WordPress\n")
    result = report(resume, "Content Marketer\nRequirements:\n- Experience with a CMS\n")
    assert shown(result)["CMS"] == "WordPress"
    other = report(resume.replace("WordPress", "Figma"),
                   "Content Marketer\nRequirements:\n- Experience with a CMS\n")
    assert "CMS" in other.missing_required


def test_a_two_word_name_may_have_a_describing_word_inside() -> None:
    term = phrase_term
    assert term("Data pipelines", "Sped up data processing pipelines 3x") == \
        "data processing pipelines"
    assert term("Data pipelines", "Cleaned data in nightly batch pipelines") is None
    assert term("Data pipelines", "Moved data to Airflow pipelines") is None


def test_an_acronym_and_the_words_it_stands_for_show_each_other() -> None:
    from tailor_app.tailoring.model import SkillMention
    from tailor_app.tailoring.skills.matching import ResumeLine, _acronym_evidence

    def term(name: str, line: str, kind: str = "hard") -> str | None:
        mention = SkillMention(name, kind, True, name, "requirements")
        _credit, match = _acronym_evidence(mention, [ResumeLine(line, "bullet", "experience")])
        return match.resume_term if match else None

    assert term("GA4", "Built dashboards in Google Analytics 4 weekly", "tool") == \
        "Google Analytics 4"
    assert term("BSN", "Bachelor of Science in Nursing, 2019", "certification") == \
        "Bachelor of Science in Nursing"
    assert term("Continuous renal replacement therapy", "Ran CRRTs on 2 patients") == "CRRTs"
    # Ordinary words never spell an acronym, and a credential's initials are not read.
    assert term("GA4", "Grew acquisition 4x") is None
    assert term("Certified Pharmacy Technician", "Phlebotomy (CPT), 2022",
                "certification") is None


def test_a_term_is_found_hyphenated_spaced_or_joined() -> None:
    from tailor_app.tailoring.model import SkillMention
    from tailor_app.tailoring.skills.matching import ResumeLine
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary
    from tailor_app.tailoring.skills.wording import _plain_text_match

    def term(name: str, line: str) -> str | None:
        mention = SkillMention(name, "hard", True, name, "requirements")
        _credit, match = _plain_text_match(mention, [ResumeLine(line, "bullet", "experience")],
                                           line.lower(), load_vocabulary())
        return match.resume_term if match else None

    # (recall15: "Follow-up calls" is a vocabulary skill now; an unknown term stands in.)
    assert term("Follow-up visits", "Made followup visits to 40 patients") == "followup visits"
    assert term("Follow-up visits", "Made follow up visits weekly") == "follow up visits"
    assert term("Patient follow up", "Handled patient follow-ups") == "patient follow-ups"
    assert term("Follow-up visits", "Made visits to follow the plan") is None


def test_the_people_at_the_top_are_not_a_skill() -> None:
    resume = ("Kim Ode\nkim@example.com\n\nEXPERIENCE\nData Analyst, Acme Retail"
              "    2020 – Present\n• Presented churn drivers to senior leadership monthly\n"
              "• Reported weekly to store management\n")
    posting = "Data Analyst\nRequirements:\n- Leadership\n- Management\n"
    result = report(resume, posting)
    assert not {"Leadership", "Management"} & set(shown(result))
    led = report(resume + "\nSKILLS\nLeadership, SQL, Tableau\n", posting)
    assert "Leadership" in shown(led)


def test_a_vendor_before_its_product_names_no_instance() -> None:
    resume = ("Tom Hale\ntom@example.com\n\nEXPERIENCE\nControls Technician, Acme Cement"
              "    2020 – Present\n• Repaired Allen-Bradley PowerFlex drives\n")
    posting = "Controls Technician\nRequirements:\n- Allen-Bradley CompactLogix PLCs\n"
    result = report(resume, posting)
    assert "CompactLogix" not in shown(result)


def test_a_skills_list_naming_the_object_shows_the_work_with_it() -> None:
    resume = ("Rosa Diaz\nrosa@example.com\n\nEXPERIENCE\nExecutive Housekeeper, Inn at Bay"
              "    2019 – Present\n• Led a team of 22 room attendants\n\n"
              "SKILLS\nOpera PMS · Room inspections · Inventory · Payroll\n")
    posting = ("Executive Housekeeper\nRequirements:\n- Inventory management\n"
               "- Payroll processing\n- Budget management\n")
    result = report(resume, posting)
    assert shown(result)["Inventory Management"] == "Inventory"
    assert "Budget management" not in shown(result)
    # A word in prose is not a list item: "inventory" in a bullet shows no management.
    # (recall15: "counted inventory" is the vocabulary's inventory counts, so the
    # bullet moves the stock instead.)
    prose = resume.replace("• Led a team", "• Moved inventory with a team").replace(
        " · Inventory", "")
    assert "Inventory Management" not in shown(report(prose, posting))
