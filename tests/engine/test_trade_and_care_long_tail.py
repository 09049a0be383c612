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
    ("Run the noon cart fill and restock floor stock medications on 6 West", "Cart Fill"),
    ("Deliver floor stock medications to the nursing units", "Pharmacy Floor Stock"),
    ("Repackage bulk medications into unit-dose cups", "Medication Repackaging"),
    ("Pull drug recalls from the carousel and the vault", "Drug Recalls"),
    ("Perform oral cancer screenings at every recall visit", "Oral Cancer Screening"),
    ("Bevel pipe ends before fit-up", "Pipe Beveling"),
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
    ("Set up procedure trays for skin biopsies", "Procedure Tray Setup"),
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
    ("Run a dozer with Trimble machine control for finish grading", "GPS Machine Control"),
    ("Run a dozer with Trimble machine control for finish grading", "Finish Grading"),
    ("Haul equipment on a lowboy between job sites", "Lowboy Hauling"),
    ("Frame soffits and set hollow metal frames in corridors", "Soffits"),
    ("Frame soffits and set hollow metal frames in corridors", "Hollow Metal Frames"),
    ("Install casework and wood blocking in exam rooms", "Casework Installation"),
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


@pytest.mark.parametrize(("posting", "not_asked"), [
    # Another field's everyday words for the same letters or phrase ask no trade's skill.
    ("Optician\n\nDuties\n- Edging and beveling lenses in our lab\n- Fit eyeglasses\n",
     "Pipe Beveling"),
    ("Cabinet Maker\n\nDuties\n- Bevel the edges of glass cabinet doors\n", "Pipe Beveling"),
    ("Automotive Technician\n\nDuties\n- Diagnose engine performance, fuel delivery and "
     "ignition problems\n", "Fuel Hauling"),
    ("Marine Mechanic\n\nDuties\n- Repair fuel delivery systems on outboard engines\n",
     "Fuel Hauling"),
    ("Product Manager\n\nWhat you'll do\n- Grow MAU and retention across the app\n",
     "Make-Up Air Units"),
    ("Co-Packing Associate\n\nDuties\n- Perform kitting, repackaging and relabeling of "
     "customer products\n", "Medication Repackaging"),
    ("Retail Stock Associate\n\nDuties\n- Replenish floor stock from the backroom\n",
     "Pharmacy Floor Stock"),
    ("Online Order Picker\n\nDuties\n- Pick groceries and fill carts for curbside orders\n",
     "Cart Fill"),
    ("Oral Surgeon\n\nRequirements\n- Hold a general anesthesia permit\n",
     "Local Anesthesia Permit"),
    ("Veterinary Technician\n\nRequirements\n- Sedation or anesthesia permit where the "
     "state requires one\n", "Local Anesthesia Permit"),
    ("Social Worker\n\nDuties\n- Carry a casework load of 30 families\n",
     "Casework Installation"),
    ("Controls Engineer\n\nDuties\n- Program machine control logic on packaging lines\n",
     "GPS Machine Control"),
    ("Banquet Server\n\nDuties\n- Set up trays and carry room service orders\n",
     "Procedure Tray Setup"),
    ("Foundry Worker\n\nRequirements\n- 1 year of casting experience (sand or die casting)\n",
     "Cast Care"),
    ("Casting Assistant\n\nRequirements\n- 1 year of casting experience at an agency\n",
     "Cast Care"),
    ("Packer\n\nDuties\n- Pack orders and replace packing materials at each station\n",
     "Pump Packing"),
    ("Prep Cook\n\nDuties\n- Keep the lowboys and reach-ins stocked and labeled\n",
     "Lowboy Hauling"),
    ("Finish Carpenter\n\nDuties\n- Cut finish grade plywood for built-ins\n", "Finish Grading"),
])
def test_another_fields_words_ask_no_trades_skill(posting: str, not_asked: str) -> None:
    assert not_asked not in _asks(posting)


def test_an_opticians_beveling_shows_no_welding() -> None:
    resume = ("Nina Ford\nnina@example.com\n\nExperience\nOptician, ClearView Eyecare, 2018 to "
              "Present\n- Edging and beveling lenses in the in-house lab\n")
    posting = "Structural Welder\n\nRequirements\n- Welding (SMAW, FCAW)\n- Bevel pipe ends\n"
    report = tailor(resume, posting).match_before
    assert not {"Welding", "Pipe Beveling"} & {m.name for m in report.matched}
