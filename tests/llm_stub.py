"""A stub OpenAI-compatible model server for tests: a real HTTP server on 127.0.0.1.

This machine has no model weights, so a real model cannot run in tests; this fake
stands in for the server (Ollama, LM Studio…) and answers the way real servers do
— faithful rewrites, fabricated ones, empty, slow, malformed and error replies —
chosen per request by ``behaviour(bullet) -> mode``. ``log`` records every request
(path, model, messages) so tests can check what the app sent.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODES = ("faithful", "number", "tool", "employer", "empty", "slow", "malformed", "error500",
         "unauthorized", "unknown_model", "french", "chatty", "gone")
_SYNONYMS = {"led": "Headed", "managed": "Oversaw", "built": "Created", "cut": "Reduced",
             "trained": "Instructed", "prepared": "Produced", "kept": "Maintained"}


def faithful(bullet: str) -> str:
    """A rewording a careful model would give: another verb, same facts."""
    first, _, rest = bullet.partition(" ")
    swap = _SYNONYMS.get(first.casefold())
    return f"{swap} {rest}" if swap else f"Successfully {first[:1].lower()}{first[1:]} {rest}"


@dataclass
class StubServer:
    url: str
    log: list[dict[str, Any]] = field(default_factory=list)
    behaviour: Callable[[str], str] = lambda bullet: "faithful"
    models: tuple[str, ...] = ("llama3.2", "qwen2.5:7b")
    slow_seconds: float = 3.0
    release: threading.Event = field(default_factory=threading.Event)
    # Stops the server for good (the "gone" mode: the user quit Ollama mid-run).
    go_away: Callable[[], None] = lambda: None

    def bullets_asked(self) -> list[str]:
        return [entry["bullet"] for entry in self.log if entry["path"].endswith("completions")]


def faithful_letter(letter: str) -> str:
    """A polish a careful model would give a cover letter: warmer words, same facts."""
    return letter.replace("I am writing to apply for", "I am glad to apply for").replace(
        "I would welcome the chance", "I would be grateful for the chance")


def _letter_answer(letter: str, mode: str) -> tuple[int, Any]:
    if mode == "faithful":
        return 200, _chat(f"Here is the polished letter:\n\n{faithful_letter(letter)}")
    if mode == "number":
        return 200, _chat(faithful_letter(letter).replace(
            "Sincerely,", "I also cut costs by 45%.\n\nSincerely,"))
    if mode == "employer":
        return 200, _chat(faithful_letter(letter).replace(
            "Sincerely,", "I learned this at Google.\n\nSincerely,"))
    return _answer(StubServer(url=""), letter, mode)


def _answer(server: StubServer, bullet: str, mode: str) -> tuple[int, Any]:
    if bullet.startswith("Letter:\n"):
        return _letter_answer(bullet.removeprefix("Letter:\n"), mode)
    if mode == "faithful":
        return 200, _chat(faithful(bullet))
    if mode == "chatty":
        return 200, _chat(f"Sure! Here is the rewritten bullet:\n\n\"{faithful(bullet)}\"\n\n"
                          "I kept every fact.")
    if mode == "number":
        return 200, _chat(f"{faithful(bullet)}, a 45% gain")
    if mode == "tool":
        return 200, _chat(f"{faithful(bullet)} using Kubernetes")
    if mode == "employer":
        return 200, _chat(f"{faithful(bullet)} at Google")
    if mode == "french":
        return 200, _chat("Dirigé une équipe de neuf personnes dans le service de la clinique "
                          "et avec les patients")
    if mode == "empty":
        return 200, _chat("")
    if mode == "slow":
        server.release.wait(server.slow_seconds)
        return 200, _chat(faithful(bullet))
    if mode == "malformed":
        return 200, b"{not json"
    if mode == "error500":
        return 500, {"error": {"message": "CUDA out of memory"}}
    if mode == "unauthorized":
        return 401, {"error": {"message": "Incorrect API key provided"}}
    if mode == "unknown_model":
        return 404, {"error": {"message": "model \"nope\" not found, try pulling it first"}}
    raise ValueError(mode)


def _chat(content: str) -> dict[str, Any]:
    return {"id": "chatcmpl-stub", "object": "chat.completion", "created": int(time.time()),
            "model": "stub", "choices": [{"index": 0, "finish_reason": "stop",
                                          "message": {"role": "assistant", "content": content}}]}


def _handler(server: StubServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep the test output clean
            pass

        def _send(self, status: int, payload: Any) -> None:
            body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)  # the client may have given up (a timeout test)

        def do_GET(self) -> None:
            server.log.append({"path": self.path, "model": None, "bullet": None,
                               "auth": self.headers.get("Authorization")})
            if self.path.rstrip("/").endswith("/models"):
                self._send(200, {"object": "list", "data": [{"id": m, "object": "model"}
                                                            for m in server.models]})
            else:
                self._send(404, {"error": {"message": "not found"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            request = json.loads(self.rfile.read(length) or b"{}")
            messages = request.get("messages", [])
            last = messages[-1]["content"] if messages else ""
            bullet = re.sub(r"^Bullet:\s*", "", last)
            server.log.append({"path": self.path, "model": request.get("model"),
                               "messages": messages, "bullet": bullet,
                               "auth": self.headers.get("Authorization")})
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send(404, {"error": {"message": "not found"}})
                return
            mode = server.behaviour(bullet)
            if mode == "gone":  # stop listening, then hang up without an answer
                server.go_away()
                self.close_connection = True
                return
            status, payload = _answer(server, bullet, mode)
            self._send(status, payload)

    return Handler


@contextmanager
def stub_server(behaviour: Callable[[str], str] | None = None) -> Iterator[StubServer]:
    """Start the stub on a free port of 127.0.0.1; its URL ends in /v1 like Ollama's."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    httpd.daemon_threads = True
    stub = StubServer(url=f"http://127.0.0.1:{httpd.server_address[1]}/v1")
    if behaviour is not None:
        stub.behaviour = behaviour
    httpd.RequestHandlerClass = _handler(stub)

    def go_away() -> None:
        httpd.shutdown()  # from a request's own thread: the serving loop is another
        httpd.server_close()

    stub.go_away = go_away
    thread = threading.Thread(target=httpd.serve_forever, name="llm-stub", daemon=True)
    thread.start()
    try:
        yield stub
    finally:
        stub.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)
