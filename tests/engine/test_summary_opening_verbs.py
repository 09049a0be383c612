"""A bullet's opening verb, read alone or with an acronym after it, is told as the deed
it opens ("charting treatment", "collecting DOT urine drug screens"), never listed as
a capitalised word ("experience in …, Chart and …"); and a clause's verb after a
semicolon is no word describing the noun after it ("rebuild gearboxes")."""

from __future__ import annotations

from tailor_app.tailoring.compose.naming import summary_term
from tailor_app.tailoring.compose.noun_phrase import with_its_describer
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

DENTAL = """Dental Assistant
Chart treatment and book next visits in Dentrix
Take bitewings and full-mouth x-rays"""

LAB = """Phlebotomist
Collect DOT urine drug screens with full chain of custody
Label and spin down specimens"""

SHOP = """Maintenance Technician
Replace bearings, seals and belts; rebuild gearboxes on the bench
Align motors with a laser"""


def test_an_opening_verb_read_alone_is_told_with_its_object() -> None:
    vocabulary = load_vocabulary()
    said = summary_term("Chart", "hard", "Clinical Documentation", DENTAL, vocabulary)
    assert said == "charting treatment"


def test_a_verb_before_an_acronym_opens_a_deed() -> None:
    vocabulary = load_vocabulary()
    said = summary_term("Collect DOT urine", "hard", "Drug Screen Collection", LAB, vocabulary)
    assert said == "collecting DOT urine drug screens"


def test_a_skill_named_by_the_verbs_own_ing_form_keeps_its_name() -> None:
    vocabulary = load_vocabulary()
    text = "Technician\nTroubleshoot economizers and low-voltage controls"
    assert summary_term("Troubleshoot", "hard", "Troubleshooting", text,
                        vocabulary) == "troubleshooting"


def test_a_product_name_before_an_acronym_is_no_deed() -> None:
    vocabulary = load_vocabulary()
    text = "Nurse\nEpic EHR charting for 5 patients a shift"
    said = summary_term("Epic EHR", "tool", "Epic Systems", text, vocabulary)
    assert said is None or not said.casefold().startswith("epicing")


def test_a_clause_verb_after_a_semicolon_describes_nothing() -> None:
    vocabulary = load_vocabulary()
    shown = {"Gearboxes", "Bearing Replacement"}
    assert with_its_describer("gearboxes", SHOP, vocabulary, shown) == "gearboxes"
    # A describing word still widens the noun: "Run six-week small groups".
    text = "Counselor\nRun small groups for grief and anxiety"
    assert with_its_describer("groups", text, vocabulary, {"Group Counseling"}) == "small groups"
    # And after the clause's verb: "rebuild worn gearboxes".
    text = "Technician\nReplace belts; rebuild worn gearboxes"
    assert with_its_describer("gearboxes", text, vocabulary, shown) == "worn gearboxes"


def test_a_skill_named_by_the_verb_itself_is_told_as_the_deed() -> None:
    # A posting's "scan and file patient records" asks Scan by its verb; the resume's
    # "Scan intake forms …" shows it, and the line tells the deed, not "scan".
    vocabulary = load_vocabulary()
    text = "Office Coordinator\nScan intake forms into patient charts and file paper records"
    assert summary_term("Scan", "hard", "Scan", text, vocabulary) == "scanning intake forms"


def test_an_opening_verb_that_cannot_be_told_is_left_out() -> None:
    # "Image and deploy …": the verb's object is the second verb's; no list item "Image".
    vocabulary = load_vocabulary()
    text = "Help Desk Technician\nImage and deploy Windows 11 laptops with Intune"
    assert summary_term("Image", "hard", "Image", text, vocabulary) is None
