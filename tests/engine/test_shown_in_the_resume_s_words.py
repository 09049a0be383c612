"""A skill the resume shows in its own words (the deed done to the skill's object, the
method word after the skill's adjective, a field's adjective for its noun) is not
reported missing; words that only look alike still are.

Texts are written for these tests.
"""

from __future__ import annotations

from tailor_app.tailoring.model import MatchReport
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume


def report(bullets: list[str], asks: list[str], more: str = "") -> MatchReport:
    resume = ("Dana Ortiz\ndana.ortiz@example.com\n\nExperience\n"
              "Assistant  March 2020 – Present\nNorthgate Services, Salem, OR\n"
              + "".join(f"- {b}\n" for b in bullets) + more)
    posting = "Requirements\n" + "".join(f"- {a}\n" for a in asks)
    return match_resume(parse_resume(resume), analyse_posting(posting))


def missing(r: MatchReport) -> set[str]:
    """The asks not shown: called missing, or listed with a line that may show them."""
    return set(r.missing_required) | set(r.missing_preferred) | set(r.maybe_shown)


def evidence(r: MatchReport, name: str) -> str:
    return next(m.resume_term for m in r.matched if m.name.casefold() == name.casefold())


def test_a_verb_done_to_the_object_shows_a_noun_skill() -> None:
    """"Reviewed contract leases" is lease review: the verb written as a verb, a
    describing word between it and its object."""
    r = report(["Reviewed contract leases for the asset team"], ["Lease review"])
    assert not missing(r)
    assert evidence(r, "Lease review") == "Reviewed contract leases"
    r = report(["Review contract leases every month"], ["Lease review"])
    assert not missing(r)  # a bullet opening with the verb tells a current duty


def test_a_noun_that_only_looks_like_the_verb_shows_nothing() -> None:
    r = report(["Member of the review board for contract leases"], ["Lease review"])
    assert missing(r) == {"Lease review"}
    r = report(["Reviewed vendor invoices for lease payments"], ["Lease review"])
    assert missing(r) == {"Lease review"}  # a preposition ends the verb's object


def test_sat_with_an_object_is_seated() -> None:
    r = report(["Sat patients and updated medical histories"], ["Patient seating"])
    assert not missing(r)
    assert evidence(r, "Patient seating") == "Sat patients"
    r = report(["Sat on the patient advisory council"], ["Patient seating"])
    assert missing(r) == {"Patient seating"}


def test_a_method_word_after_the_skill_s_adjective_shows_it() -> None:
    r = report(["Assist the dentist chairside using four-handed technique",
                "Used trauma-informed approaches with families"],
               ["Four-handed dentistry", "Trauma-informed care"])
    assert not missing(r)
    assert evidence(r, "Four-handed dentistry") == "four-handed technique"


def test_the_adjective_alone_or_with_another_word_shows_nothing() -> None:
    r = report(["Built data-driven dashboards for the sales team"],
               ["Data-driven instruction"])
    assert missing(r) == {"Data-driven instruction"}


def test_a_field_s_adjective_names_its_credential() -> None:
    more = "\nLicences\nOregon Radiologic Proficiency Certificate, 2021\n"
    r = report(["Took full-mouth series for adults"], ["Oregon radiology certificate"], more)
    assert not missing(r)
    more = "\nLicences\nWashington Radiologic Proficiency Certificate, 2021\n"
    r = report(["Took full-mouth series for adults"], ["Oregon radiology certificate"], more)
    assert missing(r)  # another state's certificate


def test_or_at_least_ranks_a_choice_of_credentials() -> None:
    """"A or at least B": B shown leaves A worth reporting; A shown meets both."""
    ask = ["You hold an Oregon Expanded Function Dental Assistant (EFDA) certificate or "
           "at least the Oregon radiology certificate"]
    r = report(["Took bitewings"], ask,
               "\nLicences\nOregon Radiologic Proficiency Certificate, 2021\n")
    assert len(missing(r)) == 1 and "EFDA" in next(iter(missing(r)))
    r = report(["Took bitewings"], ask, "\nLicences\nOregon Expanded Function Dental "
               "Assistant (EFDA) certificate, 2022\n")
    assert not missing(r)


def test_a_dental_office_s_x_rays_are_its_digital_radiographs() -> None:
    """The field writes x-rays and radiographs, by the series taken, for one skill; a
    chest x-ray is no dental radiograph."""
    ask = ["Expose and process digital radiographs (full-mouth series, bitewings)"]
    r = report(["Take full-mouth x-rays and bitewings on a digital sensor"], ask)
    assert not missing(r)
    r = report(["Positioned patients for chest x-rays"], ask)
    assert missing(r)


def test_a_product_s_bare_name_shows_it_asked_with_its_edition() -> None:
    ask = ["Build cash flow models in Argus Enterprise and Excel"]
    r = report(["Built cash flow models in Argus and Excel for 45 properties"], ask)
    assert not missing(r)
    assert evidence(r, "Argus Enterprise") == "Argus"


def test_a_bare_name_inside_another_name_shows_no_product() -> None:
    r = report(["Analyst at the Argus Financial Group research desk",
                "Argus was the name of our first office dog"],
               ["Build cash flow models in Argus Enterprise and Excel"])
    assert "Argus Enterprise" in missing(r)


def test_a_credential_named_by_its_body_s_acronym_is_the_body_spelled_out() -> None:
    ask = ["Helpful: TBLS Board Certification, experience with energy cases"]
    r = report(["Board Certified Paralegal (Civil Trial Law), Texas Board of Legal "
                "Specialization"], ask)
    assert "TBLS Board Certification" not in missing(r)
    r = report(["Attended a Texas Board of Legal Specialization seminar on trial law"], ask)
    assert "TBLS Board Certification" in missing(r)  # the body, but no credential held


def test_fillings_and_crowns_are_restorative_procedures_not_the_reverse() -> None:
    r = report(["Placed composite fillings and assisted with crown preps"],
               ["Assist with restorative procedures"])
    assert not missing(r)
    r = report(["Assisted with restorative procedures"], ["Place composite fillings"])
    assert missing(r)


def test_the_object_must_end_its_noun_phrase() -> None:
    """"Designed an overall service architecture" designed an architecture."""
    r = report(["Designed an overall service architecture for the API"], ["Service design"])
    assert missing(r)
    r = report(["Review contract leases every month"], ["Lease review"])
    assert not missing(r)


def test_a_verb_before_a_form_s_name_names_no_instance_of_it() -> None:
    """"audit I-9s" asks for audits of I-9 forms: a resume's external audit shows the
    audit, not the I-9."""
    r = report(["Led the annual external audit"],
               ["On the HR side you will run E-Verify, audit I-9s and administer FMLA leave"])
    assert "I-9 Verification" in missing(r)


def test_a_numbered_form_is_shown_by_its_own_number_only() -> None:
    r = report(["Reviewed the year-end W-2s with our CPA"],
               ["Maintain vendor master data and collect W-9s"])
    assert "W-9" in missing(r)
    r = report(["Collected W-9s from 120 vendors"],
               ["Maintain vendor master data and collect W-9s"])
    assert "W-9" not in missing(r)
