"""The posting's gift, idiom, errand, hiring, waiver, occasion, kind, other people's
work and place-name scanners read only the lines holding one of their cue words
(``posting.cue_lines``), the firm reader only runs of two or more capitalised words, and
the goods-moved test only a window holding a verb of moving: a speed step that must
read every text as the whole-text scans did (Dec 6, speed13). Each text is written for
the test; the first tests word a target so that a cue list missing one form of a word
would skip it.
"""

from __future__ import annotations

import re

import pytest

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.posting import firms, holders, idioms, offered, outside
from tailor_app.tailoring.posting.analyse import analyse_posting


def _all(text: str) -> set[str]:
    analysis = analyse_posting(text)
    return {s.name for s in analysis.skills} | set(analysis.certifications)


def test_a_path_told_with_moving_is_still_no_ask() -> None:
    # "moving into" holds no "move": the path's cue is "mov".
    names = _all("Resident Aide\n\nResponsibilities\n- Help residents with bathing and "
                 "dressing\n- Get support moving into a Medication Aide role\n")
    assert "Certified Medication Aide" not in names
    assert "Bathing Assistance" in names


def test_a_company_paid_course_is_still_no_ask() -> None:
    # "Company-paid" is the gift's word: "paid" must cue the line.
    names = _all("Warehouse Associate\n\nDuties\n- Pick and pack orders\n"
                 "- Company-paid forklift certification after 30 days\n")
    assert "Forklift Certification" not in names
    assert "Order Picking" in names


def test_an_idiom_in_capitals_or_another_form_is_still_no_ask() -> None:
    upper = _all("Medical Receptionist\n\nResponsibilities\n- LEND A HAND TO THE BILLING "
                 "OFFICE WITH INSURANCE VERIFICATION\n- Schedule appointments in Epic\n")
    assert "Lending" not in upper
    assert "Insurance Verification" in upper
    helping = _all("Medical Receptionist\n\nResponsibilities\n- Lending a helping hand to "
                   "the billing office\n- Schedule appointments in Epic\n")
    assert "Lending" not in helping


def test_an_errand_told_with_carries_is_still_no_ask() -> None:
    # "carries" holds no "carry": the errand's cue is "carr".
    names = _all("Parts Runner\n\nWhat you'll do\n- Carries invoices to the service desk "
                 "when the counter is busy\n- Pull parts from the warehouse\n")
    assert "Service Desk" not in names


@pytest.mark.parametrize(("duty", "goods"), [
    ("Unload trailers of meat, dairy and frozen produce", "Frozen produce"),
    ("Palletizes cases of canned soup, bottled juice and dry pasta", "Canned soup"),
    ("Restocks coolers with bottled juice, sliced deli meats and cheeses", "Bottled juice"),
    ("Tarping loads of lumber, drywall and roofing shingles", "Roofing shingles"),
])
def test_goods_moved_by_any_form_of_the_verb_ask_nothing(duty: str, goods: str) -> None:
    # ``noise.moved_goods`` scans only a window holding a verb of moving ("palleti",
    # "stock", "tarp"): each form here must still be read as moving goods.
    assert goods not in _all(f"Receiver\n\nDuties\n- {duty}\n")


def _office(line: str) -> set[str]:
    return {n.lower() for n in _all("Office Coordinator\nLarkspur Realty\n\nRequirements\n"
                                    f"- Microsoft Excel\n- {line}\n")}


def test_a_waiver_with_a_curly_apostrophe_or_in_capitals_is_still_no_ask() -> None:
    # ``outside._NOT_PART`` reads only lines holding "not", "n't" or "n’t" (or "handled",
    # "done", "covered", "taken"): the curly apostrophe and capitals must cue the line.
    for line in ("Payroll isn’t part of this role.", "PAYROLL IS NOT PART OF THIS ROLE."):
        low = _office(line)
        assert "payroll" not in low, line
        assert "microsoft excel" in low


def test_occasions_told_by_other_words_are_still_times() -> None:
    # ``outside.occasions_of_hours`` finds the occasions first, on lines holding an
    # occasion's word and "for", "during" or "around".
    head = "Front Desk Assistant. Hours are 8-5"
    tail = " Answer phones, greet clients and scan files into Laserfiche."
    overtime = _all(f"{head} with overtime around open enrollment.{tail}")
    assert "Open enrollment" not in overtime and "Laserfiche" in overtime
    saturdays = _all(f"{head}, with two Saturdays during our fall client appreciation "
                     f"events.{tail}")
    assert not {n for n in saturdays if "event" in n.lower()}


def test_kinds_named_before_a_kind_or_in_brackets_are_still_no_languages() -> None:
    # ``kinds_named`` reads only lines holding a kind's noun as written ("pastr" of
    # "pastries") or a bracket after a blank.
    baker = _all("Baker\n\nDuties\n- Bake French and Danish pastries each morning\n")
    assert not {"French", "Danish"} & baker
    server = _all("Server\n\nRequirements\n- Know our service styles (French, Russian, "
                  "American)\n- Take orders\n")
    assert not {"French", "Russian", "American"} & server
    assert "Order Taking" in server


