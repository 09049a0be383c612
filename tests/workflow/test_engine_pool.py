"""Tailoring in child processes: the same answer as in-process, and every way a
child can fail ends in a readable message, a fresh child and a free caller."""

from __future__ import annotations

import logging
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from engine_work import SECRET, behave

from tailor_app import child_process, paths, startup
from tailor_app.engine_pool import EngineLimitError, EnginePool
from tailor_app.importer import import_resume
from tailor_app.job_processor import (
    TailoringRefusedError,
    prepare_job_data,
    process_job,
    process_job_tailoring,
    process_pending_job,
)

POSTING = ("Data Analyst at Northwind. Required: SQL, Python and Tableau, 3+ years of "
           "experience, a bachelor's degree. Preferred: Power BI and A/B testing.")


@pytest.fixture(autouse=True, scope="module")
def _warm() -> None:
    child_process.warm_up()  # the fork server's one-time start is not what is tested


@pytest.fixture
def pool() -> Any:
    engine = EnginePool(2, work=behave, timeout=10)
    yield engine
    engine.close()


def pid_of(engine: EnginePool, **request: Any) -> int:
    _text, result = engine.tailoring(request)
    return int(result["pid"])


def test_the_real_engine_in_a_child_gives_the_in_process_answer(tmp_path: Path) -> None:
    user = startup.open_app_database(tmp_path / "app.db")
    resume = import_resume(paths.resource_path("sample_resume.txt"), user)
    job = process_job(user, resume["id"], POSTING, "Data Analyst", "Northwind",
                      process_immediately=False)
    data = prepare_job_data(job)
    engine = EnginePool(1)
    try:
        assert engine.tailoring(data) == process_job_tailoring(data)
        done = process_pending_job(job["id"], tailoring=engine.tailoring)
    finally:
        engine.close()
    assert done["status"] == "COMPLETED"
    assert done["tailored_resume_text"] == process_job_tailoring(data)[0]


def test_a_child_is_reused_and_only_size_of_them_stay(pool: EnginePool) -> None:
    first = pid_of(pool, text="a")
    assert pid_of(pool, text="b") == first
    answers: list[str] = []

    def one(n: int) -> None:
        answers.append(pool.tailoring({"text": str(n)})[0])

    threads = [threading.Thread(target=one, args=(n,)) for n in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(answers) == sorted(f"echo {n}" for n in range(5))
    assert pool.idle_count() <= pool.size == 2


def test_progress_shows_the_job_waiting_on_its_child(pool: EnginePool) -> None:
    seen: list[tuple[str, int]] = []
    pool.tailoring({"do": "sleep", "seconds": 0.7}, progress=lambda s, p: seen.append((s, p)))
    assert seen[0] == ("tailoring", 10)
    assert len(seen) >= 3  # polled while the child worked, so a cancel is noticed


def _fresh_pid(engine: EnginePool) -> int:
    """The pid of the child that answers next. On a machine busy with other work a
    fresh child may itself take longer than a 3 s limit to start; it is then stopped
    too, and the pool starts another: each is a replacement."""
    for _attempt in range(3):
        try:
            return pid_of(engine)
        except EngineLimitError:
            continue
    pytest.fail("no fresh child answered after three starts")


@pytest.mark.allow_log("tailor_app.engine_pool", "(time limit)")
def test_a_stuck_child_is_killed_at_the_time_limit_and_replaced() -> None:
    # The limit counts from the request, and a fresh child first loads the vocabulary
    # (a second or more on a loaded machine): 3 s leaves room for that.
    engine = EnginePool(1, work=behave, timeout=3)
    try:
        stuck = pid_of(engine)
        started = time.monotonic()
        with pytest.raises(EngineLimitError, match="longer than 3 seconds"):
            engine.tailoring({"do": "sleep", "seconds": 60})
        assert time.monotonic() - started < 10
        assert _fresh_pid(engine) != stuck
    finally:
        engine.close()


@pytest.mark.allow_log("tailor_app.engine_pool", "tailoring child died")
def test_a_child_that_dies_fails_only_its_job(pool: EnginePool) -> None:
    with pytest.raises(EngineLimitError, match=r"stopped before it finished.*Retry"):
        pool.tailoring({"do": "die"})
    assert pool.tailoring({"text": "next"})[0] == "echo next"


@pytest.mark.allow_log("tailor_app.engine_pool", "guard refused a result")
def test_the_guards_refusal_comes_back_as_itself(pool: EnginePool) -> None:
    with pytest.raises(TailoringRefusedError, match="Kubernetes"):
        pool.tailoring({"do": "refuse"})


@pytest.mark.allow_log("tailor_app.engine_pool", "tailoring child failed: KeyError")
def test_an_unexpected_error_is_named_but_its_text_stays_private(
        pool: EnginePool, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(EngineLimitError) as info:
        pool.tailoring({"do": "crash"})
    assert "KeyError" in str(info.value) and "Retry" in str(info.value)
    assert SECRET not in str(info.value)
    assert SECRET not in caplog.text
    assert "KeyError" in caplog.text and "engine_work.py" in caplog.text  # type and frames


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux only")
@pytest.mark.allow_log("tailor_app.engine_pool", "hit its memory limit")
def test_a_ballooning_job_is_stopped_by_the_memory_limit() -> None:
    engine = EnginePool(1, work=behave, timeout=60, memory_limit=512 * 1024 * 1024)
    try:
        with pytest.raises(EngineLimitError, match="memory"):
            engine.tailoring({"do": "balloon"})
        assert engine.tailoring({"text": "after"})[0] == "echo after"
    finally:
        engine.close()


def test_a_cancel_ends_the_busy_child_at_once(pool: EnginePool) -> None:
    class Cancelled(Exception):
        pass

    calls = {"n": 0}

    def progress(stage: str, percent: int) -> None:
        calls["n"] += 1
        if calls["n"] > 2:
            raise Cancelled

    busy = pid_of(pool)
    started = time.monotonic()
    with pytest.raises(Cancelled):
        pool.tailoring({"do": "sleep", "seconds": 60}, progress=progress)
    assert time.monotonic() - started < 3
    assert pid_of(pool) != busy  # the killed child was not given back


def test_close_ends_every_child_and_refuses_new_work() -> None:
    engine = EnginePool(3, work=behave)
    engine.warm_up()
    assert engine.idle_count() == 3
    children = engine.idle_processes()
    engine.close()
    assert not any(process.is_alive() for process in children)
    with pytest.raises(EngineLimitError, match="closing"):
        engine.tailoring({"text": "late"})


def test_fewer_workers_end_the_extra_idle_children() -> None:
    engine = EnginePool(3, work=behave)
    try:
        engine.warm_up()
        extra = engine.idle_processes()[1:]
        engine.resize(1)
        assert engine.idle_count() == 1
        assert not any(process.is_alive() for process in extra)
    finally:
        engine.close()
