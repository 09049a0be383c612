"""Care, allied-health and trade work read as one skill however it is written.

A posting names a task one way ("venipuncture", "12-lead EKG", "PICC lines", "recover and
charge refrigerant") and a resume another ("drew blood", "ran EKGs", "changed PICC
dressings", "weighed in charge"). Where the two are the same work, the vocabulary files
them as one skill (`~` other names), so the resume's words show the posting's ask; the
steps a posting names apart (recovery and charging, capillary and venous draws) stay
skills of their own under their broader one. Every sentence here was written for this
test from the fields' everyday wording, none copied from a posting or resume.
"""

from __future__ import annotations

import pytest
from skill_names import names

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


# Two ways of writing the same work: each pair names one skill.
SAME_WORK = [
    ("Perform venipuncture on adult patients.", "Drew blood from 40 patients a day."),
    ("Perform 12-lead EKGs.", "Ran EKGs for the cardiology clinic."),
    ("Care for PICC lines.", "Changed PICC dressings and flushed central lines."),
    ("Start peripheral IVs.", "Started IVs on the surgical floor."),
    ("Insert Foley catheters.", "Placed Foleys and did catheter care."),
    ("Give bedside report.", "Gave handoff report to the oncoming nurse."),
    ("Complete head-to-toe assessments.", "Completed nursing assessments each shift."),
    ("Pass medications for 20 residents.", "Med pass for a 30-bed hall."),
    ("Process refill requests.", "Handled medication refills for four providers."),
    ("Verify insurance eligibility.", "Verified insurance before each visit."),
    ("Run CLIA-waived tests.", "Ran point-of-care tests in the clinic."),
    ("Capillary draws on infants.", "Performed fingersticks and heel sticks."),
    ("Process and label specimens.", "Labeled specimens and processed them for pickup."),
    ("Perform preventive maintenance.", "Ran spring and fall tune-ups."),
    ("Recover refrigerant.", "Recovered refrigerant from split systems."),
    ("Pull a vacuum on new systems.", "Pulled vacuum to 500 microns."),
    ("Install ductwork.", "Ran duct for new construction."),
    ("Follow NFPA 70E.", "Followed 70E on every job."),
    ("Megger motors with a megohmmeter.", "Megged motors during PM rounds."),
    ("Read electrical schematics.", "Read wiring diagrams to trace faults."),
    ("Use a scan gun to pick orders.", "Picked with an RF gun."),
]


@pytest.mark.parametrize(("ask", "shown"), SAME_WORK, ids=[a[:30] for a, _ in SAME_WORK])
def test_the_resume_s_words_name_the_asked_skill(vocabulary: Vocabulary, ask: str,
                                                 shown: str) -> None:
    asked = {hit.skill.name for hit in vocabulary.find(ask)}
    assert asked, ask
    assert asked & names(vocabulary, shown), (asked, names(vocabulary, shown))


# The steps a posting names apart stay apart, each under its broader skill.
STEPS = [
    ("Handle refrigerant recovery; charge refrigerant to spec.",
     {"Refrigerant Recovery", "Refrigerant Charging", "Refrigeration"}),
    ("Perform capillary punctures and follow the order of draw on difficult draws.",
     {"Capillary Puncture", "Order of Draw", "Difficult Venipuncture", "Phlebotomy"}),
    ("Give IM injections, subcutaneous injections and intradermal injections.",
     {"Intramuscular Injections", "Subcutaneous Injections", "Intradermal Injections",
      "Medication Injections"}),
    ("Manage JP drains, IV piggybacks and complete Braden assessments.",
     {"Jackson-Pratt Drains", "Surgical Drains", "IV Piggyback", "IV Therapy",
      "Braden Scale", "Skin Assessment"}),
    ("Accession specimens, run glucose tolerance tests and use two patient identifiers.",
     {"Specimen Accessioning", "Specimen Processing", "Glucose Tolerance Testing",
      "Patient Identification"}),
    ("Brazing line sets, install line sets and use a plasma cutter and a clamp meter.",
     {"Brazing", "Line Sets", "HVAC", "Plasma Cutting", "Clamp Meters", "Test Equipment"}),
    ("Work to arc flash rules with arc-rated PPE.", {"Arc Flash Safety", "NFPA 70E"}),
]


