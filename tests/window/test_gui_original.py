"""The Original pane is the app's reading of the file (issue 15, point 5): the PDF
reader records the lines it was unsure of (a wrapped line it joined, a word it
rejoined over a hyphen, a column it split off), they survive the database, the
pane shades them with the reason, and Open original file opens the private copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from factories import ensure_gui_app
from posting_samples import SOFTWARE
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPushButton, QToolTip
from test_gui_window import WAIT, import_file, open_window, wait_status

from tailor_app import importer, paths
from tailor_app.gui.main_window import MainWindow
from tailor_app.gui.original_file import unsure_marks
from tailor_app.tailoring.model import UNSURE_REASONS
from tailor_app.tailoring.reading import read_resume

# The offscreen platform says these of any window (a tooltip too); they are not ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support raise")

WRAPPED_HEAD = "\u2022 Built a payments API in Python and PostgreSQL serving"
WRAPPED_TAIL = "Maps, Google Places and Google Earth for field teams"
HYPHEN_HEAD = "\u2022 Led the data warehouse migra-"
HYPHEN_TAIL = "tion to Snowflake and dbt for the analytics group"
RIGHT_TOP = "Languages and Tools"


def draw_pdf(path: Path, texts: list[tuple[float, float, str, bool]]) -> Path:
    """One Letter page; each text drawn at (x, y) in points, bold or not (10 pt)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    ensure_gui_app()
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    painter = QPainter(writer)
    try:
        for x, y, text, bold in texts:
            font = QFont("DejaVu Sans")
            font.setPointSizeF(12.0 if bold else 10.0)
            font.setBold(bold)
            painter.setFont(font)
            painter.drawText(int(x), int(y), text)
    finally:
        painter.end()
    return path


def one_column_pdf(path: Path) -> Path:
    """A résumé whose bullets wrap at their hanging indent, one over a hyphen."""
    rows: list[tuple[float, float, str, bool]] = [
        (60, 60, "Sam Rivera", True),
        (60, 80, "sam.rivera@example.com | (555) 010-4477 | Denver, CO", False),
        (60, 110, "Experience", True),
        (60, 130, "Backend Engineer, Trailhead Software    2019 - Present", False),
        (60, 146, WRAPPED_HEAD, False),
        (70, 162, WRAPPED_TAIL, False),
        (60, 178, HYPHEN_HEAD, False),
        (70, 194, HYPHEN_TAIL, False),
        (60, 210, "\u2022 Wrote integration tests with pytest and Docker", False),
        (60, 240, "Skills", True),
        (60, 258, "Python, PostgreSQL, Docker, Kubernetes, AWS, REST APIs", False),
    ]
    return draw_pdf(path, rows)


def two_column_pdf(path: Path) -> Path:
    left = ["Experience", "Data Analyst, Northwind Traders", "Jan 2020 - Present",
            "Built weekly sales dashboards in Tableau", "Automated reports with Python",
            "Analyst Intern, Contoso", "Jun 2019 - Dec 2019", "Cleaned survey data in R"]
    right = [RIGHT_TOP, "Python, SQL, Tableau", "Excel, R, dbt", "Education",
             "BSc Statistics, State University", "2019", "Certifications", "Tableau Desktop"]
    rows: list[tuple[float, float, str, bool]] = [(50, 50, "Avery Quinn", True),
                                                  (50, 68, "avery@example.com", False)]
    for number, (a, b) in enumerate(zip(left, right, strict=True)):
        y = 110 + number * 16
        rows += [(50, y, a, False), (330, y, b, False)]
    return draw_pdf(path, rows)


def by_text(lines: list[Any], start: str) -> Any:
    return next(line for line in lines if line.text.startswith(start))


def test_the_pdf_reader_records_what_it_joined_and_split(tmp_path: Path) -> None:
    doc = read_resume(one_column_pdf(tmp_path / "wrapped.pdf"))
    assert by_text(doc.lines, "Maps, Google Places").unsure == "wrapped"
    # "migra-" + "tion" became one word on the first line.
    head = by_text(doc.lines, "\u2022 Led the data warehouse")
    assert "data warehouse migration to Snowflake" in head.text and head.unsure == "hyphen"
    assert by_text(doc.lines, "\u2022 Wrote integration").unsure is None
    assert by_text(doc.lines, "Sam Rivera").unsure is None

    columns = read_resume(two_column_pdf(tmp_path / "columns.pdf"))
    marked = [line for line in columns.lines if line.unsure]
    assert [(line.text, line.unsure) for line in marked] == [(RIGHT_TOP, "column")]
    assert set(UNSURE_REASONS) >= {"wrapped", "hyphen", "column", "cell"}


