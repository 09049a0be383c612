"""An ask named as a noun ("Rhythm interpretation", "Titrating drips", "I-9 audits",
"eMAR") is not missing when the resume does it as a verb and its object, names the
object by its everyday word, or keeps the record in a named system. Each with the
related wording that must show nothing. Sentences written for these tests, in several
fields."""

from __future__ import annotations

import pytest
from match_probe import asks, bullets_report, shown_by_bullet, tsv_vocabulary

VOCABULARY = tsv_vocabulary("\n".join([
    "Rhythm interpretation\thard\t~rhythm strip interpretation",
    "Blueprint interpretation\thard\tblueprint interpretation",
    "Titrating Drips\thard\tdrip titration | ~titrating drips",
    "Medication Administration Record\thard\t=MAR | medication administration records",
    "eMAR\thard\t=eMAR | ~electronic MAR | ^Medication Administration Record",
    "Invoicing\thard\tinvoices",
    "E-invoicing\thard\t~electronic invoicing | ^Invoicing",
    "Cerner\ttool\tCerner PowerChart",
    "Epic\ttool\t=Epic",
    "QuickBooks\ttool\tQuickBooks Online",
    "Nail Guns\ttool\tnail gun",
    "I-9 Audits\thard\t=I-9 audits | ~=I-9 compliance",
    "1099 Reporting\thard\t~1099 preparation | ~1099 filing",
]))


def shown(bullet: str, ask: str, kind: str = "hard") -> dict[str, str]:
    report = bullets_report([bullet], asks(ask, kind=kind), VOCABULARY)
    return {m.name: m.evidence for m in report.matched}


@pytest.mark.parametrize(("bullet", "ask"), [
    # nursing: to read a record is to interpret it, by the skill's other name's object
    ("Read rhythm strips every 4 hours and act on arrhythmias", "Rhythm interpretation"),
    # trades: the same verb on the same kind of record
    ("Read blueprints to lay out plates and openings", "Blueprint interpretation"),
    # nursing: a drip is an infusion, with two drugs before it
    ("Titrate heparin and diltiazem infusions to protocol", "Titrating Drips"),
    ("Titrated vasoactive infusions on a 12-bed unit", "Titrating Drips"),
    # HR and payroll: a form is the object of the asked action
    ("Audit I-9 files every quarter and fix errors", "I-9 Audits"),
    ("Prepared 1099-NEC forms for 40 contractors each January", "1099 Reporting"),
])
def test_a_noun_done_as_a_verb_and_its_object_is_shown(bullet: str, ask: str) -> None:
    found = shown(bullet, ask)
    assert ask in found
    assert found[ask].endswith(bullet)


@pytest.mark.parametrize(("bullet", "ask"), [
    # the record handled, not read
    ("Printed rhythm strips for the chart", "Rhythm interpretation"),
    # the verb on another object
    ("Read the rhythm section of the policy manual", "Rhythm interpretation"),
    ("Read books aloud to the children at story time", "Blueprint interpretation"),
    # an infusion hung or watched is no titration
    ("Hung IV infusions and primed the tubing", "Titrating Drips"),
    ("Titrated oxygen to the ordered saturation", "Titrating Drips"),
    # a form named without the action
    ("Completed I-9 training in my first week", "I-9 Audits"),
    ("Received 1099 income from consulting work", "1099 Reporting"),
    # another action done to the form
    ("Filed 1099 copies in the vendor folders", "I-9 Audits"),
])
def test_the_object_or_the_verb_alone_shows_nothing(bullet: str, ask: str) -> None:
    assert ask not in shown(bullet, ask)


@pytest.mark.parametrize(("bullet", "ask"), [
    # nursing: the record kept in a named system is the electronic one
    ("Chart assessments and the MAR in Cerner PowerChart", "eMAR"),
    ("Document every dose on the Epic MAR", "eMAR"),
    # bookkeeping: the same kind of name in another field
    ("Sent client invoices through QuickBooks Online", "E-invoicing"),
])
def test_a_record_kept_in_a_named_system_shows_its_electronic_kind(bullet: str, ask: str
                                                                   ) -> None:
    found = shown(bullet, ask)
    assert ask in found
    assert found[ask].endswith(bullet)