def test_others_work_and_places_named_are_still_read_on_their_lines() -> None:
    # ``outside.others_work`` reads lines holding its verb ("take" of "takes care of"),
    # ``proper_names`` lines holding a bracket or an organisation's last word as written
    # ("School" of "Schools").
    desk = _all("Medical Receptionist\n\nAbout the role\nOur billing team takes care of "
                "insurance claims. You will greet patients and schedule appointments in "
                "Epic.\n")
    assert "Insurance claims" not in desk and "Epic" in desk
    schools = _all("Paraeducator\nRidgecrest Unified Schools\n\nRidgecrest Unified Schools "
                   "serves 9,000 students.\n\nDuties\n- Follow the RUS bell schedule and "
                   "support students in small groups\n")
    assert "RUS" not in schools
    ramp = _all("Ramp Agent\n\nWork at Gerald R. Ford International Airport (GRR) loading "
                "bags\n")
    assert "Gross Revenue Retention" not in ramp


_TEXTS = [
    "Perks\nWe'll pay for your CDL if you want to move up to driving.\n- Receive free "
    "uniforms and non-slip shoes\n- Enjoy paid holidays",
    "We will cover the cost of your license.\nHave your CNA certification paid for\n"
    "your CPR class is on us",
    "• Receive payment for meals\n•Earn a $1/hr differential\nyou'll get paid weekly; "
    "Access the HRIS to enter PTO changes",
    "Grow into a Lead Teller role. A pathway to becoming an RN, raises as you progress "
    "toward your journeyman license.\nStepping up to a lead position",
    "Lend a hand to the tax team, lend an ear to callers and hit the ground running.\n"
    "Close the loop with customers; keep a close eye on stock; roll up your sleeves",
    "Wear many hats, go the extra mile and think on your feet.\nLearn the ropes, hold "
    "down the fort, get your hands dirty, pitch in, chip in the, move the needle",
    "Raise the bar. Give orders to the prep cooks; call out orders to the line.\n"
    "Run paperwork to the contractor desk\ncarry linens to the rooms, strip and make beds",
    "bring the mail to our front office and shuttle carts to each wing when asked",
    "Receptionist at Brightline Payroll Services\nRedline Roofing Supply is hiring.\n"
    "Provide Payroll Services to clients. Join Harlow & Finch CPAs, AT&T and the Bank of "
    "America; iPhone McDonald's Acme+Co of the\n3+ Years Of Hvac Service",
    "",
    "no newline at all and no cue",
]


def _variants(text: str) -> list[str]:
    return [text, text.upper(), text.title(), text.replace(" ", "\t"),
            text.replace("\n", " "), "\u0130" + text, text.replace("s", "\u017f", 1)]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_cued_lines_find_what_the_whole_text_scan_finds(text: str) -> None:
    for variant in _variants(text):
        low = folded(variant)
        # ``None`` reads the whole text with every pattern (the scan before the cues).
        assert offered._offered_spans(variant, low) == offered._offered_spans(variant, None)
        assert idioms._idiom_spans(variant, low) == idioms._idiom_spans(variant, None)


def _token_runs(text: str) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """The runs as the firm reader cut them before ``firms._RUN``: every token of the
    text in turn, a run broken by anything but spaces and opened by no glue word."""
    out: list[tuple[int, int, list[tuple[int, int, str]]]] = []
    cur: list[tuple[int, int, str]] = []
    last_end = -1
    for m in firms._TOKEN.finditer(text):
        if cur and text[last_end:m.start()].strip(" \t") != "":
            out.append((cur[0][0], cur[-1][1], cur))
            cur = []
        if not cur and m.group() in firms._GLUE:
            last_end = m.end()
            continue
        cur.append((m.start(), m.end(), m.group()))
        last_end = m.end()
    if cur:
        out.append((cur[0][0], cur[-1][1], cur))
    return out


@pytest.mark.parametrize("text", _TEXTS)
def test_the_runs_of_capitals_are_the_token_loops(text: str) -> None:
    for variant in _variants(text):
        runs = [r for r in _token_runs(variant) if len(r[2]) > 1]
        assert firms._runs(variant) == runs


def test_a_firm_is_named_among_the_skills() -> None:
    text = "Receptionist at Brightline Payroll Services.\nProvide Payroll Services."
    hits = [m.span() for m in re.finditer("Payroll Services", text)]
    assert firms.firm_name_spans(text, hits) == [(16, 44)]
    assert firms.firm_name_spans(text, []) == []


@pytest.mark.parametrize(("new", "old"), [
    (holders._LETTERS_THEN_WORD,
     re.compile(r"\b([A-Z]{2,6}(?:s\b)?)(?:[ \t]+([a-z]+))?(?:[ \t]+([a-z]+))?")),
    (outside._ANY_HONORIFIC, re.compile(r"\b(?:Dr\.|Mr\.|Mrs\.|Ms\.|Mx\.|Chef\b)")),
])
def test_a_pattern_opening_with_its_capital_finds_what_the_boundary_form_finds(
        new: re.Pattern[str], old: re.Pattern[str]) -> None:
    # The capital written first and the boundary checked behind it: the same matches.
    texts = [*_TEXTS, "Work alongside our CDL drivers, RNs and LPN staff; aCDL xRN _RN 9RN",
             "Dr. Weiss, Mrs. Doe, Ms Word, MS. Smith, Mx. Lee, Chefs, Chef Ruiz, ADr. x"]
    for text in texts:
        for variant in _variants(text):
            assert [(m.span(), m.groups()) for m in new.finditer(variant)] == \
                [(m.span(), m.groups()) for m in old.finditer(variant)]
