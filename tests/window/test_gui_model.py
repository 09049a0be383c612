"""The job list's model, filter proxy and delegate, without the window or a database."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from tailor_app.gui.job_delegate import JobDelegate, retry_button_rect
from tailor_app.gui.job_model import (
    COL_CREATED,
    COL_PROGRESS,
    COL_SCORE,
    COL_STATUS,
    COL_TITLE,
    BadgeRole,
    JobIdRole,
    JobTableModel,
    RetryableRole,
    SortRole,
    StatusRole,
)
from tailor_app.gui.job_proxy import JobFilterProxy


def row(n: int, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": f"job-{n:03d}", "created_at": f"2024-05-{1 + n % 28:02d}T10:00:{n % 60:02d}+00:00",
        "title": f"Role {n}", "company_name": f"Company {n % 3}", "resume_id": "resume-1",
        "resume_name": "cv",
        "status": "COMPLETED", "progress": 100, "stage": "done",
        "score_before": 40 + n % 10, "score_after": 60 + n % 10, "error_message": None,
        "attempts": 1,
    }
    data.update(extra)
    return data


@pytest.fixture
def model(qtmodeltester: Any) -> JobTableModel:
    model = JobTableModel()
    qtmodeltester.check(model)
    model.reload([row(n) for n in range(5)])
    qtmodeltester.check(model)
    return model


def ids_in_view_order(proxy: JobFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(JobIdRole) for r in range(proxy.rowCount())]


def test_model_passes_the_model_tester_through_every_change(qtmodeltester: Any) -> None:
    model = JobTableModel()
    qtmodeltester.check(model)
    model.reload([row(n) for n in range(20)])
    model.upsert(row(99, status="PENDING", score_before=None, score_after=None))
    model.update_job("job-003", status="FAILED", error_message="boom")
    model.sort(COL_SCORE, Qt.SortOrder.AscendingOrder)
    model.update_job("job-004", score_after=0)  # moves under the score sort
    model.remove("job-007")
    qtmodeltester.check(model)
    assert model.rowCount() == 20


def test_newest_first_and_roles_carry_id_and_status(model: JobTableModel) -> None:
    top = model.index(0, COL_STATUS)
    assert top.data(JobIdRole) == "job-004"  # the latest created_at
    assert top.data(StatusRole) == "COMPLETED"
    assert top.data(Qt.ItemDataRole.DisplayRole) == "COMPLETED"
    assert model.index(0, COL_SCORE).data() == "44 \u2192 64"
    assert model.index(0, COL_CREATED).data(SortRole) == "2024-05-05T10:00:04+00:00"


def test_only_the_changed_row_is_signalled(qtbot: Any, model: JobTableModel) -> None:
    seen: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda a, b, _roles: seen.append((a.row(), b.row(), a.column(), b.column())))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    target = model.row_of("job-002")
    assert model.update_job("job-002", status="PROCESSING", progress=40, stage="tailoring")
    assert seen == [(target, target, COL_STATUS, COL_SCORE)]
    assert not model.update_job("job-002", progress=40)  # nothing changed: no signal
    assert len(seen) == 1 and not resets


def test_failed_row_has_its_message_as_tooltip_and_cancel_reads_cancelled(
        model: JobTableModel) -> None:
    model.update_job("job-001", status="FAILED", error_message="The resume is empty.")
    index = model.index(model.row_of("job-001"), COL_TITLE)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "The resume is empty."
    model.update_job("job-001", error_message="Cancelled by you.")
    assert index.siblingAtColumn(COL_STATUS).data(BadgeRole) == "CANCELLED"


def test_proxy_filters_by_status_and_text(qtmodeltester: Any, model: JobTableModel) -> None:
    proxy = JobFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    model.update_job("job-001", status="FAILED", error_message="no text")
    proxy.set_status_filter({"FAILED"})
    assert ids_in_view_order(proxy) == ["job-001"]
    proxy.set_status_filter(None)
    proxy.set_text_filter("company 1")
    assert sorted(ids_in_view_order(proxy)) == ["job-001", "job-004"]
    proxy.set_text_filter("  ")
    assert proxy.rowCount() == 5
    # A job that changes status joins the filtered view by itself.
    proxy.set_status_filter({"PROCESSING"})
    assert proxy.rowCount() == 0
    model.update_job("job-003", status="PROCESSING", progress=10)
    assert ids_in_view_order(proxy) == ["job-003"]
    qtmodeltester.check(proxy)


def test_sorting_through_the_proxy_and_rows_moving_as_they_change(model: JobTableModel) -> None:
    proxy = JobFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_TITLE, Qt.SortOrder.AscendingOrder)
    assert ids_in_view_order(proxy) == [f"job-{n:03d}" for n in range(5)]
    proxy.sort(COL_SCORE, Qt.SortOrder.DescendingOrder)
    assert ids_in_view_order(proxy)[0] == "job-004"
    model.update_job("job-000", score_after=99)  # now the best: moves to the top
    assert ids_in_view_order(proxy)[0] == "job-000"
    model.upsert(row(50, score_after=1, title="Late"))
    assert ids_in_view_order(proxy)[-1] == "job-050"
    assert [model.row_of(i) for i in model.job_ids()] == list(range(6))


def test_retry_button_click_emits_the_job_id(qtbot: Any, model: JobTableModel) -> None:
    model.update_job("job-002", status="FAILED", error_message="boom")
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = JobDelegate(view)
    view.setItemDelegate(delegate)
    view.resize(900, 300)
    view.show()
    index = model.index(model.row_of("job-002"), COL_PROGRESS)
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.font = view.font()
    centre = QPointF(retry_button_rect(option.rect, option.font).center())
    with qtbot.waitSignal(delegate.retryClicked) as blocker:
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            event = QMouseEvent(kind, centre, centre, Qt.MouseButton.LeftButton,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
            delegate.editorEvent(event, model, option, index)
    assert blocker.args == ["job-002"]
    # A click beside the button, or on a completed row, retries nothing.
    outside = QPointF(QPoint(option.rect.left() + 1, option.rect.top() + 1))
    fired: list[str] = []
    delegate.retryClicked.connect(fired.append)
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(kind, outside, outside, Qt.MouseButton.LeftButton,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        delegate.editorEvent(event, model, option, index)
    assert fired == []
    view.grab()  # paints badges, bars and the button without errors


def test_status_counts_follow_every_change(model: JobTableModel) -> None:
    """The "N jobs waiting or running" label reads these after every row update."""
    def counts() -> tuple[int, int, int]:
        return (model.count_by_status(("PENDING", "PROCESSING")),
                model.count_by_status(("COMPLETED",)), model.count_by_status(("FAILED",)))

    total = model.rowCount()
    assert counts() == (0, total, 0)
    model.upsert(row(900, status="PENDING"))
    model.upsert(row(901, status="PENDING"))
    assert counts() == (2, total, 0)
    model.update_job("job-900", status="PROCESSING", progress=10)
    assert counts() == (2, total, 0)
    model.update_job("job-900", status="FAILED", error_message="broken")
    model.upsert(row(901, status="COMPLETED"))  # an update of a listed job, not a new row
    assert counts() == (0, total + 1, 1)
    model.remove("job-900")
    model.remove("job-000")
    assert counts() == (0, total, 0)
    model.reload([row(1, status="PENDING"), row(2, status="FAILED")])
    assert counts() == (1, 0, 1)
    assert model.count_by_status(("PENDING", "PENDING")) == 1  # a status counts once


def test_a_failed_job_whose_resume_was_deleted_offers_no_retry(qtbot: Any,
                                                              model: JobTableModel) -> None:
    """The key is cleared when a resume is deleted, the name kept: retrying can't work."""
    model.upsert(row(700, status="FAILED", resume_id="r-1", error_message="boom"))
    model.upsert(row(701, status="FAILED", resume_id=None, resume_name="old cv",
                     error_message="The resume of this job was deleted"))
    model.upsert(row(702, status="FAILED", resume_id=None, resume_name=None,
                     error_message="boom"))  # a posting-only job: retry still works

    def retryable(job_id: str) -> bool:
        return bool(model.index(model.row_of(job_id), COL_PROGRESS).data(RetryableRole))

    assert retryable("job-700") and not retryable("job-701") and retryable("job-702")
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = JobDelegate(view)
    clicked: list[str] = []
    delegate.retryClicked.connect(clicked.append)
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(model.index(model.row_of("job-701"), COL_PROGRESS))
    centre = QPointF(retry_button_rect(option.rect, view.font()).center())
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(kind, centre, centre, Qt.MouseButton.LeftButton,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        delegate.editorEvent(event, model, option,
                             model.index(model.row_of("job-701"), COL_PROGRESS))
    assert clicked == []
