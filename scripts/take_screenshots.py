"""Screenshots of the window for README.md: ``python scripts/take_screenshots.py [OUT_DIR]``.

Drives the real window (real database in a temporary data folder, real engine,
the shipped sample resume) into four states and saves ``widget.grab()`` of each:

- ``window-first-run.png``: nothing imported yet, the first-run explanation;
- ``window-completed.png``: a finished job selected, its match report open;
- ``window-failed.png``: a failed row with its Retry button and message;
- ``window-dark.png``: the same completed job under a dark palette.

Runs offscreen unless QT_QPA_PLATFORM says otherwise. The posting is a corpus
posting when /work/shared/corpus is present, else a built-in one.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1360, 880)
CORPUS_POSTING = ROOT.parent / "shared" / "corpus" / "jds" / "18f_coe_data_analytics_specialist.txt"
FALLBACK_POSTING = """Data Analyst, Riverbend Logistics

About the role
You will turn our warehouse and delivery data into dashboards and forecasts.

Requirements
- 3+ years of experience as a data analyst
- Strong SQL (PostgreSQL) and Python (pandas)
- Dashboards in Tableau or Power BI
- Bachelor's degree in statistics, economics or a related field

Nice to have
- Experience with Airflow and dbt
- A/B testing
"""
SECOND_RESUME = """Sam Rivera
sam.rivera@example.com | (555) 010-4455

EXPERIENCE
Store Manager, Corner Market
2019 - Present
- Managed a team of 12 and a weekly inventory budget

SKILLS
Inventory management, scheduling, customer service
"""


def spin(app: Any, done: Callable[[], bool], timeout: float = 60.0) -> None:
    from PySide6.QtCore import QEventLoop

    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the window did not reach the expected state")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    for _ in range(5):
        app.processEvents()


def dark_palette() -> Any:
    from PySide6.QtGui import QColor, QPalette

    pal = QPalette()
    role = QPalette.ColorRole
    colours = {role.Window: "#202326", role.WindowText: "#E6E6E6", role.Base: "#17191B",
               role.AlternateBase: "#24282B", role.Text: "#E6E6E6", role.Button: "#2B2F33",
               role.ButtonText: "#E6E6E6", role.Highlight: "#3D6FB6",
               role.HighlightedText: "#FFFFFF", role.ToolTipBase: "#2B2F33",
               role.ToolTipText: "#E6E6E6", role.PlaceholderText: "#8A9096",
               role.Mid: "#3A3F44", role.Dark: "#101214", role.Light: "#3A3F44",
               role.Link: "#8AB4F8"}
    for colour_role, value in colours.items():
        pal.setColor(colour_role, QColor(value))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#6C7278"))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#6C7278"))
    pal.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#6C7278"))
    return pal


def open_window(app: Any, db_path: Path) -> Any:
    from tailor_app.gui import create_main_window

    window = create_main_window(db_path)
    window.resize(*SIZE)
    window.show()
    spin(app, lambda: window.actions_.loaded)
    return window


def prepare_jobs(app: Any, window: Any, posting: str) -> tuple[str, str]:
    """Three jobs: two completed, one failed (its resume was removed). Returns
    (completed id, failed id)."""
    from tailor_app import importer
    from tailor_app.importer import delete_resume

    window.resumes.import_sample()
    spin(app, lambda: window.resumes.current_id() is not None)
    sample_id = window.resumes.current_id()
    # A second resume that is removed before its job runs: the job fails truthfully.
    other = Path(tempfile.mkdtemp()) / "sam-rivera.txt"
    other.write_text(SECOND_RESUME, encoding="utf-8")
    second = importer.import_resume(other, window.user_id)
    window.resumes.reload(select=second["id"])
    from tailor_app.job_processor import process_job

    failing = process_job(window.user_id, second["id"], FALLBACK_POSTING,
                          "Inventory Analyst", "Riverbend Logistics", process_immediately=False)
    delete_resume(second["id"])
    window.resumes.reload(select=sample_id)
    window.model.upsert(failing)
    window.runner.submit(failing["id"])
    spin(app, lambda: window.model.job(failing["id"]).status == "FAILED")

    created: list[str] = []
    window.actions_.jobCreated.connect(created.append)
    window.editor.set_content("", "", FALLBACK_POSTING)
    window.actions_.tailor()
    spin(app, lambda: len(created) == 1)
    window.editor.set_content("", "", posting)
    window.actions_.tailor()
    spin(app, lambda: len(created) == 2)
    first, done = created
    spin(app, lambda: all(window.model.job(j).status == "COMPLETED" for j in (first, done)))
    window.editor.clear_posting()
    return done, failing["id"]


def select(app: Any, window: Any, job_id: str, tab: int) -> None:
    window.jobs.select_job(job_id)
    spin(app, lambda: window.result.job_id() == job_id
         and window.result.job().get("status") in ("COMPLETED", "FAILED"))
    window.result.tabs.setCurrentIndex(tab)
    spin(app, lambda: True)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="tailor-shots-"))
    os.environ["TAILOR_APP_DATA_DIR"] = str(data)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    posting = (CORPUS_POSTING.read_text(encoding="utf-8") if CORPUS_POSTING.exists()
               else FALLBACK_POSTING)
    db_path = data / "tailor.db"

    window = open_window(app, db_path)
    window.grab().save(str(out / "window-first-run.png"))
    completed, failed = prepare_jobs(app, window, posting)
    select(app, window, completed, 2)
    # The next posting pasted: Best fit scores the resume as the user types.
    window.editor.text_edit.setPlainText(FALLBACK_POSTING)
    window.best_fit.run_now()
    spin(app, lambda: window.best_fit.last is not None)
    window.grab().save(str(out / "window-completed.png"))
    window.editor.clear_posting()
    select(app, window, failed, 0)
    window.grab().save(str(out / "window-failed.png"))
    window.closing_confirmed = True
    window.close()

    app.setPalette(dark_palette())
    dark = open_window(app, db_path)
    select(app, dark, completed, 0)
    dark.grab().save(str(out / "window-dark.png"))
    dark.closing_confirmed = True
    dark.close()
    for name in ("first-run", "completed", "failed", "dark"):
        sys.stdout.write(f"wrote {out / f'window-{name}.png'}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
