"""Rewriting bullets with the user's own language model, held by the rewrite guard.

Off by default: nothing here opens a connection until the user names a server
(Preferences, ``--llm-url`` or ``TAILOR_APP_LLM_URL``). ``client`` speaks the
OpenAI-compatible chat API, ``prompt`` builds one request per bullet and cleans
the reply, ``rewriter`` runs the requests (a few at a time, cancellable) and puts
every proposal through :func:`tailor_app.tailoring.compose.rewrite_guard.check_rewrite`;
``letters`` drafts a cover letter and polishes it under the same guard.

Part of the engine layer (tests/test_layers.py): no database, no Qt. This module is
its public surface; the app imports these names from here, never from submodules.
"""

from __future__ import annotations

from .client import (
    DEFAULT_TIMEOUT,
    DEFAULT_URL,
    ENV_KEY,
    ENV_MODEL,
    ENV_URL,
    LlmConfig,
    LlmError,
    chat,
    is_local,
    list_models,
)
from .letters import Polish, draft_for_job, polish_letter, sender_of
from .prompt import BulletTask, build_messages, clean_reply
from .rewriter import (
    DEFAULT_PARALLEL,
    Proposal,
    RewriteRun,
    apply_rewrites,
    bullet_tasks,
    judge,
    rewrite_bullets,
)
from .stored import analysis_from_dict, match_from_dict
from .words import Piece, word_diff

__all__ = [
    "DEFAULT_PARALLEL",
    "DEFAULT_TIMEOUT",
    "DEFAULT_URL",
    "ENV_KEY",
    "ENV_MODEL",
    "ENV_URL",
    "BulletTask",
    "LlmConfig",
    "LlmError",
    "Piece",
    "Polish",
    "Proposal",
    "RewriteRun",
    "analysis_from_dict",
    "apply_rewrites",
    "build_messages",
    "bullet_tasks",
    "chat",
    "clean_reply",
    "draft_for_job",
    "is_local",
    "judge",
    "list_models",
    "match_from_dict",
    "polish_letter",
    "rewrite_bullets",
    "sender_of",
    "word_diff",
]
