"""The Rewrite bullets dialog, driven with the mouse, against the stub model server.

The job is a real finished job in a temporary database; the server is
tests/llm_stub.py on 127.0.0.1, answering per bullet. What a user checks: which
bullets passed and why the others did not, that only what they accepted ends up
in the job (as a "rewritten" revision with a score), and that cancelling or the
server going away leaves the job's text as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from llm_stub import StubServer, faithful, stub_server
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from test_rewriting import POSTING, RESUME

from tailor_app import revisions, startup
from tailor_app.gui.rewrite_dialog import RewriteDialog
from tailor_app.job import get_job_by_id
from tailor_app.rewriting.client import LlmConfig

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT = 15_000
BULLETS = 5
REFUSED = "Trained 20 new hires on forklift safety and OSHA rules"


@pytest.fixture
def job(tmp_path: Path) -> dict[str, Any]:
    from tailor_app.importer import import_resume
    from tailor_app.job_processor import process_job

    user = startup.open_app_database(tmp_path / "rewrite.db")
    resume_file = tmp_path / "dana.txt"
    resume_file.write_text(RESUME, encoding="utf-8")
    resume = import_resume(resume_file, user)
    done = process_job(user, resume["id"], POSTING, "Warehouse Operations Lead", "Harbor")
    assert done["status"] == "COMPLETED"
    return done


@pytest.fixture
def stub() -> Iterator[StubServer]:
    with stub_server(lambda bullet: "number" if bullet == REFUSED else "faithful") as server:
        yield server


def open_dialog(qtbot: Any, job: dict[str, Any], stub: StubServer,
                behaviour: Callable[[str], str] | None = None, *,
                parallel: int = 2, timeout: float = 10) -> RewriteDialog:
    if behaviour is not None:
        stub.behaviour = behaviour
    dialog = RewriteDialog(job, LlmConfig(url=stub.url, model="llama3.2", timeout=timeout),
                           parallel=parallel)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(button: QPushButton) -> None:
    assert button.isEnabled(), button.objectName()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(dialog: RewriteDialog, bullet: str) -> int:
    """Click the row of ``bullet`` as a person does; returns its row."""
    table = dialog.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == bullet)
    rect = table.visualItemRect(table.item(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentRow() == row
    return row


def guard_column(dialog: RewriteDialog) -> dict[str, str]:
    table = dialog.table
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def finished(qtbot: Any, dialog: RewriteDialog) -> None:
    qtbot.waitUntil(lambda: dialog.state == "finished", timeout=WAIT)


def test_accept_one_reject_one_and_save(qtbot: Any, job: dict[str, Any],
                                        stub: StubServer) -> None:
    dialog = open_dialog(qtbot, job, stub)
    finished(qtbot, dialog)
    column = guard_column(dialog)
    assert len(column) == BULLETS
    assert column[REFUSED] == "Refused: adds a number: 45%"
    assert sum(v == "Passed" for v in column.values()) == BULLETS - 1
    assert dialog.progress.value() == BULLETS
    # One request per bullet, each naming the model.
    chats = [e for e in stub.log if e["path"].endswith("/chat/completions")]
    assert sorted(e["bullet"] for e in chats) == sorted(column)
    assert {e["model"] for e in chats} == {"llama3.2"}

    click_row(dialog, REFUSED)  # a refused rewrite shows why and cannot be accepted
    assert not dialog.accept_button.isEnabled()
    assert "adds a number: 45%" in dialog.reason.text()
    assert "45%" in dialog.proposed_view.toPlainText()

    led = "Led a team of 14 pickers and packers across two shifts"
    click_row(dialog, led)
    assert "Headed" in dialog.proposed_view.toHtml() and "line-through" in \
        dialog.original_view.toHtml()  # "Led" struck through, "Headed" marked
    click(dialog.accept_button)
    cut = "Cut mis-picks by 30% by introducing barcode scanning with Zebra handhelds"
    click_row(dialog, cut)
    click(dialog.reject_button)
    assert guard_column(dialog)[cut] == "Passed"
    assert dialog.table.item(dialog.table.currentRow(), 2).text() == "Rejected"
    assert dialog.save_button.text() == "Save 1 rewrite"

    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        click(dialog.save_button)
    job_id, revision = saved.args
    assert job_id == job["id"]
    current = revisions.current(job["id"])
    assert (current["kind"], current["number"]) == ("rewritten", 2)
    assert faithful(led) in current["text"] and led not in current["text"]
    assert cut in current["text"] and faithful(cut) not in current["text"]
    assert REFUSED in current["text"]
    assert revision["score"] == current["score"] is not None
    assert get_job_by_id(job["id"])["score_after"] == revision["score"]


def test_accept_all_that_passed(qtbot: Any, job: dict[str, Any], stub: StubServer) -> None:
    dialog = open_dialog(qtbot, job, stub)
    finished(qtbot, dialog)
    click(dialog.accept_all_button)
    assert dialog.save_button.text() == f"Save {BULLETS - 1} rewrites"
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        click(dialog.save_button)
    text = revisions.current(job["id"])["text"]
    for bullet in guard_column(dialog):
        if bullet == REFUSED:
            assert bullet in text and "45%" not in text
        else:
            assert faithful(bullet) in text


def test_cancel_during_rewriting_keeps_the_text(qtbot: Any, job: dict[str, Any],
                                                stub: StubServer) -> None:
    dialog = open_dialog(qtbot, job, stub, lambda bullet: "slow", parallel=1)
    qtbot.waitUntil(lambda: len(stub.bullets_asked()) == 1, timeout=WAIT)
    click(dialog.cancel_button)
    assert dialog.state == "cancelled"
    assert dialog.status.text().startswith("Cancelled: 0 of 5 bullets were answered")
    assert not dialog.cancel_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog._tasks.pending() == 0, timeout=WAIT)  # the run stopped
    stub.release.set()  # the one request in flight is answered now: it must be dropped
    assert len(stub.bullets_asked()) == 1
    assert set(guard_column(dialog).values()) == {"Not asked (cancelled)"}
    assert revisions.current(job["id"])["kind"] == "tailored"


def test_the_server_going_away_mid_run(qtbot: Any, job: dict[str, Any],
                                       stub: StubServer) -> None:
    answered: list[str] = []

    def behaviour(bullet: str) -> str:
        answered.append(bullet)
        return "faithful" if len(answered) <= 2 else "gone"

    dialog = open_dialog(qtbot, job, stub, behaviour, parallel=1)
    qtbot.waitUntil(lambda: dialog.state == "failed", timeout=WAIT)
    assert dialog.error is not None
    assert dialog.error.startswith(f"The model server at {stub.url} closed the connection") \
        or dialog.error.startswith(f"No model server answered at {stub.url}")
    assert dialog.status.text().endswith("Your resume keeps its text.")
    column = list(guard_column(dialog).values())
    assert column.count("Passed") == 2
    assert column.count("Not asked") == BULLETS - 3
    assert len(stub.bullets_asked()) == 3  # nothing more was sent after it went away
    assert revisions.current(job["id"])["kind"] == "tailored"
    assert get_job_by_id(job["id"])["score_after"] == job["score_after"]
