"""A unit of measure after a figure states a condition of the work, never a skill.

"Size 200 amp services", "haul 80,000 lbs gross loads", "80,000 BTU furnaces", "26,000
pounds GVWR", "turbidity in NTU": the shape readers took the unit and whatever they glued
to it for a name the posting asks ("Amp services", "Lbs gross loads", "BTU", "GVWR",
"NTU", or the project office's PPM). The thing measured stays asked where a vocabulary
names it. Texts are written for these tests, in several trades.
"""

from __future__ import annotations

from tailor_app.tailoring import analyse_posting
from tailor_app.tailoring.posting.measures import a_measure


def asks(posting: str) -> list[str]:
    analysis = analyse_posting(posting)
    return analysis.required_skills + analysis.preferred_skills


def test_an_electricians_amps_and_volts_are_no_asks() -> None:
    found = asks(
        "Service Electrician\nRequirements:\n- Size 200 amp services and 100-amp subpanels\n"
        "- Wire 240 volt circuits and 24V thermostats\n- Install 50-gallon water heaters\n")
    assert not any(name.lower().startswith(("amp", "volt")) for name in found), found
    assert "Thermostats" in found and "Water Heaters" in found


def test_a_drivers_weights_are_no_asks() -> None:
    found = asks(
        "Flatbed driver. Haul 80,000 lbs gross loads on 53-foot trailers and drive box "
        "trucks up to 26,000 pounds GVWR. A Class A CDL is required.")
    assert "GVWR" not in found and not any(n.lower().startswith("lbs") for n in found)
    assert "Class A CDL" in found


def test_a_furnaces_rating_is_no_ask_but_the_furnace_is() -> None:
    found = asks(
        "HVAC Technician. Charge systems with R-410A to 400 psig and service 2,000 CFM air "
        "handlers and 80,000 BTU furnaces.")
    assert "BTU" not in found and "CFM" not in found
    assert "Furnaces" in found and "Air Handlers" in found
    # A figure's own name that is a skill stays asked beside them.
    found = asks(
        "Maintenance Technician. Maintain 3-phase motors and 4-20 mA loops, key invoices on "
        "a 10-key at 45 WPM and hold an OSHA 10 card.")
    assert "Three-Phase Power" in found and "4-20 mA" in found
    assert "10-key" in found and "OSHA 10" in found


def test_units_told_after_in_are_no_asks_in_a_water_lab() -> None:
    found = asks(
        "Environmental Technician: sample wells, record turbidity in NTU, flow in GPM and MGD, "
        "and chlorine residual in PPM.")
    for unit in ("NTU", "GPM", "MGD", "Project Portfolio Management"):
        assert unit not in found, found
    assert "Well sampling" in found
    # "in PPM" after no measured quantity is the project office's skill.
    assert "Project Portfolio Management" in asks(
        "PMO Analyst. Experience in PPM and PMO setup is required.")


def test_the_rule_reads_the_figure_before_the_unit() -> None:
    text = "work on circuits up to 480 Volts and a volt meter"
    at = text.index("Volts")
    assert a_measure(text, at, at + 5)
    at = text.index("volt meter")
    assert not a_measure(text, at, at + 10)  # no figure before it


def test_capital_letters_that_are_another_fields_acronym_are_no_unit() -> None:
    # review26 A1: "ML" after a figure is machine learning, "mL" a millilitre.
    assert "Machine Learning" in asks(
        "Machine Learning Engineer\n\nRequirements\n- Deploy 5+ ML models to production")
    assert "Machine Learning" in asks(
        "Data Analyst\n\nRequirements\n- Experience with SQL and 2+ ML frameworks")
    assert "ELISA" in asks(
        "Lab Technician\n\nRequirements\n- Prepare 10 mL aliquots and run 2 ELISA plates a day")


def test_a_duty_on_measured_things_keeps_its_object() -> None:
    # review26 A4: the measures go, the panels installed stay.
    found = asks("Electrician\n\nRequirements\n- Install 200 amp services and 480 volt panels")
    assert "Panel installation" in found and "Amp services" not in found
