"""A credential, degree or rule the resume names another way is shown: a licence asked
by place and acronym ("Oregon LPN") by the place and the words in capitals, a degree's
abbreviation by its name in words, a credential by its words in another order, an
issuer's code ("NCCER L2") on a certifications line, a CFR part by one of its sections.
And the lookalikes stay missing: another place, a lower grade, words strewn over a
sentence, another code, another part. Texts written for these tests."""

from __future__ import annotations

from tailor_app.tailoring.model import MatchReport, PostingAnalysis, SkillMention
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary, narrower_splits, parse_lines


def vocabulary() -> Vocabulary:
    entries, problems = parse_lines(["Scheduling\thard\tscheduling"], "test")
    return Vocabulary(entries, problems, narrower_splits(entries))


def report(body: str, *asks: tuple[str, str]) -> MatchReport:
    text = ("Robin Ash\nrobin.ash@example.com\n\nExperience\n"
            "Staff Nurse  May 2019 – Present\nLakeside Clinic, Salem, OR\n"
            "- Cared for 20 patients a shift\n\n" + body)
    mentions = [SkillMention(n, k, True, n, "requirements") for n, k in asks]
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=mentions,
                               keywords=[], min_years=None, degree=None, certifications=[])
    return match_resume(parse_resume(text), analysis, vocabulary=vocabulary())


def shown(r: MatchReport) -> dict[str, str]:
    return {m.name: m.resume_term for m in r.matched}


def test_a_licence_by_place_and_acronym_is_shown_by_the_words() -> None:
    r = report("Certifications\nOregon Licensed Practical Nurse License, 2021\n",
               ("Oregon LPN", "certification"))
    assert shown(r) == {"Oregon LPN": "Licensed Practical Nurse"}


def test_another_place_or_a_lower_grade_shows_nothing() -> None:
    r = report("Certifications\nWashington Licensed Practical Nurse License\n"
               "Oregon Physical Therapist Assistant License\n",
               ("Oregon LPN", "certification"), ("Oregon PT", "certification"))
    assert r.matched == []


def test_a_degree_abbreviation_and_its_words() -> None:
    r = report("Education\nMaster of Social Work, Portland State University, 2018\n",
               ("MSW", "hard"))
    assert shown(r) == {"MSW": "Master of Social Work"}
    r = report("Education\nMSW, Portland State University, 2018\n",
               ("Master of Social Work", "hard"))
    assert shown(r) == {"Master of Social Work": "MSW"}


def test_a_credential_in_another_word_order_on_a_certifications_line() -> None:
    r = report("Certifications\nAHA Course in Advanced Cardiac Life Support, 2024\n",
               ("AHA Advanced Cardiac Life Support certificate", "certification"))
    assert shown(r) == {"AHA Advanced Cardiac Life Support certificate":
                        "AHA Course in Advanced Cardiac Life Support"}


def test_a_credential_s_words_strewn_over_a_sentence_show_nothing() -> None:
    r = report("Summary\nCertified in CPR; a nursing background and a year as an assistant "
               "coach, licensed driver\n", ("Certified Nursing Assistant", "certification"))
    assert r.matched == []


def test_an_issuer_s_code_on_a_certifications_line() -> None:
    r = report("Certifications\nNCCER Electrical: L2 Residential Wiring, L3 Motors\n",
               ("NCCER L2", "certification"), ("NCCER L4", "certification"))
    assert shown(r) == {"NCCER L2": "NCCER Electrical: L2"}


def test_a_cfr_part_shown_by_one_of_its_sections() -> None:
    r = report("Certifications\nQualified inspector (49 CFR 393.42)\n",
               ("49 CFR Part 393", "hard"), ("49 CFR Part 396", "hard"))
    assert shown(r) == {"49 CFR Part 393": "49 CFR 393.42"}


def test_a_licence_s_place_may_be_its_postal_code() -> None:
    r = report("Certifications\nNV OTA License #4471, 2022\n",
               ("Nevada OTA", "certification"), ("Utah OTA", "certification"))
    assert shown(r) == {"Nevada OTA": "OTA"}


def test_the_issuing_state_may_stand_apart_from_the_credential_s_name() -> None:
    # "Clear ... Credential, Mild/Moderate Support Needs (California)": the state closes
    # the line in brackets; the asked name puts it first.
    r = report("Credentials\nClear Education Specialist Instruction Credential, "
               "Mild/Moderate Support Needs (California)\n",
               ("California Education Specialist Instruction Credential", "certification"))
    assert "California Education Specialist Instruction Credential" in shown(r)
    # Another state's credential is no Californian one.
    other = report("Credentials\nEducation Specialist Instruction Credential (Nevada)\n",
                   ("California Education Specialist Instruction Credential",
                    "certification"))
    assert shown(other) == {}
    # The name's own words still stand together: strewn over a line they name nothing.
    strewn = report("Credentials\nEducation degree (California); Specialist in reading "
                    "Instruction credential\n",
                    ("California Education Specialist Instruction Credential",
                     "certification"))
    assert shown(strewn) == {}
