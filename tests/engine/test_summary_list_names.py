"""The summary's "Key skills" list holds a skill's own name even where its first word
is an -ing or -ed word ("wiring diagrams", "refrigerated freight"): the vocabulary
names the skill so, and it is a thing, not a deed. A name built of the resume's
words keeps the letters the resume writes in capitals ("DPF", never "dpf")."""

from __future__ import annotations

import re
from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)

RESUME = """Marcus Bell
Tulsa, OK | marcus.bell@example.com

EXPERIENCE
Diesel Technician | Red Earth Freightliner | 2021 – Present
- Do preventive maintenance and annual DOT inspections on Class 8 tractors
- Clean and replace DPF filters and run parked regenerations
- Diagnose aftertreatment faults with DiagnosticLink
- Rebuild air brake systems and adjust slack adjusters
- Replace clutches and transmissions

Lube Technician | Jiffy Lube | 2018 – 2021
- Changed oil and filters and topped off DEF
- Traced lighting faults with wiring diagrams
- Refrigerated freight trailers: checked reefer units before dispatch
"""
POSTING = """Diesel Technician
Requirements
- Preventive maintenance
- DOT annual inspections
- DPF cleaning and forced regenerations
- Aftertreatment diagnostics
- Air brakes
- Clutch replacement
- Electrical schematics and wiring diagrams
- DEF systems
- Refrigerated freight equipment
"""


def test_names_opening_with_a_participle_stand_in_the_list() -> None:
    result = tailor(RESUME, POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert result.summary is not None and "Key skills:" in result.summary
    listed = result.summary.split("Key skills:")[1]
    assert "wiring diagrams" in listed and "refrigerated freight" in listed


def test_capital_letters_are_kept() -> None:
    result = tailor(RESUME, POSTING, today=TODAY)
    assert result.summary is not None
    assert not re.search(r"\bdpf\b", result.summary)