@pytest.mark.parametrize(("bullet", "ask"), [
    # the record and the system named apart
    ("Kept the MAR current and took Cerner PowerChart training", "eMAR"),
    # a paper record
    ("Documented every dose on the paper MAR", "eMAR"),
    # a room or a thing, no product
    ("Posted the MAR in the med room", "eMAR"),
    ("Mailed paper invoices to clients", "E-invoicing"),
])
def test_a_record_without_a_system_shows_no_electronic_kind(bullet: str, ask: str) -> None:
    assert ask not in shown(bullet, ask)


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    # the bare name and the name with its organ are one skill
    ("Cardiac rhythm interpretation", "Read rhythm strips every 4 hours", "Rhythm interpretation"),
    ("Rhythm interpretation", "Read rhythm strips every 4 hours", "Rhythm interpretation"),
    # continuous cardiac monitoring is telemetry
    ("Telemetry", "Care for 5 patients on continuous cardiac monitoring", "Telemetry"),
    # a heparin drip is a heparin infusion
    ("Titrating drips", "Titrate heparin and diltiazem infusions per protocol", "Titrating Drips"),
    # a coil nailer is a nail gun, and a Paslode one
    ("Nail guns", "Ran coil nailers on siding and decking", "Nail Guns"),
    ("Nail guns", "Run Paslode nailers and worm drive saws every day", "Nail Guns"),
    # delivering training is facilitating it: training staff shows it
    ("Training delivery", "Train supervisors and leads on harassment prevention",
     "Training Facilitation"),
    # scanning each medication at the bedside is barcode medication administration
    ("Barcode medication administration", "Scan every medication at the bedside before giving it",
     "Barcode Medication Administration"),
    # a newsletter sent home is parent communication
    ("Parent communication", "Send families a weekly newsletter", "Parent Communication"),
])
def test_the_apps_vocabulary_reads_these_asks_in_their_everyday_words(
        ask: str, bullet: str, skill: str) -> None:
    assert skill in shown_by_bullet(ask, bullet, title="Staff Member")


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    # continuous monitoring of another kind is no telemetry
    ("Telemetry", "Provide continuous fetal monitoring in labor and delivery", "Telemetry"),
    # documents scanned are no medications scanned
    ("Barcode medication administration", "Scan documents into the records system",
     "Barcode Medication Administration"),
    # a roof nailed by hand shows no nail gun
    ("Nail guns", "Nailed shingles by hand on steep roofs", "Nail Guns"),
    # a roofer's wood nailer is lumber, not a tool (review21's M2)
    ("Nail guns", "Installed treated wood nailers and blocking at parapets", "Nail Guns"),
])
def test_the_apps_vocabulary_keeps_related_wording_apart(ask: str, bullet: str, skill: str
                                                         ) -> None:
    assert skill not in shown_by_bullet(ask, bullet, title="Staff Member")


DELEGATION = tsv_vocabulary("Delegation\tsoft\tdelegating | task delegation")


def delegation_shown(bullet: str) -> bool:
    report = bullets_report([bullet], asks("Delegation", kind="soft"), DELEGATION)
    return "Delegation" in {m.name for m in report.matched}


@pytest.mark.parametrize("bullet", [
    # dialysis: work handed to technicians
    "Assign patients and chair turnovers to three patient care technicians",
    # office: the verb itself, with the people
    "Delegated filing and phones to the front desk staff",
    # warehouse: tasks handed to a crew
    "Assigned cycle counts to two pickers each morning",
])
def test_work_handed_to_people_shows_delegation(bullet: str) -> None:
    assert delegation_shown(bullet)


@pytest.mark.parametrize("bullet", [
    # the writer was assigned
    "Was assigned to the night crew for two years",
    "Assigned by the charge nurse to four patients a shift",
    # handed to people who are no staff
    "Assign seats to students by reading level",
    # a resume drops the subject and "was": the writer was placed (review21's M1)
    "Assigned each Monday to the evening team",
    "Assigned as preceptor to 6 new graduate nurses on a 32-bed unit",
])
def test_work_handed_to_the_writer_or_to_no_staff_shows_no_delegation(bullet: str) -> None:
    assert not delegation_shown(bullet)


MADE = tsv_vocabulary("\n".join([
    "Invoicing\thard\tinvoice preparation",
    "Scheduling\thard\tscheduling",
    "Ticketing\thard\tticketing",
]))


def made_shown(bullet: str, ask: str) -> bool:
    report = bullets_report([bullet], asks(ask), MADE)
    return ask in {m.name for m in report.matched}


@pytest.mark.parametrize(("bullet", "ask"), [
    # accounts receivable: an invoice billed or emailed is an invoice made and sent
    ("Billed 120+ customer invoices a day from Sage", "Invoicing"),
    ("Bill customers out of Acumatica and email invoices with proof of delivery", "Invoicing"),
    # a clinic: a schedule generated for the staff
    ("Generated the weekly provider schedule every Thursday", "Scheduling"),
])
def test_a_thing_issued_shows_the_gerund_of_making_it(bullet: str, ask: str) -> None:
    assert made_shown(bullet, ask)


@pytest.mark.parametrize(("bullet", "ask"), [
    # a vendor's invoice entered or checked is accounts payable work, not invoicing
    ("Entered vendor invoices into QuickBooks", "Invoicing"),
    ("Reviewed invoices for accuracy before payment", "Invoicing"),
    # the thing is a modifier of another noun
    ("Emailed the schedule changes to staff", "Scheduling"),
    # a thing handed out is not made: an officer's tickets are no ticket queue (review21's M3)
    ("Issued 40 parking tickets a day on downtown routes", "Ticketing"),
])
def test_a_thing_handled_otherwise_shows_no_gerund(bullet: str, ask: str) -> None:
    assert not made_shown(bullet, ask)
