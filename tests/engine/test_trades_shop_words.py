"""How trades people write what a trade's posting asks (trades16, Dec 6): a machine by its
shop name (a turning center is a CNC lathe, a vertical mill a VMC), a code by its short
form (ASME IX), a tank trailer by its spec (MC-407), an HOS rule by its hours, a CDL's
endorsements by their letters, a measuring tool by a narrower kind of it (dial calipers),
and a licence's name in title case. Texts written for this test (none copied from a
posting or a resume).
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary, narrower_splits, parse_lines


def _report(posting_lines: list[str], bullets: list[str], extra: str = ""):
    posting = "Technician\n\nRequirements\n" + "".join(f"- {x}\n" for x in posting_lines)
    resume = ("Sam Reyes\nsam.reyes@example.com\n\nExperience\n"
              "Technician | Ridge Works | 2019 - Present\n"
              + "".join(f"- {b}\n" for b in bullets) + extra)
    return match_resume(parse_resume(resume), analyse_posting(posting))


@pytest.mark.parametrize(("ask", "bullet", "skill"), [
    ("Run CNC lathes on second shift", "Ran two Okuma turning centers on brass fittings",
     "CNC Lathes"),
    ("Operate VMCs", "Operated vertical mills and a surface grinder",
     "Vertical Machining Centers"),
    ("Edit G-code at the machine", "Changed feeds in the G & M codes at the control", "G-code"),
    ("Set work offsets on every job", "Touched off tools before each run", "Tool and Work Offsets"),
    ("Prove out new programs", "Proved out programs for a new valve body", "Program Prove-Out"),
    ("Weld to ASME Section IX procedures", "Qualified 6G to ASME IX last spring",
     "ASME Section IX"),
    ("Fit-up of spools and flanges", "Fit and tack spools for the boiler house", "Fit-Up"),
    ("Read isometric drawings", "Laid out runs from isos and GA drawings", "Isometric Drawings"),
    ("Haul in DOT-407 tank trailers", "Pulled MC-407 tanks of resin for two years",
     "Tanker Hauling"),
    ("Follow hours-of-service rules", "Planned every trip around the 14-hour rule",
     "Hours of service"),
    ("Rotate stock by FEFO", "Pulled dairy by date first-expired", "FEFO"),
    ("Work in Manhattan WMS", "Released waves in Manhattan SCALE", "Manhattan WMS"),
    ("Troubleshoot VFDs", "Reset faults on PowerFlex drives", "Variable Frequency Drives"),
    ("Read electrical prints", "Traced faults from wiring diagrams", "Electrical Schematics"),
    ("Replace expansion valves", "Swapped TXVs on display cases", "Expansion Valves"),
    ("Service ice machines", "Descaled ice makers at six restaurants", "Ice Machines"),
    ("Install ductwork in new homes", "Hung sheet metal duct in crawlspaces", "Ductwork"),
    ("Work to IATF 16949", "Kept control plans current for TS 16949 audits", "IATF 16949"),
    ("Program robotic welding cells", "Touched up paths on two weld robots", "Robotic Welding"),
    ("Operate loaders and dozers", "Loaded trucks with a wheel loader at the pit",
     "Loader operation"),
    ("Secure flatbed loads", "Strapped and chained lumber and pipe", "Load Securement"),
    ("Install gas piping", "Ran black iron gas lines to dryers and ranges", "Gas Piping"),
    ("Install solar PV systems", "Mounted photovoltaic arrays on barn roofs", "Solar Installation"),
    ("Perform combustion analysis", "Tested every furnace with a combustion analyzer",
     "Combustion Analysis"),
    ("Run fiber laser cutting machines", "Nested and cut parts on a fiber laser", "Laser Cutting"),
])
def test_a_trades_ask_is_shown_by_the_shop_name(ask: str, bullet: str, skill: str) -> None:
    report = _report([ask], [bullet])
    assert skill in {m.name for m in report.matched}, (report.missing, report.matched)


def test_a_certified_forklift_operator_shows_forklift_operation() -> None:
    report = _report(["Forklift operation"], ["Loaded trucks at the dock"],
                     "\nCertifications\nForklift certified (sit-down)\n")
    assert "Forklift Operation" in {m.name for m in report.matched}


def test_a_licence_written_in_title_case_is_the_licence() -> None:
    report = _report(["Class A CDL"], ["Drove a regional dry van route"],
                     "\nLicenses\nClass A Commercial Driver's License (Ohio)\n")
    assert "Class A CDL" in {m.name for m in report.matched}


def test_endorsements_listed_by_their_letters() -> None:
    asks = ["Class A CDL with hazmat and tanker endorsements",
            "Doubles/triples endorsement"]
    both = _report(asks, ["Drove line haul"],
                   "\nLicenses\nCDL-A | Endorsements: X (tank/hazmat)\n")
    shown = {m.name for m in both.matched}
    assert {"Hazmat Endorsement", "Tanker Endorsement"} <= shown
    assert "Doubles/Triples Endorsement" not in shown
    one = _report(asks, ["Drove line haul"], "\nLicenses\nCDL-A | Endorsements: H, T\n")
    shown = {m.name for m in one.matched}
    assert {"Hazmat Endorsement", "Doubles/Triples Endorsement"} <= shown
    assert "Tanker Endorsement" not in shown


def test_a_letter_outside_an_endorsements_label_shows_nothing() -> None:
    report = _report(["Tanker endorsement"], ["Drove line haul"],
                     "\nLicenses\nCDL-A | Restrictions: N\n")
    assert "Tanker Endorsement" not in {m.name for m in report.matched}


def test_a_narrower_measuring_tool_shows_the_tool_asked() -> None:
    report = _report(["Measure parts with micrometers, calipers and bore gauges"],
                     ["Checked shafts with digital calipers and outside micrometers"])
    assert {"Calipers", "Micrometers"} <= {m.name for m in report.matched}


def test_a_tool_named_after_its_kind_is_filed_under_it(script: ModuleType,
                                                        tmp_path: Path) -> None:
    # O*NET's Tools Used: a name ending in another tool's name is that tool when O*NET
    # files both under one commodity; a hand truck (another commodity) is no truck, and a
    # tool of another field keeps out of a curated trade entry's word.
    rows = ["O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title",
            "51-4041.00\tGauge blocks\t41111600\tGauges",
            "51-4041.00\tSlip gauge blocks\t41111600\tGauges",
            "53-3032.00\tTrucks\t25101500\tTrucks",
            "53-7062.00\tHand trucks\t24101500\tHand trucks",
            "51-4041.00\tBoxes\t24112400\tBoxes",
            "19-2031.00\tGlove boxes\t24112400\tBoxes"]
    (tmp_path / "Tools Used.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")
    tsv = ("Gauge blocks\ttool\tgauge blocks\nSlip gauge blocks\ttool\tslip gauge blocks\n"
           "Trucks\ttool\ttrucks\nHand trucks\ttool\thand trucks\n")
    entries, problems = parse_lines(tsv.splitlines(), "production")
    entries += parse_lines(["Boxes\ttool\tboxes"], "logistics")[0]
    entries += parse_lines(["Glove boxes\ttool\tglove boxes"], "clinical_lab")[0]
    assert not problems
    vocabulary = Vocabulary(entries, splits=narrower_splits(entries))
    assert script.head_relations(tmp_path, vocabulary) == {
        "Slip gauge blocks": ["Gauge blocks"]}


def test_a_story_sentence_that_turns_to_the_hire_asks_in_its_second_part() -> None:
    # One paragraph: the employer's story and the ask in one sentence, joined by
    # ", and we need ..."; the part about the hire is read as the asks it names.
    analysis = analyse_posting(
        "Crane Rigger - Bluewater Marine Works\n\n"
        "Bluewater Marine Works has repaired barges and tugboats on the Ohio River since "
        "1962, and we need a rigger with a TWIC card and three years of "
        "shipyard experience; you will rig loads for mobile cranes and signal the "
        "operator. We offer overtime and a boot allowance.\n")
    names = {s.name for s in analysis.skills} | set(analysis.certifications)
    assert "TWIC Card" in names, names
    assert analysis.min_years == 3


def test_the_story_part_before_the_turn_asks_nothing() -> None:
    analysis = analyse_posting(
        "Dispatcher - Prairie Line Freight\n\n"
        "Prairie Line Freight runs refrigerated freight across six states from two "
        "terminals, and we are looking for a night dispatcher who keeps drivers moving; "
        "you will plan loads and track every truck.\n")
    assert "Refrigerated Freight" not in {s.name for s in analysis.skills}


def test_the_summary_names_no_card_by_a_piece_of_a_longer_one() -> None:
    # "OSHA 10-Hour Construction" is the OSHA 10 card: "Holds OSHA." would name another
    # (the vocabulary's OSHA Safety Training), which the resume never wrote whole.
    from tailor_app.tailoring.compose.summary import _held_credentials
    from tailor_app.tailoring.model import PostingAnalysis, SkillMention
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    bullets = "".join(f"- Ran excavators and dozers on subdivision phase {n}\n"
                      for n in range(12))
    resume = parse_resume("Ray Ortiz\nray.ortiz@example.com\n\nEXPERIENCE\n"
                          "Operator | Mesa Grading | 2020 - Present\n" + bullets
                          + "\nLICENSES\nOSHA 10-Hour Construction\nClass A CDL\n")
    asked = [SkillMention("OSHA Safety Training", "certification", True, "OSHA",
                          "requirements"),
             SkillMention("Class A CDL", "certification", True, "Class A CDL", "requirements")]
    analysis = PostingAnalysis(title=None, company=None, sections=[], skills=asked,
                               keywords=[], min_years=None, degree=None,
                               certifications=["OSHA Safety Training", "Class A CDL"])
    held = _held_credentials([("OSHA", "certification", "OSHA Safety Training"),
                              ("Class A CDL", "certification", "Class A CDL")],
                             analysis, resume, load_vocabulary())
    assert held == ["Class A CDL"]


@pytest.mark.parametrize(("line", "skill"), [
    # Review16: each trade word of trades16 read in another field's sentence.
    ("Sampled creek water for PFAS and nitrates every quarter", "Fall Protection Training"),
    ("Charge nurse, VMC cardiac step-down unit", "Vertical Machining Centers"),
    ("Staff nurse at HMC burn unit", "Horizontal Machining Centers"),
    ("Co-authored two papers with Dr. Mara Engel", "Engel Presses"),
    ("Wiped down stainless steel counters after each service", "Stainless Steel"),
    ("Seasoned carbon steel woks for the line", "Carbon Steel"),
    ("Coached isometrics and balance work for knee patients", "Isometric Drawings"),
    ("Ran load calcs for the new roof trusses", "HVAC Load Calculations"),
    ("Profiled the service to find leaks in its connection pool", "Leak Detection"),
    ("Delivered report D1.1 to the grant office", "AWS D1.1"),
    ("Set offsets for the curb line as survey rodman", "Tool and Work Offsets"),
    ("Filed shipping papers for export cartons", "Hazmat Shipping Papers"),
    ("Replaced the gas line on the fryer", "Gas Piping"),
    ("Sold solar panels to homeowners on commission", "Solar Installation"),
    ("Handled product unloading at the grocery back door", "Tanker Loading and Unloading"),
])
def test_a_trade_word_in_another_fields_sentence_names_no_trade_skill(line: str,
                                                                      skill: str) -> None:
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary
    assert skill not in {h.skill.name for h in load_vocabulary().find(line)}


def test_a_dishwashers_stainless_steel_is_no_welders_metal() -> None:
    analysis = analyse_posting("Dishwasher\n\nResponsibilities\n- Wash dishes, clean "
                               "stainless steel surfaces and prep tables\n")
    assert "Stainless Steel" not in {s.name for s in analysis.skills}
