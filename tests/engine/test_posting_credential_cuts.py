"""A credential is read whole: never cut at a bracket, and never run on across a dash
into the words after it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> list[str]:
    analysis = analyse_posting(text)
    return [*analysis.certifications, *(s.name for s in analysis.skills)]


def test_a_bracket_spelling_out_the_acronym_is_no_credential_cut_in_two() -> None:
    asks = _asks("Parking Attendant\nRequirements:\n- Hold a current Ohio PGR card "
                 "(Private Guard Registration Card)\n- Two years of experience\n")
    assert "PGR card" in asks
    assert not any("(" in a or ")" in a or a.startswith("Private Guard") for a in asks)


def test_the_acronym_may_spell_its_noun_too() -> None:
    asks = _asks("Security Officer\nRequirements:\n- A current PERB card "
                 "(Private Employee Registration Badge)\n")
    assert "PERB card" in asks
    assert not any("Private Employee" in a for a in asks)


def test_an_acronym_glossed_as_a_certified_title_is_asked_once() -> None:
    analysis = analyse_posting("Property Manager\nNice to have:\n- Lean training\n"
                               "- CPME (Certified Property Maintenance Expert)\n")
    assert analysis.certifications == ["CPME"]
    preferred = [s for s in analysis.skills if s.name == "CPME"]
    assert len(preferred) == 1 and not preferred[0].required
    assert not any(")" in s.name or "Certified Property" in s.name for s in analysis.skills)


def test_a_certified_title_ends_at_a_dash() -> None:
    asks = _asks("Certified Nursing Assistant – Night Shift\nRiverbend Care · Salem, OR\n"
                 "Requirements:\n- Current CPR certification\n")
    assert not any("Night" in a for a in asks)

