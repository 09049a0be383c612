"""A line teaching or leading newcomers shows its topic at a share, so it no longer
rises over the writer's own work for naming the posting's asks (order26)."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring import tailor
from tailor_app.tailoring.compose.relevance import Relevance, teaches_newcomers
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

WELDER_POSTING = """Structural Welder

Responsibilities
- Weld structural steel beams and columns with FCAW and SMAW
- Fit up, tack and grind joints to drawings
- Read blueprints and weld symbols
- Pass visual and ultrasonic inspection

Requirements
- AWS D1.1 certification
- 3+ years of structural welding
"""

WELDER_RESUME = """Marcus Tillery
Peoria, IL | 309-555-0144 | m.tillery@example.com

EXPERIENCE
Welder, Prairie Steel Erectors, Peoria, IL    2019 - Present
- Weld beams and columns in all positions with FCAW for warehouse and school projects
- Read blueprints and weld symbols for each shop drawing
- Pass ultrasonic testing on full-penetration moment connections
- Train two apprentices on fit-up, grinding and weld prep with FCAW and SMAW

CERTIFICATIONS
AWS D1.1 Structural Steel, 3G/4G, 2020
"""

FRONT_DESK_POSTING = """Dental Front Office Coordinator

What you will do
- Schedule patient appointments in Dentrix and confirm them by text
- Verify dental insurance and collect co-pays at check-in
- Post payments and send insurance claims

What you bring
- 2 years in a dental front office
- Dentrix and Microsoft Office
"""

FRONT_DESK_RESUME = """Alma Reyes-Quint
Spokane, WA | 509-555-0102 | alma.rq@example.com

WORK HISTORY
Front Desk Coordinator, Lilac Family Dental, Spokane, WA    2021 - Present
- Check in patients, verify dental insurance and collect co-pays
- Post payments and send insurance claims every afternoon
- Cross-train new front desk hires on Dentrix scheduling and insurance verification
"""


def _bullets(text: str) -> list[str]:
    return [line.lstrip("•- ").strip() for line in text.splitlines()
            if line.lstrip().startswith(("•", "-"))]


def test_which_lines_teach_newcomers() -> None:
    assert teaches_newcomers("Train two apprentices on fit-up and grinding")
    assert teaches_newcomers("Cross-train new front desk hires on Dentrix")
    assert teaches_newcomers("Lead a crew of two apprentices and check their work against the NEC")
    assert teaches_newcomers("Trained temps on the pick-to-light system")
    # People served, staff led as the job, and an event are not newcomers taught.
    assert not teaches_newcomers("Train residents and CNAs in safe transfers")
    assert not teaches_newcomers("Lead a team of 18 guest service agents")
    assert not teaches_newcomers("Lead new-hire orientation every Monday")
    assert not teaches_newcomers("Weld beams with FCAW; train apprentices when asked")


def test_a_welders_training_line_stays_under_the_welding() -> None:
    result = tailor(WELDER_RESUME, WELDER_POSTING, today=date(2026, 12, 1))
    bullets = _bullets(result.text)
    teaching = next(k for k, b in enumerate(bullets) if b.startswith("Train two apprentices"))
    welding = next(k for k, b in enumerate(bullets) if b.startswith("Weld beams"))
    assert welding < teaching
    assert teaching == len(bullets) - 1  # as the writer put it: last


def test_a_front_desks_cross_training_line_stays_under_the_desk_work() -> None:
    result = tailor(FRONT_DESK_RESUME, FRONT_DESK_POSTING, today=date(2026, 12, 1))
    bullets = _bullets(result.text)
    assert bullets[0].startswith("Check in patients")
    assert bullets[-1].startswith("Cross-train new front desk hires")


def test_teaching_is_the_trainers_own_work() -> None:
    posting = ("Field Trainer\n\nResponsibilities\n- Train new hires on Salesforce and our"
               " quoting process\n- Write training guides\n")
    analysis = analyse_posting(posting, None, None)
    line = "Train new hires on Salesforce and quoting"
    plain = "Teach Salesforce and quoting to sales reps"
    relevance = Relevance(analysis, load_vocabulary(), [line, plain])
    assert relevance.line(line) >= relevance.line(plain)


def test_new_work_is_the_writers_own() -> None:
    # "new" before work, not people (review26 O1).
    assert not teaches_newcomers("Supervised new construction of three 40-unit apartment buildings")
    assert not teaches_newcomers("Trained new demand forecasting models each week in Python")
    assert not teaches_newcomers("Led new client onboarding for 40 accounts")
    assert not teaches_newcomers("Oversaw new store openings in two states")
    assert teaches_newcomers("Trained 15 new cashiers on returns and the loyalty program")
    assert teaches_newcomers("Train new room attendants on cleaning procedures")


KITCHEN_POSTING = """Sous Chef

Responsibilities
- Run the line during dinner service and work saute and grill stations
- Break down whole fish and butcher proteins
- Place seafood and produce orders

Requirements
- 3 years of line cooking experience
- ServSafe Food Protection Manager
"""

KITCHEN_RESUME = """Dana Whitcombe
Savannah, GA | 912-555-0170 | dana.w@example.com

EXPERIENCE
Sous Chef, Tybee Oyster House, Savannah, GA    2022 - Present
- Run the saute and grill stations on a 180-cover dinner service
- Break down whole fish and place seafood orders with two local docks
- Write the prep lists and check walk-in temperatures each morning
- Train new line cooks on every station and our plating standards

Line Cook, Forsyth Grill, Savannah, GA    2019 - 2022
- Worked saute, grill and fry stations
- Prepped sauces and cut vegetables for 120 covers a night

CERTIFICATIONS
ServSafe Food Protection Manager, 2023
"""


def test_the_summary_names_no_trainees_as_experience() -> None:
    result = tailor(KITCHEN_RESUME, KITCHEN_POSTING, today=date(2026, 12, 1))
    assert result.summary is not None
    assert "line cooks" not in result.summary
    assert [b[:5] for b in _bullets(result.text)].index("Train") >= 2  # under the work


def test_workers_in_the_plural_are_no_experience_of_their_work() -> None:
    from tailor_app.tailoring.compose.summary import _workers_of_the_name

    assert _workers_of_the_name("line cooks", "Line cooking")
    assert _workers_of_the_name("truck drivers", "Truck driving")
    assert not _workers_of_the_name("Windows servers", "Windows Server")
    assert not _workers_of_the_name("saute stations", "Saute")
