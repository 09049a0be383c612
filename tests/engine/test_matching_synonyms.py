"""A skill the resume shows in other words is not reported missing: its acronym or
spelled-out form, a plural or verb form, a synonym the vocabulary knows, and terms no
vocabulary holds written the same way."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def report(resume: str, posting: str):
    return match_resume(parse_resume(resume), analyse_posting(posting))


RESUME = """\
Jordan Avery
jordan.avery@example.com

Experience
Maintenance Technician  March 2019 – Present
Lakeshore Foods, Toledo, OH
- Serviced variable refrigerant flow units and rooftop units across three plants
- Kept all electrical work to ASTM E1105 and logged repairs in the CMMS
- Programmed WonderWare screens for the packaging line
- Scheduled preventive maintenance and budgeted spare parts

Certifications
Certified Nursing Assistant, Ohio
"""


def test_a_spelled_out_acronym_shows_the_term() -> None:
    r = report(RESUME, "Requirements\n- Experience with variable refrigerant flow (VRF) "
                       "systems\n")
    assert "Variable refrigerant flow" in {m.name for m in r.matched}
    assert not r.missing_required


def test_terms_no_vocabulary_holds_match_literally() -> None:
    r = report(RESUME, "Requirements\n- ASTM E1105 field water testing\n- CMMS work orders\n"
                       "- WonderWare HMI screens\n- TwinCAT programming\n")
    matched = {m.name: m.resume_term for m in r.matched}
    assert {"ASTM E1105", "CMMS", "WonderWare"} <= set(matched)
    assert "TwinCAT" in r.missing_required  # truly missing stays missing
    evidence = next(m.evidence for m in r.matched if m.name == "ASTM E1105")
    assert "ASTM E1105" in evidence


def test_an_acronym_asked_shows_through_its_spelled_out_certification() -> None:
    r = report(RESUME, "Requirements\n- Certified Nursing Assistant (CNA) certificate\n")
    missing = r.missing_required + r.missing_preferred
    assert not [m for m in missing if "Nursing Assistant" in m or m == "CNA"]


def test_verb_forms_and_plurals_show_the_skill() -> None:
    r = report(RESUME, "Requirements\n- Preventive maintenance scheduling\n- Budgeting\n")
    assert not r.missing_required, r.missing_required


def test_a_literal_acronym_keeps_its_case() -> None:
    r = report("Sam Lee\n\nExperience\nCook  2020 – 2023\nDiner\n- Made pavrf sauce daily\n",
               "Requirements\n- VRF systems\n")
    assert "VRF" in r.missing_required


def test_the_tool_the_posting_names_for_a_skill_shows_that_skill() -> None:
    resume = ("Kim Lee\n\nExperience\nStaff Nurse  2019 – 2024\nCity Hospital\n"
              "- Charted assessments and care plans in Epic\n")
    r = report(resume, "Requirements\n- Document care in our Epic electronic health record\n")
    ehr = [m for m in r.matched if m.name == "Electronic Health Records"]
    assert ehr and ehr[0].resume_term == "Epic"


def test_a_name_s_opening_words_show_their_sibling_skill() -> None:
    """"Bluebeam Revu" and "8D problem solving" write Bluebeam and 8D; "Looker Studio"
    is another product than Looker."""
    resume = ("Ama Osei\nama@example.com\n\nExperience\nProject Engineer  2019 – Present\n"
              "Acme Civil, Raleigh, NC\n- Marked up plan sets in Bluebeam Revu\n"
              "- Led 8D problem solving for customer complaints\n"
              "- Built dashboards in Looker Studio\n")
    r = report(resume, "Requirements\n- Bluebeam\n- 8D\n- Looker\n")
    matched = {m.name for m in r.matched}
    assert {"Bluebeam", "8D"} <= matched
    assert "Looker" in r.missing_required


def test_credentials_after_the_name_count() -> None:
    resume = ("Katerina Papadopoulos, RN, BSN\nkaterina@example.com\n\nExperience\n"
              "Staff Nurse  2019 – Present\nMercy Hospital\n- Cared for 5 patients a shift\n")
    r = report(resume, "Requirements\n- BSN from an accredited school\n")
    assert "BSN" in {m.name for m in r.matched}


def test_a_skill_in_other_forms_of_its_words_is_shown() -> None:
    resume = ("Luis Ferreira\nluis@example.com\n\nExperience\nService Plumber  2022 – Present\n"
              "Roto-Rooter, Columbus, OH\n- Solder copper, crimp PEX and glue PVC for repipes\n")
    r = report(resume, "Requirements\n- Soldering copper and working with PEX\n")
    assert "Soldering copper" in {m.name for m in r.matched}


STATE_LICENCE_POSTING = """\
Commercial Electrician
Bright Volt Electric - Reno, NV

DUTIES
- Install conduit and wire panels in commercial buildings

REQUIREMENTS
- Nevada Journeyman license
- 3+ years of commercial electrical experience
"""

ELECTRICIAN = """\
Dana Kim
dana@example.com

EXPERIENCE
Electrician, Sun Electric, Reno, NV, 2019 to present
- Installed conduit and wired panels for retail buildings
"""


def test_a_licence_named_with_its_state_is_one_ask_listed_by_the_postings_name() -> None:
    """"Nevada Journeyman license" is the vocabulary's Journeyman License with its
    state: the report lists it once, as the posting wrote it, shown or missing."""
    licensed = report(ELECTRICIAN + "\nLICENSES\nNevada Journeyman Electrician License\n",
                      STATE_LICENCE_POSTING)
    names = [m.name for m in licensed.matched]
    assert "Nevada Journeyman license" in names
    assert "Journeyman License" not in names
    assert not [n for n in licensed.missing if "Journeyman" in n]

    unlicensed = report(ELECTRICIAN, STATE_LICENCE_POSTING)
    assert [n for n in unlicensed.missing if "Journeyman" in n] == ["Nevada Journeyman license"]
    assert not [m for m in unlicensed.matched if "Journeyman" in m.name]


def test_a_licence_from_another_state_does_not_show_the_one_asked() -> None:
    """A Texas licence is not the Nevada licence the posting asks for: the report
    lists the Nevada one missing, never matched by the Texas line."""
    texan = report(ELECTRICIAN.replace("Reno, NV", "Austin, TX")
                   + "\nLICENSES\nTexas Journeyman Electrician License\n",
                   STATE_LICENCE_POSTING)
    assert "Nevada Journeyman license" in texan.missing
    assert not [m for m in texan.matched if "Journeyman" in m.name]
