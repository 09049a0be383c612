"""Terms no vocabulary holds still count, and words that are no ask are not reported.

Standards with numbers, acronyms, product-like names and spelled-out forms are read
from a posting by their shape; skills read from a job title, a company's story, values
boilerplate or a two-letter acronym of another field are not reported as asks."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.terms import acronym_pairs, shape_terms


def asks(text: str, **kwargs: str) -> dict[str, bool]:
    return {s.name: s.required for s in analyse_posting(text, **kwargs).skills}


def test_standards_with_numbers_are_read_by_shape() -> None:
    found = {t.name for t in shape_terms(
        "Work to ISO 9001 and IEC 62443, follow NFPA 70E and keep OSHA 30 current.", [], set())}
    assert {"ISO 9001", "IEC 62443", "NFPA 70E", "OSHA 30"} <= found


def test_pay_grades_dates_and_places_are_not_standards() -> None:
    found = {t.name for t in shape_terms(
        "Grade GS-12 or CS-04, starting Q3 2026 in Springfield, IL 62704.", [], set())}
    assert not found


def test_what_a_sum_is_counted_in_is_no_ask() -> None:
    found = {t.name for t in shape_terms(
        "Own a book of 70 customers (roughly $2.5M in ARR) and grow $40 million in AUM; "
        "report MRR weekly in the CRM.", [], set())}
    assert "ARR" not in found and "AUM" not in found
    assert {"MRR", "CRM"} <= found


def test_acronyms_and_product_names_in_requirements_are_asks() -> None:
    got = asks("Requirements\n- Service VRF systems and keep records in the CMMS\n"
               "- Program HMIs in WonderWare and TwinCAT\n")
    assert {"VRF", "CMMS", "WonderWare", "TwinCAT"} <= set(got)
    assert all(got[n] for n in ("VRF", "CMMS", "WonderWare", "TwinCAT"))


def test_a_name_listed_beside_a_known_skill_is_an_ask() -> None:
    got = asks("Requirements\n- Build pipelines with Python, Dagster or Prefect\n")
    assert {"Dagster", "Prefect"} <= set(got)


def test_a_spelled_out_form_names_the_term() -> None:
    pairs = acronym_pairs("Monitor continuous renal replacement therapy (CRRT) and "
                          "the National Electrical Code (NEC).")
    assert [(p[2], p[5]) for p in pairs] == [
        ("continuous renal replacement therapy", "CRRT"), ("National Electrical Code", "NEC")]
    got = asks("Requirements\n- Provide targeted temperature management (TTM) after arrest\n")
    assert "Targeted temperature management" in got and "TTM" not in got


def test_an_acronym_beside_its_words_is_not_read_in_another_fields_sense() -> None:
    a = analyse_posting("Requirements\n- Certified Medical Assistant (CMA) credential\n")
    named = {s.name for s in a.skills} | set(a.certifications)
    assert "Certified Management Accountant" not in named
    assert "Certified Medical Assistant" in named


def test_shouted_headings_and_the_company_are_no_terms() -> None:
    got = asks("WAREHOUSE ASSOCIATES NEEDED NOW IN TOLEDO\n"
               "Northwind Logistics (NWL) is hiring pickers.\n\n"
               "Requirements\n- Operate an RF scanner and follow SOPs\n")
    assert not {"NEEDED", "NOW", "TOLEDO", "NWL"} & set(got)


def test_the_company_story_asks_for_nothing() -> None:
    got = asks("We are a family-owned plumbing company serving Dayton since 1985. "
               "You will diagnose leaks and install water heaters; you should be comfortable "
               "using a drain camera and Excel.")
    assert "Plumbing" not in got
    assert got.get("Microsoft Excel") is True


def test_values_and_benefits_boilerplate_ask_no_soft_skills() -> None:
    got = asks("About us\nWe value teamwork, integrity and innovation.\n\n"
               "Requirements\n- Payroll processing in ADP\n\n"
               "Benefits\n- Leadership training and tuition help\n")
    assert not {"Teamwork", "Integrity", "Innovation", "Leadership"} & set(got)
    assert "Payroll" in got


def test_what_the_job_comes_with_is_no_ask() -> None:
    got = asks("Our technicians get a take-home van and an iPad. "
               "You will troubleshoot heat pumps and use ServiceTitan.")
    assert "iPad" not in got
    assert "ServiceTitan" in got


def test_the_title_line_is_no_ask_but_its_brackets_are() -> None:
    got = asks("Plumber (Bilingual English/Spanish)\n\nRequirements\n- Fix leaks\n")
    assert "Plumbing" not in got
    assert "Spanish" in got


def test_a_two_letter_acronym_of_another_field_is_dropped() -> None:
    got = asks("Requirements\n- Pick, pack and ship orders in the warehouse\n"
               "- Forklift operation and inventory control\n- Cycle counts and shipping "
               "paperwork\n- Work PT or FT shifts, including OR and ER deliveries\n")
    assert "Operating Room" not in got and "Emergency Department" not in got


def test_regulations_cited_title_first_and_dated_standards() -> None:
    found = {t.name for t in shape_terms(
        "Design controls under 21 CFR 820 and lockout per 29 CFR 1910.147; keep the "
        "ISO 9001:2015 system current.", [], set())}
    assert {"21 CFR 820", "29 CFR 1910.147", "ISO 9001:2015"} <= found


def test_who_grants_a_credential_is_no_ask() -> None:
    got = asks("Requirements\n- Current CMA (AAMA) or RMA certification\n")
    assert "AAMA" not in got


def test_the_employers_own_certificate_is_no_ask() -> None:
    a = analyse_posting("Our ISO 9001:2015 certified plant employs 260 people.\n\n"
                        "Requirements\n- Lead internal audits\n")
    assert not [c for c in a.certifications if "ISO" in c]


def test_a_pay_line_asks_nothing() -> None:
    got = asks("Requirements\n- Troubleshoot VFDs\n\n$36–$44/hr DOE, 10% shift differential, "
               "401(k), and paid apprenticeship for helpers.\n")
    assert "Design of Experiments" not in got and "Apprenticeship" not in got


def test_a_language_inside_a_credentials_name_is_no_language_ask() -> None:
    got = asks("Requirements\n- You hold an English Learner Authorization\n"
               "- You teach English as a Second Language to adults\n")
    assert "English" not in got
    assert "Spanish" in asks("Requirements\n- Bilingual English/Spanish\n")


def test_the_people_a_soft_word_names_are_no_ask() -> None:
    got = asks("Requirements\n- Report campaign results to the marketing leadership\n")
    assert "Leadership" not in got


def test_the_team_the_job_joins_is_no_ask() -> None:
    got = asks("We are seeking a Data Engineer to join our AI platform team. You will build "
               "pipelines in Python and Airflow.")
    assert "Artificial Intelligence" not in got
    assert "Python" in got


def test_perks_inside_one_long_sentence_ask_nothing() -> None:
    text = ("Harbor Clinic is looking for a medical assistant to join us, where you will room "
            "patients, take vital signs, give injections and chart in Epic for a busy family "
            "practice of six physicians and two nurse practitioners serving the whole county; "
            "to be considered you need a current CMA credential and two years of clinic "
            "experience; we offer a sign-on bonus, tuition help and self-scheduling, so apply "
            "today.")
    got = asks(text)
    assert "Scheduling" not in got
    assert "Epic" in got


def test_form_numbers_and_position_codes_are_terms() -> None:
    found = {t.name for t in shape_terms(
        "Prepare I-130 and I-485 filings, collect W-9 forms; weld in the 3G and 4G "
        "positions and run 5S audits. Teach K-12 students.", [], set())}
    assert {"I-130", "I-485", "W-9", "3G", "4G", "5S"} <= found
    assert "K-12" not in found


def test_plain_items_of_a_list_that_names_known_skills_are_asks() -> None:
    got = asks("Responsibilities\n- Look after the plant's Excel, SQL, flow meters and "
               "chlorine analyzers.\n")
    assert {"Flow meters", "Chlorine analyzers"} <= set(got)
    alone = asks("Responsibilities\n- Use Excel and good judgment\n")
    assert "Good judgment" not in alone  # "X and Y" is no list, and "good" is no name


def test_a_hedge_in_another_clause_does_not_reach_over() -> None:
    got = asks("You should have Salesforce experience and strong Excel skills, and it would "
               "be a plus if you speak Spanish.")
    assert got.get("Salesforce") is True and got.get("Microsoft Excel") is True
    assert got.get("Spanish") is False


def test_acronyms_listed_in_brackets_after_a_skill_are_asks() -> None:
    """'food safety (QFMA, GMP)' lists the rules the skill means; only an acronym alone
    in brackets after a credential ('CMA (AAMA)') names who grants it."""
    found = {t.name for t in shape_terms(
        "Enforce food safety (QFMA, GMP) requirements", [(8, 19)], set())}
    assert "QFMA" in found
    found = {t.name for t in shape_terms("Hold a CMA (AAMX) credential", [(7, 10)], set())}
    assert "AAMX" not in found


def test_a_verb_sharing_an_object_in_a_list_of_duties_is_no_thing_asked() -> None:
    # "grind and finish welds": "finish welds" is a deed like "grind", not a named thing.
    text = ("Fabricator\n\nYou will cut, fit and tack steel, grind and finish welds, "
            "read blueprints and run the MIG welder.\n")
    found = {s.name.casefold() for s in analyse_posting(text).skills}
    assert "finish welds" not in found, found
    assert "blueprint reading" in found, found


def test_a_noun_spelled_like_a_verb_stays_a_listed_thing() -> None:
    text = ("Designer\n\n- Create social media graphics, email headers and web banners "
            "for the marketing calendar\n")
    found = {s.name.casefold() for s in analyse_posting(text).skills}
    assert "email headers" in found, found
