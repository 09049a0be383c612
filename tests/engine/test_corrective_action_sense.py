"""'Corrective action' in HR is discipline, in a quality system it is CAPA.

An HR business partner posting ("advise leaders on employee relations, corrective
action and terminations") once asked for Corrective and Preventive Action, a quality
engineer's skill, and the report listed it as missing for every HR resume.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting

CAPA = "Corrective and Preventive Action"


def _asks(line: str) -> set[str]:
    return {s.name for s in analyse_posting(f"Requirements\n- {line}\n").skills}


@pytest.mark.parametrize("line", [
    "Coach supervisors on attendance, corrective action and terminations",
    "Document corrective actions and performance improvement plans for employees",
])
def test_discipline_of_staff_asks_no_capa(line: str) -> None:
    assert CAPA not in _asks(line)


@pytest.mark.parametrize("line", [
    "Lead root cause investigations and corrective actions for customer returns",
    "Drive corrective action on supplier nonconformances",
    "Own corrective and preventive actions",
    "Experience with CAPA",
])
def test_a_quality_systems_corrective_action_is_capa(line: str) -> None:
    assert CAPA in _asks(line)


QUALITY_POSTING = """Quality Technician

Requirements
- Experience with corrective and preventive action (CAPA)
- Gauge calibration
"""


def _shown(bullet: str) -> set[str]:
    resume = f"""Ana Ruiz
ana.ruiz@example.com

Experience
Specialist, Acme Foods, 2019 to 2024
- {bullet}
- Answered questions from staff
"""
    return {m.name for m in tailor(resume, QUALITY_POSTING).match_before.matched}


def test_an_hr_resumes_corrective_action_shows_no_capa() -> None:
    assert CAPA not in _shown("Issued corrective action and ran termination meetings with managers")


def test_a_quality_resumes_corrective_action_shows_capa() -> None:
    assert CAPA in _shown("Closed corrective actions for 40 nonconformances on the packing line")


def test_ctes_beside_sql_are_no_career_and_technical_education() -> None:
    from tailor_app.tailoring.posting.analyse import analyse_posting

    def names(text: str) -> set[str]:
        return {s.name for s in analyse_posting(text).skills}

    assert "Career and Technical Education" not in names(
        "Data Analyst\nRequirements\n- Strong SQL (joins, CTEs, window functions)\n")
    assert "Career and Technical Education" in names(
        "CTE Teacher\nRequirements\n- Teach CTE courses in welding and automotive technology\n")
    assert "Career and Technical Education" in names(
        "Assistant Principal\nRequirements\n- Experience leading CTE programs\n")
