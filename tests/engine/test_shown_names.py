"""Ordering reads a resume line for its resume-only phrases only when the posting asks
a skill one may show (``Vocabulary.shown_names``)."""

from __future__ import annotations

from tailor_app.tailoring.skills.vocabulary import load_vocabulary

_LINES = [
    "Planned weekly lessons, graded essays and coordinated field trips for 120 students",
    "Managed inventory, scheduled interviews and trained new cashiers on the POS",
    "Set up the sauté station, broke down the line and cleaned up the walk-in nightly",
    "Reconciled 14 bank accounts monthly; prepared payroll and filed quarterly taxes",
    "Recover, evacuate and charge refrigerant on rooftop units",
    "Analyzed sales data, built forecasts and presented findings to the CFO",
    "Supervise, schedule and train front office staff",
    "Order supplies, track shipments and tender loads to carriers",
    "Administered injections and vaccines; documented care in Epic",
    "Led safety meetings and inspected scaffolds before each shift",
    "Wrote grant reports and reviewed contracts with vendors' counsel",
    "Greeted guests, answered phones and booked the CEO's travel",
]


def test_every_skill_a_resume_only_phrase_shows_is_among_the_shown_names() -> None:
    """Ordering reads a line's resume-only phrases only for a posting asking one of
    ``shown_names``: every skill ``shown_by`` finds is one of them."""
    vocabulary = load_vocabulary()
    names = vocabulary.shown_names()
    lines = [*_LINES, "Welcomed guests and balanced the drawer at close",
             "Handled reservations, greeted walk-ins and answered phones"]
    found = {h.skill.name for line in lines for h in vocabulary.shown_by(line)}
    assert found  # the lines do show skills by such phrases
    assert found <= names
