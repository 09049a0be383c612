"""Skills a resume shows in the everyday words of its field, read with the app's own
vocabulary: a duty as people write it ("coordinated travel", "insulin coverage",
"negotiated lease terms"), a unit naming its setting ("med/surg floor": acute care), a
tool or measure naming its practice ("Primavera P6": scheduling, "AHT": call-centre
work, "MS Office": computer skills), an assessment naming its kind ("running records":
formative assessment). And what they do not show. Texts written for these tests."""

from __future__ import annotations

import pytest

from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary
from tests.match_probe import asks, bullets_report, shown


@pytest.fixture(scope="module")
def full() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(("bullet", "asked"), [
    ("Coordinated travel and hotel blocks for six partners", "Travel Arrangements"),
    ("Gave insulin coverage at meals and bedtime", "Insulin Administration"),
    ("Negotiated lease terms with 30 tenants", "Contract Negotiation"),
    ("Negotiated lease terms with 30 tenants", "Negotiation"),
    ("Sold payroll services to SMB accounts in two counties", "B2B Sales"),
    ("Kept the inventory log for the stockroom", "Inventory Management"),
    ("Charge nurse on a 28-bed med/surg floor", "Acute Care"),
    ("Floated to the step-down unit twice a month", "Acute Care"),
    ("Built the CPM schedule for a clinic build-out in Primavera P6", "Scheduling"),
    ("Kept AHT under six minutes on billing calls", "Call Center"),
    ("Took running records every three weeks to regroup readers", "Formative Assessment"),
    ("Completed intakes for new shelter residents", "Needs Analysis"),
    ("Ran product demos for clinic owners", "Presentation Skills"),
    ("Administer meds and monitor 5 post-op patients", "Medication Administration"),
    ("Count linen and restock carts each morning", "Linen Management"),
    ("Cross-train new cashiers on returns", "Staff training"),
    ("Differentiate for ELLs and gifted readers in small groups", "Differentiated Instruction"),
    ("Walk members through mobile deposit and online banking", "Digital Banking"),
])
def test_a_field_s_everyday_words_show_the_skill(full: Vocabulary, bullet: str,
                                                 asked: str) -> None:
    r = bullets_report([bullet], asks(asked), full)
    assert asked in shown(r), shown(r)


def test_an_office_suite_shows_computer_skills_and_a_front_desk_the_front_office(
        full: Vocabulary) -> None:
    r = bullets_report(["Checked in 120 guests a night at the front desk"],
                       asks("Computer Literacy", "Front Desk Operations"), full,
                       skills="MS Office, 60 WPM")
    assert set(shown(r)) == {"Computer Literacy", "Front Desk Operations"}


@pytest.mark.parametrize(("bullet", "asked"), [
    ("Visited 6 home health patients a day", "Acute Care"),
    ("Led guided reading groups for 2nd graders", "Formative Assessment"),
    ("Answered the front desk phone and typed letters", "Call Center"),
    ("Booked flights for the sales team", "Contract Negotiation"),
    ("Cross-trained on collections and billing", "Staff training"),
])
def test_a_neighbouring_duty_shows_nothing_more(full: Vocabulary, bullet: str,
                                                asked: str) -> None:
    assert shown(bullets_report([bullet], asks(asked), full)) == {}


def test_an_educator_certificate_is_a_teaching_licence_of_its_state(full: Vocabulary) -> None:
    asked = asks("Ohio teaching license", "Texas teaching certificate", kind="certification")
    r = bullets_report(["Taught Algebra I to 120 ninth graders"], asked, full,
                       skills="Texas Educator Certificate, Mathematics 7-12")
    assert set(shown(r)) == {"Texas teaching certificate"}


@pytest.mark.parametrize(("bullet", "shown_as", "not_shown"), [
    ("Scheduled and rescheduled visits in Athena for 4 providers", "athenahealth",
     "Amazon Athena"),
    ("Wrote Athena queries over S3 click logs", "Amazon Athena", "athenahealth"),
])
def test_athena_in_a_medical_office_is_its_record_and_beside_s3_amazon_s(
        full: Vocabulary, bullet: str, shown_as: str, not_shown: str) -> None:
    r = bullets_report([bullet], asks(shown_as, not_shown, kind="tool"), full)
    assert set(shown(r)) == {shown_as}


@pytest.mark.parametrize(("bullet", "shown_as", "not_shown"), [
    ("Do fingersticks before meals and give sliding-scale insulin", "Blood Glucose Monitoring",
     "Capillary Puncture"),
    ("Collect fingersticks and heel sticks for CBCs in the lab", "Capillary Puncture",
     "Blood Glucose Monitoring"),
])
def test_a_nurse_s_fingersticks_check_sugar_and_a_lab_s_collect_specimens(
        full: Vocabulary, bullet: str, shown_as: str, not_shown: str) -> None:
    r = bullets_report([bullet], asks(shown_as, not_shown), full)
    assert set(shown(r)) == {shown_as}
