"""A duty told in the third person whose verb is also a worker's plural.

Formal job descriptions list duties as "Coordinates …", "Maintains …". Where the verb is
also a plural worker noun ("Leads", "Coaches", "Tutors", "Hosts"), the reader of other
workers' duties took the line for a story of team leads or coaches doing something
("Leads new hire orientation" as leads who "new"), and every ask in it was dropped.
A bare plural at a line's opening is now read as such a story only when a verb the
vocabulary knows follows it ("Cooks prepare all meals"). Texts are written for these
tests.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asks(text: str) -> set[str]:
    return {s.name.lower() for s in analyse_posting(text).skills}


@pytest.mark.parametrize(("posting", "asked"), [
    ("HR Generalist\n\nPrincipal duties\n1. Coordinates full-cycle recruiting.\n"
     "2. Leads new hire orientation and completes I-9 and E-Verify for each hire.\n",
     {"new hire orientation", "e-verify"}),
    ("Restaurant Shift Supervisor\n\nDuties\n- Opens and closes the restaurant.\n"
     "- Coaches new servers on Toast POS and food safety.\n",
     {"toast pos"}),
    ("Instructional Assistant\n\nEssential functions\n- Supports the classroom teacher.\n"
     "- Tutors small groups in phonics and guided reading.\n",
     {"phonics", "guided reading"}),
])
def test_a_third_person_verb_line_keeps_its_asks(posting: str, asked: set[str]) -> None:
    assert asked <= _asks(posting)


def test_other_workers_with_a_known_verb_stay_their_work() -> None:
    posting = ("Dishwasher\n\nWhat you'll do\n- Run the dish machine and keep the pit clean.\n"
               "- Cooks prepare all meals and handle food safety logs; you keep them stocked "
               "with clean pans.\n")
    asks = _asks(posting)
    assert "meal preparation" not in asks
    assert "food safety" not in asks
