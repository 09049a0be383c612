"""A tool's letters that start a compound of another trade are that trade's word: "ACL
reconstruction" in a therapist's posting is a ligament, not the auditors' ACL
Analytics; "TMS treatments" in a psychiatric nurse's, no transportation system. Where
the posting's trade is the tool's, or the word after is one a system holds ("POS
transactions", "SAP purchase orders"), the tool is asked."""

from __future__ import annotations

from datetime import date

import pytest

from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(posting: str) -> set[str]:
    return {s.name for s in analyse_posting(posting).skills}


@pytest.mark.parametrize(("posting", "tool"), [
    ("Physical Therapist Assistant\nDuties\n- Carry out plans of care for patients after "
     "joint replacement, ACL reconstruction and spine injuries\n- Lead therapeutic exercise "
     "and gait training\n- Write daily notes in WebPT\n", "ACL Analytics"),
    ("Athletic Trainer\nDuties\n- Rehab athletes after ACL repairs and ankle sprains\n"
     "- Therapeutic exercise, manual therapy and gait training\n", "ACL Analytics"),
    ("Psychiatric Nurse\nDuties\n- Deliver TMS treatments under the psychiatrist's orders\n"
     "- Screen patients for depression and monitor for side effects\n- Administer "
     "medications and document in the EHR\n- Lead group therapy and crisis de-escalation\n",
     "Transportation Management System"),
])
def test_a_tools_letters_in_another_trades_compound_are_no_ask(posting: str, tool: str) -> None:
    assert tool not in _asked(posting)


@pytest.mark.parametrize(("posting", "tool"), [
    ("Staff Auditor\nRequirements\n- Internal audit experience\n- Write ACL scripts to test "
     "journal entries\n- SOX testing and walkthroughs\n", "ACL Analytics"),
    ("Pharmacy Technician\nDuties\n- Fill prescriptions and count controlled substances\n"
     "- Run POS transactions and answer patient calls\n- Verify insurance and process "
     "claims\n", "Point of Sale"),
    ("Accounts Receivable Specialist\nRequirements\n- Post customer payments and apply cash "
     "daily\n- Experience with EDI customer portals\n- Collections calls on past-due "
     "accounts\n- Month-end close and aging reports\n", "EDI"),
    ("Hospital Buyer\nDuties\n- Place SAP purchase orders for the OR and ICU\n- Track "
     "implant inventory and sterile supplies for surgery\n- Work with nurses on par "
     "levels\n", "SAP ERP"),
])
def test_a_tool_of_the_trade_or_before_a_systems_word_is_asked(posting: str, tool: str) -> None:
    assert tool in _asked(posting)


def test_the_summary_never_names_a_ligament_as_a_tool() -> None:
    resume = """Mei Hart, PTA
Golden, CO · 720-555-0182 · mei.hart@example.com

EXPERIENCE
Physical Therapist Assistant, Front Range Sports Rehab, Golden, CO — 2024 to present
• Treat 14 patients a day after total knee replacements and ACL repairs
• Run therapeutic exercise and gait training with crutches and walkers
• Document visits in WebPT before end of day
"""
    posting = """Physical Therapist Assistant
Duties
- Carry out plans of care for patients after joint replacement, ACL reconstruction and
  spine injuries
- Lead therapeutic exercise and gait training
- Write daily notes in WebPT
"""
    result = tailor(resume, posting, today=date(2026, 12, 1))
    assert result.guard.ok
    assert "ACL Analytics" not in {m.name for m in result.match_before.matched}
    assert "ACL," not in (result.summary or "")
