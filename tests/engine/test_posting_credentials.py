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
