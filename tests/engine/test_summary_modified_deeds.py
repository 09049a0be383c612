"""A deed a bullet opens with a word saying how ("Cold called 60 shops a day", "Spot
checked every pallet") is told by the summary line as the activity, "cold calling",
never with the first word turned into a verb ("colding called"); a lone verb that is
one activity of a joined name ("proofread" for Editing and Proofreading) is no name."""

from __future__ import annotations

from datetime import date

from tailor_app.tailoring.compose.gerund import gerund_phrase, modified_gerund, whole_object
from tailor_app.tailoring.compose.naming import summary_term
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.skills.vocabulary import load_vocabulary

TODAY = date(2026, 12, 1)

SALES = """Dario Venn
Toledo, OH | dario.venn@example.com

EXPERIENCE
Sales Associate | Maumee Print & Sign | 2020 – Present
- Cold called 50 local shops a day to book print consultations
- Spot checked every banner order against the proof before pickup
- Kept the showroom samples current
- Opened and closed the store on weekends
"""
SALES_POSTING = """Business Development Representative
What you'll do
- Cold calling to new small businesses
- Prospecting and booking meetings
Requirements
- 2+ years in sales
"""


def test_a_word_saying_how_before_a_past_tense_is_told_with_it() -> None:
    text = "Cold called 50 local shops a day\nSpot checked every banner order\n"
    assert gerund_phrase("Cold called", set(), text) == "cold calling"
    assert modified_gerund(["Spot", "checked"]) == "spot checking"
    # A verb before the past is no word saying how: "Get certified" is told by no line.
    assert gerund_phrase("Keep updated", {"keep"}, "Keep updated\n") is None
    # In a longer deed the past describes the object, and the verb is told as before.
    assert gerund_phrase("Resolve escalated guest complaints", set(),
                         "Resolve escalated guest complaints within a day\n") == (
        "resolving escalated guest complaints")


def test_a_plain_form_after_a_word_saying_how_is_never_garbled() -> None:
    text = "Cold call and door-knock industrial parks to open new accounts\n"
    assert gerund_phrase("Cold call", {"call", "open"}, text) is None
    assert gerund_phrase("Spot check pallets", {"check"}, "Spot check pallets\n") is None
    # A verb the list knows, before a noun that is also a verb, is told as before.
    assert gerund_phrase("Pull wire", {"pull", "wire"}, "Pull wire for new circuits\n") == (
        "pulling wire")


def test_a_territory_reps_cold_calls_never_read_colding() -> None:
    resume = SALES.replace("- Cold called 50 local shops a day to book print consultations",
                           "- Cold call and door-knock industrial parks to open new accounts")
    posting = ("Outside Sales Representative\nWhat you'll do\n"
               "- Prospect new accounts by phone and in person\n- Build quotes\n")
    result = tailor(resume, posting, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert "colding" not in (result.summary or ""), result.summary


def test_the_line_never_turns_the_word_saying_how_into_a_verb() -> None:
    result = tailor(SALES, SALES_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert result.summary is not None
    assert "colding" not in result.summary and "spotting" not in result.summary
    assert "cold calling" in result.summary, result.summary


def test_a_lone_verb_of_one_joined_activity_is_no_name() -> None:
    vocabulary = load_vocabulary()
    text = "Draft letters in Word and proofread for the partners\n"
    assert summary_term("proofread", "hard", "Editing and Proofreading", text,
                        vocabulary) is None


WAREHOUSE = """Lena Okafor
Reno, NV | lena.okafor@example.com

EXPERIENCE
Warehouse Associate | Sierra Freight Hub | 2019 – Present
- Loaded outbound trailers by route and checked seals
- Process Medicaid claims for the on-site clinic twice a month
- Rotated stock first in, first out in the cooler
"""


def test_a_deed_read_cut_short_is_told_with_its_whole_object() -> None:
    text = WAREHOUSE
    assert whole_object("Loaded outbound", text) == "Loaded outbound trailers"
    assert gerund_phrase("Loaded outbound", set(), text) == "loading outbound trailers"
    # An object that runs on past five words, or is followed by when it was done,
    # is not told.
    assert whole_object("Rotated stock", text) is None
    long = "Sorted returned customer holiday gift orders by hand\n"
    assert whole_object("Sorted returned", long) is None


def test_a_name_in_the_object_keeps_its_capital() -> None:
    text = WAREHOUSE
    assert gerund_phrase("Process Medicaid claims", set(), text) == (
        "processing Medicaid claims")
    # A line written in capitals throughout is style: the words read in lower case.
    assert gerund_phrase("Manage Vendor Relationships", set(),
                         "Manage Vendor Relationships\n") == "managing vendor relationships"


HVAC = """Rosa Ibáñez
Columbia, SC | rosa.ibanez@example.com

EXPERIENCE
HVAC Technician | Midlands Heating & Air | 2019 – Present
- Recover and recharge refrigerant on split systems and heat pumps
- Replace blower motors and capacitors
"""
HVAC_POSTING = """HVAC Service Technician
Responsibilities
- Refrigerant charging and recovery
- Heat pumps and split systems
"""


def test_the_second_of_two_joined_verbs_is_told_as_a_deed() -> None:
    vocabulary = load_vocabulary()
    text = "Recover and recharge refrigerant on split systems and heat pumps\n"
    assert summary_term("recharge refrigerant", "hard", "Refrigerant charging", text,
                        vocabulary) == "recharging refrigerant"
    result = tailor(HVAC, HVAC_POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert result.summary is not None
    assert "in recharge refrigerant" not in result.summary
    assert "recharge refrigerant," not in result.summary, result.summary


def test_a_title_cased_name_with_hyphens_reads_as_the_resume_writes_it() -> None:
    vocabulary = load_vocabulary()
    text = "Run the month-end close checklist for three entities\n"
    assert summary_term("month-end close", "hard", "Month-End Close", text,
                        vocabulary) == "month-end close"


def test_a_name_cut_before_a_word_of_its_skill_is_written_whole() -> None:
    vocabulary = load_vocabulary()
    text = "Track tally and ABC behavior data daily for the case manager\n"
    assert summary_term("ABC behavior", "hard", "Behavior Data Collection", text,
                        vocabulary) == "ABC behavior data"
