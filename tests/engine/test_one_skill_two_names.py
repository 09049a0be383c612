"""One skill under the two names a posting and a resume give it.

A credential with or without the word that packages it ("Journeyman Electrician
license", "NALA CP credential") is the credential; a make-ready is the unit turn; the
hygienist's "adult prophies" and "perio charts" are prophylaxis and periodontal charting;
an instrument named for its test ("insulation resistance tester") shows the test; a
dealer's CDK Drive is CDK Global's system; presenting a treatment plan is not making one.
Each has a near miss that must stay a different skill. Texts written for these tests.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

import pytest

from tailor_app.tailoring.model import MatchReport
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import (
    Vocabulary,
    load_vocabulary,
    narrower_splits,
    parse_lines,
)


@cache
def _vocabulary() -> Vocabulary:
    return load_vocabulary()


def _name(term: str) -> str | None:
    skill = _vocabulary().lookup(term)
    return skill.name if skill is not None else None


def _report(posting: str, resume_tail: str) -> MatchReport:
    resume = ("Robin Acosta\nrobin.acosta@example.com\n\nExperience\n"
              "Specialist | Kestrel Group | 2019 - Present\n" + resume_tail)
    analysis = analyse_posting(posting, vocabulary=_vocabulary())
    return match_resume(parse_resume(resume), analysis, vocabulary=_vocabulary())


def _shown(r: MatchReport) -> set[str]:
    return {m.name for m in r.matched}


# --- a credential's packaging word --------------------------------------------------

def test_a_credential_word_after_a_credential_name_is_packaging() -> None:
    v = Vocabulary.from_lines("Pipefitter License\tcertification\tjourneyman pipefitter\n"
                              "Welding\thard\twelding\n")
    for term in ("journeyman pipefitter license", "Journeyman Pipefitter licenses",
                 "journeyman pipefitter card", "journeyman pipefitter credential"):
        found = v.lookup(term)
        assert found is not None and found.name == "Pipefitter License", term
    # Words that name a skill, not a credential: the word is part of the name (a
    # certificate of welding is not the welding itself).
    assert v.lookup("welding certification") is None
    assert v.lookup("welding permit") is None


@pytest.mark.parametrize(("written", "credential"), [
    ("Journeyman electrician license", "Journeyman License"),
    ("NALA CP credential", "Certified Paralegal"),
    ("NFPA RP credential", "Registered Paralegal"),
    ("Certified Apartment Manager designation", "Certified Apartment Manager"),
])
def test_the_shipped_credentials_by_their_packaged_names(written: str,
                                                         credential: str) -> None:
    assert _name(written) == credential


def test_the_paralegal_exam_credential_is_no_school_certificate() -> None:
    # NALA's CP is earned by exam; a college's paralegal certificate is schooling.
    assert _name("Certified Paralegal") == "Certified Paralegal"
    assert _name("paralegal certificate") == "Paralegal Certificate"
    posting = ("Legal Assistant\n\nRequirements\n- Draft wills and deeds\n"
               "Preferred\n- NALA CP credential\n")
    r = _report(posting, "- Drafted quitclaim deeds\n\nEducation\n"
                         "Paralegal Certificate, Harbor Community College, 2018\n")
    assert "Certified Paralegal" in r.missing
    r = _report(posting, "- Drafted quitclaim deeds\n\nCertifications\n"
                         "Certified Paralegal (CP), NALA, 2021\n")
    assert "Certified Paralegal" in _shown(r) and "Certified Paralegal" not in r.missing


def test_a_papers_skill_with_documentation_after_it_is_the_paper() -> None:
    v = Vocabulary.from_lines("Work Tickets\thard\twork tickets\nSafety\thard\tsafety\n")
    found = v.lookup("work ticket documentation")
    assert found is not None and found.name == "Work Tickets"
    # "Safety documentation" is no paper's skill: the word is part of that name.
    assert v.lookup("safety documentation") is None
    assert _name("Repair order documentation") == "Repair Orders"


# --- one thing, two everyday names -----------------------------------------------------

def test_a_make_ready_is_the_unit_turn() -> None:
    assert _name("make-ready turns") == _name("make-ready") == _name("unit turns") == "Unit turns"
    posting = "Assistant Manager\n\nResponsibilities\n- Schedule make-ready turns with vendors\n"
    r = _report(posting, "- Turned 20 units a month between residents with our porter\n")
    assert "Unit turns" in _shown(r)
    # An inspection at move-out is another piece of work, not the turn.
    assert _name("move-out inspections") != "Unit turns"
    r = _report(posting, "- Walked move-out inspections and charged for damages\n")
    assert "Unit turns" in r.missing


def test_a_walked_move_out_is_the_inspection() -> None:
    posting = "Community Manager\n\nResponsibilities\n- Complete move-out inspections\n"
    r = _report(posting, "- Walk move-outs and send deposit dispositions within 14 days\n")
    assert "Move-in and Move-out Inspections" in _shown(r)
    r = _report(posting, "- Walked the property each morning and logged hazards\n")
    assert "Move-in and Move-out Inspections" in r.missing


def test_a_residents_service_request_is_a_work_order() -> None:
    posting = ("Maintenance Technician\n\nResponsibilities\n"
               "- Complete work orders for residents within 24 hours\n")
    r = _report(posting, "- Closed resident service requests for a 200-unit community\n")
    assert "Work orders" in _shown(r), r.missing
    # A help desk's service requests are tickets of another trade.
    r = _report(posting, "- Resolved service requests in ServiceNow for 300 staff\n")
    assert "Work orders" in r.missing
    # Nor an IT desk's or an insurer's, beside buildings or homes (review23 N2).
    for line in ("- Answer service requests from staff in ServiceNow\n",
                 "- Resolve service requests for 400 users across three buildings\n",
                 "- Log service requests for home insurance customers\n"):
        asked = [m.name for m in analyse_posting(
            "Support Specialist\n\nResponsibilities\n" + line, vocabulary=_vocabulary()).skills]
        assert "Work orders" not in asked, line


def test_wills_are_the_will_drafting_skill() -> None:
    assert _name("wills") == "Will Drafting"
    # A capitalised Wills is a surname as often (review23 N1).
    asked = [s.name for s in analyse_posting(
        "Legal Assistant\n\nDuties\n- Support partner Karen Wills in commercial litigation\n",
        vocabulary=_vocabulary()).skills]
    assert "Will Drafting" not in asked
    r = _report("Estate Planning Assistant\n\nResponsibilities\n- Draft wills and powers of "
                "attorney\n", "- Prepared first drafts of wills for attorney review\n")
    assert "Will Drafting" in _shown(r)


def test_the_hygienists_shorthand_shows_the_work() -> None:
    posting = ("Dental Hygienist\n\nResponsibilities\n- Provide adult and child prophylaxis\n"
               "- Complete periodontal charting at recall visits\n")
    r = _report(posting, "- Saw adult prophies and kids' cleanings all day\n"
                         "- Updated perio charts at each recall\n")
    assert {"Prophylaxis", "Periodontal charting"} <= _shown(r), r.missing
    # A veterinary dental cleaning is the vet's own skill, and a chart of another kind
    # is no periodontal chart.
    assert _name("dental prophies") == "Dental Prophylaxis"
    r = _report(posting, "- Updated medication charts at each visit\n")
    assert "Periodontal charting" in r.missing


def test_presenting_a_plan_is_not_making_it() -> None:
    assert _name("present treatment plans") == "Treatment plan presentation"
    assert _name("treatment plans") == "Treatment Planning"
    r = _report("Treatment Coordinator\n\nResponsibilities\n"
                "- Present treatment plans and financing options to patients\n",
                "- Presented treatment plans and payment options after each exam\n")
    assert "Treatment plan presentation" in _shown(r)
    # Explaining a plan is every clinician's (review23 N3): a therapist's posting asks
    # the planning its resume shows.
    r = _report("Physical Therapist\n\nDuties\n- Explain treatment plans to patients and "
                "families\n", "- Evaluated 12 outpatients a day and wrote treatment plans\n")
    assert "Treatment Planning" in _shown(r)
    r = _report("Counselor\n\nResponsibilities\n- Write individualized treatment plans\n",
                "- Presented treatment plans to patients at checkout\n")
    assert "Treatment plan presentation" not in _shown(r)


def test_a_dealers_system_by_its_product_name() -> None:
    assert _name("CDK Drive") == _name("CDK Global") == "CDK Global"
    assert _name("Reynolds & Reynolds") == "Reynolds and Reynolds"
    posting = ("Service Advisor\n\nRequirements\n"
               "- Experience with a dealer management system such as CDK Global\n")
    r = _report(posting, "- Wrote repair orders in CDK Drive\n")
    assert {"CDK Global", "Dealer Management Systems"} <= _shown(r)
    # An independent shop's software is shop software, not a dealer's system.
    r = _report(posting, "- Wrote repair orders in Tekmetric\n")
    assert "Dealer Management Systems" in r.missing


def test_a_closing_and_a_title_search_by_their_own_names() -> None:
    assert _name("residential closings") == "Real estate closings"
    assert _name("title searches") == "Title Searches"
    # Examining a title is the attorney's review, not the search.
    assert _name("title examination") != "Title Searches"


# --- an instrument named for its test ------------------------------------------------


def test_a_tester_or_detector_shows_the_work_it_is_named_for(script: ModuleType) -> None:
    tsv = ("Hipot testers\ttool\thipot testers\nHipot testing\thard\thipot testing\n"
           "Gas detectors\ttool\tgas detectors\nGas detection\thard\tgas detection\n"
           "Circuit analyzers\ttool\tcircuit analyzers\nCircuit analysis\thard\tcircuit analysis\n"
           "Cable testers\ttool\tcable testers\n")
    entries, problems = parse_lines(tsv.splitlines(), "trades")
    assert not problems
    vocabulary = Vocabulary(entries, splits=narrower_splits(entries))
    # An analyzer is left out: circuit analysis is a subject, not the outlet tester's job.
    assert script.function_relations(vocabulary) == {
        "Hipot testers": ["Hipot testing"], "Gas detectors": ["Gas detection"]}


def test_an_insulation_resistance_tester_shows_the_megger_test() -> None:
    posting = "Maintenance Electrician\n\nRequirements\n- Megger testing of motors and feeders\n"
    r = _report(posting, "- Checked motor windings with an insulation resistance tester\n")
    assert "Insulation Resistance Testing" in _shown(r), r.missing
    r = _report(posting, "- Checked each receptacle with a circuit analyzer\n")
    assert "Insulation Resistance Testing" in r.missing


# --- a product written with its kind's words ---------------------------------------

def test_a_term_with_its_kinds_words_after_it_is_the_term() -> None:
    tsv = ("Fleet Telematics\ttool\tfleet telematics | Roadlink | Roadlink telematics"
           " | Trackwise telematics\n"
           "Routing and Switching\thard\tnetwork routing | network switching\n"
           "Ledgerly\ttool\t=Ledgerly | Ledgerly Bookkeeping | Ledgerly Forecast"
           " | ^Bookkeeping\n"
           "Bookkeeping\thard\tbookkeeping\n")
    entries, problems = parse_lines(tsv.splitlines(), "test")
    assert not problems
    splits = narrower_splits(entries)
    # "Roadlink telematics" under Fleet Telematics is Roadlink; "Trackwise telematics"
    # stays its own product (no alias is "Trackwise" alone to join).
    assert ["Roadlink", "Roadlink telematics"] in splits["Fleet Telematics"]
    assert ["Trackwise telematics"] in splits["Fleet Telematics"]
    # Two terms sharing a word before the kind's words are two, with no alias of that word.
    assert ["network routing"] in splits["Routing and Switching"]
    assert ["network switching"] in splits["Routing and Switching"]
    # The product with the kind it is filed under is the product; a module is narrower.
    assert splits["Ledgerly"] == [["Ledgerly Forecast"]]


@pytest.mark.parametrize(("written", "plain"), [
    ("eMaint CMMS", "eMaint"), ("FMCSA regulations", "FMCSA"), ("PowerFlex drives", "PowerFlex"),
    ("Bluebook citation", "Bluebook"), ("Gusto Payroll", "Gusto"),
])
def test_the_shipped_products_by_one_name(written: str, plain: str) -> None:
    assert _name(written) == _name(plain) == plain


def test_a_bodys_credential_is_named_without_its_packaging_word() -> None:
    # A credential the vocabulary does not know, named as a person writes it.
    named = analyse_posting("Solar Installer\n\nPreferred\n- NABCEP PV Associate credential\n"
                            "- TBLS Board Certification\n", vocabulary=_vocabulary()
                            ).certifications
    assert "NABCEP PV Associate" in named and "NABCEP PV Associate credential" not in named
    # "Board Certification" is one name; a plain word after the body's letters keeps it.
    assert "TBLS Board Certification" in named
    from tailor_app.tailoring.posting.certs import credential_name
    assert credential_name("OSHA rigging", "certification") == "OSHA rigging certification"
    assert credential_name("NALA CP", "credential") == "NALA CP"


def test_case_management_software_is_said_with_the_works_name() -> None:
    # Label writers and postings name the system by the work ("track cases in our case
    # management system"): one skill, shown by the systems filed under it.
    assert _name("case management software") == _name("case management system") \
        == _name("case management") == "Case Management"
    posting = ("Litigation Paralegal\n\nPreferred\n"
               "- Experience with Clio or another case management system\n")
    r = _report(posting, "- Opened and closed matters in Clio Manage\n")
    assert "Case Management" in _shown(r)
    # A document system is another kind of system.
    r = _report(posting, "- Filed pleadings in our document management system\n")
    assert "Case Management" in r.missing


def test_a_credential_that_names_its_boards_subject_again_says_it_once() -> None:
    named = analyse_posting("Pharmacy Technician\n\nRequirements\n"
                            "- Active Ohio Board of Pharmacy pharmacy technician registration\n",
                            vocabulary=_vocabulary()).certifications
    assert "Ohio pharmacy technician registration" in named, named
    assert not any("pharmacy pharmacy" in n.lower() for n in named)
    from tailor_app.tailoring.posting.noise import without_issuer
    # A subject that is not repeated stays ("Board of Pharmacy technician").
    assert without_issuer("Texas State Board of Pharmacy technician registration") \
        == "Texas pharmacy technician registration"


def test_a_controllers_inputs_and_outputs_are_no_fluid_intake_and_output() -> None:
    asked = [s.name for s in analyse_posting(
        "Controls Technician\n\nResponsibilities\n- Troubleshoot PLC I/O and field wiring\n",
        vocabulary=_vocabulary()).skills]
    assert "Intake and Output" not in asked and "PLC Programming" in asked
    # A plant has shifts and clients too (review23 N4).
    for line in ("- Troubleshoot PLC I/O faults on 2nd shift\n",
                 "- Wire I/O cards in control panels for our clients\n"):
        asked = [s.name for s in analyse_posting("Controls Technician\n\nDuties\n" + line,
                                                 vocabulary=_vocabulary()).skills]
        assert "Intake and Output" not in asked, line
    # "I&O" is the care spelling, asked in its own bullet.
    asked = [s.name for s in analyse_posting(
        "Nurse Aide\n\nDuties\n- Take vital signs\n- Measure and record I&O\n",
        vocabulary=_vocabulary()).skills]
    assert "Intake and Output" in asked
    posting = "Nurse Aide\n\nResponsibilities\n- Record I&O for residents each shift\n"
    assert "Intake and Output" in [s.name for s in analyse_posting(
        posting, vocabulary=_vocabulary()).skills]
    r = _report(posting, "- Charted intake and output and vital signs for 12 residents\n")
    assert "Intake and Output" in _shown(r)
    r = _report(posting, "- Traced PLC input/output faults with a meter\n")
    assert "Intake and Output" in r.missing


def test_a_bodys_credentials_named_by_their_codes_and_the_master_that_holds_them() -> None:
    posting = "Auto Technician\n\nRequirements\n- ASE certifications in A4, A5 and A6\n"
    named = {s.name for s in analyse_posting(posting, vocabulary=_vocabulary()).skills}
    assert {"ASE A4", "ASE A5", "ASE A6"} <= named, named
    # One reader names the codes (skills/coded_areas.py): a code in the bracket's wish
    # stays a wish in the report, not a required credential read a second time.
    wish = _report("Auto Technician\n\nRequirements\n- ASE certifications in A4 and A5 "
                   "(L1 a plus)\n", "\nCertifications\nASE A4\n")
    assert "ASE L1" in wish.missing_preferred and "ASE L1" not in wish.missing_required
    assert "ASE A5" in wish.missing_required and "ASE A4" in _shown(wish)
    # A master automobile technician has passed each test of the series.
    r = _report(posting, "\nCertifications\nASE Master Automobile Technician\n")
    assert {"ASE A4", "ASE A5", "ASE A6"} <= _shown(r), r.missing
    # A truck master's tests are another series; a range in a posting asks no master.
    truck = _vocabulary().lookup("ASE Master Truck Technician")
    assert truck is not None and "ASE A4" not in truck.broader and "ASE T4" in truck.broader
    assert _name("A1-A8") == "ASE Certification"


def test_a_breaker_by_its_letters_or_its_words() -> None:
    assert _name("arc-fault circuit interrupters") == _name("AFCI") == "AFCI"
    posting = ("Service Electrician\n\nResponsibilities\n"
               "- Troubleshoot GFCI and AFCI breakers in occupied homes\n")
    r = _report(posting, "- Replaced ground-fault and arc-fault breakers in older panels\n")
    assert {"GFCI", "AFCI"} <= _shown(r), r.missing
    # A ground rod is grounding, no ground-fault protection.
    r = _report(posting, "- Drove ground rods and bonded water pipes\n")
    assert {"GFCI", "AFCI"} <= set(r.missing)
