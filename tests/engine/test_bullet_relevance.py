"""Bullet order by how central a line's asks are, not how many it touches (order18)."""

from __future__ import annotations

from tailor_app.tailoring.compose.relevance import (
    Relevance,
    diminishing,
    skill_weights,
    title_stems,
)
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TANKER = """Tanker Driver

Responsibilities
- Haul tankers of liquid chemicals on regional routes
- Complete pre-trip inspections and DVIRs
- Keep logs on an ELD
"""


def test_diminishing_returns_put_one_strong_reason_over_several_weak() -> None:
    assert diminishing([3.0, 3.0, 3.0], 0.5) == 5.25
    assert diminishing([1.5, 6.0], 0.5) == 6.75  # heaviest first, whatever the order
    assert diminishing([], 0.5) == 0.0


def test_title_words_name_the_work_not_the_rank() -> None:
    analysis = analyse_posting("Press Brake Operator\n\nDuties\n- Set up press brakes\n",
                               None, None)
    stems = title_stems(analysis)
    assert "operator" not in " ".join(stems)
    assert any(s.startswith("brak") for s in stems)


def test_a_skill_named_by_the_title_weighs_more() -> None:
    analysis = analyse_posting(TANKER, None, None)
    weights = skill_weights(analysis)
    assert weights["Tanker Hauling"] > weights["Pre-trip Inspection"] == weights["ELD"]


def test_the_tank_line_leads_a_tanker_drivers_duties() -> None:
    analysis = analyse_posting(TANKER, None, None)
    core = "Haul stainless tankers on regional routes with pre-trip inspections"
    minor = "Do pre-trip inspections, write DVIRs and keep my logs on the ELD"
    relevance = Relevance(analysis, load_vocabulary(), [core, minor])
    assert relevance.line(core) > relevance.line(minor)


def test_a_setting_word_of_the_title_makes_no_skill_the_job() -> None:
    posting = ("Dental Assistant\n\nResponsibilities:\n- Assist chairside with fillings and"
               " crowns\n- Take and develop X-rays\n- Verify dental insurance when the front"
               " desk is busy\n")
    analysis = analyse_posting(posting, None, None)
    assert not any(s.startswith("dent") for s in title_stems(analysis))
    weights = skill_weights(analysis)
    assert max(weights.values()) == 3.0  # nothing doubled for sharing "dental"
