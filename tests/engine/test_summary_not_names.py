"""Words a bullet writes around a skill that are no name for it stay out of the
summary line: a place where the work was done ("Keep the supply closet stocked"),
the people it was done with ("Supervise four STNAs", "Train new baristas"), a
modifier cut from its noun ("fixed asset" of "fixed asset roll-forward"). A deed
whose verb the skill's name says as a noun ("verified insurance" for Insurance
Verification) is told as a deed: "verifying insurance"."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.naming import summary_term
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 12, 1)

OFFICE = """Rosa Delgado
Mesa, AZ | rosa.delgado@example.com

EXPERIENCE
Front Desk Assistant | Sonoran Smiles Dental | 2018 – Present
- Answer phones and book patient appointments in Dentrix
- Keep the supply closet stocked and call in orders to the vendor
- Checked patients in and verified insurance before each visit
- Scan referrals into the chart
"""
OFFICE_POSTING = """Dental Front Office Coordinator
Requirements
- Insurance verification
- Office supplies management
- Dentrix
- Patient scheduling
"""


def test_a_place_is_not_named_and_a_named_deed_reads_as_one() -> None:
    result = tailor(OFFICE, OFFICE_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert result.summary is not None
    assert "supply closet" not in result.summary, result.summary
    assert "verifying insurance" in result.summary, result.summary


def test_people_and_cut_modifiers_are_no_names() -> None:
    vocabulary = load_vocabulary()
    text = ("Supervise four STNAs on the day shift\nTrain new baristas on the bar\n"
            "Book the fixed asset roll-forward each month\nMaintain the fixed asset register\n")
    assert summary_term("STNAs", "hard", "STNAs", text, vocabulary) is None
    assert summary_term("baristas", "hard", "Barista", text, vocabulary) is None
    assert summary_term("fixed asset", "hard", "Fixed Asset Accounting", text,
                        vocabulary) is None
    # Written alone, the same words are the skill's name.
    alone = "Fixed asset accounting and depreciation\nBook fixed assets, prepaids and accruals\n"
    assert summary_term("fixed assets", "hard", "Fixed Asset Accounting", alone,
                        vocabulary) == "fixed assets"
    # A credential's letters that name a practice are no people: "CMAs" for sellers.
    assert summary_term("CMAs", "hard", "Comparative Market Analysis",
                        "Prepared CMAs for sellers", vocabulary) == "CMAs"


def test_an_adjective_like_a_verb_is_no_deed() -> None:
    vocabulary = load_vocabulary()
    text = "Built virtual machines in VMware for the test lab\n"
    assert summary_term("virtual machines", "hard", "Virtualization", text,
                        vocabulary) == "virtual machines"


def test_whom_a_phrase_names_is_no_name() -> None:
    vocabulary = load_vocabulary()
    text = ("Sat on the Tier 2 team for attendance\nPulled trial balances for the year-end "
            "auditors\nRan memory groups for residents with dementia\n")
    assert summary_term("Tier 2 team", "hard", "Tier 2 Interventions", text, vocabulary) is None
    assert summary_term("year-end auditors", "hard", "Audit", text, vocabulary) is None
    assert summary_term("residents with dementia", "hard", "Dementia care", text,
                        vocabulary) == "residents with dementia"


def test_a_modifier_keeps_the_one_noun_it_was_cut_from() -> None:
    vocabulary = load_vocabulary()
    text = "Led fine motor groups twice a week\nCut changeover time on line 3 by half\n"
    assert summary_term("fine motor", "hard", "Fine Motor Skills", text,
                        vocabulary) == "fine motor groups"


def test_a_deed_in_a_bullets_list_of_deeds_reads_as_one() -> None:
    vocabulary = load_vocabulary()
    text = ("Repair leaking faucets, replace toilets and clear clogged drains\n"
            "Repair furnaces and heat pumps\n")
    assert summary_term("replace toilets", "hard", "Toilet Repair", text,
                        vocabulary) == "replacing toilets"
    assert summary_term("heat pumps", "hard", "Heat Pumps", text, vocabulary) == "heat pumps"


def test_a_letter_naming_a_shape_keeps_its_capital() -> None:
    # "I-joists" opened a bullet; mid-sentence it read "i-joists", a word nobody writes.
    resume = ("Sam Ortiz\nsam@example.com\n\nExperience\n"
              "Counter Sales, Valley Lumber, 2019 - 2024\n"
              "- I-joists and LVL beams sized from builders' plans\n- Quoted framing packages\n")
    posting = ("Building Materials Sales\nRequirements\n- Knowledge of I-joists and engineered "
               "lumber\n- Quoting framing packages\n")
    line = tailor(resume, posting).text.splitlines()[3]
    assert "I-joists" in line and "i-joists" not in line
