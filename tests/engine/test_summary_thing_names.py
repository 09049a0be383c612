"""A name the vocabulary reads whole for a narrower skill than the one asked is said in
the summary line as the resume writes it when it is a noun phrase ("wiring diagrams"
for Electrical Schematics, named by its -ing word as "cleaning supplies" are); an
alias that is a verb and its object ("close the books", "visited families at home")
is a deed, never listed as a noun ("experience in close the books")."""

from __future__ import annotations

import re
from datetime import date

from tailor_app.tailoring.compose.naming import summary_term
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 12, 1)

ACCOUNTANT = """Maren Lindahl
Columbus, OH | maren.lindahl@example.com

EXPERIENCE
Junior Accountant | Scioto Valley Freight | 2022 – Present
- Book monthly journal entries and reconcile bank, credit card and prepaid accounts
- Help the controller close the books each month and at year end
- Keep the fixed asset register and depreciation schedule in QuickBooks
- Pull audit samples for the outside auditors

Accounts Payable Clerk | Buckeye Tile Supply | 2019 – 2022
- Built an Excel workbook with pivot tables to track aging
"""
ACCOUNTANT_POSTING = """Staff Accountant
Key responsibilities
1. Prepare journal entries and account reconciliations for cash, prepaid and accruals
2. Assist with month-end and year-end close
3. Maintain fixed asset schedules
Requirements
- Excel, including pivot tables
"""

CASE_WORKER = (
    "Dana Whitcomb\nMilwaukee, WI | dana.whitcomb@example.com\n\n"
    "Family Support Specialist, Lakefront Family Center — 2023–present\n"
    "Managed a caseload of 22 families; did intake interviews and wrote service plans with "
    "each family; helped families apply for SNAP, Medicaid and emergency rent help; visited "
    "families at home and kept case notes in Apricot.\n\n"
    "Youth Mentor, Northside Boys & Girls Club — 2020–2023\n"
    "Ran after-school homework help for 30 kids.\n")
CASE_POSTING = """Case Manager – Housing Stability Program
Responsibilities
- Make home visits and document notes in our client database
- Complete intake interviews and write service plans
- Help clients apply for SNAP and Medicaid
"""


def _no_deed_as_a_noun(summary: str) -> None:
    assert not re.search(r"\b(?:in|,)\s+close the books", summary), summary
    assert "visited families" not in summary, summary


def test_a_verb_and_its_object_is_no_name() -> None:
    for resume, posting in ((ACCOUNTANT, ACCOUNTANT_POSTING), (CASE_WORKER, CASE_POSTING)):
        result = tailor(resume, posting, today=TODAY)
        assert result.guard.ok and result.dropped == []
        assert result.summary is not None
        _no_deed_as_a_noun(result.summary)


def test_a_thing_named_by_its_ing_word_is_a_name() -> None:
    vocabulary = load_vocabulary()
    text = "Traced lighting faults with wiring diagrams"
    assert summary_term("wiring diagrams", "hard", "Electrical Schematics", text,
                        vocabulary) == "wiring diagrams"
    visits = "Visited families at home every week"
    assert summary_term("visited families at home", "hard", "Home Health Care", visits,
                        vocabulary) != "visited families at home"