@pytest.mark.parametrize(("text", "expected"), STEPS, ids=[t[:40] for t, _ in STEPS])
def test_steps_named_apart_are_skills_of_their_own(vocabulary: Vocabulary, text: str,
                                                   expected: set[str]) -> None:
    found = names(vocabulary, text)
    assert expected <= found, expected - found


# Words these lines share with other fields name nothing there.
ELSEWHERE = [
    ("Experience with TikTok Ads, Braze or Iterable.", {"Brazing"}),
    ("Candidates must pass a pre-employment urine drug screen.", {"Drug Screen Collection"}),
    ("Know how to evacuate the building during a fire drill.", {"System Evacuation"}),
    ("Open firewall ports and manage port access for the VPN.", {"Central Line Care"}),
    ("Run structural load calculations for steel framing.", {"HVAC", "Refrigeration"}),
    ("Administer vaccines to pets and record them in the chart.",
     {"Immunization Administration"}),
    ("Our NEC-compliant designs follow NFPA 70.", {"NFPA 70E"}),
]


@pytest.mark.parametrize(("text", "absent"), ELSEWHERE, ids=[t[:30] for t, _ in ELSEWHERE])
def test_shared_words_name_nothing_in_another_field(vocabulary: Vocabulary, text: str,
                                                    absent: set[str]) -> None:
    assert not names(vocabulary, text) & absent


PHLEBOTOMIST = """\
Dana Whitaker
dana.w@example.com

Experience
Phlebotomy Technician  2021 - Present
Saint Francis Health Lab, Tulsa, OK
- Drew blood from 60+ patients a day, including pediatric patients and hard sticks
- Performed fingersticks and heel sticks on newborns
- Followed the correct order of draw, spun down specimens and aliquoted samples
- Accessioned specimens in Sunquest
- Used two patient identifiers and labeled every tube at the chair
"""


def test_a_phlebotomist_s_own_words_show_the_posting_s_asks() -> None:
    posting = ("Responsibilities\n- Perform venipuncture and capillary collections\n"
               "- Verify patient identity and label specimens\n"
               "- Follow the order of draw\n- Accession specimens in the LIS\n")
    report = match_resume(parse_resume(PHLEBOTOMIST), analyse_posting(posting))
    matched = {m.name for m in report.matched}
    assert {"Phlebotomy", "Capillary Puncture", "Patient Identification", "Order of Draw",
            "Specimen Accessioning"} <= matched, matched
    assert not {"Phlebotomy", "Capillary Puncture", "Order of Draw"} & set(
        report.missing_required)


# --- Machining, warehouse, driving, pharmacy, EMS, radiology, dental, care, auto,
# maintenance, carpentry, plumbing, laboratory, therapy and packaging words ---
SAME_WORK_2 = [
    ("Check parts with height gauges and bore gauges.",
     "Measured with height gages and a bore gage."),
    ("Use voice picking to meet rate.", "Picked with a voice headset."),
    ("Report overages, shortages and damages (OS&D).", "Flagged shorts and damages on receipts."),
    ("Complete pre-trip inspections.", "Did pre-trips every morning."),
    ("Secure loads with straps.", "Strapped loads and set load bars."),
    ("Compound IV admixtures.", "Mixed IVs in the clean room."),
    ("Perform controlled substance counts.", "Counted narcotics at shift change."),
    ("Pull outdated medications.", "Checked expiration dates monthly."),
    ("Provide oxygen therapy.", "Gave oxygen on scene."),
    ("Apply spinal motion restriction.", "Packaged patients with c-collars."),
    ("EVOC course required.", "Completed a CEVO course."),
    ("Follow ALARA.", "Kept dose as low as reasonably achievable."),
    ("Assist with fluoroscopy procedures.", "Helped with barium swallows."),
    ("Take panoramic x-rays.", "Took panos and bitewings."),
    ("Take alginate impressions.", "Took alginates and poured models."),
    ("Fabricate temporary crowns.", "Made temps for crown preps."),
    ("Turn and reposition residents.", "Turned residents every two hours."),
    ("Document on the repair order.", "Wrote 3C stories on ROs."),
    ("Perform warranty repairs.", "Completed warranty work to factory procedures."),
    ("Perform shaft alignment.", "Laser-aligned motors and pumps."),
    ("Replace bearings and gearboxes.", "Changed bearings on conveyors."),
    ("Hang doors and install trim.", "Hung doors and ran base and casing."),
    ("Install acoustical ceilings.", "Installed drop ceiling grid and tile."),
    ("Use a miter saw.", "Cut trim on a chop saw."),
    ("Pressure test new lines.", "Pressure-tested new systems for inspection."),
    ("Set fixtures.", "Set toilets and sinks."),
    ("Perform manual differentials.", "Did manual diffs and smear reviews."),
    ("Perform type and screens.", "Typed and screened blood."),
    ("Apply hot packs and cold packs.", "Put on moist heat and ice packs."),
    ("Run form-fill-seal baggers.", "Ran VFFS baggers."),
    ("Follow allergen control.", "Followed allergen procedures."),
]


