"""Asks the posting states plainly that earlier readings lost: a product whose name
ends in a worker's word, a cue written after its object, and other odd shapes."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def asked(text: str) -> set[str]:
    a = analyse_posting(text)
    return {s.name for s in a.skills} | set(a.certifications)


def test_a_product_named_with_a_workers_word_is_still_asked() -> None:
    # "Server", "Manager", "Recruiter" end product names as well as job titles.
    found = asked("Platform Engineer\n\nRequirements\n- Experience with Microsoft SQL "
                  "Server and Google Tag Manager\n- Sourcing on LinkedIn Recruiter\n")
    assert {"Microsoft SQL Server", "Google Tag Manager", "LinkedIn Recruiter"} <= found


def test_a_workers_title_stays_no_skill() -> None:
    found = asked("Line Cook\n\nWhat you'll do\n- Support the restaurant servers and "
                  "the sous chef during service\n")
    assert "Restaurant server" not in found


def test_a_cue_after_its_object_reads_through_the_analysis() -> None:
    found = asked("Parts Counter Associate\n\nRequirements\n- Forklift certification; "
                  "fleet dispatch background with a parts distributor would be a bonus\n"
                  "- 3+ years of automotive parts experience\n")
    assert "Fleet dispatch" in found
    assert "Automotive parts" not in found


def test_signal_standards_and_slash_protocols_are_terms() -> None:
    from tailor_app.tailoring.posting.terms import shape_terms

    found = [t.name for t in shape_terms(
        "Wire 0-10 VDC and 4–20 mA loops on Profinet/IO and Ethernet/IP networks", [],
        set())]
    assert {"0-10 VDC", "4–20 mA", "Profinet/IO", "Ethernet/IP"} <= set(found)
    # A load, a tyre pressure, a state after a town: no such terms.
    assert shape_terms("Lift 25-50 lbs; inflate to 90-100 psi; Dallas/TX", [], set()) == []


def test_a_signal_standard_inside_a_duty_the_vocabulary_reads() -> None:
    found = asked("Instrument Technician\n\nResponsibilities\n- Calibrates 4-20 mA "
                  "instruments and keeps loop sheets current\n")
    assert "4-20 mA" in found
