"""The job list fits the window: on a laptop-sized window (1000×700) the Status and
Score columns are on screen without horizontal scrolling, at the default size every
column is, and widths the user chose (saved in the settings) are kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QHeaderView

from tailor_app.gui import create_main_window
from tailor_app.gui.job_delegate import badge_column_width, short_created
from tailor_app.gui.job_model import (
    COL_COMPANY,
    COL_CREATED,
    COL_PROGRESS,
    COL_RESUME,
    COL_SCORE,
    COL_STATUS,
    COL_TITLE,
)
from tailor_app.gui.job_panel import LEGACY_WIDTHS
from tailor_app.gui.main_window import MainWindow
from tailor_app.gui.settings import KEY_COLUMNS, app_settings

WAIT = 15_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
LAPTOP = (1000, 700)
DEFAULT = (1320, 860)  # MainWindow's own default size


def open_window(qtbot: Any, db_path: Path, size: tuple[int, int]) -> MainWindow:
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    window.closing_confirmed = True
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.job_actions.loaded, timeout=WAIT)
    for number, status in enumerate(("COMPLETED", "FAILED", "PROCESSING", "PENDING")):
        window.model.upsert({
            "id": f"job-{number}", "created_at": "2026-11-29T07:14:00+00:00",
            "title": "Senior Clinical Data Analytics Specialist, Population Health",
            "company_name": "Centers of Excellence for Regional Healthcare",
            "resume_id": "resume-1", "resume_name": "Sample resume (Jordan Avery)",
            "status": status,
            "progress": 40, "score_before": 100, "score_after": 100})
    return window


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tailor.db"


@pytest.fixture
def laptop(qtbot: Any, db_path: Path) -> Iterator[MainWindow]:
    window = open_window(qtbot, db_path, LAPTOP)
    yield window
    window.close()


def fully_visible(window: MainWindow, column: int) -> bool:
    table = window.job_panel.table
    header = table.horizontalHeader()
    left = header.sectionViewportPosition(column)
    return (not table.isColumnHidden(column) and left >= 0
            and left + header.sectionSize(column) <= table.viewport().width())


def test_status_and_score_visible_in_a_laptop_window(laptop: MainWindow, qtbot: Any) -> None:
    assert (laptop.width(), laptop.height()) == LAPTOP
    table = laptop.job_panel.table
    qtbot.waitUntil(lambda: fully_visible(laptop, COL_SCORE), timeout=WAIT)
    for column in (COL_TITLE, COL_COMPANY, COL_STATUS, COL_PROGRESS, COL_SCORE, COL_CREATED):
        assert fully_visible(laptop, column), column
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    assert header.sectionResizeMode(COL_TITLE) == QHeaderView.ResizeMode.Stretch
    # Title takes the stretch: it is the widest of the text columns.
    assert table.columnWidth(COL_TITLE) >= table.columnWidth(COL_COMPANY)
    # The widest badge ("PROCESSING") fits its column whole.
    assert table.columnWidth(COL_STATUS) >= badge_column_width(table.font())


def test_every_column_fits_at_the_default_size(qtbot: Any, db_path: Path) -> None:
    window = open_window(qtbot, db_path, DEFAULT)
    qtbot.waitUntil(lambda: fully_visible(window, COL_SCORE), timeout=WAIT)
    for column in range(window.model.columnCount()):
        assert fully_visible(window, column), column
    assert not window.job_panel.fit_step.short_date  # the full timestamp at this size
    window.close()


def test_narrowing_the_window_refits_and_widening_restores(laptop: MainWindow,
                                                           qtbot: Any) -> None:
    assert laptop.job_panel.table.isColumnHidden(COL_RESUME)  # first to give way on a laptop
    laptop.resize(*DEFAULT)
    qtbot.waitUntil(lambda: fully_visible(laptop, COL_RESUME), timeout=WAIT)
    assert fully_visible(laptop, COL_SCORE)


def test_the_users_own_widths_win_and_persist(qtbot: Any, db_path: Path) -> None:
    first = open_window(qtbot, db_path, LAPTOP)
    first.job_panel.table.setColumnWidth(COL_COMPANY, 201)  # as a drag on the header does
    assert first.job_panel.table.columnWidth(COL_COMPANY) == 201
    first.resize(*DEFAULT)
    qtbot.waitUntil(lambda: fully_visible(first, COL_RESUME), timeout=WAIT)
    assert first.job_panel.table.columnWidth(COL_COMPANY) == 201  # a refit leaves it alone
    first.close()
    saved = app_settings().value(KEY_COLUMNS)
    assert [int(w) for w in saved][COL_COMPANY] == 201
    assert [int(w) for w in saved][COL_STATUS] == 0  # fitted, not a choice
    second = open_window(qtbot, db_path, LAPTOP)
    assert second.job_panel.table.columnWidth(COL_COMPANY) == 201
    second.close()


def test_widths_saved_by_the_old_fixed_layout_are_not_taken_as_choices(
        qtbot: Any, db_path: Path) -> None:
    old = [LEGACY_WIDTHS.get(c, 220) for c in range(7)]
    settings = app_settings()
    settings.setValue(KEY_COLUMNS, old)
    settings.sync()
    window = open_window(qtbot, db_path, LAPTOP)
    qtbot.waitUntil(lambda: fully_visible(window, COL_SCORE), timeout=WAIT)
    assert window.job_panel.column_widths() == [0] * 7
    window.close()


def test_short_created_text() -> None:
    from datetime import date

    today = date(2026, 11, 29)
    assert short_created("2026-11-29 07:14", today) == "07:14"
    assert short_created("2026-11-28 23:59", today) == "2026-11-28"
    assert short_created("", today) == ""


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                           "This plugin does not support raise")  # the tooltip window
def test_a_shortened_date_shows_the_full_timestamp_as_tooltip(laptop: MainWindow,
                                                              qtbot: Any) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    table = laptop.job_panel.table
    assert laptop.job_panel.fit_step.short_date
    row = laptop.model.row_of("job-0")  # COMPLETED: the model has no tooltip of its own
    index = laptop.job_panel.proxy.mapFromSource(laptop.model.index(row, COL_CREATED))
    full = str(index.data())
    assert len(full) == len("2026-11-29 07:14")
    centre = table.visualRect(index).center()
    QApplication.sendEvent(table.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre)))
    qtbot.waitUntil(lambda: QToolTip.text() == full, timeout=WAIT)
    QToolTip.hideText()
