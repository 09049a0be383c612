"""A word for workers that closes a name the vocabulary holds is the name's, not a
worker's: "teach body mechanics" asks Body Mechanics, and no staff training."""

from __future__ import annotations

from datetime import date

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting


@pytest.mark.parametrize("duty", [
    "Teach home exercise programs and body mechanics",
    "Model and teach safe lifting and body mechanics during resident transfers",
])
def test_body_mechanics_taught_is_no_staff_training(duty: str) -> None:
    asked = {s.name for s in analyse_posting(f"Duties\n- {duty}\n- Document each visit\n").skills}
    assert "Body Mechanics" in asked
    assert "Staff training" not in asked


def test_training_workers_is_still_staff_training() -> None:
    asked = {s.name for s in analyse_posting(
        "Duties\n- Train new mechanics on brake jobs\n- Train and schedule servers\n").skills}
    assert "Staff training" in asked


def test_a_resume_showing_body_mechanics_is_credited() -> None:
    resume = """Lena Ortiz
Mesa, AZ · 480-555-0110 · lena.ortiz@example.com

EXPERIENCE
Certified Nursing Assistant, Desert Palms Care Center, Mesa, AZ — 2021 to present
• Transfer residents with gait belts and Hoyer lifts using proper body mechanics
• Record vital signs and intake for 12 residents a shift
"""
    posting = """Certified Nursing Assistant
Duties
- Teach families safe transfers and body mechanics
- Take vital signs
"""
    result = tailor(resume, posting, today=date(2026, 12, 1))
    assert "Body Mechanics" in {m.name for m in result.match_before.matched}
    assert "Staff training" not in result.match_before.missing
