"""A credential dated by its validity ("valid through 2026", "active since 2023", "exp.
05/2027", "current to 2027") is held, not worked: under the name such a line was read as
an untitled role, its title the credential's issuer ("Wisconsin Nurse Aide Registry with
4 years of experience …") and its BLS never seen by the match report. Texts are written
for these tests."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring import tailor
from tailor_app.tailoring.model import ResumeDocument
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.resume.sections import opens_a_role

AIDE = """Rosa Lind
Appleton, WI · 920-555-0190 · rosa.lind@example.com

Certified Nursing Assistant — Wisconsin Nurse Aide Registry, active since 2022
BLS Provider (American Heart Association), valid through 2027

EXPERIENCE
CNA, Fox River Senior Living, Appleton, WI — May 2022 to present
- Help residents with bathing, dressing and toileting
- Take vital signs and log intake and output

Cashier, Festival Foods — Jan 2019 to Apr 2022
- Ran a register and stocked shelves
"""

POSTING = ("Certified Nursing Assistant\n\nRequirements\n- Active CNA on the Wisconsin Nurse "
           "Aide Registry\n- BLS certification\n- Vital signs\n- Intake and output\n")


def _roles(text: str) -> list[str]:
    parsed = parse_resume(ResumeDocument.from_text(text))
    return [e.header[0] for s in parsed.sections if s.kind == "experience" for e in s.entries]


def test_a_credential_valid_through_a_date_is_no_role() -> None:
    assert _roles(AIDE) == ["CNA, Fox River Senior Living, Appleton, WI — May 2022 to present",
                            "Cashier, Festival Foods — Jan 2019 to Apr 2022"]


def test_the_match_report_sees_the_credential_line() -> None:
    result = tailor(AIDE, POSTING, today=date(2026, 12, 1))
    assert result.guard.ok
    matched = {m.name for m in result.match_before.matched}
    assert "BLS Provider (American Heart Association), valid through 2027" in result.text
    assert "Registry with" not in (result.summary or "")
    assert "Basic Life Support" in matched


def test_validity_words_before_the_date() -> None:
    from tailor_app.tailoring.resume.entries import SourceLine

    held = ["CPR and First Aid, exp. 05/2027", "Class A CDL · DOT medical card current to 2027",
            "ServSafe Manager, expires 2028"]
    worked = ["Line Cook, The Anchor — 2021 to present", "Driver, Swift Transport, 2019 – 2022"]
    assert not any(opens_a_role(SourceLine(text=t)) for t in held)
    assert all(opens_a_role(SourceLine(text=t)) for t in worked)
