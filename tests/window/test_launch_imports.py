"""The window shows before the engine loads, and loads it right after.

Start-up time is mostly imports: the engine's stages (posting analysis, the resume
parser, matching and the guard, with their hundreds of patterns) and the file
readers (pypdf, python-docx) cost more than the window itself. The window needs none
of them to show the job list, so it imports them behind its first show, on a worker
thread (``tailoring.load_engine``); the first job then pays nothing either. Each run
is a fresh interpreter, since this test process has long imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tailor_app import paths

ROOT = Path(__file__).resolve().parents[2]

# Stages the job list never needs to show; each pulls in a large share of the engine.
HEAVY = ("tailor_app.tailoring.compose.tailor", "tailor_app.tailoring.posting.analyse",
         "tailor_app.tailoring.resume.parser", "tailor_app.tailoring.skills.vocabulary",
         "tailor_app.tailoring.skills.matching", "tailor_app.tailoring.compose.guard",
         "tailor_app.tailoring.reading.pdf", "pypdf", "docx")

_CHILD = r"""
import gc, json, sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
from tailor_app.gui import create_main_window
from tailor_app.gui.app import settle_when_warm
window = create_main_window(sys.argv[1])
settle_when_warm(window)  # as tailor-app does
heavy = sys.argv[2].split(",")
loaded = lambda: [name for name in heavy if name in sys.modules]
report = {"off_gui_freeze_counts": []}
def collected(phase, info):
    # Off the GUI thread, note how much was frozen when the collection began.
    if phase == "start" and threading.current_thread() is not threading.main_thread():
        report["off_gui_freeze_counts"].append(gc.get_freeze_count())
gc.callbacks.append(collected)
def shown():
    report["shown"] = loaded()
def warm():
    report["warm"] = loaded()
    report["frozen"] = gc.get_freeze_count()
    window.closing_confirmed = True
    window.close()
    app.quit()
window.warmedUp.connect(warm)
window.show()
QTimer.singleShot(0, shown)
QTimer.singleShot(30_000, app.quit)  # a warm-up that never ends fails below, not hangs
app.exec()
print(json.dumps(report))
"""


@pytest.fixture(scope="module")
def launch(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    data = tmp_path_factory.mktemp("launch")
    env = {**os.environ, paths.DATA_DIR_ENV: str(data), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(data / "app.db"), ",".join(HEAVY)],
                          env=env, cwd=data, capture_output=True, text=True, timeout=120,
                          check=True)
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_the_window_shows_without_loading_the_engine(launch) -> None:
    assert launch["shown"] == []


def test_the_engine_is_loaded_behind_the_first_show(launch) -> None:
    # Everything but the file readers, which load with the first file read.
    assert "warm" in launch, "the window never finished warming up"
    assert launch["warm"] == [name for name in HEAVY
                              if name not in ("tailor_app.tailoring.reading.pdf", "pypdf", "docx")]


def test_the_warm_up_sets_off_no_collection_and_freezes_what_it_made(launch) -> None:
    """Collections during the warm-up (and the first ones after it) walked the engine's
    ~100,000 new objects on the worker thread while it held the GIL, 20-40 ms each:
    stalls of the window. The warm-up pauses the collector and freezes before it
    runs again (tailor_app.memory.load_without_collections). A collection after the
    freeze walks only what was made since, so a worker thread may set one off then (on a
    loaded machine one did, right after the warm-up): none may start before the freeze."""
    assert launch["frozen"] > 50_000
    assert all(count >= launch["frozen"] for count in launch["off_gui_freeze_counts"])
