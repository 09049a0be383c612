"""Credentials named with their state or body and a few lower-case words
(posting/certs.py)."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def certifications(line: str) -> list[str]:
    return analyse_posting("Requirements\n- " + line).certifications


def test_lower_case_words_between_a_state_and_the_credential_word_belong_to_it() -> None:
    assert "Nevada master electrician license" in certifications(
        "You must hold a Nevada master electrician license.")
    assert "Maine lobster harvester permit" in certifications(
        "A current Maine lobster harvester permit is required.")
    assert "Idaho food handler registration" in certifications(
        "Idaho food handler registration within 30 days.")


def test_lower_case_words_alone_name_no_credential() -> None:
    assert certifications("Renew the building permit and handle vendor registration.") == []
    assert certifications("Experience with certification processes.") == []


def test_a_credential_inside_a_longer_list_shares_its_word_with_no_other_item() -> None:
    """'HVAC, EPA 608 certification, and brazing' asks one certification; reading it as
    'HVAC certification' too would claim a missing credential the posting never asked."""
    certs = certifications("3 years of experience in HVAC, EPA 608 certification, and brazing")
    assert not any(c.lower().startswith("hvac") for c in certs)
    assert any("608" in c for c in certs)


def test_a_list_closed_by_and_shares_the_credential_word() -> None:
    assert certifications("Current BLS, ACLS and PALS certification") == [
        "Basic Life Support", "Advanced Cardiovascular Life Support",
        "Pediatric Advanced Life Support"]


def test_a_credential_is_named_by_its_name_not_the_word_that_follows_it() -> None:
    """A person writes "LSW", not "LSW licensure": the acronym, the code or the
    "Certified …" title names the credential; a gloss in brackets is no part of it."""
    certs = certifications("KPTW or KGTW licensure from the state board.")
    assert "KPTW" in certs and "KGTW" in certs
    assert not any("licensure" in c for c in certs)
    assert "QRS Z4" in certifications("QRS Z4 (Hydraulic Pumps) certification within a year")
    assert "BKQ Certified Ledger Keeper" in certifications(
        "The BKQ Certified Ledger Keeper credential would be a plus.")


def test_the_credential_word_stays_when_the_item_alone_names_no_credential() -> None:
    assert "Kiln Firing certification" in certifications("Kiln Firing certification")
    assert "QX license" in certifications("QX license preferred.")


def test_a_standard_named_alone_elsewhere_keeps_its_credential_apart() -> None:
    """'weld to XWS B2.2 … hold an XWS B2.2 certification' asks the standard and the
    credential: the credential keeps its word so the two stay two asks."""
    a = analyse_posting("Requirements\n- Weld to XWS B2.2 visual criteria.\n"
                        "- Hold a current XWS B2.2 certification.")
    assert "XWS B2.2 certification" in a.certifications


def test_a_credential_the_wording_prefers_is_listed_as_preferred() -> None:
    """'KPTW licensure … would be a plus' is a preferred ask, as a skill so worded is;
    a credential a requirement line names stays required."""
    a = analyse_posting("Requirements\n- Two years of case work.\n"
                        "- A valid QRS Z4 certification.\n"
                        "- KPTW licensure would be a plus.")
    kinds = {m.name: m.required for m in a.skills if m.kind == "certification"}
    assert kinds.get("KPTW") is False
    assert kinds.get("QRS Z4", True) is True
    assert "KPTW" in a.certifications and "QRS Z4" in a.certifications
