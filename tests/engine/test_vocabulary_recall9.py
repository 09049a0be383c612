"""Everyday words for typing (Dec 5, recall9). Each test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def test_typing_in_everyday_words_is_asked() -> None:
    for line in ("- Fast typing and accurate data entry", "- You can type quickly while "
                 "talking to a caller"):
        names = {s.name for s in analyse_posting(
            f"Scheduling Coordinator\n\nRequirements\n{line}\n- Excel\n").skills}
        assert "Typing Speed" in names, line


def test_positive_behavior_supports_and_pbis_are_one_skill() -> None:
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    names = {vocabulary.lookup(t).name for t in (  # type: ignore[union-attr]
        "positive behavior supports", "PBIS", "positive behavioral interventions and supports")}
    assert names == {"PBIS"}
    found = {h.skill.name for h in vocabulary.find("Ran schoolwide PBIS with a token economy")}
    assert "PBIS" in found
