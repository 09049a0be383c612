"""The vocabulary's compiled tables (``generated/compiled.json``, see
``tailor_app/tailoring/skills/compiled.py``): current with the curated files, read by
the app in place of building, and never used once a source has changed."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from tailor_app.tailoring.resources import resource_path
from tailor_app.tailoring.skills import compiled
from tailor_app.tailoring.skills.compiled import COMPILED_FILE, FORMAT, render, source_paths
from tailor_app.tailoring.skills.vocabulary import Vocabulary

SKILLS_DIR = resource_path("skills")
COMPILED_LOGGER = "tailor_app.tailoring.skills.compiled"
ROOT = Path(__file__).resolve().parents[2]

# Written for these tests: a resume's skills line and a posting's duties.
TEXT = ("Skills: Python, SQL, Go, R, C++, Excel (pivot tables), AutoCAD, forklifts\n"
        "• Welded structural steel with GMAW; ran payroll in ADP; charted in Epic\n"
        "Requirements: lesson plans, budgeting, HVAC-R, front-end development, IVs")


def _state(vocabulary: Vocabulary) -> dict[str, object]:
    """Everything a built vocabulary answers from (the matcher's own tables)."""
    return {name: getattr(vocabulary, name) for name in (
        "problems", "_skill_tuple", "_ci", "_cs", "_singular", "_foldable", "_derived",
        "_ci_prefix", "_cs_prefix", "_ci_first", "_cs_first", "_context", "_shown")}


def test_the_compiled_file_is_current() -> None:
    """A curated edit (or a change to how the tables are built) must come with
    ``.venv/bin/python scripts/build_vocabulary.py --splits-only``."""
    stored = (SKILLS_DIR / "generated" / COMPILED_FILE).read_text(encoding="utf-8")
    assert stored == render(*source_paths(SKILLS_DIR)), \
        "generated/compiled.json is stale: run scripts/build_vocabulary.py --splits-only"


def test_the_app_reads_the_tables_the_sources_give() -> None:
    assert compiled.read(SKILLS_DIR) is not None  # current, so read rather than built
    read = Vocabulary.from_folder(SKILLS_DIR)
    built = Vocabulary.from_files(*source_paths(SKILLS_DIR))
    assert _state(read) == _state(built)
    assert read.find(TEXT) == built.find(TEXT)


def _folder(tmp_path: Path, curated: str) -> Path:
    folder = tmp_path / "skills"
    (folder / "generated").mkdir(parents=True)
    (folder / "trades.tsv").write_text(curated, encoding="utf-8")
    return folder


def _compile(folder: Path) -> None:
    (folder / "generated" / COMPILED_FILE).write_text(render(*source_paths(folder)),
                                                       encoding="utf-8")


@pytest.mark.allow_log(COMPILED_LOGGER, "older than the vocabulary's sources")
def test_a_curated_edit_counts_before_the_build_is_run(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = _folder(tmp_path, "Welding\thard\twelder\n")
    _compile(folder)
    assert compiled.read(folder) is not None
    text = "Certified welder, brazing"
    assert [h.skill.name for h in Vocabulary.from_folder(folder).find(text)] == ["Welding"]
    (folder / "trades.tsv").write_text("Welding\thard\twelder\nBrazing\thard\n",
                                       encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        found = [h.skill.name for h in Vocabulary.from_folder(folder).find(text)]
    assert found == ["Welding", "Brazing"]
    assert "older than the vocabulary's sources" in caplog.text


@pytest.mark.allow_log(COMPILED_LOGGER, "not a compiled vocabulary")
@pytest.mark.allow_log(COMPILED_LOGGER, "format 99, not")
@pytest.mark.allow_log(COMPILED_LOGGER, "older than the vocabulary's sources")
@pytest.mark.parametrize("damage", ["", "{not json", '{"format": 99}',
                                    f'{{"format": {FORMAT}, "sources": "x"}}'])
def test_a_damaged_compiled_file_is_passed_over(tmp_path: Path, damage: str) -> None:
    folder = _folder(tmp_path, "Welding\thard\twelder\n")
    (folder / "generated" / COMPILED_FILE).write_text(damage, encoding="utf-8")
    assert compiled.read(folder) is None
    assert [h.skill.name for h in Vocabulary.from_folder(folder).find("a welder")] == \
        ["Welding"]


def test_the_build_script_writes_the_compiled_file(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import build_vocabulary

    folder = _folder(tmp_path, "Welding\thard\twelder | =GMAW | structural welding\n")
    (folder / "generated" / "vocabulary.json").write_text('{"format": 1, "entries": []}',
                                                          encoding="utf-8")
    missing = tmp_path / "no-data"
    out = folder / "generated" / "vocabulary.json"
    assert build_vocabulary.main(["--splits-only", "--curated", str(folder), "--out", str(out),
                                  "--onet", str(missing), "--esco", str(missing)]) == 0
    tables = compiled.read(folder)
    assert tables is not None
    assert [s.name for s in tables.skills] == ["Welding", "GMAW", "Structural welding"]


def test_the_file_is_read_a_slice_at_a_time_to_the_same_data(monkeypatch) -> None:
    """One ``json.loads`` of the whole file held the GIL for 30-50 ms while the window
    loaded the vocabulary behind its first show; read a slice of lines at a time, no
    call parses more than a small part of it, and the data is the same."""
    import json

    stored = (SKILLS_DIR / "generated" / COMPILED_FILE).read_text(encoding="utf-8")
    whole = json.loads(stored)
    sizes: list[int] = []
    real = json.loads

    def counting(text: str) -> object:
        sizes.append(len(text))
        return real(text)

    monkeypatch.setattr(compiled.json, "loads", counting)
    found = compiled.loads(stored)
    assert found == whole and list(found) == list(whole)
    assert len(sizes) > 10 and max(sizes) < len(stored) / 10


@pytest.mark.parametrize("text", [
    # render's layout with empty sections between full ones
    '{"format": 3, "problems": [], "skills": [\n["a", 1],\n["b", 2]\n], "ci_prefix": [\n'
    '], "cs_prefix": [\n"x",\n"y"\n], "shown": {\n"a": [["p", true]]\n}}\n',
    '{"format": 3, "skills": [\n], "shown": {\n}}\n',
    # other JSON: parsed whole
    '{"format": 3}', '{"format": 3, "skills": [\n["a"]\n]}\n',
])
def test_any_text_reads_as_json_reads_it(text: str) -> None:
    import json

    assert compiled.loads(text) == json.loads(text)
