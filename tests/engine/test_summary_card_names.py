"""The summary line says "experience in" only of work done: a card's own name written
under a job ("ServSafe Food Handler") is held, not practised."""

from __future__ import annotations


def test_a_card_s_own_name_is_held_not_practised() -> None:
    """ "ServSafe Food Handler" written as a line under a cook's job is a card's name,
    not work one has "experience in"; "lockout/tagout" in lower case is a practice, and
    a method named for its makers ("Orton-Gillingham") is one too."""
    from tailor_app.tailoring.compose.naming import _practised

    text = ("• ServSafe Food Handler\n• Lock out machines per lockout/tagout\n"
            "• Teach reading with Orton-Gillingham lessons\n")
    assert not _practised("ServSafe Food Handler", "ServSafe Food Handler", text)
    assert _practised("lockout/tagout", "Lockout/Tagout", text)
    assert _practised("Orton-Gillingham", "Orton-Gillingham", text)
