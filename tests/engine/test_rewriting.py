"""Rewriting bullets through an OpenAI-compatible server, held by the rewrite guard.

The server is tests/llm_stub.py: a real HTTP server on 127.0.0.1 (no model can run
here), answering per bullet the way real servers do.
"""

from __future__ import annotations

import socket
from collections.abc import Callable

import pytest
from llm_stub import faithful, stub_server

from tailor_app.rewriting.client import LlmConfig, LlmError, is_local, list_models
from tailor_app.rewriting.rewriter import (
    Proposal,
    apply_rewrites,
    bullet_tasks,
    rewrite_bullets,
)
from tailor_app.tailoring.compose.render import render_text
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import ResumeDocument

RESUME = """Dana Whitfield
dana.whitfield@example.com | (555) 010-7788

Experience
Warehouse Supervisor, Harbor Freight Logistics  2019 - Present
- Led a team of 14 pickers and packers across two shifts
- Cut mis-picks by 30% by introducing barcode scanning with Zebra handhelds
- Trained 20 new hires on forklift safety and OSHA rules

Inventory Clerk, Cascade Foods  2016 - 2019
- Kept cycle counts for 4,000 SKUs in SAP
- Prepared daily shipping manifests for 60 outbound trucks

Skills
SAP, Excel, forklift operation, OSHA, inventory control
"""
POSTING = """Warehouse Operations Lead
Requirements: 3+ years of warehouse supervision; inventory management in SAP;
OSHA safety training; RF scanning; team leadership. Preferred: Lean, WMS experience."""
BULLETS = 5


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    return tailor(ResumeDocument.from_text(RESUME), POSTING)


def _run(result, behaviour: Callable[[str], str], **kwargs):  # type: ignore[no-untyped-def]
    with stub_server(behaviour) as stub:
        config = LlmConfig(url=stub.url, model="llama3.2", timeout=kwargs.pop("timeout", 5))
        run = rewrite_bullets(bullet_tasks(result.tailored, result.match_after), config,
                              **kwargs)
        return run, stub


def test_one_request_per_bullet_with_that_bullet_alone(result) -> None:  # type: ignore[no-untyped-def]
    run, stub = _run(result, lambda bullet: "faithful")
    assert run.error is None
    assert len(run.proposals) == BULLETS
    assert all(p.passed for p in run.proposals), [p.reason for p in run.proposals]
    chats = [e for e in stub.log if e["path"].endswith("/chat/completions")]
    assert len(chats) == BULLETS
    assert {e["model"] for e in chats} == {"llama3.2"}
    bullets = [p.original for p in run.proposals]
    for entry in chats:
        last = entry["messages"][-1]
        assert last["role"] == "user"
        assert sum(b in last["content"] for b in bullets) == 1  # its bullet, no other
        everything = " ".join(m["content"] for m in entry["messages"])
        assert sum(b in everything for b in bullets) == 1
    assert {p.proposed for p in run.proposals} == {faithful(b) for b in bullets}


def test_the_prompt_gives_the_role_and_the_postings_words(result) -> None:  # type: ignore[no-untyped-def]
    _, stub = _run(result, lambda bullet: "faithful")
    sap = next(e for e in stub.log if e.get("bullet", "") and "SAP" in e["bullet"])
    context = sap["messages"][1]["content"]
    assert "Inventory Clerk, Cascade Foods" in context
    assert "SAP" in context
    rules = sap["messages"][0]["content"]
    for rule in ("add no skill", "number", "same language", "1.3"):
        assert rule in rules


