"""Load: 1,000 jobs through the window with 4 workers (issue 6, docs/RELIABILITY.md).

``python -m benchmarks load`` or ``python benchmarks/bench_load.py``. Each run is a
fresh process with its own data folder (so its memory figures are its own), the
sample resume imported and the worker count set to 4 in the window's settings.
Two ways of giving the window 1,000 jobs, each with real postings (the corpus's in
turn, or the tests' samples):

- **queued from the model**: the jobs wait in the database when the window opens;
  it lists them and its runner queues every PENDING row of its model (what a
  restart after a crash, or a Retry of many failed jobs, does);
- **while you work**: the same, but 50 of the 1,000 are added by clicking Tailor
  with a posting in the editor every 200 ms (a brisk person), each new job
  selected and shown as it runs and finishes, while the other 950 run.

A 10 ms ``QTimer`` heartbeat on the GUI thread records the longest gap between its
ticks until the last job has finished. Then every row of the model is checked
against the database (status, scores, title) and must read COMPLETED. Figures: the
longest stall (budget 50 ms, DESIGN.md), the time the jobs took, the window
process's peak RSS (budget 250 MB) and the tailoring children's memory (PSS, shared
pages counted once, summed over the 4 children). Medians over :data:`RUNS` runs.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import CORPUS, ROOT, Row, add_tests_to_path

JOBS = 1000
WORKERS = 4
RUNS = 3
TIMEOUT = 600.0  # seconds for one run before it counts as failed
CLICKS = 50  # jobs added through the Tailor button in the "work" scenario
CLICK_INTERVAL_MS = 200
SLOW_BEAT_MS = 30  # heartbeat gaps over this are listed with their time in the run


def _postings() -> list[str]:
    jds = CORPUS / "jds"
    if jds.is_dir():
        texts = [p.read_text(encoding="utf-8") for p in sorted(jds.glob("*.txt"))]
        if texts:
            return texts
    add_tests_to_path()
    from posting_samples import POSTINGS

    return list(POSTINGS.values())


def _pss_mb(pid: int) -> float:
    """Proportional set size from /proc (Linux); 0 where there is no such file."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0.0
    for line in text.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure_once(scenario: str) -> dict[str, Any]:
    """One run of ``scenario`` ("model" or "work") in this process (a fresh child)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPushButton

    from tailor_app import db, paths, startup
    from tailor_app.gui import create_main_window, settings
    from tailor_app.gui.app import settle_when_warm
    from tailor_app.importer import import_resume
    from tailor_app.job_processor import process_job

    app = QApplication.instance() or QApplication([sys.argv[0]])
    data = Path(os.environ["TAILOR_APP_DATA_DIR"])
    db_path = data / "load.db"
    user = startup.open_app_database(db_path)
    resume = import_resume(paths.resource_path("sample_resume.txt"), user)
    stored = settings.app_settings()
    stored.setValue(settings.KEY_WORKERS, WORKERS)
    stored.sync()
    postings = _postings()
    clicks = CLICKS if scenario == "work" else 0
    for n in range(JOBS - clicks):
        process_job(user, resume["id"], postings[n % len(postings)], process_immediately=False)
    db.close_db()

    loop = QEventLoop()
    gaps: list[float] = []
    late: list[tuple[float, float]] = []
    last = [time.perf_counter()]
    clicked = [JOBS - clicks]
    deadline = time.monotonic() + TIMEOUT
    started = [time.perf_counter()]
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    poll = QTimer()
    poll.setInterval(50)

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        if gaps[-1] > SLOW_BEAT_MS:  # when, in the run, the GUI thread was late
            late.append((round(now - started[0], 2), round(gaps[-1], 1)))
        last[0] = now

    heartbeat.timeout.connect(beat)
    window = create_main_window(db_path)
    settle_when_warm(window)  # as tailor-app does
    window.closing_confirmed = True
    window.show()
    # Building and first painting the window is start-up (bench_gui's "window shown");
    # from here on, loading the list and queueing its jobs count.
    QTest.qWaitForWindowExposed(window)
    app.processEvents()
    started[0] = last[0] = time.perf_counter()
    heartbeat.start()
    button = window.findChild(QPushButton, "tailorButton")

    creating = [False]

    def created(_job_id: str) -> None:
        creating[0] = False
        clicked[0] += 1

    def click() -> None:
        if clicked[0] >= JOBS:
            return
        if not creating[0]:  # the last click's job is listed: paste and click again
            window.editor.set_content("", "", postings[clicked[0] % len(postings)])
            creating[0] = True
            button.click()
        QTimer.singleShot(CLICK_INTERVAL_MS, click)

    def check() -> None:
        running = (window.model.count_by_status(("PENDING", "PROCESSING"))
                   or window.runner.active_count())
        done = window.job_actions.loaded and clicked[0] >= JOBS and not running
        if done or time.monotonic() > deadline:
            loop.quit()

    def start() -> None:
        if not window.job_actions.loaded:
            QTimer.singleShot(20, start)
            return
        if clicks:
            window.resumes.select(resume["id"])
            window.job_actions.jobCreated.connect(created)
            QTimer.singleShot(CLICK_INTERVAL_MS, click)

    poll.timeout.connect(check)
    poll.start()
    QTimer.singleShot(0, start)
    loop.exec()
    took = time.perf_counter() - started[0]
    heartbeat.stop()
    poll.stop()

    engine = window.runner.engine
    children = [process.pid for process in (engine.idle_processes() if engine else [])]
    children_pss = sum(_pss_mb(pid) for pid in children)
    rows = {row["id"]: row for row in db.list_job_rows(user_id=user)}
    listed = {job_id: window.model.job(job_id) for job_id in window.model.job_ids()}
    wrong = [job_id for job_id, row in listed.items()
             if row is None or job_id not in rows or row.status != "COMPLETED"
             or (row.status, row.score_before, row.score_after, row.title)
             != (rows[job_id]["status"], rows[job_id]["score_before"],
                 rows[job_id]["score_after"], rows[job_id]["title"])]
    window.close()
    app.processEvents()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "jobs": len(listed), "completed": sum(r["status"] == "COMPLETED" for r in rows.values()),
        "wrong_rows": len(wrong), "stall_ms": max(gaps) if gaps else 0.0, "seconds": took,
        "rss_mb": peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024),
        "children": len(children), "children_pss_mb": children_pss,
        "late_beats": sorted(late, key=lambda beat: -beat[1])[:10],
    }


def _run_child(scenario: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "TAILOR_APP_DATA_DIR": folder, "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--measure",
                               scenario],
                              env=env, cwd=ROOT, capture_output=True, text=True,
                              timeout=TIMEOUT + 120, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"load run failed ({done.returncode}): {done.stderr[-2000:]}")
    return dict(json.loads(lines[-1]))


def rows() -> list[Row]:
    results: list[Row] = []
    for scenario, label in (("model", "queued from the model"),
                            ("work", f"({CLICKS} clicked in) while you work")):
        runs = [_run_child(scenario) for _ in range(RUNS)]
        for run in runs:
            if run["jobs"] != JOBS or run["completed"] != JOBS or run["wrong_rows"]:
                raise RuntimeError(f"not every job completed and listed right: {run}")
        took = statistics.median(r["seconds"] for r in runs)
        what = f"{JOBS:,} jobs {label}, {WORKERS} workers"
        results += [
            Row(f"{what}: longest GUI stall ({took:.1f} s in all)",
                statistics.median(r["stall_ms"] for r in runs), 50),
            Row(f"{what}: window peak RSS",
                statistics.median(r["rss_mb"] for r in runs), 250, unit="MB"),
            Row(f"{what}: the {runs[0]['children']} tailoring children's PSS",
                statistics.median(r["children_pss_mb"] for r in runs), 250, unit="MB"),
        ]
    return results


def run() -> dict[str, str]:
    """Each measurement's line: median, budget and ratio (also printed by __main__)."""
    return {row.what: row.line()[len(row.what):].strip() for row in rows()}


if __name__ == "__main__":
    if "--measure" in sys.argv:
        print(json.dumps(measure_once(sys.argv[-1])))
    else:
        for name, line in run().items():
            print(f"{name:<58} {line}")
