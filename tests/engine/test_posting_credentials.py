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
