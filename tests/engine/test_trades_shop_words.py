"""How trades people write what a trade's posting asks (trades16, Dec 6): a machine by its
shop name (a turning center is a CNC lathe, a vertical mill a VMC), a code by its short
form (ASME IX), a tank trailer by its spec (MC-407), an HOS rule by its hours, a CDL's
endorsements by their letters, a measuring tool by a narrower kind of it (dial calipers),
and a licence's name in title case. Texts written for this test (none copied from a
posting or a resume).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume
from tailor_app.tailoring.skills.matching import match_resume
from tailor_app.tailoring.skills.vocabulary import Vocabulary, narrower_splits, parse_lines

ROOT = Path(__file__).resolve().parents[2]


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


@pytest.fixture(scope="module")
def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_vocabulary",
                                                  ROOT / "scripts" / "build_vocabulary.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_vocabulary"] = module
    spec.loader.exec_module(module)
    return module


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
