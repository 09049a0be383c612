"""What a requirement says the candidate must NOT have is no ask, and the driver's
licence inside "Commercial Driver's License" is the CDL, not a second credential."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def test_what_the_candidate_must_not_have_is_no_ask() -> None:
    analysis = analyse_posting(
        "Requirements\n- No DUI/DWI convictions in the past 10 years\n"
        "- Clean MVR and Hazmat endorsement\n- No less than 2 years of experience with Excel\n")
    names = {s.name.casefold() for s in analysis.skills}
    assert not any("dui" in n or "dwi" in n for n in names)
    assert "microsoft excel" in names  # "no less than" is a minimum, not a negation
    assert analysis.min_years == 2


def test_a_credential_to_earn_by_those_without_it_is_asked() -> None:
    analysis = analyse_posting(
        "Requirements\n- Two years of teaching experience. Teachers without an ESL "
        "endorsement must earn one within 2 years.\n")
    assert any("esl" in c.casefold() for c in
               [*analysis.certifications, *(s.name for s in analysis.skills)])


def test_a_commercial_drivers_license_is_one_credential() -> None:
    analysis = analyse_posting(
        "Requirements\n- Valid Class A Commercial Driver's License (CDL-A)\n")
    certs = [c.casefold() for c in analysis.certifications]
    assert "driver's license" not in certs
    assert "class a cdl" in certs


def test_a_plain_drivers_license_is_still_asked() -> None:
    assert "driver's license" in [c.casefold() for c in analyse_posting(
        "Requirements\n- A valid driver's license and a clean driving record\n").certifications]
