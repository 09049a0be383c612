"""The result pane fills the tab in view at once and the other tabs when opened."""

from __future__ import annotations

from typing import Any

import pytest
from factories import completed_job
from posting_samples import NURSE

from tailor_app.gui.result_pane import ResultPane

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_each_tab_shows_the_selected_job_when_opened(qtbot: Any) -> None:
    pane = ResultPane()
    qtbot.addWidget(pane)
    pane.show()
    first = completed_job(NURSE)
    pane.show_job(first)
    assert pane.result_view.toPlainText() == first["tailored_resume_text"]
    assert pane.compare_view.toPlainText() == ""  # not laid out until it is looked at
    pane.tabs.setCurrentWidget(pane.compare_view)
    assert pane.compare_view.toPlainText().strip()
    pane.tabs.setCurrentWidget(pane.match_report)
    report = pane.match_report.toPlainText()
    assert "Match score" in report

    pane.show_job({"id": "job-2", "status": "PENDING", "title": "Next"})
    assert pane.match_report.toPlainText() == ""  # the tab in view follows at once
    pane.tabs.setCurrentIndex(0)
    assert pane.result_view.toPlainText() == ""  # and so does every tab opened later
    pane.show_job(first)
    pane.tabs.setCurrentWidget(pane.match_report)
    assert pane.match_report.toPlainText() == report


def test_a_failed_job_whose_resume_was_deleted_offers_no_retry(qtbot: Any) -> None:
    pane = ResultPane()
    qtbot.addWidget(pane)
    pane.show()
    failed = {"id": "job-3", "status": "FAILED", "title": "Nurse", "resume_id": "r-1",
              "resume_name": "cv", "error_message": "Something went wrong"}
    pane.show_job(failed)
    assert pane.banner_retry.isVisible()
    pane.show_job({**failed, "resume_id": None,
                   "error_message": "The resume \u201ccv\u201d of this job was deleted."})
    assert not pane.banner_retry.isVisible()
    said = pane.banner_text.text()
    assert "Ctrl+D" in said and "retry" not in said.casefold()  # one answer, no Retry
