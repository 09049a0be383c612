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

from tailor_app import child_process
from tests.factories import make_pdf

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ROOT / "tests" / "data" / "formats"

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
