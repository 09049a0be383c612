"""Everyday words for typing (Dec 5, recall9). Each test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def test_typing_in_everyday_words_is_asked() -> None:
    for line in ("- Fast typing and accurate data entry", "- You can type quickly while "
                 "talking to a caller"):
        names = {s.name for s in analyse_posting(
            f"Scheduling Coordinator\n\nRequirements\n{line}\n- Excel\n").skills}
        assert "Typing Speed" in names, line
