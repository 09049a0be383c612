"""A school's PLC is a professional learning community; a plant's is a controller
(and a hotel's ADR its average daily rate, a lawyer's dispute resolution; a seller's
build pipeline is pipeline management, a DevOps engineer's a build pipeline).

An elementary posting ("collaborate with the grade-level team in PLCs") once asked for
PLC Programming, and a teacher's "met weekly with my grade-level PLC" showed it: the
report told a teacher she had a controls engineer's skill. The acronym now reads as the
trade its sentence speaks of, and a sentence that names neither keeps the plant's sense.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting

PLC = "PLC Programming"
COMMUNITY = "Professional learning communities"


def _asks(line: str) -> set[str]:
    return {s.name for s in analyse_posting(f"Requirements\n- {line}\n").skills}


@pytest.mark.parametrize("line", [
    "Meet weekly in grade-level PLCs to plan instruction",
    "Take part in PLC meetings to review student data and plan instruction",
    "Analyze common assessment results with your PLC and plan reteaching",
])
def test_a_schools_plc_asks_a_learning_community(line: str) -> None:
    asks = _asks(line)
    assert PLC not in asks
    assert COMMUNITY in asks


@pytest.mark.parametrize("line", [
    "Troubleshoot Allen-Bradley PLCs and VFDs on the packaging line",
    "Knowledge of PLCs preferred",
    "Program PLCs and HMIs for new equipment",
])
def test_a_plants_plc_asks_plc_programming(line: str) -> None:
    assert PLC in _asks(line)


TEACHING_POSTING = """Grade 4 Teacher

Responsibilities
- Plan lessons and meet weekly with the grade-level PLC to review student work
- Keep families informed
"""

CONTROLS_POSTING = """Maintenance Technician

Requirements
- Experience with PLCs
- Hydraulics
"""


def _shown(bullet: str, posting: str) -> set[str]:
    resume = f"""Lena Ortiz
lena.ortiz@example.com

Experience
Staff member, Oak School District, 2019 to 2024
- {bullet}
- Answered questions from families
"""
    return {m.name for m in tailor(resume, posting).match_before.matched}


def test_a_teachers_plc_shows_the_learning_community() -> None:
    shown = _shown("Met weekly with my grade-level PLC to compare student writing samples",
                   TEACHING_POSTING)
    assert COMMUNITY in shown


def test_a_teachers_plc_shows_no_plc_programming() -> None:
    shown = _shown("Met weekly with my grade-level PLC to compare student writing samples",
                   CONTROLS_POSTING)
    assert PLC not in shown


def test_a_technicians_plc_shows_plc_programming() -> None:
    shown = _shown("Troubleshot PLCs and replaced sensors on three filling machines",
                   CONTROLS_POSTING)
    assert PLC in shown


ADR = "Alternative Dispute Resolution"
RATE = "Average daily rate"


def test_a_hotels_adr_is_its_average_daily_rate() -> None:
    asks = _asks("Own the P&L and drive RevPAR and ADR with our revenue manager")
    assert RATE in asks and ADR not in asks


@pytest.mark.parametrize("line", [
    "Experience with ADR, mediation and arbitration",
    "Knowledge of ADR preferred",
])
def test_a_lawyers_adr_is_dispute_resolution(line: str) -> None:
    assert ADR in _asks(line)


def test_a_hotel_managers_adr_shows_the_rate() -> None:
    posting = "Hotel Manager\n\nResponsibilities\n- Grow RevPAR and ADR for the hotel\n"
    shown = _shown("Raised ADR 6% and RevPAR 9% at a 110-room hotel", posting)
    assert RATE in shown and ADR not in shown


def test_a_sellers_build_pipeline_is_pipeline_management() -> None:
    asks = _asks("Build pipeline through outbound prospecting and inbound leads")
    assert "Build pipelines" not in asks


@pytest.mark.parametrize("line", [
    "Build pipelines in Jenkins and GitHub Actions",
    "Experience with build pipelines",
])
def test_a_devops_build_pipeline_stays_ci(line: str) -> None:
    assert "Build pipelines" in _asks(line)


MAST = "Medical anti-shock trousers MAST"


@pytest.mark.parametrize("line", [
    "Washington MAST permit (Class 12) within 30 days of hire",
    "Bartenders must hold a current MAST card",
])
def test_a_servers_mast_is_the_alcohol_permit(line: str) -> None:
    asks = _asks(line)
    assert MAST not in asks
    assert "ServSafe Alcohol" in asks


def test_an_emts_mast_is_still_the_trousers() -> None:
    assert MAST in _asks("Apply splints, MAST and other trauma equipment to patients")
