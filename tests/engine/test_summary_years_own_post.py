"""The line's own post lends its years only to the items it writes itself. An item only an
earlier, shorter role wrote is not claimed with the post's years: a name stands in the
"Key skills" list (which claims none) and a deed is left out, so the figure stays the
post's. An item no dated role writes (a skills list's) takes the post's years and never
removes the figure from the line."""

from __future__ import annotations

import re
from datetime import date

from tailor_app.tailoring.compose.tailor import tailor

TODAY = date(2026, 12, 1)


def _years(summary: str | None) -> int | None:
    found = re.search(r"(\d+) years? of experience", summary or "")
    return int(found.group(1)) if found else None


def _sentence(summary: str | None) -> str:
    """The part that claims the years: from "experience in" to the first full stop."""
    found = re.search(r"experience in ([^.]+)", summary or "")
    return found.group(1).casefold() if found else ""


ADJUSTER = """Teodora Vukovic
Omaha, NE | teodora.v@example.com

EXPERIENCE
Property Claims Adjuster | Platte Mutual Insurance, Omaha, NE | 2019 – Present
- Inspect storm-damaged homes and write estimates in Xactimate
- Set and adjust reserves on 120 open property claims

Claims Intake Clerk | Platte Mutual Insurance, Omaha, NE | 2016 – 2019
- Took first notice of loss calls from policyholders and opened new claim files
"""

ADJUSTER_POSTING = """Property Claims Adjuster
Requirements
- First notice of loss
- Xactimate
- Reserving
- Estimate writing
"""


def test_a_name_only_an_earlier_role_wrote_goes_to_the_key_skills() -> None:
    result = tailor(ADJUSTER, ADJUSTER_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    summary = result.summary or ""
    assert summary.startswith("Property Claims Adjuster"), summary
    assert _years(summary) == 8, summary  # 2019 to today, years counted whole
    assert "first notice of loss" not in _sentence(summary), summary
    assert "Key skills: first notice of loss" in summary, summary


BAKER = """Oluwaseun Brandt
Madison, WI | seun.brandt@example.com

EXPERIENCE
Head Baker | Isthmus Bread Co., Madison, WI | 2021 – Present
- Mix and shape 600 sourdough loaves a night on a spiral mixer
- Write production schedules for a crew of four

Pastry Assistant | Lakeside Cafe, Madison, WI | 2018 – 2021
- Laminated croissant dough and made pâte à choux for the pastry case
"""

BAKER_POSTING = """Head Baker
Requirements
- Sourdough
- Spiral mixers
- Laminated dough
- Production scheduling
"""


def test_a_name_of_another_trade_goes_to_the_key_skills_too() -> None:
    result = tailor(BAKER, BAKER_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    summary = result.summary or ""
    assert _years(summary) == 6, summary  # 2021 to today
    assert "croissant" not in _sentence(summary) and "laminat" not in _sentence(summary), summary


DISPATCHER = """Kenji Albrecht
Tacoma, WA | kenji.albrecht@example.com

EXPERIENCE
Dispatcher | Puget Freight Lines, Tacoma, WA | 2020 – Present
- Plan daily routes for 30 drivers in Samsara
- Book loads on the DAT load board

Yard Clerk | Puget Freight Lines, Tacoma, WA | 2017 – 2020
- Audited trip sheets and fuel receipts before drivers clocked out
"""

DISPATCHER_POSTING = """Dispatcher
Requirements
- Route planning
- DAT load board
- Samsara
- Auditing
"""


def test_a_deed_only_an_earlier_role_wrote_is_left_out_not_the_years() -> None:
    result = tailor(DISPATCHER, DISPATCHER_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    summary = result.summary or ""
    assert _years(summary) == 7, summary  # 2020 to today, the dispatcher's own
    assert "auditing" not in _sentence(summary), summary


TECH = """Marguerite Oyelowo
Dayton, OH | m.oyelowo@example.com

SKILLS
HVAC, Metasys, chillers

EXPERIENCE
Building Engineer | Miami Valley Towers, Dayton, OH | 2019 – Present
- Run PMs on chillers and air handlers
- Close maintenance tickets in Metasys
"""

TECH_POSTING = """Building Engineer
Requirements
- HVAC
- Chillers
- Preventive maintenance
- Metasys
"""


def test_an_item_only_the_skills_list_names_keeps_the_years() -> None:
    result = tailor(TECH, TECH_POSTING, today=TODAY)
    assert result.guard.ok
    assert _years(result.summary) == 8, result.summary
