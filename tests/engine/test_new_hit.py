"""entries.new_hit makes the same SkillHit as the class does."""

from __future__ import annotations

import dataclasses

from tailor_app.tailoring.skills.entries import Skill, SkillHit, new_hit


def test_same_as_the_class() -> None:
    skill = Skill("Excel", "tool", ("office",), ("Excel", "MS Excel"))
    made, built = new_hit(skill, 3, 8, "Excel"), SkillHit(skill, 3, 8, "Excel")
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
    assert dataclasses.asdict(made) == dataclasses.asdict(built)
    assert [f.name for f in dataclasses.fields(SkillHit)] == list(vars(made))
    try:
        made.start = 4  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a made hit must stay frozen")
