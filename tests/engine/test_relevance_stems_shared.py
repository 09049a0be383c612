"""``relevance.content_stems`` shares its memo of word stems with every job, and jobs
run on threads: another job emptying it (at its size bound) must never fail this one."""

from __future__ import annotations

import threading

from tailor_app.tailoring.compose.relevance import content_stems


def test_a_line_s_stems_are_read_while_another_job_empties_the_memo() -> None:
    shared: dict[str, str] = {}
    stop = threading.Event()

    def other_job() -> None:
        while not stop.is_set():
            shared.clear()

    line = "Scheduled weekly deliveries, reconciled invoices and trained new drivers"
    expected = content_stems(line, {})
    errors: list[BaseException] = []
    clearing = threading.Thread(target=other_job)
    clearing.start()
    try:
        for n in range(20000):
            try:
                # A new word each time, so the memo never holds the whole line.
                got = content_stems(f"{line} zq{n:05d}x", shared)
            except KeyError as exc:
                errors.append(exc)
                continue
            assert expected <= got
    finally:
        stop.set()
        clearing.join()
    assert not errors
    assert {"schedul", "delivery", "invoic", "driv"} <= expected
