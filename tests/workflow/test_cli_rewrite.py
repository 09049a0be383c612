"""``tailor-app tailor --rewrite`` and ``tailor-app letter``, run as a script would,
against the stub model server on 127.0.0.1."""

from __future__ import annotations

import json
import os
import socket
import subprocess
from pathlib import Path

import pytest
from llm_stub import faithful, stub_server
from test_cli import APP, one_error_line
from test_rewriting import POSTING, RESUME

from tailor_app import revisions, startup

FABRICATED = {"Trained 20 new hires on forklift safety and OSHA rules": "number",
              "Kept cycle counts for 4,000 SKUs in SAP": "tool",
              "Prepared daily shipping manifests for 60 outbound trucks": "employer"}
REASONS = {"number": "adds a number: 45%", "tool": "adds a tool: Kubernetes",
           "employer": "adds a name: Google"}


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    if not APP.exists():
        pytest.skip("tailor-app is not installed in this environment")
    return subprocess.run([str(APP), *args], capture_output=True, text=True, timeout=120,
                          check=False, env={**os.environ, **(env or {})})


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "dana.txt").write_text(RESUME, encoding="utf-8")
    (tmp_path / "posting.txt").write_text(POSTING, encoding="utf-8")
    return {"resume": tmp_path / "dana.txt", "posting": tmp_path / "posting.txt",
            "db": tmp_path / "cli.db"}


def tailor(files: dict[str, Path], *extra: str,
           env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run("tailor", str(files["resume"]), "--job", str(files["posting"]), "--rewrite",
               "--db", str(files["db"]), *extra, env=env)


def test_rewrite_applies_what_the_guard_passes(files: dict[str, Path]) -> None:
    with stub_server(lambda bullet: FABRICATED.get(bullet, "faithful")) as stub:
        proc = tailor(files, "--llm-url", stub.url, "--llm-model", "llama3.2", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    rewrites = {r["original"]: r for r in data["rewrites"]}
    assert len(rewrites) == 5
    for original, rewrite in rewrites.items():
        mode = FABRICATED.get(original)
        assert rewrite["accepted"] is (mode is None)
        assert rewrite["reason"] == (REASONS[mode] if mode else "")
        assert (faithful(original) in data["tailored_text"]) is (mode is None)
        assert (original in data["tailored_text"]) is (mode is not None)
    chats = [e for e in stub.log if e["path"].endswith("/chat/completions")]
    assert sorted(e["bullet"] for e in chats) == sorted(rewrites)  # one request per bullet
    assert {e["model"] for e in chats} == {"llama3.2"}
    startup.open_app_database(files["db"])
    current = revisions.current(data["job_id"])
    assert current["kind"] == "rewritten" and current["text"] == data["tailored_text"]
    assert data["match"]["score_after"] == current["score"]


def test_the_environment_names_the_server_and_the_only_model(files: dict[str, Path]) -> None:
    with stub_server() as stub:
        stub.models = ("llama3.2",)
        proc = tailor(files, env={"TAILOR_APP_LLM_URL": stub.url})
    assert proc.returncode == 0, proc.stderr
    assert "Rewrote 5 of 5 bullets with llama3.2; 0 kept as they were." in proc.stderr
    assert faithful("Led a team of 14 pickers and packers across two shifts") in proc.stdout


def _closed_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}/v1"


def test_no_server_is_advice_and_exit_2_with_nothing_saved(files: dict[str, Path]) -> None:
    url = _closed_url()
    proc = tailor(files, "--llm-url", url, "--llm-model", "llama3.2")
    assert proc.returncode == 2
    assert one_error_line(proc) == (f"tailor-app: No model server answered at {url}: start "
                                    "Ollama (or your server), or turn rewriting off in "
                                    "Preferences.")
    jobs = run("jobs", "--json", "--db", str(files["db"]))
    assert json.loads(jobs.stdout) == []  # checked before anything was imported or tailored


@pytest.mark.parametrize(("args", "words"), [
    ((), "--rewrite needs a model server: add --llm-url URL"),
    (("--llm-model", "nope"), "has no model named “nope”; it lists: llama3.2, qwen2.5:7b."),
    (("--llm-model", ""), "Name the model to use with --llm-model or TAILOR_APP_LLM_MODEL "
                          "(it lists: llama3.2, qwen2.5:7b)."),
])
def test_a_server_that_cannot_be_used_says_why(files: dict[str, Path], args: tuple[str, ...],
                                              words: str) -> None:
    with stub_server() as stub:
        url = ("--llm-url", stub.url) if args else ()
        proc = tailor(files, *url, *args)
        assert not any(e["path"].endswith("completions") for e in stub.log)
    assert proc.returncode == 2
    assert words in one_error_line(proc)


def test_letter_prints_writes_and_refuses_to_overwrite(files: dict[str, Path],
                                                       tmp_path: Path) -> None:
    made = run("tailor", str(files["resume"]), "--job", str(files["posting"]), "--json",
               "--title", "Warehouse Operations Lead", "--company", "Harbor",
               "--db", str(files["db"]))
    job_id = json.loads(made.stdout)["job_id"]
    printed = run("letter", job_id[:8], "--db", str(files["db"]))
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.startswith("Dana Whitfield\n")
    assert "Dear Harbor hiring team," in printed.stdout
    out = tmp_path / "letter.docx"
    assert run("letter", job_id, "-o", str(out), "--db", str(files["db"])).returncode == 0
    assert out.stat().st_size > 0
    again = run("letter", job_id, "-o", str(out), "--db", str(files["db"]))
    assert again.returncode == 2
    assert one_error_line(again) == f"tailor-app: {out} already exists; add --force to " \
                                    "replace it."
    forced = run("letter", job_id, "-o", str(out), "--force", "--db", str(files["db"]))
    assert forced.returncode == 0 and forced.stdout == f"Wrote {out}\n"
    text = tmp_path / "letter.txt"
    run("letter", job_id, "-o", str(text), "--db", str(files["db"]))
    assert text.read_text(encoding="utf-8") == printed.stdout
