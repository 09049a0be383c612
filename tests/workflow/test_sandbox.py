"""The reader's child process: limits hold, answers come back, the caller stays free."""

from __future__ import annotations

import itertools
import logging
import sys
import threading
import time
from pathlib import Path

import pytest
from broken_factories import (
    SECRET_LINE,
    answer,
    balloon,
    crash,
    die,
    make_tiny_objects_pdf,
    spin,
)
from factories import make_docx, make_pdf

from tailor_app import sandbox
from tailor_app.tailoring.reading import ResumeReadError, read_resume

POSIX_LIMITS = pytest.mark.skipif(sys.platform != "linux",
                                  reason="RLIMIT_AS is enforced on Linux only")


@pytest.fixture(autouse=True, scope="module")
def _warm() -> None:
    sandbox.warm_up()  # the fork server's one-time start must not count in a time limit


def test_a_working_child_returns_its_answer() -> None:
    assert sandbox.run_isolated(answer, 21) == 42


@pytest.mark.allow_log("tailor_app.sandbox", "(time limit)")
def test_a_looping_reader_is_stopped_at_the_time_limit() -> None:
    started = time.monotonic()
    with pytest.raises(sandbox.ReadLimitError) as info:
        sandbox.run_isolated(spin, timeout=1.0)
    elapsed = time.monotonic() - started
    assert info.value.code == "timeout"
    assert "took longer than 1 seconds" in str(info.value)
    assert elapsed < 8, elapsed
    assert isinstance(info.value, ResumeReadError)  # callers that catch it need no change


@POSIX_LIMITS
@pytest.mark.allow_log("tailor_app.sandbox", "file refused by a reading limit")
def test_a_ballooning_reader_is_stopped_by_the_memory_limit() -> None:
    with pytest.raises(sandbox.ReadLimitError) as info:
        sandbox.run_isolated(balloon, timeout=60, memory_limit=512 * 1024 * 1024)
    assert info.value.code == "too_complex"
    assert "memory" in str(info.value)


@pytest.mark.allow_log("tailor_app.sandbox", "reader child died without an answer")
def test_a_child_that_dies_gives_a_clear_error() -> None:
    with pytest.raises(sandbox.ReadLimitError, match="reader stopped") as info:
        sandbox.run_isolated(die)
    assert info.value.code == "too_complex"


@pytest.mark.allow_log("tailor_app.sandbox", "reader child failed")
def test_an_unexpected_error_is_a_read_error_and_its_text_is_not_logged(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="tailor_app")
    with pytest.raises(ResumeReadError, match="reader failed") as info:
        sandbox.run_isolated(crash)
    assert info.value.code == "corrupt"
    assert "KeyError" in caplog.text  # the type and frames locate the bug...
    assert SECRET_LINE not in caplog.text  # ...the message could quote the resume


def test_limit_errors_survive_pickling() -> None:
    import pickle

    error = sandbox.ReadLimitError("timeout", "Too slow.")
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), again.code, str(again)) == (sandbox.ReadLimitError, "timeout",
                                                     "Too slow.")
    with pytest.raises(ValueError, match="unknown"):
        sandbox.ReadLimitError("nope", "x")


def test_isolated_read_equals_the_in_process_read(tmp_path: Path) -> None:
    for path in (make_pdf(tmp_path / "cv.pdf"), make_docx(tmp_path / "cv.docx")):
        document, parsed = sandbox.read_resume_isolated(path)
        assert document == read_resume(path)
        assert parsed["contact"]["email"]


@pytest.mark.allow_log("tailor_app.sandbox", "(time limit)")
def test_millions_of_tiny_objects_end_in_a_timeout_not_a_hang(tmp_path: Path) -> None:
    pdf = make_tiny_objects_pdf(tmp_path / "tiny.pdf", count=300_000)
    assert pdf.stat().st_size < 10 * 1024 * 1024
    started = time.monotonic()
    with pytest.raises(sandbox.ReadLimitError) as info:
        sandbox.read_resume_isolated(pdf, timeout=1.5)
    assert info.value.code == "timeout"
    assert time.monotonic() - started < 10


@pytest.mark.allow_log("tailor_app.sandbox", "(time limit)")
def test_the_caller_thread_stays_free_while_a_child_works() -> None:
    """What the window relies on: the wait happens off its thread, which keeps ticking."""
    ticks: list[float] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            sandbox.run_isolated(spin, timeout=1.5)
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    while worker.is_alive():
        ticks.append(time.monotonic())
        time.sleep(0.01)
    worker.join()
    assert [type(e).__name__ for e in errors] == ["ReadLimitError"]
    longest = max(b - a for a, b in itertools.pairwise(ticks))
    assert longest < 0.5, longest


def test_fast_path_overhead_is_small(tmp_path: Path) -> None:
    """A small file costs little more than reading it in-process (figures: RELIABILITY.md)."""
    path = make_pdf(tmp_path / "cv.pdf")
    sandbox.read_resume_isolated(path)
    started = time.perf_counter()
    for _ in range(5):
        sandbox.read_resume_isolated(path)
    per_file = (time.perf_counter() - started) / 5
    assert per_file < 1.0, per_file
