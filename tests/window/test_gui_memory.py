"""tailor-app's window takes its start-up objects out of the garbage collector's full
sweeps once the vocabulary is warm (tailor_app.memory says why: those sweeps were the
longest stalls while jobs finish); a window made any other way (the tests' hundreds)
does not, so closed windows are still collected."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from tailor_app import startup
from tailor_app.gui import create_main_window
from tailor_app.gui.app import settle_when_warm
from tailor_app.memory import freeze_startup_objects

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT = 15_000


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "memory.db"
    startup.open_app_database(path)
    return path


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """Whatever a test freezes is handed back to the collector afterwards."""
    gc.unfreeze()
    yield
    gc.unfreeze()


def _swept(obj: object) -> bool:
    return any(tracked is obj for tracked in gc.get_objects())


def test_settled_window_is_left_out_of_full_collections(qtbot, db_path, unfrozen) -> None:
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    settle_when_warm(window)
    assert _swept(window.__dict__)  # nothing is frozen before start-up is over
    with qtbot.waitSignal(window.warmedUp, timeout=WAIT):
        window.show()
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=WAIT)
    assert not _swept(window.__dict__)
    fresh: dict[str, list[int]] = {"made": [1]}  # made after start-up: swept as usual
    assert _swept(fresh)


def test_a_window_not_settled_stays_collectable(qtbot, db_path, unfrozen) -> None:
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.warmedUp, timeout=WAIT):
        window.show()
    assert gc.get_freeze_count() == 0
    assert _swept(window.__dict__)


def test_freeze_reports_how_many_objects_left_the_sweeps(unfrozen) -> None:
    kept = [[n] for n in range(100)]
    assert freeze_startup_objects() >= len(kept)
    assert not _swept(kept)
