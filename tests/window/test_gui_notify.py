"""Finished jobs are announced without flooding the desktop: jobs finishing close
together share one tray notice, a lone job keeps its own sentence, and the status
bar still names each job. The tray itself is replaced by a recorder (the offscreen
platform has none); everything before it is the window's real code."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tailor_app.gui import create_main_window
from tailor_app.gui.job_model import CANCELLED_MESSAGE
from tailor_app.gui.main_window import MainWindow, batch_text

WAIT = 15_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def done(title: str, before: int = 40, after: int = 55) -> dict[str, Any]:
    return {"id": title, "title": title, "status": "COMPLETED", "score_before": before,
            "score_after": after}


def failed(title: str, message: str = "The resume file is gone.") -> dict[str, Any]:
    return {"id": title, "title": title, "status": "FAILED", "error_message": message}


@pytest.fixture
def window(qtbot: Any, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[MainWindow, list[str]]]:
    win = create_main_window(tmp_path / "tailor.db")
    qtbot.addWidget(win)
    win.closing_confirmed = True
    win.show()
    qtbot.waitUntil(lambda: win.job_actions.loaded, timeout=WAIT)
    notices: list[str] = []
    away = {"value": True}
    monkeypatch.setattr(win, "wants_tray_notice", lambda: away["value"])
    monkeypatch.setattr(win, "show_tray_notice", notices.append)
    win.away = away  # type: ignore[attr-defined]
    yield win, notices
    win.close()


def test_a_lone_job_keeps_its_own_text(window: tuple[MainWindow, list[str]],
                                       qtbot: Any) -> None:
    win, notices = window
    win.job_actions.jobDone.emit(done("Registered Nurse", 48, 63))
    qtbot.waitUntil(lambda: len(notices) == 1, timeout=WAIT)
    assert notices == ["\u201cRegistered Nurse\u201d is tailored: match 48 \u2192 63."]
    assert win.statusBar().currentMessage() == notices[0]


def test_a_burst_gives_one_notice(window: tuple[MainWindow, list[str]], qtbot: Any) -> None:
    win, notices = window
    for number in range(11):
        win.job_actions.jobDone.emit(done(f"Analyst {number}"))
    win.job_actions.jobDone.emit(failed("Nurse"))
    assert "Nurse" in win.statusBar().currentMessage()  # the status bar: per job, at once
    assert notices == []  # the tray waits for the burst to end
    qtbot.waitUntil(lambda: bool(notices), timeout=WAIT)
    assert notices == ["12 jobs finished: 11 tailored, 1 failed"]
    assert not win.notice_pending()  # nothing else due


def test_bursts_apart_give_separate_notices(window: tuple[MainWindow, list[str]],
                                            qtbot: Any) -> None:
    win, notices = window
    win.job_actions.jobDone.emit(done("First"))
    win.job_actions.jobDone.emit(done("Second"))
    qtbot.waitUntil(lambda: len(notices) == 1, timeout=WAIT)
    win.job_actions.jobDone.emit(failed("Third", "Cancelled by you."))
    qtbot.waitUntil(lambda: len(notices) == 2, timeout=WAIT)
    assert notices[0] == "2 jobs finished: 2 tailored"
    assert notices[1] == "\u201cThird\u201d failed: Cancelled by you."


def test_no_tray_notice_while_the_user_is_looking(window: tuple[MainWindow, list[str]],
                                                  qtbot: Any) -> None:
    win, notices = window
    win.away["value"] = False  # type: ignore[attr-defined]
    win.job_actions.jobDone.emit(done("Seen"))
    assert "Seen" in win.statusBar().currentMessage()
    assert not win.notice_pending() and notices == []
    # Jobs finish while away, but the user is back before the notice is due.
    win.away["value"] = True  # type: ignore[attr-defined]
    win.job_actions.jobDone.emit(done("Back soon"))
    win.away["value"] = False  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not win.notice_pending(), timeout=WAIT)
    assert notices == []


def test_batch_text_counts_cancelled_apart() -> None:
    batch = [done("A"), failed("B"), failed("C", CANCELLED_MESSAGE), failed("D")]
    assert batch_text(batch) == "4 jobs finished: 1 tailored, 2 failed, 1 cancelled"
    assert batch_text([failed("B"), failed("D")]) == "2 jobs finished: 2 failed"