@pytest.mark.parametrize(("mode", "reason"), [
    ("number", "adds a number: 45%"),
    ("tool", "adds a tool: Kubernetes"),
    ("employer", "adds a name: Google"),
    ("french", "another language"),
    ("empty", "empty answer"),
    ("malformed", "not JSON"),
    ("error500", "failed (HTTP 500): CUDA out of memory"),
])
def test_each_bad_answer_is_refused_with_a_reason(result, mode: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    run, _ = _run(result, lambda bullet: mode)
    assert run.error is None  # one bad answer never ends the run
    assert len(run.proposals) == BULLETS
    for proposal in run.proposals:
        assert not proposal.passed
        assert reason in proposal.reason


def test_a_chatty_answer_is_cleaned_to_the_bullet(result) -> None:  # type: ignore[no-untyped-def]
    run, _ = _run(result, lambda bullet: "chatty")
    assert all(p.passed and p.proposed == faithful(p.original) for p in run.proposals)


def test_mixed_answers_pass_and_fail_bullet_by_bullet(result) -> None:  # type: ignore[no-untyped-def]
    run, _ = _run(result, lambda bullet: "tool" if "SAP" in bullet else "faithful")
    verdicts = {p.original: p.passed for p in run.proposals}
    assert verdicts["Kept cycle counts for 4,000 SKUs in SAP"] is False
    assert sum(verdicts.values()) == BULLETS - 1


def test_a_slow_server_times_out_per_bullet(result) -> None:  # type: ignore[no-untyped-def]
    run, _ = _run(result, lambda bullet: "slow" if "SAP" in bullet else "faithful",
                  timeout=0.5)
    slow = next(p for p in run.proposals if "SAP" in p.original)
    assert "did not answer within 0.5 s" in slow.reason
    assert sum(p.passed for p in run.proposals) == BULLETS - 1


@pytest.mark.parametrize(("mode", "words"), [
    ("unauthorized", "refused the request (HTTP 401): check the API key"),
    ("unknown_model", "has no model named “llama3.2”"),
])
def test_a_fatal_answer_stops_the_run(result, mode: str, words: str) -> None:  # type: ignore[no-untyped-def]
    run, stub = _run(result, lambda bullet: mode, parallel=1)
    assert run.error is not None and words in str(run.error)
    assert len(stub.bullets_asked()) == 1  # nothing more was sent
    assert not any(p.passed for p in run.proposals)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_no_server_says_how_to_start_one(result) -> None:  # type: ignore[no-untyped-def]
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    run = rewrite_bullets(bullet_tasks(result.tailored, result.match_after),
                          LlmConfig(url=url, model="llama3.2", timeout=2))
    assert run.error is not None
    assert str(run.error) == (f"No model server answered at {url}: start Ollama (or your "
                              "server), or turn rewriting off in Preferences.")
    with pytest.raises(LlmError) as info:
        list_models(LlmConfig(url=url, model="", timeout=2))
    assert info.value.fatal


def test_cancel_stops_asking(result) -> None:  # type: ignore[no-untyped-def]
    seen: list[Proposal] = []
    run, stub = _run(result, lambda bullet: "faithful", parallel=1,
                     cancelled=lambda: bool(seen), on_proposal=seen.append)
    assert run.cancelled
    assert len(stub.bullets_asked()) < BULLETS


def test_models_are_listed_and_the_key_is_sent() -> None:
    with stub_server() as stub:
        config = LlmConfig(url=stub.url, model="", api_key="sk-test")
        assert list_models(config) == ["llama3.2", "qwen2.5:7b"]
        assert stub.log[-1]["auth"] == "Bearer sk-test"


def test_accepted_rewrites_replace_only_their_bullets(result) -> None:  # type: ignore[no-untyped-def]
    run, _ = _run(result, lambda bullet: "faithful")
    chosen = [p for p in run.proposals if "forklift" in p.original]
    text = render_text(apply_rewrites(result.tailored, chosen), result.summary)
    assert "Instructed 20 new hires on forklift safety and OSHA rules" in text
    assert "Trained 20 new hires" not in text
    assert "Led a team of 14 pickers" in text  # not accepted: unchanged


def test_only_this_machine_is_local() -> None:
    assert is_local("http://localhost:11434/v1")
    assert is_local("http://127.0.0.1:1234/v1")
    assert not is_local("https://api.openai.com/v1")
    assert not is_local("http://192.168.1.20:11434/v1")


def test_cancel_returns_without_waiting_for_the_server(result) -> None:  # type: ignore[no-untyped-def]
    import threading

    stop = threading.Event()
    runs: list[object] = []
    with stub_server(lambda bullet: "slow") as stub:
        stub.slow_seconds = 120  # the server answers only when released
        config = LlmConfig(url=stub.url, model="llama3.2", timeout=120)
        worker = threading.Thread(target=lambda: runs.append(rewrite_bullets(
            bullet_tasks(result.tailored, result.match_after), config, parallel=2,
            cancelled=stop.is_set)))
        worker.start()
        while len(stub.bullets_asked()) < 2:
            worker.join(0.01)
        stop.set()
        worker.join(30)
        assert not worker.is_alive() and not stub.release.is_set()  # returned unanswered
    run = runs[0]
    assert run.cancelled and run.proposals == []  # type: ignore[attr-defined]
