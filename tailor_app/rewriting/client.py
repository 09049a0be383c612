"""A small client for any OpenAI-compatible chat API (Ollama, LM Studio, llama.cpp,
vLLM, hosted providers), with the standard library's urllib.

Two calls are all the app needs (``GET {url}/models`` and ``POST
{url}/chat/completions``), so an HTTP library would add weight for nothing. Every
failure becomes an :class:`LlmError` whose message is advice a person can act on;
the kinds let callers tell a dead server (stop the run) from one bad reply (skip
that bullet).
"""

from __future__ import annotations

import json
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, replace
from typing import Any

__all__ = ["DEFAULT_URL", "LlmConfig", "LlmError", "chat", "is_local", "list_models"]

DEFAULT_URL = "http://localhost:11434/v1"  # Ollama's OpenAI-compatible API
DEFAULT_TIMEOUT = 60.0
ENV_URL, ENV_MODEL, ENV_KEY = "TAILOR_APP_LLM_URL", "TAILOR_APP_LLM_MODEL", "TAILOR_APP_LLM_KEY"
_MAX_REPLY = 2_000_000  # bytes: a chat answer for one bullet is a few hundred


@dataclass(frozen=True)
class LlmConfig:
    """Where the model server is and how long to wait for it."""

    url: str
    model: str
    api_key: str | None = None
    timeout: float = DEFAULT_TIMEOUT

    @classmethod
    def from_env(cls, url: str | None = None, model: str | None = None,
                 api_key: str | None = None, timeout: float | None = None) -> LlmConfig | None:
        """Arguments first, then TAILOR_APP_LLM_*; None when no URL is given anywhere."""
        url = url or os.environ.get(ENV_URL)
        if not url:
            return None
        return cls(url=url.rstrip("/"), model=model or os.environ.get(ENV_MODEL) or "",
                   api_key=api_key or os.environ.get(ENV_KEY) or None,
                   timeout=timeout or DEFAULT_TIMEOUT)

    def with_model(self, model: str) -> LlmConfig:
        return replace(self, model=model)


class LlmError(Exception):
    """A model server problem, said as advice (the window's tasks count it among the
    errors a user can act on, so it is never logged as a bug). ``fatal`` errors end a whole run (no
    server, wrong key, unknown model); the others concern one reply."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind

    @property
    def fatal(self) -> bool:
        return self.kind in ("unreachable", "unauthorized", "unknown_model", "not_an_api")


def is_local(url: str) -> bool:
    """True when the URL names this machine (so the resume never leaves it)."""
    host = (urllib.parse.urlsplit(url).hostname or "").lower()
    return host in ("localhost", "127.0.0.1", "::1", "0.0.0.0") or host.endswith(".localhost")


def _request(config: LlmConfig, path: str, body: dict[str, Any] | None) -> Any:
    url = f"{config.url.rstrip('/')}/{path}"
    scheme = urllib.parse.urlsplit(url).scheme
    if scheme not in ("http", "https"):
        raise LlmError("not_an_api", f"“{config.url}” is not a web address: give the "
                       "server's URL, such as http://localhost:11434/v1.")
    headers = {"Accept": "application/json"}
    data = None
    if body is not None:
        headers["Content-Type"] = "application/json"
        data = json.dumps(body).encode("utf-8")
    if config.api_key:
        headers["Authorization"] = f"Bearer {config.api_key}"
    request = urllib.request.Request(url, data=data, headers=headers,
                                     method="POST" if body is not None else "GET")
    try:
        with urllib.request.urlopen(request, timeout=config.timeout) as response:
            raw = response.read(_MAX_REPLY)
    except urllib.error.HTTPError as exc:
        raise _http_error(config, exc) from None
    except TimeoutError as exc:
        raise _timeout(config) from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError | socket.timeout):
            raise _timeout(config) from exc
        raise LlmError("unreachable", f"No model server answered at {config.url}: start "
                       "Ollama (or your server), or turn rewriting off in Preferences."
                       ) from exc
    except (ConnectionError, OSError) as exc:
        raise LlmError("unreachable", f"The model server at {config.url} closed the "
                       "connection: check that it is running, or turn rewriting off in "
                       "Preferences.") from exc
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LlmError("malformed", f"The model server at {config.url} sent a reply that "
                       "is not JSON: check that the URL points at its OpenAI-compatible "
                       "API (often ending in /v1).") from exc


def _timeout(config: LlmConfig) -> LlmError:
    return LlmError("timeout", f"The model server at {config.url} did not answer within "
                    f"{config.timeout:g} s: try a smaller model, or a longer timeout in "
                    "Preferences.")


def _server_message(exc: urllib.error.HTTPError) -> str:
    try:
        payload = json.loads(exc.read(20_000).decode("utf-8", "replace"))
    except (ValueError, OSError):
        return ""
    error = payload.get("error") if isinstance(payload, dict) else None
    if isinstance(error, dict):
        return str(error.get("message") or "")[:200]
    return str(error or "")[:200]


def _http_error(config: LlmConfig, exc: urllib.error.HTTPError) -> LlmError:
    said = _server_message(exc)
    if exc.code in (401, 403):
        return LlmError("unauthorized", f"The model server at {config.url} refused the "
                        f"request (HTTP {exc.code}): check the API key in Preferences or "
                        f"in {ENV_KEY}.")
    if exc.code == 404 and "model" in said.lower():
        return LlmError("unknown_model", f"The model server at {config.url} has no model "
                        f"named “{config.model}”: pick one it lists in Preferences (with "
                        f"Ollama: ollama pull {config.model}).")
    if exc.code == 404:
        return LlmError("not_an_api", f"{config.url} has no OpenAI-compatible chat API "
                        "(HTTP 404): check the URL; it often ends in /v1.")
    detail = f": {said}" if said else ""
    return LlmError("server", f"The model server at {config.url} failed (HTTP {exc.code})"
                    f"{detail}. Try again, or look at the server's log.")


def list_models(config: LlmConfig) -> list[str]:
    """The model names the server lists (an empty list when it lists none)."""
    payload = _request(config, "models", None)
    data = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(data, list):
        return []
    return sorted({str(m["id"]) for m in data if isinstance(m, dict) and m.get("id")})


def chat(config: LlmConfig, messages: list[dict[str, str]], *,
         temperature: float = 0.2) -> str:
    """The content of the server's first chat answer to ``messages``."""
    payload = _request(config, "chat/completions", {
        "model": config.model, "messages": messages, "temperature": temperature,
        "stream": False,
    })
    try:
        content = payload["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError) as exc:
        raise LlmError("malformed", f"The model server at {config.url} sent an answer "
                       "without a chat message: check that the URL points at its "
                       "OpenAI-compatible API (often ending in /v1).") from exc
    if not isinstance(content, str) or not content.strip():
        raise LlmError("empty", "The model gave an empty answer.")
    return content
