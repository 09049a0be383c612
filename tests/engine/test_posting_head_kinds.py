"""Activities a posting names as the kinds of a plain head (posting/heads.py):
"automation and monitoring tools" asks for Automation and Monitoring."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.posting.heads import head_kind_terms


def kinds(text: str) -> list[str]:
    return [t.name for t in head_kind_terms(text, [], lambda _w: False)]


def asks(text: str) -> list[str]:
    return [s.name for s in analyse_posting(text).skills]


def test_each_activity_of_a_coordination_before_a_plain_head_is_an_ask() -> None:
    assert kinds("- Use automation and monitoring tools to cut toil") == [
        "Automation", "Monitoring"]
    assert kinds("Build models for segmentation, ranking and detection tasks.") == [
        "Segmentation", "Ranking", "Detection"]
    found = asks("Platform Engineer\nWhat you'll do\n- Run services on Kubernetes and AWS\n"
                 "- Use automation and monitoring tools to cut toil")
    assert "Automation" in found and "Monitoring" in found


def test_one_activity_alone_counts_before_tools_only() -> None:
    assert kinds("Experience with reporting tools is a plus.") == ["Reporting"]
    assert kinds("Two years of maintenance work") == []
    # Tools that cut are a kind of tool, not an activity asked.
    assert kinds("We sell cutting tools to contractors.") == []


def test_things_and_describing_words_name_no_activity() -> None:
    assert kinds("Bring your own hand and power tools.") == []
    # One member that is no activity makes the head a thing's.
    assert kinds("Evaluate feedback and performance tools against best practices.") == []


def test_a_run_that_ends_a_longer_name_is_not_read() -> None:
    assert kinds("Train staff on data analysis and reporting tools.") == []


def test_a_span_another_reading_covers_is_left_to_it() -> None:
    text = "Use automation and monitoring tools"
    at = text.index("monitoring")
    assert [t.name for t in head_kind_terms(text, [(at, at + 10)], lambda _w: False)] == [
        "Automation"]
