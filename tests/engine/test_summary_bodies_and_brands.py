"""The summary line keeps a maker's capital the resume writes mid-sentence ("with a
Fluke meter"), and boasts of no body as a skill: letters the posting writes only as a
funder or a source ("a five-year USDA grant", "notices from the IRS"), letters the
resume writes only before the work the line names already ("to AVMA infection control
guidelines"), and a body's letters before the course a card is for ("OSHA Bloodborne
Pathogens training": the course is what is held), nor the body that granted a card
("Phlebotomy Technician (PBT), ASCP, 2021")."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.naming import capital_mid_sentence, summary_term
from tailor_app.tailoring.compose.summary import _a_body_only, _a_grantor, _names_whose
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 12, 1)


def test_a_capital_written_mid_sentence_is_a_name() -> None:
    text = "Find failed capacitors with a Fluke meter and replace them\nFluke meters, gauges"
    assert capital_mid_sentence("Fluke meter", text)
    # Only at the opening of a line or a list item: the place's capital, not the word's.
    listed = "Wiring diagrams, ladder logic\n- Wiring diagrams"
    assert not capital_mid_sentence("Wiring diagrams", listed)
    assert not capital_mid_sentence("Wiring diagrams", "Skills: Wiring diagrams · Megger")


def test_the_line_keeps_the_resume_casing_of_a_makers_name() -> None:
    vocabulary = load_vocabulary()
    text = "- Trace shorts with a Fluke meter on every call\n- Wiring diagrams for every unit"
    assert summary_term("Fluke meter", "tool", "Multimeters", text, vocabulary) == "Fluke meter"
    # A skills item capitalised only because it opens its list reads in lower case.
    listed = "Wiring diagrams, electrical troubleshooting"
    assert summary_term("Wiring diagrams", "hard", "Wiring diagrams", listed,
                        vocabulary) == "wiring diagrams"


_RESUME_BRAND = """Dana Whitcomb
Lorain, OH | 440-555-0112 | dana.whitcomb@example.com

EXPERIENCE
Refrigeration Technician, North Coast Cold Storage, Lorain, OH — 2019 to present
- Service walk-in coolers, reach-ins and ice machines for 40 restaurant accounts
- Check compressor amps and trace control faults with a Fluke meter
- Braze copper line sets and pull vacuum before charging
- Log every call and its parts in the work order app

EDUCATION
HVAC/R Certificate, Lorain County Community College, 2019
"""

_POSTING_BRAND = """Commercial Refrigeration Technician
Requirements:
- Service walk-in coolers and ice machines
- Use a multimeter to troubleshoot controls
- Brazing
- Work orders
"""


def test_a_tailored_line_writes_the_brand_as_the_resume_does() -> None:
    result = tailor(_RESUME_BRAND, _POSTING_BRAND, today=TODAY)
    assert result.guard.ok and result.summary is not None
    assert "fluke" not in result.summary.replace("Fluke", "")
    # "work order app": the singular name only describes the app (review23 T3).
    assert "work order," not in result.summary


def test_letters_the_posting_writes_only_as_a_funder_or_a_source() -> None:
    vocabulary = load_vocabulary()
    posting = ("Our reading program is paid for by a five-year USDA grant and by "
               "gifts. Answer notices from the IRS. Follow CDC infection control guidelines.")
    assert _a_body_only("USDA", "USDA", posting, vocabulary)
    assert _a_body_only("IRS", "IRS", posting, vocabulary)
    # Rules the hire works to are an ask: the line may name them.
    assert not _a_body_only("CDC", "CDC", posting, vocabulary)
    assert not _a_body_only("CDC", "CDC", posting + " HUD-funded housing", vocabulary)
    # A body named as the funder, and elsewhere only before the thing asked of the hire
    # ("HUD data"): the data is the ask, not the agency.
    housing = ("The program is funded by HUD and the city. Keep case notes and HUD data "
               "current in HMIS.")
    assert _a_body_only("HUD", "HUD", housing, vocabulary)
    # Data bought from a vendor the hire uses is no body named as a funder.
    vendor = "Analyze prescription data from IQVIA to find growth prescribers."
    assert not _a_body_only("IQVIA", "IQVIA", vendor, vocabulary)


_RESUME_GRANT = """Priya Raman
Akron, OH | 330-555-0175 | priya.raman@example.com

EXPERIENCE
Program Assistant, Summit Early Readers, Akron, OH — 2021 to present
- Tutor groups of 6-8 first graders in phonics twice a week
- Enter attendance and reading scores in Apricot after each session
- Write the quarterly outcome report for the FNS grant
- Recruit and train 25 volunteer readers each fall
"""

_POSTING_GRANT = """Literacy Program Assistant
Our after-school reading program is funded by a three-year FNS grant.
Requirements:
- Phonics instruction for small groups
- Apricot or a similar database for attendance
- Volunteer recruitment and training
"""


def test_a_funders_letters_are_no_key_skill() -> None:
    result = tailor(_RESUME_GRANT, _POSTING_GRANT, today=TODAY)
    assert result.guard.ok and result.summary is not None
    assert "FNS" not in result.summary


_RESUME_RULES = """Marisol Quintero
Chico, CA | 530-555-0141 | marisol.q@example.com

