"""A credential is held only as the kind the posting asks and only where the resume says
it is held: a school's certificate is no state licence, a subject named in a sentence
is no certification. A state's credential asked by its work and kind ("New Jersey
teaching certificate") is shown by the state's own name for it; a credential's name
with a word added ("IV Therapy Certification") shows the shorter one; and a line of
credentials under the name, read by the parser as an unheaded role for its year, hides
no skill as an employer's name. Texts written for these tests, two fields each."""

from __future__ import annotations

from tailor_app.tailoring.model import MatchReport, PostingAnalysis, SkillMention
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary, narrower_splits, parse_lines


def vocabulary() -> Vocabulary:
    entries, problems = parse_lines([
        "Scheduling\thard\tscheduling",
        "Clean Driving Record\thard\tclean driving record | ~clean MVR",
        "Certified Insurance Service Representative\tcertification\t=CISR",
        "Registered Nurse\tcertification\t=RN | registered nurse license",
    ], "test")
    return Vocabulary(entries, problems, narrower_splits(entries))


def report(text: str, *asks: tuple[str, str]) -> MatchReport:
    mentions = [SkillMention(n, k, True, n, "requirements") for n, k in asks]
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=mentions,
                               keywords=[], min_years=None, degree=None, certifications=[])
    return match_resume(parse_resume(text), analysis, vocabulary=vocabulary())


def resume(title: str, bullets: str, tail: str = "") -> str:
    return (f"Robin Ash\nrobin.ash@example.com\n\nExperience\n{title}  May 2019 – Present\n"
            f"Lakeside Services, Salem, OR\n{bullets}\n\n{tail}")


def shown(r: MatchReport) -> dict[str, str]:
    return {m.name: m.evidence for m in r.matched}


# --- a licence is not a certificate; a subject in a sentence is no credential ---

def test_a_schools_certificate_is_no_licence_in_the_trades() -> None:
    text = resume("Service Technician", "- Repair rooftop units and walk-in coolers",
                  "Certifications & Training\nHVAC/R Technology Certificate - Lakeshore "
                  "Community College, 2019\nEPA 608 Universal\n")
    assert shown(report(text, ("HVAC License", "certification"))) == {}
    held = resume("Service Technician", "- Repair rooftop units",
                  "Licenses\nHVAC Contractor License #40117, 2022\n")
    assert "HVAC License" in shown(report(held, ("HVAC License", "certification")))


def test_a_schools_certificate_is_no_licence_in_personal_care() -> None:
    text = resume("Salon Assistant", "- Shampoo and blow-dry 20 clients a day",
                  "Education\nCosmetology Certificate of Completion, Rivera Beauty "
                  "Institute, 2023\n")
    assert shown(report(text, ("Cosmetology License", "certification"))) == {}
    held = resume("Stylist", "- Cut and color 25 clients a week",
                  "Licenses\nCosmetology License, Oregon, 2021\n")
    assert "Cosmetology License" in shown(report(held, ("Cosmetology License",
                                                        "certification")))


def test_a_subject_in_a_sentence_is_no_certification_in_teaching() -> None:
    text = resume("Third Grade Teacher",
                  "- Adjust tests to each IEP with the special education co-teacher")
    assert shown(report(text, ("Special Education Certification", "certification"))) == {}
    held = resume("Third Grade Teacher", "- Teach reading and math",
                  "Certifications\nSpecial Education (K-12), 2021\n")
    assert "Special Education Certification" in shown(
        report(held, ("Special Education Certification", "certification")))


def test_a_subject_in_a_sentence_is_no_certification_in_nursing() -> None:
    text = resume("Home Health Nurse", "- Complete OASIS assessments at start of care")
    assert shown(report(text, ("OASIS certification", "certification"))) == {}
    held = resume("Home Health Nurse", "- Complete OASIS assessments at start of care",
                  "Credentials\nOASIS certified (COS-C), 2024\n")
    assert "OASIS certification" in shown(report(held, ("OASIS certification",
                                                        "certification")))


# --- a state's credential by its work and kind ---

def test_a_state_teaching_certificate_by_the_states_own_name() -> None:
    text = resume("Mathematics Teacher", "- Teach Algebra I to 120 students",
                  "Certification\nNew Jersey Standard Certificate, Mathematics (Grades K-12)\n")
    assert "New Jersey teaching certificate" in shown(
        report(text, ("New Jersey teaching certificate", "certification")))


def test_a_state_nursing_licence_by_the_nurses_title() -> None:
    text = resume("Staff Nurse", "- Care for 5 telemetry patients a shift",
                  "Licenses\nRegistered Nurse License, Washington State, 2019\n")
    assert "Washington nursing license" in shown(
        report(text, ("Washington nursing license", "certification")))


