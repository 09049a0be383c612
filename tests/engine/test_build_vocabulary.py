"""scripts/build_vocabulary.py: the derived vocabulary's rules, on a tiny fixture.

The fixture is written here in the publishers' formats (O*NET tab-separated text,
ESCO CSV) with made-up rows, one per rule, so each rule is seen to act; the real
files under ../shared/data are not needed. A common-words file stands in for
wordfreq, so the test needs no extra package.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from types import ModuleType

import pytest

from tailor_app.tailoring.skills.vocabulary import Vocabulary


def _tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    lines = ["\t".join(header), *("\t".join(r) for r in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in header})


SKILL_COLS = ["conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel",
              "altLabels", "hiddenLabels", "status", "modifiedDate", "scopeNote",
              "definition", "inScheme", "description"]
COLLECTION_COLS = ["conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel",
                   "status", "altLabels", "description", "broaderConceptUri",
                   "broaderConceptPT"]
OCC_COLS = ["conceptType", "conceptUri", "iscoGroup", "preferredLabel", "altLabels",
            "hiddenLabels", "status", "modifiedDate", "regulatedProfessionNote",
            "scopeNote", "definition", "inScheme", "description", "code"]


@pytest.fixture()
def data(tmp_path: Path) -> dict[str, Path]:
    onet = tmp_path / "onet"
    esco = tmp_path / "esco"
    curated = tmp_path / "curated"
    for folder in (onet, esco, curated):
        folder.mkdir()
    _tsv(onet / "Occupation Data.txt", ["O*NET-SOC Code", "Title", "Description"], [
        ["29-1141.00", "Registered Nurses", "Assess patient health problems."],
        ["47-2111.00", "Electricians", "Install wiring."],
        ["13-1071.00", "Human Resources Specialists", "Recruit staff."],
    ])
    _tsv(onet / "Alternate Titles.txt",
         ["O*NET-SOC Code", "Alternate Title", "Short Title", "Source(s)"],
         [["47-2111.00", "Welder", "n/a", "08"]])
    tech = ["O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title",
            "Hot Technology", "In Demand"]
    _tsv(onet / "Technology Skills.txt", tech, [
        # a product with its vendor, asked for in postings
        ["29-1141.00", "Zorblex MedChart", "43232610", "Medical software", "Y", "N"],
        ["47-2111.00", "Zorblex PlanWiz", "43232610", "Design software", "N", "Y"],
        ["13-1071.00", "Zorblex Staffomat", "43232610", "HR software", "N", "Y"],
        # a category with an acronym: spelled-out <-> acronym
        ["13-1071.00", "Human capital tracking HCT software", "1", "x", "Y", "N"],
        # a category without one: no product named
        ["13-1071.00", "Word processing software", "1", "x", "Y", "N"],
        # a niche product of one occupation, never flagged: left out
        ["47-2111.00", "Obscurix Niche", "1", "x", "N", "N"],
        # curated wins: the curated file already has "Quibble"
        ["47-2111.00", "Quibble", "1", "x", "Y", "N"],
        # a kind of medical software, named with its acronym, and a product whose full
        # name says it is one (a niche name: no entry of its own)
        ["29-1141.00", "Patient ledger exchange PLE software", "43232610", "Medical software",
         "N", "N"],
        ["29-1141.00", "Zorblex MedChart PLE Suite", "43232610", "Medical software", "N", "N"],
    ])
    _tsv(onet / "Tools Used.txt",
         ["O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title"], [
        ["29-1141.00", "Hemoflux analyzers", "41115800", "Analyzers"],
        ["47-2111.00", "Hemoflux analyzers", "41115800", "Analyzers"],
        ["29-1141.00", "Desktop computers", "43211507", "Computers"],  # office segment
        ["47-2111.00", "Desktop computers", "43211507", "Computers"],
        ["29-1141.00", "Scanners", "41111111", "x"],  # an everyday word
        ["47-2111.00", "Scanners", "41111111", "x"],
        ["29-1141.00", "Welders", "23171500", "x"],  # a job title
        ["47-2111.00", "Welders", "23171500", "x"],
        ["29-1141.00", "Quantum pulse QP meters", "41111111", "x"],  # acronym inside
        ["47-2111.00", "Quantum pulse QP meters", "41111111", "x"],
        ["29-1141.00", "Control boards", "41111111", "x"],  # everyday words only
        ["47-2111.00", "Control boards", "41111111", "x"],
    ])
    _csv(esco / "skills_en.csv", SKILL_COLS, [
        {"conceptUri": "u1", "skillType": "knowledge", "preferredLabel": "balloon venoplasty",
         "altLabels": "venoplastic surgery\nvascular things\nballoon venoplasties"},
        {"conceptUri": "u0", "skillType": "knowledge", "preferredLabel": "venography"},
        {"conceptUri": "u2", "skillType": "skill/competence",
         "preferredLabel": "manage venoplasty teams"},
        {"conceptUri": "u3", "skillType": "knowledge", "preferredLabel": "types of sanders"},
        {"conceptUri": "u4", "skillType": "knowledge", "preferredLabel": "application process"},
        {"conceptUri": "u5", "skillType": "knowledge", "preferredLabel": "Klingon"},
        {"conceptUri": "v1", "skillType": "skill/competence", "preferredLabel": "manage x"},
        {"conceptUri": "v2", "skillType": "skill/competence", "preferredLabel": "manage y"},
        {"conceptUri": "v3", "skillType": "skill/competence", "preferredLabel": "manage z"},
    ])
    _csv(esco / "occupations_en.csv", OCC_COLS, [
        {"conceptUri": "o1", "iscoGroup": "2221", "preferredLabel": "vein nurse",
         "description": "Performs balloon venoplasty on patients."},
    ])
    _csv(esco / "languageSkillsCollection_en.csv", COLLECTION_COLS,
         [{"conceptUri": "u5", "skillType": "knowledge", "preferredLabel": "Klingon"}])
    _csv(esco / "digitalSkillsCollection_en.csv", COLLECTION_COLS, [])
    _csv(esco / "transversalSkillsCollection_en.csv", COLLECTION_COLS, [])
    (curated / "trades.tsv").write_text("Quibble\ttool\tQuibble Pro\n", encoding="utf-8")
    (curated / "health.tsv").write_text(
        "Medical Software\ttool\tmedical software systems\n"
        "Patient Ledger Exchange\ttool\t=PLE | patient ledger exchange\n",
        encoding="utf-8")
    common = tmp_path / "common.txt"
    everyday = ["word", "processing", "scanners", "control", "boards", "application",
                "process", "types", "sanders", "analyzers", "meters", "desktop", "computers",
                "human", "tracking", "vascular", "things", "surgery", "manage", "teams",
                "pulse"]
    common.write_text("\n".join(everyday) + "\n", encoding="utf-8")  # each counts as 5.0
    return {"onet": onet, "esco": esco, "curated": curated, "common": common,
            "out": tmp_path / "out" / "vocabulary.json"}


def _run(script: ModuleType, data: dict[str, Path], out: Path) -> str:
    code = script.main(["--onet", str(data["onet"]), "--esco", str(data["esco"]),
                        "--curated", str(data["curated"]), "--common-words",
                        str(data["common"]), "--out", str(out)])
    assert code == 0
    return out.read_text(encoding="utf-8")


def _entries(text: str) -> dict[str, dict[str, object]]:
    rows = json.loads(text)["entries"]
    return {r[0]: {"kind": r[1], "fields": r[2], "source": r[3],
                   "aliases": {("=" if a[1] else "") + a[0] for a in r[4]}} for r in rows}


def test_running_twice_gives_the_same_bytes(script: ModuleType, data: dict[str, Path],
                                            tmp_path: Path) -> None:
    first = _run(script, data, data["out"])
    second = _run(script, data, tmp_path / "again.json")
    assert first == second
    assert first.endswith("]}\n")


def test_products_categories_and_acronyms(script: ModuleType, data: dict[str, Path]) -> None:
    entries = _entries(_run(script, data, data["out"]))
    chart = entries["Zorblex MedChart"]
    assert chart["kind"] == "tool" and chart["source"] == "onet-technology"
    assert "MedChart" in chart["aliases"]  # the product without its vendor
    assert chart["fields"] == ["healthcare"]
    hct = entries["HCT"]  # postings write the acronym: it is the name
    assert hct["aliases"] == {"=HCT", "Human capital tracking"}  # short acronym: exact case
    assert "Word processing" not in entries and "Word processing software" not in entries
    assert "Obscurix Niche" not in entries  # one occupation, never asked for


def test_tools_are_equipment_not_office_words_or_titles(script: ModuleType,
                                                        data: dict[str, Path]) -> None:
    entries = _entries(_run(script, data, data["out"]))
    analyzers = entries["Hemoflux analyzers"]
    assert "Hemoflux analyzer" in analyzers["aliases"]  # the singular a resume writes
    assert set(analyzers["fields"]) == {"healthcare", "trades_construction"}
    for gone in ("Desktop computers", "Scanners", "Welders", "Control boards"):
        assert gone not in entries, gone
    meters = entries["Quantum pulse QP meters"]
    assert "QP meters" in meters["aliases"]


def test_esco_keeps_terms_not_phrases(script: ModuleType, data: dict[str, Path]) -> None:
    entries = _entries(_run(script, data, data["out"]))
    vein = entries["balloon venoplasty"]
    assert vein["kind"] == "hard" and vein["source"] == "esco"
    # "venoplastic surgery" and "vascular things" share no word: not synonyms
    assert vein["aliases"] == {"balloon venoplasty", "balloon venoplasties"}
    assert vein["fields"] == ["healthcare"]  # a nurse's occupation text names it
    assert entries["Klingon"]["kind"] == "language"
    for gone in ("manage venoplasty teams", "types of sanders", "application process",
                 "venography"):  # a lone lower-case word: a field of knowledge
        assert gone not in entries, gone


def test_curated_entries_win(script: ModuleType, data: dict[str, Path]) -> None:
    text = _run(script, data, data["out"])
    entries = _entries(text)
    assert "Quibble" not in entries or entries["Quibble"]["source"] == "curated"
    curated = Vocabulary.from_files(data["curated"].glob("*.tsv"), [data["out"]])
    assert curated.problems == []
    assert curated.lookup("Quibble").source == "curated"
    assert curated.lookup("MedChart").name == "Zorblex MedChart"
    assert curated.lookup("hct") is None  # case-exact acronym
    assert curated.lookup("HCT").name == "HCT"
    assert curated.lookup("human capital tracking").name == "HCT"


def test_products_show_the_kind_of_software_they_are(script: ModuleType,
                                                     data: dict[str, Path]) -> None:
    """O*NET files each product under a kind of software ("Medical software"), and some
    products' full names say what they are ("... PLE Suite"): a resume showing the
    product shows the curated skill of that kind, never the reverse."""
    _run(script, data, data["out"])
    splits = json.loads((data["out"].parent / "narrower.json").read_text(encoding="utf-8"))
    assert splits["broader"]["Zorblex MedChart"] == ["Medical Software", "Patient Ledger Exchange"]
    assert "Medical Software" not in splits["broader"]


def test_a_trade_tools_singular_is_kept_though_its_word_is_everyday(
        script: ModuleType, data: dict[str, Path]) -> None:
    # "grindle saws" is the trade's (its plural word is rare), so "a grindle saw" names
    # it too, though "saw" alone is an everyday word; a mask of the safety segment (46)
    # keeps no such singular ("wear a face mask" is no tool the job asks for).
    tools = data["onet"] / "Tools Used.txt"
    with tools.open("a", encoding="utf-8") as handle:
        for code in ("29-1141.00", "47-2111.00"):
            handle.write(f"{code}\tGrindle saws\t27112700\tPower saws\n")
            handle.write(f"{code}\tGrindle masks\t46181500\tSafety masks\n")
    with data["common"].open("a", encoding="utf-8") as handle:
        handle.write("grindle\nsaw\nmask\n")
    entries = _entries(_run(script, data, data["out"]))
    assert "Grindle saw" in entries["Grindle saws"]["aliases"]
    assert "Grindle mask" not in entries["Grindle masks"]["aliases"]