def test_unsure_lines_survive_the_database(tmp_path: Path) -> None:
    from tailor_app import db

    db.init_db(tmp_path / "t.db")
    try:
        resume = importer.import_resume(one_column_pdf(tmp_path / "wrapped.pdf"))
        document = importer.get_resume_document(resume["id"])
        assert document is not None
        assert by_text(document.lines, "Maps, Google Places").unsure == "wrapped"
        source = importer.resume_source(resume["id"])
        assert source is not None
        assert Path(source["stored_path"]).read_bytes() == \
            (tmp_path / "wrapped.pdf").read_bytes()
        assert [WRAPPED_TAIL, "wrapped"] in [list(pair) for pair in source["unsure"]]
        assert importer.resume_source("no-such-id") is None
    finally:
        db.close_db()


def test_unsure_lines_are_found_in_the_rendered_resume() -> None:
    rendered = "\n".join(["Sam Rivera", "EXPERIENCE", "Backend Engineer  2019 - Present",
                          "\u2022 Built a payments API serving Maps, Google Places and more",
                          "\u2022 Wrote tests", "SKILLS", "Python"])
    marks = unsure_marks(rendered, [("Maps, Google Places and more", "wrapped"),
                                    ("2019", "cell"),  # too short to place safely
                                    ("Not in the text at all", "column"),
                                    ("Sam   Rivera", "column")])
    assert marks == {3: ["wrapped"], 0: ["column"]}


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, tmp_path / "tailor.db")
    win.resize(1320, 860)
    yield win
    win.close()


def tailor_shown(qtbot: Any, win: MainWindow) -> str:
    win.editor.text_edit.setPlainText(SOFTWARE)
    with qtbot.waitSignal(win.job_actions.jobCreated, timeout=WAIT) as created:
        qtbot.mouseClick(win.editor.tailor_button, Qt.MouseButton.LeftButton)
    job_id = str(created.args[0])
    wait_status(qtbot, win, job_id, "COMPLETED")
    qtbot.waitUntil(lambda: (win.result.job() or {}).get("status") == "COMPLETED"
                    and win.result.job_id() == job_id, timeout=WAIT)
    return job_id


def test_original_pane_shades_unsure_lines_and_opens_the_file(
        window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    pdf = one_column_pdf(tmp_path / "sam.pdf")
    import_file(qtbot, window, pdf)
    tailor_shown(qtbot, window)
    side = window.result.original_side
    view = window.result.original_view
    qtbot.waitUntil(lambda: bool(side.marked_lines()), timeout=WAIT)

    lines = view.toPlainText().splitlines()
    marked = {lines[n]: codes for n, codes in side.marked_lines().items()}
    wrapped = next(text for text in marked if WRAPPED_TAIL in text)
    assert WRAPPED_HEAD.lstrip("\u2022 ") in wrapped  # the joined bullet is what is shaded
    assert marked[wrapped] == ["wrapped"]
    snow = next(text for text in marked if "Snowflake" in text)
    assert "hyphen" in marked[snow]
    assert len(view.extraSelections()) == len(marked) == 2
    assert side.note.text() == "\u26a0 2 lines to check"

    # Hovering a shaded line says why.
    number = lines.index(wrapped)
    block = view.document().findBlockByNumber(number)
    point = view.cursorRect(QTextCursor(block)).center()
    QToolTip.hideText()
    help_event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), help_event)  # what hovering the mouse sends
    assert UNSURE_REASONS["wrapped"] in QToolTip.text()
    QToolTip.hideText()

    # Open original file: the private copy in the data folder, through the seam.
    opened: list[Path] = []
    side.opener = lambda path: opened.append(path) or True
    button = window.findChild(QPushButton, "openOriginalButton")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert len(opened) == 1
    assert opened[0].parent == paths.resumes_dir()
    assert opened[0].read_bytes() == pdf.read_bytes()
    assert "Opened" in window.statusBar().currentMessage()

    # A copy that went missing is said, not opened.
    opened[0].unlink()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert len(opened) == 1
    assert "missing" in window.statusBar().currentMessage()


def test_a_removed_resume_leaves_nothing_to_open(window: MainWindow, qtbot: Any,
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    import_file(qtbot, window, two_column_pdf(tmp_path / "avery.pdf"))
    job_id = tailor_shown(qtbot, window)
    side = window.result.original_side
    qtbot.waitUntil(lambda: side.note.text() == "\u26a0 1 line to check", timeout=WAIT)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.resumes.remove_current()
    window.job_actions.shown.show(job_id)  # read the job again, as selecting it does
    button = window.findChild(QPushButton, "openOriginalButton")
    qtbot.waitUntil(lambda: not button.isEnabled(), timeout=WAIT)
    assert side.note.text() == ""
