"""A skill the resume shows under another name, a short form or a narrower credential
is not reported missing; a credential it does not hold still is.

Texts are written for these tests.
"""

from __future__ import annotations

from tailor_app.tailoring.model import SkillMention
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def report(bullets: list[str], asks: list[str]):
    resume = ("Sam Reyes\nsam.reyes@example.com\n\nExperience\n"
              "Shift Lead  March 2020 – Present\nLakeside Works, Toledo, OH\n"
              + "".join(f"- {b}\n" for b in bullets))
    posting = "Requirements\n" + "".join(f"- {a}\n" for a in asks)
    return match_resume(parse_resume(resume), analyse_posting(posting))


def missing(r) -> set[str]:
    """The asks not shown: called missing, or listed with a line that may show them."""
    return set(r.missing_required) | set(r.missing_preferred) | set(r.maybe_shown)


def test_an_acronym_that_keeps_a_small_word_is_the_words() -> None:
    r = report(["Collected signed BOLs at every stop",
                "Logged driving time to stay inside hours-of-service limits"],
               ["Keep bills of lading accurate", "Stay within HOS rules"])
    assert not missing(r)


def test_a_shortened_word_is_the_word() -> None:
    r = report(["Wrote daily temp logs for the walk-in coolers"], ["Keep temperature logs"])
    assert not missing(r)


def test_a_possessive_name_is_found_as_written() -> None:
    r = report(["Hold a Class A CDL with a tanker endorsement"],
               ["Class A Commercial Driver's License"])
    assert not missing(r)


def test_a_state_s_name_for_a_credential_is_the_credential() -> None:
    r = report(["State Tested Nurse Aide (STNA) on a 30-bed unit"],
               ["Certified Nursing Assistant (CNA) certification"])
    assert not missing(r)


def test_a_narrower_credential_shows_the_broader_one_only() -> None:
    r = report(["Renewed my American Heart Association BLS Provider card"],
               ["Current CPR certification"])
    assert not missing(r)
    r = report(["Current CPR certification"], ["BLS certification"])
    assert missing(r)  # CPR alone is no BLS


def test_a_food_safety_certificate_shows_food_safety_not_another_course() -> None:
    r = report(["ServSafe Food Protection Manager, 2023"],
               ["Enforce food safety standards"])
    assert not missing(r)
    r = report(["ServSafe Food Protection Manager, 2023"],
               ["ServSafe Allergens certification"])
    assert missing(r)  # the allergens course is another certificate


def test_a_renamed_product_is_the_product() -> None:
    r = report(["Fixed Outlook and OneDrive issues in the Office 365 admin center"],
               ["Support Microsoft 365 users"])
    assert not missing(r)


def test_the_action_done_to_the_object_shows_the_skill() -> None:
    """"Secure mixed loads" is load securing, "reconciliation of five bank accounts"
    bank reconciliation: the verb or action noun first, its object after, a describing
    word or two between."""
    r = report(["Secure mixed loads with straps and load locks",
                "Monthly reconciliation of five bank and two credit card accounts"],
               ["Load securing", "Bank reconciliation"])
    assert not missing(r)
    r = report(["Secured a loan for the new truck bays"], ["Load securing"])
    assert missing(r)  # no load was secured
    r = report(["Reconciliation of vendor statements before paying the bank"],
               ["Bank reconciliation"])
    assert missing(r)  # the bank is not what was reconciled
    r = report(["Coordinated catering for client meetings"], ["Meeting coordination"])
    assert missing(r)  # the catering was coordinated


def test_an_action_noun_in_al_is_its_verb_done() -> None:
    r = report(["Recorded accrued expenses at year end"], ["Accruals"])
    assert not missing(r)
    r = report(["Recorded prepaid expenses at year end"], ["Accruals"])
    assert missing(r)


def test_an_example_the_posting_gives_shows_the_ask() -> None:
    """The posting's own examples, written out in the resume, show what it asks for:
    one named example ("such as"), or two of the parts it lists ("including")."""
    r = report(["Assisted with instrument-assisted soft tissue mobilization after ACL repair"],
               ["Experience with manual therapy techniques such as soft tissue mobilization"])
    assert not missing(r)
    r = report(["Helped residents with bathing, dressing and toileting every morning"],
               ["Help residents with activities of daily living, including bathing, grooming "
                "and toileting"])
    assert "Activities of Daily Living" not in missing(r)
    r = report(["Helped residents with bathing before breakfast"],
               ["Help residents with activities of daily living, including bathing, grooming "
                "and toileting"])
    assert "Activities of Daily Living" in missing(r)  # one part is not the whole ask