@pytest.mark.parametrize(("ask", "shown"), SAME_WORK_2, ids=[a[:30] for a, _ in SAME_WORK_2])
def test_more_of_the_resume_s_words_name_the_asked_skill(vocabulary: Vocabulary, ask: str,
                                                         shown: str) -> None:
    asked = {hit.skill.name for hit in vocabulary.find(ask)}
    assert asked, ask
    assert asked & names(vocabulary, shown), (asked, names(vocabulary, shown))


BROADER_2 = [
    ("OSHA 30 card.", {"OSHA 30", "OSHA 10"}),
    ("Ran CBCs, BMPs and UAs.", {"Hematology", "Clinical Chemistry", "Urinalysis"}),
    ("Resulted tests in Epic Beaker.", {"Epic", "Laboratory Information System"}),
    ("MLT (ASCP) and PBT certified.", {"Medical Laboratory Technician", "ASCP Certification"}),
    ("Ran the autoclave daily.", {"Sterilization"}),
    ("Walked patients through their HEP.", {"Therapeutic Exercise", "Physical Therapy"}),
]


@pytest.mark.parametrize(("text", "expected"), BROADER_2, ids=[t[:30] for t, _ in BROADER_2])
def test_narrower_words_show_their_broader_skill(vocabulary: Vocabulary, text: str,
                                                 expected: set[str]) -> None:
    found = names(vocabulary, text)
    assert expected <= found, expected - found


ELSEWHERE_2 = [
    ("We hire temps for the holiday season.", {"Temporary Crowns"}),
    ("Maple Grove Nursing and Rehabilitation is hiring.", {"Rehabilitation Nursing"}),
    ("The team's casework supports 40 families.", {"Carpentry"}),
    ("Hospital staff must pass a pre-employment drug screen.", {"Drug Screen Collection"}),
    ("Run reports for the sales team each week.", {"Patient Care Reports"}),
]


@pytest.mark.parametrize(("text", "absent"), ELSEWHERE_2, ids=[t[:30] for t, _ in ELSEWHERE_2])
def test_more_shared_words_name_nothing_in_another_field(vocabulary: Vocabulary, text: str,
                                                         absent: set[str]) -> None:
    assert not names(vocabulary, text) & absent


def test_a_plain_diagnostic_word_asks_no_vehicle_diagnostics(vocabulary: Vocabulary) -> None:
    """'Diagnostics' is the technician's skill written as a name; a clinic's 'diagnostic
    imaging' or 'diagnostic tests' names no such skill."""
    assert "Diagnostics" not in names(vocabulary, "Perform diagnostic radiographic exams.")
    assert "Diagnostics" in names(vocabulary, "Skills: Diagnostics, Brakes, Electrical")


# --- Respiratory care, sterile processing, heavy-duty diesel, long-term care nursing,
# the operating room, inspection, shipping and electronics assembly ---
SAME_WORK_3 = [
    ("Manage patients on mechanical ventilation.", "Managed vented patients and did vent checks."),
    ("Give aerosol treatments and MDIs.", "Gave nebulizer and inhaler treatments."),
    ("Perform chest physiotherapy.", "Did flutter valve therapy and postural drainage."),
    ("State respiratory care license.", "Oklahoma RCP license."),
    ("Decontaminate surgical instruments.", "Decontaminated instruments by hand."),
    ("Use ultrasonic cleaners.", "Ran the sonic cleaners."),
    ("Run Bowie-Dick tests.", "Ran daily Bowie-Dick tests."),
    ("Follow AAMI ST79.", "Followed ST79."),
    ("Perform forced regens.", "Ran parked regens."),
    ("Adjust slack adjusters.", "Adjusted slacks on trailers."),
    ("Administer insulin per sliding scale.", "Gave sliding-scale insulin."),
    ("Care for residents with tracheostomies.", "Did trach care."),
    ("Perform sponge and instrument counts.", "Did surgical counts at close."),
    ("Calibrate gauges.", "Calibrated gages and kept records."),
    ("Use thread gauges.", "Checked threads with thread gages."),
    ("Match packing lists to purchase orders.", "Checked packing slips against POs."),
    ("Investigate inventory discrepancies.", "Resolved inventory variances."),
    ("Use crimpers.", "Used crimp tools daily."),
]