EXPERIENCE
Veterinary Assistant, Butte Creek Animal Hospital, Chico, CA — 2020 to present
- Restrain dogs and cats for exams, blood draws and vaccines
- Disinfect kennels and exam rooms to AVMA infection control guidelines
- Take digital radiographs and keep the x-ray log
- Fill prescriptions and label take-home medications
"""

_POSTING_RULES = """Veterinary Assistant
Responsibilities:
- Restrain patients for exams and treatments
- Keep kennels and exam rooms to AVMA infection control guidelines
- Digital radiographs
- Fill prescriptions
"""


def test_a_bodys_letters_before_the_named_work_are_left_to_the_work() -> None:
    result = tailor(_RESUME_RULES, _POSTING_RULES, today=TODAY)
    assert result.guard.ok and result.summary is not None
    summary = result.summary
    assert "AVMA" not in summary.replace("AVMA infection control", "")


def test_a_bodys_letters_before_a_course_are_not_held() -> None:
    vocabulary = load_vocabulary()
    line = "OSHA Bloodborne Pathogens training, 2025"
    assert _names_whose(line, "OSHA", "OSHA Safety Training", vocabulary.find(line))
    card = "BLS for Healthcare Providers, American Heart Association"
    assert not _names_whose(card, "BLS", "Basic Life Support", vocabulary.find(card))


def test_a_body_that_granted_the_card_before_it_is_not_held() -> None:
    vocabulary = load_vocabulary()
    line = "Phlebotomy Technician (PBT), ASCP, 2021"
    assert _a_grantor(line, "ASCP", "ASCP Certification", vocabulary.find(line))
    # Cards listed one after another are each held.
    cards = "Basic Life Support (BLS), ACLS"
    assert not _a_grantor(cards, "ACLS", "Advanced Cardiovascular Life Support",
                          vocabulary.find(cards))


def test_a_table_row_of_skills_keeps_no_list_capital() -> None:
    # Columns laid out with runs of spaces (a PDF's or a table's skills row) separate
    # items as a comma does: their capitals are the place's (review23 T1).
    row = "Patient assessment    Wound care    Medication administration"
    assert not capital_mid_sentence("Wound care", row)
    assert not capital_mid_sentence("Wound care", "Patient assessment\tWound care")
    resume = ("Ana Ruiz\nDenver, CO | 720-555-0100 | ana@example.com\n\nSKILLS\n"
              f"{row}    Epic charting\n\nEXPERIENCE\n"
              "Registered Nurse, Mercy Hospital, Denver, CO — 2020 to present\n"
              "- Care for five telemetry patients a shift\n- Chart in Epic\n")
    posting = ("Registered Nurse - Telemetry\nRequirements:\n- Patient assessment\n"
               "- Wound care\n- Medication administration\n- Telemetry experience\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    assert "wound care" in result.summary and "Wound care" not in result.summary


def test_a_tools_name_keeps_its_capital_beside_the_postings_ordinary_word() -> None:
    # "You excel in a busy office" is no lower-case name of Excel (review23 T2).
    resume = ("Ana Ruiz\nDenver, CO | 720-555-0100 | ana@example.com\n\nSKILLS\nExcel\n"
              "QuickBooks\nCalendar management\n\nEXPERIENCE\n"
              "Office Assistant, Front Range Dental, Denver, CO — 2021 to present\n"
              "- Answer phones and greet patients\n- Order office supplies\n")
    posting = ("Administrative Assistant\nYou excel in a busy office and like keeping people "
               "on schedule.\nRequirements:\n- Advanced Excel\n- QuickBooks\n"
               "- Calendar management\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None and "Excel" in result.summary


def test_a_tools_common_noun_that_opened_a_bullet_reads_in_lower_case() -> None:
    resume = ("Kim Doan\nOmaha, NE | 402-555-0190 | kim@example.com\n\nEXPERIENCE\n"
              "Lab Assistant, Midlands Reference Lab, Omaha, NE — 2021 to present\n"
              "- Centrifuge, aliquot and sort 300 samples a shift\n"
              "- Accession specimens in Sunquest\n")
    posting = ("Laboratory Assistant\nResponsibilities:\n- Spin samples in the centrifuges and "
               "aliquot them\n- Sunquest\n- Specimen accessioning\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.summary is not None
    assert "centrifuge" in result.summary and "Centrifuge" not in result.summary