def test_a_credential_of_a_place_is_shown_where_the_line_names_the_place() -> None:
    r = report(["Licensed in Oregon (Dental Hygienist license, 2024)"],
               ["Oregon State Dental Hygienist license"])
    assert not missing(r)
    r = report(["Licensed in Idaho (Dental Hygienist license, 2024)"],
               ["Oregon State Dental Hygienist license"])
    assert missing(r)  # another state's licence


def test_leading_people_shows_leadership() -> None:
    r = report(["Managed a $3M apparel department and a team of 8"],
               ["Strong leadership skills"])
    assert not missing(r)
    r = report(["Supervised a night crew of six stockers"], ["Team leadership"])
    assert not missing(r)
    r = report(["Managed the team's travel calendar and staff schedules"],
               ["Strong leadership skills"])
    assert missing(r)  # a calendar and schedules are no people led


def test_them_after_people_is_the_people() -> None:
    r = report(["Hire seasonal associates each fall and onboard and train them"],
               ["Staff training"])
    assert not missing(r)
    r = report(["Set up new printers and train them on the network"], ["Staff training"])
    assert missing(r)  # "them" are the printers


def test_a_slash_pair_names_each_of_its_words_with_the_rest() -> None:
    """"Electrical/Electronic Systems" names electrical systems and electronic systems."""
    from tailor_app.tailoring.skills.wording import _literal_pattern

    assert _literal_pattern("Electrical systems").search("T6 Electrical/Electronic Systems")
    assert _literal_pattern("Electronic systems").search("T6 Electrical/Electronic Systems")
    assert _literal_pattern("Electrical systems").search("electrical panels/systems")
    assert not _literal_pattern("Electrical systems").search("Electrical work; systems")


def test_a_skills_list_item_stands_for_its_systems() -> None:
    resume = ("Dana Cole\ndana@example.com\n\nExperience\nMechanic  May 2019 – Present\n"
              "Fleet Works, Dallas, TX\n- Repaired Class 8 trucks\n\n"
              "Skills\nair brakes · aftertreatment · hydraulics\n")
    from tailor_app.tailoring.model import SkillMention
    from tailor_app.tailoring.skills.evidence import resume_lines
    from tailor_app.tailoring.skills.wording import _listed_object

    lines = resume_lines(parse_resume(resume))
    ask = SkillMention("Aftertreatment systems", "hard", True, "", "requirements")
    assert _listed_object(ask, lines)[1] is not None
    ask = SkillMention("Braking systems", "hard", True, "", "requirements")
    assert _listed_object(ask, lines)[1] is None


def test_a_brand_in_parentheses_after_the_things_asked_shows_them() -> None:
    r = report(["Transfer residents with a full-body Hoyer lift and a second aide"],
               ["Perform safe transfers using gait belts and mechanical lifts (Hoyer)"])
    assert "Mechanical lifts" not in missing(r)
    r = report(["Transfer residents with a gait belt"],
               ["Perform safe transfers using gait belts and mechanical lifts (Hoyer)"])
    assert "Mechanical lifts" in missing(r)


def test_a_credential_with_a_word_more_is_the_credential() -> None:
    """"Single Subject Teaching Credential" is a Single Subject Credential; an
    assistant's or apprentice's licence is not the licence itself."""
    r = report(["California Single Subject Teaching Credential, Science (Clear), 2018"],
               ["California Single Subject Credential"])
    assert not missing(r)
    r = report(["Oregon Physical Therapist Assistant License, 2024"],
               ["Oregon Physical Therapist License"])
    assert missing(r)


def test_a_credential_s_subject_must_be_the_resume_s() -> None:
    r = report(["California Single Subject Teaching Credential, Science (Clear), 2018"],
               ["Single Subject credential in English"])
    assert missing(r)


def test_a_name_the_posting_shares_a_word_with_is_the_full_name() -> None:
    """"Microsoft Windows and Office" asks for Microsoft Office: Word and Excel show it."""
    r = report(["Wrote letters in Microsoft Word and tracked orders in Excel"],
               ["Comfortable with Microsoft Windows and Office"])
    assert "Office" not in missing(r) and "Microsoft Office" not in missing(r)


def test_an_ask_named_with_a_kind_word_is_shown_without_it() -> None:
    """"Manual therapy techniques" is shown by "manual therapy"; one word left alone
    ("Knife" of "Knife skills") is too little to stand for the ask."""
    from tailor_app.tailoring.skills.wording import _literal_forms

    ask = SkillMention("Manual therapy techniques", "hard", False, "", "requirements")
    assert "Manual therapy" in _literal_forms(ask)
    ask = SkillMention("Knife skills", "hard", False, "", "requirements")
    assert _literal_forms(ask) == ["Knife skills"]