@pytest.mark.parametrize(("ask", "shown"), SAME_WORK_3, ids=[a[:30] for a, _ in SAME_WORK_3])
def test_the_third_pass_s_words_name_the_asked_skill(vocabulary: Vocabulary, ask: str,
                                                     shown: str) -> None:
    asked = {hit.skill.name for hit in vocabulary.find(ask)}
    assert asked, ask
    assert asked & names(vocabulary, shown), (asked, names(vocabulary, shown))


def test_electronics_standards_name_no_infection_control(vocabulary: Vocabulary) -> None:
    """IPC is the electronics industry's standards body there, not infection control."""
    found = names(vocabulary, "IPC J-STD-001 certification preferred; IPC/WHMA-A-620 a plus.")
    assert "IPC Certification" in found
    assert "Infection Control" not in found


def test_a_production_count_sheet_is_no_instrument_tray(vocabulary: Vocabulary) -> None:
    """'Count sheets' alone belong to no one trade: a plant's production counts and a
    sterile processing tray's list both use the words."""
    assert not names(vocabulary, "Assemble trays according to count sheets.") & {
        "Production Counts"}
    assert "Production Counts" in names(vocabulary, "Fill out production count sheets.")


# --- Home care and commercial HVAC/R service ---
SAME_WORK_4 = [
    ("Provide personal care to clients.", "Helped clients bathe and assisted with grooming."),
    ("Prepare meals for special diets.", "Cooked low-sodium and diabetic meals."),
    ("Assist with feeding.", "Helped residents eat at lunch."),
    ("Service walk-in coolers and reach-ins.", "Fixed walk-in freezers."),
    ("Troubleshoot DDC controls.", "Diagnosed DDC points on the front end."),
    ("Perform water treatment checks.", "Tested tower water chemistry weekly."),
]


@pytest.mark.parametrize(("ask", "shown"), SAME_WORK_4, ids=[a[:30] for a, _ in SAME_WORK_4])
def test_home_care_and_service_words_name_the_asked_skill(vocabulary: Vocabulary, ask: str,
                                                          shown: str) -> None:
    asked = {hit.skill.name for hit in vocabulary.find(ask)}
    assert asked, ask
    assert asked & names(vocabulary, shown), (asked, names(vocabulary, shown))


def test_a_salon_s_walk_ins_are_no_cooler(vocabulary: Vocabulary) -> None:
    assert not names(vocabulary, "Walk-ins welcome; greet each guest.") & {
        "Walk-In Coolers", "Refrigeration"}


def test_a_range_of_ase_tests_is_the_ase_credential(vocabulary: Vocabulary) -> None:
    """'ASE A1–A8' names the series, not its first test."""
    found = {hit.skill.name for hit in vocabulary.find("ASE A1–A8 certified.")}
    assert found == {"ASE Certification"}


# --- The field's own software and machine controls ---
SOFTWARE = [
    ("Program BD Alaris and Sigma Spectrum infusion pumps.", {"IV Pumps"}),
    ("Run Haas and Mazak mills; edit programs at the Okuma control.",
     {"Haas CNC", "Mazak", "Okuma", "CNC Machine Operation"}),
    ("Close work orders in Limble or UpKeep.", {"CMMS"}),
    ("Write repair orders in Tekion or Dealertrack.", {"Shop Management Software"}),
    ("Chart in SoftDent or Denticon.", {"SoftDent", "Denticon"}),
    ("Log repairs in TMT Fleet Maintenance and Fleetio; review Lytx events.",
     {"TMT Fleet Maintenance", "Fleetio", "Lytx DriveCam"}),
]


@pytest.mark.parametrize(("text", "expected"), SOFTWARE, ids=[t[:30] for t, _ in SOFTWARE])
def test_the_field_s_software_is_named(vocabulary: Vocabulary, text: str,
                                       expected: set[str]) -> None:
    found = names(vocabulary, text)
    assert expected <= found, expected - found