def test_a_papers_name_for_other_work_shows_no_state_credential() -> None:
    # review18's M1: the work's stem from an aide's role, the state's paper another's.
    nurse_aide = resume("Nursing Assistant", "- Help 12 residents bathe and dress",
                        "Certifications\nPennsylvania Driver's License\n"
                        "BLS Certification, American Heart Association, 2025\n")
    assert shown(report(nurse_aide, ("Pennsylvania nursing license", "certification"))) == {}
    teacher_aide = resume("Teacher Aide", "- Support small reading groups",
                          "Certifications\nTexas Food Handler Certificate, 2024\n")
    assert shown(report(teacher_aide, ("Texas teaching certificate", "certification"))) == {}
    teacher = resume("Science Teacher", "- Teach biology",
                     "Certifications\nTexas Food Handler Certificate, 2024\n")
    assert shown(report(teacher, ("Texas teaching certificate", "certification"))) == {}


def test_another_state_kind_or_stopgap_paper_shows_nothing() -> None:
    asks = (("New Jersey teaching certificate", "certification"),
            ("Texas nursing license", "certification"))
    other_state = resume("Science Teacher", "- Teach biology",
                         "Certification\nNew York Initial Certificate, Biology 7-12\n")
    stopgap = resume("Science Teacher", "- Teach biology",
                     "Certification\nNew Jersey Emergency Certificate, Science\n")
    other_work = resume("Leasing Agent", "- Show apartments",
                        "Licenses\nTexas Real Estate Sales Agent License, 2020\n")
    other_kind = resume("Staff Nurse", "- Care for 5 patients a shift",
                        "Certifications\nTexas Nursing Assistant Certificate, 2016\n")
    for text in (other_state, stopgap, other_work, other_kind):
        assert shown(report(text, *asks)) == {}


# --- a credential's name with a word added ---

def test_a_credential_with_a_word_added_shows_the_shorter_one() -> None:
    nurse = resume("LPN", "- Pass meds for 30 residents",
                   "Certifications\nIV Therapy Certification - Ohio Board of Nursing\n")
    assert "IV certification" in shown(report(nurse, ("IV certification", "certification")))
    loader = resume("Warehouse Associate", "- Load 12 trailers a shift",
                    "Certifications\nForklift Operator Certification, 2023\n")
    assert "Forklift certification" in shown(report(loader, ("Forklift certification",
                                                             "certification")))


def test_a_lower_grade_added_is_another_credential() -> None:
    text = resume("Rehab Aide", "- Set up patients on the bikes",
                  "Licenses\nPT Assistant License, 2022\n")
    assert shown(report(text, ("PT license", "certification"))) == {}


# --- a line of credentials under the name ---

def test_a_credential_line_under_the_name_shows_its_items_in_trucking() -> None:
    text = ("Tom Kowal\nFort Wayne, IN | 260-555-0101 | tom@example.com\n"
            "Class A CDL · clean MVR · DOT medical card current to 2027\n\n"
            "EXPERIENCE\nFlatbed Driver — Heartland Metals, Fort Wayne, IN — 2022 to present\n"
            "- Haul coil steel on 48' flatbeds\n")
    assert "Clean Driving Record" in shown(report(text, ("Clean Driving Record", "hard")))


def test_a_credential_line_under_the_name_shows_its_items_in_insurance() -> None:
    text = ("Jo Whit\nGeorgetown, KY · jo@example.com · (859) 555-0100\n"
            "Licensed Kentucky Property & Casualty agent (2020) · CISR (2023)\n\n"
            "EXPERIENCE\nCommercial Lines CSR — Bluegrass Risk Partners, Lexington, KY\n"
            "2021 – Present\n- Issue certificates of insurance\n")
    assert "Certified Insurance Service Representative" in shown(
        report(text, ("Certified Insurance Service Representative", "certification")))


def test_an_employers_name_in_a_role_line_still_shows_nothing() -> None:
    text = ("Tom Kowal\ntom@example.com\n\n"
            "EXPERIENCE\nDriver — Clean Driving Record Academy, Gary, IN — 2022 to present\n"
            "- Drove the school's practice truck\n")
    assert shown(report(text, ("Clean Driving Record", "hard"))) == {}


def test_a_licence_held_by_its_practices_name() -> None:
    # review18's M5: the nurse's own line holds the licence by the practice's word
    nurse = resume("Staff Nurse", "- Hold active nursing licenses in Ohio and Michigan")
    assert "Nurse Licensure" in shown(report(nurse, ("Nurse Licensure", "certification")))
    barber = resume("Barber", "- Hold an active barbering license in Illinois since 2018")
    assert "Barber License" in shown(report(barber, ("Barber License", "certification")))
    student = resume("Barber Apprentice", "- Practiced barbering on 20 clients a week")
    assert shown(report(student, ("Barber License", "certification"))) == {}
