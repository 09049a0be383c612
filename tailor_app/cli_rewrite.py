"""The command line's language-model parts: ``tailor --rewrite`` and ``letter``.

``tailor RESUME --job FILE --rewrite`` asks the user's model server to reword each
bullet of the tailored resume and applies every proposal the rewrite guard lets
through (there is no one to ask); ``--json`` adds ``rewrites``, one object per
bullet asked about. The server is named by ``--llm-url``/``--llm-model`` or
``TAILOR_APP_LLM_URL``/``_MODEL`` (and ``TAILOR_APP_LLM_KEY``); the window's
Preferences are not read, so a script does exactly what its command line says.
The server is asked for its models before anything is imported, so a server that
is not there fails fast, with advice and exit code 2, and nothing is saved.

``letter JOB_ID`` prints the job's cover letter (the one saved in the window, or
else the draft from the resume's evidence); ``-o FILE`` writes .txt, .md, .docx or
.pdf and refuses to replace a file without ``--force``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import AppError

if TYPE_CHECKING:
    from .rewriting import LlmConfig

EXIT_OK = 0
Finish = Callable[[dict[str, Any], bool], int]  # cli._finish_job: print a job, its status

__all__ = ["add_letter_command", "add_rewrite_options", "check_server", "cmd_letter",
           "rewrite_and_finish"]


class RewriteSetupError(AppError):
    """No usable model server for ``--rewrite``, or no letter to give: said as advice
    (an AppError: one line on stderr, exit 2)."""


def add_rewrite_options(parser: argparse.ArgumentParser) -> None:
    """``--rewrite``, ``--llm-url`` and ``--llm-model`` on the ``tailor`` command."""
    parser.add_argument("--rewrite", action="store_true",
                        help="reword each bullet with your language model server and keep "
                             "every rewrite the guard accepts")
    parser.add_argument("--llm-url", metavar="URL",
                        help="OpenAI-compatible API, e.g. http://localhost:11434/v1 "
                             "(default: $TAILOR_APP_LLM_URL)")
    parser.add_argument("--llm-model", metavar="NAME",
                        help="model name (default: $TAILOR_APP_LLM_MODEL, or the server's only "
                             "model)")


def add_letter_command(sub: Any, common: argparse.ArgumentParser) -> None:
    """The ``letter`` subcommand."""
    p = sub.add_parser("letter", parents=[common],
                       help="print or write a COMPLETED job's cover letter")
    p.add_argument("job_id", metavar="JOB_ID", help="the job's id or a unique start of it")
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help="write .txt, .md, .docx or .pdf instead of printing")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")


def check_server(args: argparse.Namespace) -> LlmConfig | None:
    """The server ``--rewrite`` will use, asked for its models first; None without
    ``--rewrite``. Raises :class:`RewriteSetupError` with advice when it can't be used."""
    if not getattr(args, "rewrite", False):
        return None
    from .rewriting import ENV_MODEL, ENV_URL, LlmConfig, LlmError, list_models

    config = LlmConfig.from_env(url=args.llm_url, model=args.llm_model)
    if config is None:
        raise RewriteSetupError(f"--rewrite needs a model server: add --llm-url URL (for "
                                f"Ollama: http://localhost:11434/v1) or set {ENV_URL}.")
    try:
        models = list_models(config)
    except LlmError as exc:
        if exc.fatal or exc.kind == "timeout":
            raise RewriteSetupError(str(exc)) from None
        models = []  # a server without a model list can still chat
    if not config.model:
        if len(models) != 1:
            listed = f" (it lists: {', '.join(models)})" if models else ""
            raise RewriteSetupError(f"Name the model to use with --llm-model or "
                                    f"{ENV_MODEL}{listed}.")
        config = config.with_model(models[0])
    elif models and config.model not in models:
        raise RewriteSetupError(f"The model server at {config.url} has no model named "
                                f"“{config.model}”; it lists: {', '.join(models)}.")
    return config


def rewrite_and_finish(job: dict[str, Any], config: LlmConfig, as_json: bool, finish: Finish,
                       to_json: Callable[[dict[str, Any]], dict[str, Any]]) -> int:
    """Rewrite a finished job's bullets, keep what the guard passed, print the job
    (``finish`` and ``to_json`` are the command line's own, so the output is the
    same as without ``--rewrite`` plus the rewrites)."""
    from .job import get_job_by_id
    from .rewrites import job_text, save_rewrites
    from .rewriting import rewrite_bullets

    if job["status"] != "COMPLETED":
        return finish(job, as_json)  # nothing to rewrite: report the failure
    text = job_text(job)
    run = rewrite_bullets(text.tasks, config)
    if run.error is not None:  # the server went away or refused: nothing is saved
        raise RewriteSetupError(str(run.error))
    passed = [p for p in run.proposals if p.passed]
    revision = save_rewrites(text, passed)
    job = get_job_by_id(job["id"]) or job
    if revision is not None:
        job = {**job, "tailored_resume_text": revision["text"], "score_after": revision["score"]}
    if as_json:
        data = to_json(job)
        if revision is not None:
            data["tailored_text"] = revision["text"]
            data["match"]["score_after"] = revision["score"]
        data["rewrites"] = [p.to_dict() for p in run.proposals]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    status = finish(job, False)
    refused = [p for p in run.proposals if not p.passed]
    sys.stderr.write(f"Rewrote {len(passed)} of {len(run.proposals)} bullets with "
                     f"{config.model}; {len(refused)} kept as they were.\n")
    for proposal in refused:
        sys.stderr.write(f"  kept “{proposal.original}”: {proposal.reason}\n")
    return status


def _letter_text(job: dict[str, Any]) -> str:
    from .rewriting import draft_for_job

    saved = job.get("cover_letter")
    return saved if saved and saved.strip() else draft_for_job(job)


def cmd_letter(args: argparse.Namespace, open_database: Callable[[argparse.Namespace], Any],
               resolve_job_id: Callable[[str], str],
               export_format: Callable[[str | None, Path], str]) -> int:
    """Print or write a job's cover letter (the command line's own helpers given)."""
    from .job import get_job_by_id
    from .letters import export_letter
    from .rewriting import sender_of

    open_database(args)
    job = get_job_by_id(resolve_job_id(args.job_id))
    if job is None:
        raise RewriteSetupError(f"Job {args.job_id!r} was just deleted.")
    if job["status"] != "COMPLETED" or not job.get("result"):
        raise RewriteSetupError(f"Job {job['id']} is {job['status']}; only a completed job "
                                "has a cover letter.")
    text = _letter_text(job)
    if args.output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return EXIT_OK
    fmt = export_format(None, args.output)
    written = export_letter(text, fmt, args.output, overwrite=args.force,
                            sender=sender_of(job))
    sys.stdout.write(f"Wrote {written}\n")
    return EXIT_OK
