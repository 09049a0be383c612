"""What a trade works on and works to, asked by name: the equipment and systems each
trade installs (branch circuits, lighting controls, PVC conduit, a sewer line's place), the model
codes written lower-case ("to the fuel gas code"), a cross-field credential listed
beside another ("First Aid/CPR" in a builder's posting), a method named with a figure
("5S" in a warehouse), and a subject taught to a standard ("science aligned to state
standards"). Before, each was no ask at all or an ask with no vocabulary name, which the
report lists to check instead of calling missing. Texts written for this test.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.context import listed_with_kin


def _asks(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


@pytest.mark.parametrize(("line", "ask"), [
    ("Run new branch circuits for kitchen remodels", "Branch Circuits"),
    ("Program lighting controls in office suites", "Lighting Controls"),
    ("Install flex conduit and PVC conduit to rooftop equipment", "PVC conduit"),
    ("Locate sewer lines before the excavator digs", "Line Locating"),
    ("Repipe older homes from galvanized to copper", "Repiping"),
    ("Vent appliances to the mechanical code", "Mechanical Code"),
    ("Size gas lines to the fuel gas code", "Fuel Gas Code"),
    ("Keep refrigerant logs for every leak repair", "Refrigerant logs"),
    ("Hold weekly jobsite safety inspections with each foreman", "Site Safety Inspections"),
    ("Schedule special inspections for steel and concrete", "Special Inspections"),
    ("Write the site-specific safety plan before mobilizing", "Site-Specific Safety Plan"),
    ("Chain up on mountain passes in winter", "Tire Chains"),
])
def test_a_trades_work_object_is_asked_by_its_name(line: str, ask: str) -> None:
    posting = f"Field Technician\n\nWhat you'll do\n- {line}\n- Keep the truck stocked\n"
    assert ask in _asks(posting)


def test_a_work_object_the_resume_lacks_is_called_missing() -> None:
    resume = ("Ada Brook\nada@example.com\n\nExperience\nElectrician, Volt Co, 2019 to Present\n"
              "- Wired panels and pulled feeders in retail stores\n")
    posting = ("Electrician\n\nResponsibilities\n- Troubleshoot lighting controls and dimmers\n"
               "- Wire panels and feeders\n")
    report = tailor(resume, posting).match_before
    assert "Lighting Controls" in report.missing_required


def test_a_credential_listed_beside_another_keeps_its_sense() -> None:
    posting = ("Roofing Foreman\n\nRequirements\n- 5 years of commercial roofing, TPO and "
               "EPDM membranes, torch-down and shingles\n- OSHA 10 and First Aid/CPR\n"
               "- Valid driver's license\n")
    assert {"First Aid Certification", "CPR Certification"} <= _asks(posting)


def test_a_method_named_with_a_figure_is_no_other_fields_capitals() -> None:
    posting = ("Dock Lead\n\nDuties\n- Lead dock audits and 5S on the receiving side\n"
               "- Unload trailers and check bills of lading\n- Build and label pallets\n"
               "- Drive a reach truck and an order picker\n")
    assert "5S" in _asks(posting)


def test_an_acronym_alone_still_votes_with_its_field() -> None:
    # A short capitals hit of another field stays out when nothing of its kind stands
    # beside it: the vote is unchanged for acronyms standing alone.
    text = "OSHA 10 and CPR; PT"
    spans = [(0, 7, "certification"), (12, 15, "certification"), (17, 19, "hard")]
    assert listed_with_kin(text, spans, {1, 2}) == {1}


def test_a_subject_taught_to_a_standard_is_asked() -> None:
    posting = ("Grade 4 Teacher\n\nWhat you'll do\nYou'll plan daily lessons in math and science "
               "aligned to state standards.\n")
    assert "Science" in _asks(posting)


def test_a_code_the_resume_names_is_shown() -> None:
    resume = ("Sam Fry\nsam@example.com\n\nExperience\nPlumber, Pipe Co, 2018 to Present\n"
              "- Sized and ran gas piping to the International Fuel Gas Code\n")
    posting = "Plumber\n\nRequirements\n- Knowledge of the fuel gas code\n"
    report = tailor(resume, posting).match_before
    assert "Fuel Gas Code" in {m.name for m in report.matched}


def test_occupancy_sensors_on_a_resume_show_lighting_controls() -> None:
    resume = ("Ada Brook\nada@example.com\n\nExperience\nElectrician, Volt Co, 2019 to Present\n"
              "- Wired occupancy sensors and dimmers in 40 classrooms\n")
    posting = "Electrician\n\nResponsibilities\n- Troubleshoot lighting controls\n"
    report = tailor(resume, posting).match_before
    assert "Lighting Controls" in {m.name for m in report.matched}
    # and a posting's occupancy sensors are still no ask of lighting controls
    asks = {s.name for s in analyse_posting(
        "Workplace Analyst\n\nDuties\n- Analyze occupancy sensor data by floor\n").skills}
    assert "Lighting Controls" not in asks


@pytest.mark.parametrize("line", [
    "Logged tickets for broken occupancy sensors and called our electrician",
    "Analyzed occupancy sensor data to plan desk space",
    "Cleaned occupancy sensors in the hotel rooms",
])
def test_sensors_named_without_the_work_show_no_lighting_controls(line: str) -> None:
    resume = ("Pat Kim\npat@example.com\n\nExperience\nFacilities Coordinator, Capital Office "
              f"Park, 2019 to Present\n- {line}\n")
    posting = ("Electrician\n\nResponsibilities\n- Install and troubleshoot lighting controls "
               "in office buildings\n- Read blueprints\n")
    report = tailor(resume, posting).match_before
    assert "Lighting Controls" not in {m.name for m in report.matched}
