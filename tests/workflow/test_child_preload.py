"""The fork server that starts every child (reading a file, tailoring) has already
imported all a child needs, so a child starts in milliseconds rather than importing
the engine and the readers itself. The app's own modules reach those lazily (the
window shows before the engine loads), so the list is worked out from the engine's
surface, and this test reads a file of every format in a fresh interpreter that has
imported that list only: none of the app's modules, nor pypdf or python-docx, may be
imported by the reads (pypdf's own codec tables load with their first use anywhere)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from engine_work import behave

from tailor_app import child_process, paths
from tailor_app.engine_pool import EnginePool
from tests.factories import make_pdf

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ROOT / "tests" / "data" / "formats"

# Made up for this test: a headed posting and a one-paragraph one.
POSTINGS = (
    "Inventory Analyst\nRequirements\n- SQL and Excel\n- 2+ years of reporting\n"
    "Preferred\n- Tableau, Python\n- A bachelor's degree in statistics",
    "Front desk coordinator for a busy dental office: greet patients, book appointments "
    "in Dentrix, verify insurance and take payments. One year of reception experience "
    "and a friendly phone manner required; bilingual Spanish a plus.",
)

_CHILD = r"""
import importlib, json, sys
from pathlib import Path
modules = json.loads(sys.argv[1])
for name in modules:
    importlib.import_module(name)
before = set(sys.modules)
from tailor_app import tailoring
from tailor_app.tailoring import load_engine
for path in json.loads(sys.argv[2]):
    document = tailoring.read_resume(Path(path))
    tailoring.parse_resume(document)
load_engine()  # what an engine child does at its start
print(json.dumps(sorted(name for name in set(sys.modules) - before
                        if name.startswith("tailor_app") or name in ("pypdf", "docx"))))
"""


def test_a_child_imports_nothing_the_fork_server_did_not(qapp, tmp_path: Path) -> None:
    make_pdf(tmp_path / "nurse.pdf")  # the factory draws with Qt: hence qapp
    (tmp_path / "nurse.txt").write_text("Registered Nurse\nSkills: triage\n", encoding="utf-8")
    (tmp_path / "nurse.md").write_text("# Registered Nurse\n- triage\n", encoding="utf-8")
    files = [tmp_path / "nurse.pdf", tmp_path / "nurse.txt", tmp_path / "nurse.md",
             *sorted(FORMATS.iterdir())]
    assert {path.suffix for path in files} >= {".pdf", ".docx", ".odt", ".rtf", ".xml",
                                               ".txt", ".md"}
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, json.dumps(child_process.preload()),
         json.dumps([str(path) for path in files])],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


@pytest.mark.skipif(child_process.context().get_start_method() != "forkserver"
                    or not Path("/proc/self/smaps_rollup").exists(),
                    reason="the fork server and /proc's memory figures are Linux's")
def test_tailoring_children_share_the_vocabulary_the_fork_server_loaded() -> None:
    """Each child used to load the vocabulary after the fork, a private copy of ~60 MB
    each. Now the fork server loads it (and runs the engine once) before it forks:
    every child uses that very object, and after real jobs most of a child's memory is
    still the pages it shares with the server rather than copies of its own."""
    engine = EnginePool(2, work=behave, timeout=60)
    try:
        seen = [engine.tailoring({"do": "inherited"})[1] for _ in range(2)]
        # A child that has tailored: its working set is its own, the vocabulary not.
        worked = EnginePool(1, timeout=60)
        try:
            for posting in POSTINGS:
                worked.tailoring(_job_data(posting))
            child = worked.idle_processes()[0]
            memory = _memory_kb(child.pid)
        finally:
            worked.close()
    finally:
        engine.close()
    for found in seen:
        assert found["warmed_in"] not in (None, found["pid"])  # loaded before the fork
        assert found["same_vocabulary"]
        assert found["frozen"] > 10_000  # kept off the collector's walks (no copies)
        assert found["nice"] >= child_process.CHILD_NICENESS  # below the job threads
    shared = memory["Shared_Dirty"] + memory["Shared_Clean"]
    private = memory["Private_Dirty"] + memory["Private_Clean"]
    assert private < shared, memory


def _job_data(posting: str) -> dict[str, Any]:
    text = paths.resource_path("sample_resume.txt").read_text(encoding="utf-8")
    return {"resume": {"parsed_text": text, "file_format": "txt"}, "job_description": posting,
            "title": None, "company_name": None, "facts": [], "pages": None, "keep": []}


def _memory_kb(pid: int) -> dict[str, int]:
    memory: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text(encoding="ascii").splitlines():
        key, _, rest = line.partition(":")
        if key.startswith(("Private_", "Shared_")):
            memory[key] = int(rest.split()[0])
    return memory
