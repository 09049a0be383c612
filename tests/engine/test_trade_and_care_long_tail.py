"""Each trade's and care field's common asks that no vocabulary entry named before Dec 6
(trades15): a commercial electrician's cable, light-commercial HVAC units, ironwork deck
and studs, a plant's gearboxes and hot work, fuel hauling and spill response, long-term
care charting and measures, a hospital pharmacy technician's distribution work, a
hygienist's screenings and permits. A credential offered as "Certified X (ACR) or Y" is
two asks, and a slash between two other credentials makes no choice of an earlier one.
Texts written for this test (none copied from a posting or a resume).
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


@pytest.mark.parametrize(("line", "ask"), [
    ("Pull armored cable and MC cable through ceiling grid in new schools", "MC Cable"),
    ("Service makeup air units and gas unit heaters in warehouses", "Make-Up Air Units"),
    ("Service makeup air units and gas unit heaters in warehouses", "Unit Heaters"),
    ("Weld steel decking to joists and shoot shear studs", "Metal Decking"),
    ("Weld steel decking to joists and shoot shear studs", "Shear Stud Welding"),
    ("Rebuild gear reducers and replace couplings on the kiln drive", "Gearboxes"),
    ("Pull hot work permits before any torch job in the mill", "Hot Work"),
    ("Haul fuel to farm tanks and construction sites", "Fuel Hauling"),
    ("Carry spill kits and follow our spill response plan", "Spill Prevention"),
    ("Sign off treatments in the eTAR before end of shift", "eTAR"),
    ("Record wound measurements weekly and stage wounds", "Wound Measurement"),
    ("Take weekly weights and report a 5 lb change", "Weight Monitoring"),
    ("Run the noon cart fill and restock floor stock on 6 West", "Cart Fill"),
    ("Run the noon cart fill and restock floor stock on 6 West", "Floor Stock"),
    ("Repackage bulk liquids into unit-dose cups", "Medication Repackaging"),
    ("Pull drug recalls from the carousel and the vault", "Drug Recalls"),
    ("Perform oral cancer screenings at every recall visit", "Oral Cancer Screening"),
    ("Bevel pipe ends before fit-up", "Beveling"),
    ("Braze joints on refrigeration racks", "Brazing"),
])
def test_a_trades_common_ask_is_read(line: str, ask: str) -> None:
    assert ask in _asks(f"Technician\n\nWhat you'll do\n- {line}\n")


def test_equipment_named_in_a_credentials_entry_is_read_in_the_plural() -> None:
    # A certification's names are not read in the plural by rule (an "RNs" is people);
    # the lifts a posting names in the plural are listed.
    names = _asks("Glazier\n\nRequirements\n- At ease on boom lifts and man lifts\n")
    assert "Aerial Lift Certification" in names


def test_care_asks_named_in_their_everyday_words() -> None:
    names = _asks("Charge Nurse, Long-Term Care\n\nDuties\n"
                  "- Treat pressure injuries and document healing\n"
                  "- Call the provider with any change of condition\n"
                  "- Keep the unit ready for Joint Commission surveys\n"
                  "- Follow bloodborne pathogen standards at every draw\n")
    assert {"Pressure Injury Care", "Change in Condition Reporting", "The Joint Commission",
            "Bloodborne Pathogens Training"} <= names


def test_a_state_dental_hygiene_license_is_the_hygienists_licence() -> None:
    analysis = analyse_posting("Hygienist\n\nRequirements\n- Current dental hygiene license "
                               "with a local anesthesia endorsement\n")
    assert "Registered Dental Hygienist" in analysis.certifications
    assert "Local Anesthesia Permit" in analysis.certifications


def test_a_certified_credential_or_another_is_two_asks() -> None:
    analysis = analyse_posting("Pharmacy Technician\n\nRequirements\n"
                               "- NHA or PTCB Certified Pharmacy Technician (CPhT) or ExCPT\n")
    assert "Certified Pharmacy Technician" in analysis.certifications
    assert "ExCPT" in analysis.certifications
    assert not any(" or " in c for c in analysis.certifications)


def test_a_slash_between_two_other_credentials_offers_no_choice() -> None:
    # "CPR/BLS" joins CPR and BLS; the licence asked before it is no alternative to them.
    posting = ("Dental Assistant\n\nRequirements\n"
               "- You hold the state x-ray certificate, plus current CPR/BLS.\n")
    resume = ("Dana Ruiz\ndana@example.com\n\nCertifications\nBLS for Healthcare Providers\n"
              "CPR\n\nExperience\nDental Assistant, Bright Dental, 2021 to Present\n"
              "- Seated patients and charted in Dentrix\n")
    report = tailor(resume, posting).match_before
    assert "Radiography Certification" in report.missing_required


@pytest.mark.parametrize(("line", "ask"), [
    ("Load the washer disinfectors and wrap trays for the autoclave", "Washer-Disinfectors"),
    ("Seal scopes in peel pouches and log each load", "Peel Packs"),
    ("Check chemical integrators before releasing a load", "Chemical Indicators"),
    ("Assemble ortho sets to the tray count sheets", "Count Sheets"),
    ("Learn the surgical instrument names for each service", "Surgical Instrumentation"),
    ("Apply and remove casts and splints for fracture patients", "Cast Care"),
    ("Set up procedure trays for skin biopsies", "Tray Setup"),
    ("Schedule surgeries and pre-op visits for two surgeons", "Surgery Scheduling"),
    ("Fill pill organizers for patients at each weekly visit", "Medication Setup"),
    ("Rebuild centrifugal pumps and replace mechanical seals", "Pump Repair"),
    ("Rebuild centrifugal pumps and replace mechanical seals", "Mechanical Seals"),
    ("Repack pumps and adjust gland packing on the stock pumps", "Pump Packing"),
    ("Align motors to gearboxes with our Rotalign system", "Rotalign"),
    ("Hang chain falls and move the rolls into place", "Chain Falls"),
    ("Install trench shields before anyone enters the ditch", "Trench Boxes"),
    ("Call 811 and wait for utility locates before digging", "811 Locates"),
    ("Set precast manholes and lay pipe for the sanitary line", "Manholes"),
    ("Set precast manholes and lay pipe for the sanitary line", "Pipe Laying"),
    ("Run a dozer with Trimble machine control to finish grade", "GPS Machine Control"),
    ("Run a dozer with Trimble machine control to finish grade", "Finish Grading"),
    ("Move the excavator on our lowboy trailer", "Lowboy Hauling"),
    ("Frame soffits and set hollow metal frames in corridors", "Soffits"),
    ("Frame soffits and set hollow metal frames in corridors", "Hollow Metal Frames"),
    ("Install casework and wood blocking in exam rooms", "Casework"),
    ("Install casework and wood blocking in exam rooms", "Blocking and Backing"),
    ("Shoot bottom track with powder-actuated tools", "Powder-Actuated Tools"),
    ("Email rate cons to carriers and book backhauls", "Rate Confirmations"),
    ("Email rate cons to carriers and book backhauls", "Backhauls"),
])
def test_another_trades_common_ask_is_read(line: str, ask: str) -> None:
    assert ask in _asks(f"Technician\n\nWhat you'll do\n- {line}\n")


def test_a_competent_person_for_excavation_is_no_scaffold_credential() -> None:
    certifications = analyse_posting("Pipe Layer\n\nPreferred\n- Competent person for "
                                     "excavation and trenching\n").certifications
    assert "Excavation Competent Person" in certifications
    assert "Scaffold Competent Person" not in certifications
