"""Another field's sense of the posting's own words, and acronyms glossed in brackets
(Dec 6, precision13). Each test is on text written for it, not a batch's posting."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _read(text: str) -> tuple[set[str], list[str]]:
    analysis = analyse_posting(text)
    return {s.name for s in analysis.skills}, analysis.certifications


def test_words_inside_a_term_of_the_trade_keep_its_sense() -> None:
    asks, _ = _read("Fifth Grade Science Teacher\nOakridge Elementary\n\nWhat you'll do\n"
                    "- Teach the district science curriculum with hands-on labs\n"
                    "- Give weekly quizzes and unit tests and enter grades in Skyward\n"
                    "- Manage the classroom with clear routines\n\nWhat you need\n"
                    "- Elementary teaching license\n")
    assert "Unit Testing" not in asks and "Student Assessment" in asks
    asks, _ = _read("Cable and Harness Assembler\nMesa Wireworks\n\nDuties\n"
                    "- Build cable assemblies and wire harnesses from drawings\n"
                    "- Inspect solder joints to IPC-A-620 and IPC-A-610\n\nRequirements\n"
                    "- Working knowledge of IPC workmanship standards\n")
    assert "Infection Control" not in asks  # no IPC (infection prevention and control)
    assert "IPC Certification" in asks


def test_the_words_in_their_own_field_stay_asked() -> None:
    asks, _ = _read("Backend Developer\nCobalt Labs\n\nWhat you'll do\n"
                    "- Build REST APIs in Python and Django\n- Write unit tests with pytest\n"
                    "\nRequirements\n- 3 years of Python\n- PostgreSQL\n")
    assert "Unit Testing" in asks
    asks, _ = _read("Infection Preventionist RN\nLakeview Hospital\n\nResponsibilities\n"
                    "- Lead IPC rounds on each unit and audit hand hygiene\n"
                    "- Educate nurses on isolation precautions\n\nRequirements\n- RN license\n")
    assert "Infection Control" in asks  # IPC: infection prevention and control


def test_an_acronym_glossed_by_the_words_before_it() -> None:
    asks, certs = _read("Medication Aide\nHarbor Pines Senior Living\n\nResponsibilities\n"
                        "- Administer medications per physician orders\n- Take vital signs\n\n"
                        "Requirements\n- Active Medication Aide certification (CMA) in good "
                        "standing\n- CPR certification\n")
    assert "Certified Medication Aide" in certs
    assert not {"Certified Medical Assistant", "Certified Management Accountant"} & asks
    assert not {"Certified Medical Assistant", "Certified Management Accountant"} & set(certs)


def test_an_acronym_without_such_words_keeps_its_reading() -> None:
    asks, _ = _read("Medical Assistant\nRiverside Family Clinic\n\nResponsibilities\n"
                    "- Room patients and take vitals\n\nRequirements\n"
                    "- CMA (AAMA) or RMA certification\n")
    assert "Certified Medical Assistant" in asks
    asks, _ = _read("Cost Accountant\nHollis Manufacturing\n\nRequirements\n"
                    "- CPA or CMA preferred\n- Standard costing and variance analysis\n")
    assert "Certified Management Accountant" in asks