def test_a_physical_count_is_a_physical_inventory() -> None:
    r = report(["Counted and reconciled stock and prepared for the year-end physical count"],
               ["Oversee the annual physical inventory"])
    assert "Physical inventory" not in missing(r)


def test_a_credential_offered_as_a_choice_is_met_by_the_other() -> None:
    """"CMA, RMA or CCMA": one of them is the ask; a resume with CCMA lacks none."""
    r = report(["Certified Clinical Medical Assistant (CCMA), NHA, 2022"],
               ["Current RMA or CCMA certification"])
    assert not missing(r)
    r = report(["Certified Clinical Medical Assistant (CCMA), NHA, 2022"],
               ["Current RMA and CCMA certifications"])
    assert "Registered Medical Assistant" in missing(r)


def test_an_acronym_may_keep_the_letter_of_a_small_word_in_any_ask() -> None:
    """Terms no vocabulary holds: "proof of delivery" is the resume's "PODs", "point of
    care" its "POC", "profit and loss" its "P&L"."""
    from tailor_app.tailoring.skills.wording import _acronym_patterns

    assert any(p.search("Scanned PODs at every stop") for p in _acronym_patterns(
        "Proof of delivery"))
    assert any(p.search("Owned the store P&L") for p in _acronym_patterns("Profit and loss"))
    assert not any(p.search("Scanned PODs") for p in _acronym_patterns("Payroll delivery"))


def test_someone_else_s_credential_is_not_the_resume_s() -> None:
    """"review the W-2s with our CPA" names the firm's accountant, not the writer's
    licence."""
    r = report(["Reviewed the year-end W-2s with our CPA"], ["CPA license"])
    assert missing(r)
    r = report(["CPA (Colorado), 2019"], ["CPA license"])
    assert not missing(r)


def test_a_duty_done_in_a_crisis_is_crisis_intervention() -> None:
    """"Intervened in crises" is crisis intervention: "-vention" is the noun of
    "-vene", "crises" the plural of "crisis"."""
    from tailor_app.tailoring.skills.stems import same_word

    assert same_word("intervention", "intervened") and same_word("crises", "crisis")
    assert same_word("diagnoses", "diagnosis")
    r = report(["Intervened in crises at the shelter overnight"], ["Provide crisis intervention"])
    assert not missing(r)


def test_the_action_done_to_an_object_is_no_name_for_the_summary() -> None:
    """The summary line never lists a deed as a name: "Secure mixed loads" shows Load
    securing, but "experience in secure mixed loads" is no sentence; it says the
    deed with its verb as a gerund ("securing mixed loads") or not at all."""
    from tailor_app.tailoring.compose.summary import summary_term
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    text = "Secure mixed loads with straps\nMonthly reconciliation of five bank accounts"
    vocabulary = load_vocabulary()
    assert summary_term("Secure mixed loads", "hard", "Load securing", text, vocabulary) == (
        "securing mixed loads")
    assert summary_term("reconciliation of five bank", "hard", "Bank reconciliation", text,
                        vocabulary) is None
    assert summary_term("load securing", "hard", "Load securing", "load securing",
                        vocabulary) == "load securing"


def test_a_credential_written_in_lower_case_is_matched_as_a_credential() -> None:
    """"Valid single subject credential" is read by its shape; ending in "credential" it
    is a credential, shown by the resume's "Single Subject Teaching Credential"."""
    r = report(["California Single Subject Teaching Credential - Mathematics (clear), 2021"],
               ["Valid single subject credential in a math field"])
    assert not {m for m in missing(r) if "credential" in m.casefold()}
    r = report(["Taught algebra and geometry for six years"],
               ["Valid single subject credential in a math field"])
    assert {m for m in missing(r) if "credential" in m.casefold()}


def test_a_things_two_words_apart_in_one_clause_show_it() -> None:
    """ "Billed third-party insurance and fixed rejected claims" shows Insurance claims:
    the name's words in its order, a few words apart, in one clause of a work bullet.
    Across a semicolon, in the other order, or for an action done to its object the
    words show nothing."""
    r = report(["Billed third-party insurance and fixed rejected claims"], ["Insurance claims"])
    assert not missing(r)
    r = report(["Sold auto insurance; answered calls about claims"], ["Insurance claims"])
    assert missing(r)
    r = report(["Verified insurance for 40 patients a day at check-in, then handed off "
                "the denied claims"], ["Insurance claims"])
    assert missing(r)  # too far apart to be one thing
