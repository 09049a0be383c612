"""The command line (DESIGN.md "Command line"; scripts and tests depend on it).

``tailor-app`` alone opens the window; the subcommands run the same workflow as the
window does and record their jobs in the same database. Output for people goes to
stdout; with ``--json`` stdout holds exactly one JSON document. Any problem ends in
ONE line on stderr and a non-zero exit, never a traceback:

- 0 the command did what was asked (for ``tailor``/``retry``: the job COMPLETED)
- 1 the job ran and FAILED (its message is the stderr line)
- 2 bad input: usage, a missing or unreadable file, an empty posting, an unknown id
- 3 the database can't be used (locked, read-only, disk full, newer version)
- 130 interrupted with Ctrl+C

Qt widgets are imported only when the window is opened, so the command line starts
fast and works on machines without a display.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

from . import __version__, paths
from .cli_rewrite import (
    add_letter_command,
    add_rewrite_options,
    check_server,
    cmd_letter,
    rewrite_and_finish,
)
from .errors import AppError, DatabaseError, UnexpectedError

log = logging.getLogger("tailor_app.cli")

EXIT_OK, EXIT_FAILED, EXIT_INPUT, EXIT_DATABASE, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
MAX_POSTING_BYTES = 4 * 1024 * 1024


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake in one line (not usage + error)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


class InputError(AppError):
    """Bad command-line input (exit 2)."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; ``--db`` is accepted before or after the subcommand."""
    common = _Parser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                        help="database file to use (default: tailor.db in the data folder)")
    parser = _Parser(prog="tailor-app", parents=[common],
                     description="Tailor a resume to a job posting, truthfully and offline. "
                                 "Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"tailor-app {__version__}")
    parser.add_argument("--data-dir", type=Path, help="folder for the database, resume "
                        "copies and logs (default: the platform's user-data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("tailor", parents=[common], help="tailor a resume to a posting")
    p.add_argument("resume", type=Path, metavar="RESUME_FILE",
                   help=".pdf, .docx, .odt, .rtf, .doc (RTF/XML), .xml, .txt or .md resume "
                        "(imported first, once)")
    p.add_argument("--job", required=True, metavar="JOB_FILE",
                   help="text file with the job posting, or - to read it from stdin")
    p.add_argument("--title", help="job title, if the posting does not say it clearly")
    p.add_argument("--company", help="company name")
    p.add_argument("--pages", type=int, choices=(1, 2),
                   help="fit the tailored resume to 1 or 2 pages (the least relevant lines "
                        "are left out, and listed; default: keep everything)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    add_rewrite_options(p)

    p = sub.add_parser("import", parents=[common], help="import a resume and print its record")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--name", help="name to show for it (default: the file name)")
    p.add_argument("--json", action="store_true", help="print the record as JSON")

    p = sub.add_parser("jobs", parents=[common], help="list jobs, newest first")
    p.add_argument("--limit", type=int, default=None, help="show at most this many")
    p.add_argument("--json", action="store_true", help="print a JSON list")

    p = sub.add_parser("retry", parents=[common], help="run a FAILED (or waiting) job again")
    p.add_argument("job_id", metavar="JOB_ID", help="the job's id or a unique start of it")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("export", parents=[common], help="write a COMPLETED job's resume")
    p.add_argument("job_id", metavar="JOB_ID", help="the job's id or a unique start of it")
    p.add_argument("--format", choices=("txt", "md", "docx", "pdf"),
                   help="the file's format (default: from the name given to -o)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")

    from .cli_facts import add_parsers

    add_parsers(sub, common)
    add_letter_command(sub, common)
    return parser


# ------------------------------------------------------------------------- helpers


def _open_database(args: argparse.Namespace, *, recover: bool = False) -> str:
    """Open (and migrate) the database; returns the local user's id."""
    from .startup import open_app_database

    return open_app_database(getattr(args, "db", None), recover=recover)


def _read_posting(source: str) -> str:
    from .tailoring import ResumeReadError, decode_text

    if source == "-":
        data = sys.stdin.buffer.read(MAX_POSTING_BYTES + 1)
    else:
        path = Path(source)
        try:
            if path.stat().st_size > MAX_POSTING_BYTES:
                raise InputError(f"{path}: the job posting file is over "
                                 f"{MAX_POSTING_BYTES // 1048576} MB; save only the posting.")
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: can't read the job posting file "
                             f"({exc.strerror or exc}).") from exc
    if len(data) > MAX_POSTING_BYTES:
        raise InputError("The job posting on stdin is over 4 MB; send only the posting.")
    try:
        return decode_text(data)
    except ResumeReadError as exc:
        raise InputError(f"{source}: the job posting doesn't look like text; save it as "
                         "a .txt file.") from exc


def _names(items: list[Any]) -> list[str]:
    return [item["name"] if isinstance(item, dict) else str(item) for item in items]


def job_to_json(job: dict[str, Any]) -> dict[str, Any]:
    """The stable ``--json`` object of DESIGN.md for one job."""
    result = job.get("result") or {}
    analysis = result.get("analysis") or {}
    after = result.get("match_after") or {}
    before = result.get("match_before") or {}
    return {
        "job_id": job["id"],
        "status": job["status"],
        "error": job.get("error_message"),
        "tailored_text": job.get("tailored_resume_text") or "",
        "title": job.get("title"),
        "company_name": job.get("company_name"),
        "resume_id": job.get("resume_id"),
        "attempts": job.get("attempts"),
        "analysis": {
            "skills": _names(analysis.get("skills", [])),
            "required_skills": list(analysis.get("required_skills", [])),
            "preferred_skills": list(analysis.get("preferred_skills", [])),
            "keywords": list(analysis.get("keywords", [])),
            "min_years": analysis.get("min_years"),
            "degree": analysis.get("degree"),
            "certifications": list(analysis.get("certifications", [])),
        },
        "match": {
            "score_before": before.get("score", job.get("score_before")),
            "score_after": after.get("score", job.get("score_after")),
            "matched": _names(after.get("matched", [])),
            "missing": list(after.get("missing", [])),
            "missing_required": list(after.get("missing_required", [])),
            "missing_preferred": list(after.get("missing_preferred", [])),
            # asks in the posting's everyday words the resume does not use: to check
            "unconfirmed": list(after.get("unconfirmed", [])),
            # required skills whose words a resume line uses, each to that line: to check
            "maybe_shown": dict(after.get("maybe_shown") or {}),
        },
        "renamed": dict(result.get("renamed") or {}),
        # what fitting the page left out, and the user's facts the result shows
        "pages": result.get("pages", job.get("pages")),
        "left_out": list(result.get("left_out") or []),
        "facts_used": [dict(f) for f in result.get("facts_used") or []],
        "added": list(result.get("added") or []),
    }


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _finish_job(job: dict[str, Any], as_json: bool) -> int:
    """Print a finished job; exit status 0 only for COMPLETED."""
    from .tailoring import gives_nothing_to_match, language_notice

    if as_json:
        _print_json(job_to_json(job))
    elif job["status"] == "COMPLETED":
        sys.stdout.write((job.get("tailored_resume_text") or "") + "\n")
        summary = job_to_json(job)["match"]
        if gives_nothing_to_match((job.get("result") or {}).get("analysis")):
            sys.stderr.write(f"Job {job['id']} COMPLETED, but the posting named no skills, "
                             "certifications, years of experience or degree, so there was "
                             "nothing to match your resume against; give the whole posting."
                             "\n")
        else:
            sys.stderr.write(f"Job {job['id']} COMPLETED: match {summary['score_before']} → "
                             f"{summary['score_after']}; missing: "
                             f"{', '.join(summary['missing']) or 'nothing'}\n")
            notice = language_notice((job.get("result") or {}).get("analysis"))
            if notice:
                sys.stderr.write(notice + "\n")
    if job["status"] != "COMPLETED":
        sys.stderr.write(f"tailor-app: job {job['id']} {job['status']}: "
                         f"{job.get('error_message') or 'not finished'}\n")
        return EXIT_FAILED
    return EXIT_OK


def _resolve_job_id(text: str) -> str:
    from .job import find_job_ids

    matches = find_job_ids(text.strip())
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise InputError(f"No job has the id {text!r}; `tailor-app jobs` lists them.")
    raise InputError(f"{text!r} is the start of {len(matches)} job ids; type more of it.")


# ------------------------------------------------------------------------ commands


def cmd_tailor(args: argparse.Namespace) -> int:
    from .importer import import_resume
    from .job_processor import process_job, validate_job_request

    posting = _read_posting(args.job)
    llm = check_server(args)  # --rewrite: a missing server fails before anything is saved
    user_id = _open_database(args, recover=True)
    validate_job_request(user_id, None, posting)  # before the import: bad input changes nothing
    resume = import_resume(args.resume, user_id)
    job = process_job(user_id, resume["id"], posting, title=args.title,
                      company_name=args.company, pages=args.pages)
    if llm is not None:
        return rewrite_and_finish(job, llm, args.json, _finish_job, job_to_json)
    return _finish_job(job, args.json)


def cmd_import(args: argparse.Namespace) -> int:
    from .importer import import_resume

    user_id = _open_database(args)
    record = import_resume(args.file, user_id, display_name=args.name)
    shown = {"id": record["id"], "name": record["display_name"],
             "format": record["file_format"], "characters": record["char_count"],
             "pages": record["page_count"], "original_filename": record["original_filename"],
             "sha256": record["sha256"], "duplicate": record["duplicate"],
             "warnings": record["warnings"]}
    if args.json:
        _print_json(shown)
    else:
        verb = "Already imported as" if record["duplicate"] else "Imported resume"
        pages = f", {shown['pages']} pages" if shown["pages"] else ""
        sys.stdout.write(f"{verb} {shown['id']}: \u201c{shown['name']}\u201d "
                         f"({shown['format']}, {shown['characters']:,} characters{pages})\n")
        for warning in record["warnings"]:
            sys.stdout.write(f"  note: {warning}\n")
    return EXIT_OK


def cmd_jobs(args: argparse.Namespace) -> int:
    from .db import list_job_rows

    user_id = _open_database(args)
    rows = list_job_rows(limit=args.limit, user_id=user_id)
    if args.json:
        _print_json(rows)
        return EXIT_OK
    if not rows:
        sys.stdout.write("No jobs yet. Try: tailor-app tailor RESUME_FILE --job POSTING.txt\n")
    for row in rows:
        score = ("" if row["score_after"] is None
                 else f"{row['score_before']}→{row['score_after']}")
        what = " · ".join(x for x in (row["title"], row["company_name"]) if x) or "(untitled)"
        note = f"  [{row['error_message']}]" if row["status"] == "FAILED" else ""
        if row["current_revision"] > 1 and row["score_after"] is not None:
            note += (f"  (score of your edited version; tailored: "
                     f"{row['tailored_score']})")
        sys.stdout.write(f"{row['id']}  {row['status']:<10}  {score:>7}  "
                         f"{row['created_at'][:16].replace('T', ' ')}  {what}{note}\n")
    return EXIT_OK


def cmd_retry(args: argparse.Namespace) -> int:
    from .job_processor import process_pending_job

    _open_database(args, recover=True)
    job = process_pending_job(_resolve_job_id(args.job_id))
    return _finish_job(job, args.json)


def export_format(asked: str | None, output: Path) -> str:
    """The format to write: --format, else the name's extension; a name whose
    extension says another format is refused rather than mislabelled."""
    suffix = output.suffix.lower().lstrip(".")
    known = suffix if suffix in ("txt", "md", "docx", "pdf") else None
    if asked and known and asked != known:
        raise InputError(f"{output.name} ends in .{known} but --format is {asked}; "
                         f"name the file .{asked} or drop --format.")
    if asked or known:
        return asked or known  # type: ignore[return-value]
    raise InputError(f"say which format to write: add --format txt|md|docx|pdf, or name "
                     f"the file with one of those extensions (not {output.name!r}).")


def current_result(job: dict[str, Any]) -> dict[str, Any]:
    """The job's result as its current revision reads (what the window shows, copies
    and exports): the engine's own, or the user's latest edit or accepted rewrite, laid
    out by the same rule as the window's Export (``revisions.result_of``)."""
    from .revisions import current, result_of

    revision = current(job["id"])
    if revision["number"] == 1:
        return dict(job["result"])
    return result_of(job["result"], revision["text"], revision.get("structure"))


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export_result
    from .export.page_fit import fit_note
    from .importer import get_resume
    from .job import get_job_by_id

    fmt = export_format(args.format, args.output)
    _open_database(args)
    job = get_job_by_id(_resolve_job_id(args.job_id))
    if job is None:  # deleted between the two look-ups
        raise InputError(f"Job {args.job_id!r} was just deleted.")
    if job["status"] != "COMPLETED" or not job.get("result"):
        raise InputError(f"Job {job['id']} is {job['status']}; only completed jobs "
                         "can be exported.")
    resume = get_resume(job["resume_id"]) if job.get("resume_id") else None
    source_docx = (Path(resume["stored_path"]) if resume and resume["file_format"] == "docx"
                   else None)
    extra: list[str] = []  # lines the page count still needed left out
    written = export_result(current_result(job), fmt, args.output, overwrite=args.force,
                            source_docx=source_docx, left_out=extra)
    sys.stdout.write(f"Wrote {written}\n")
    if extra:
        sys.stderr.write(fit_note(extra, job["result"].get("pages")) + "\n")
    return EXIT_OK


def cmd_facts(args: argparse.Namespace) -> int:
    from .cli_facts import cmd_facts as run_facts

    return run_facts(args, _open_database)


def cmd_letter_here(args: argparse.Namespace) -> int:
    """``letter``: cli_rewrite's, given this module's helpers."""
    return cmd_letter(args, _open_database, _resolve_job_id, export_format)


COMMANDS = {"tailor": cmd_tailor, "import": cmd_import, "jobs": cmd_jobs,
            "retry": cmd_retry, "export": cmd_export, "facts": cmd_facts,
            "letter": cmd_letter_here}


def _open_window(argv: list[str]) -> int:
    try:
        from .gui.app import run_gui
    except ImportError as exc:
        raise AppError(f"The window can't open: {exc}. The command line still works; "
                       "see tailor-app --help.") from exc
    return int(run_gui(argv) or 0)


def _error_line(exc: BaseException, args: argparse.Namespace) -> tuple[str, int]:
    from .tailoring import ResumeReadError

    if isinstance(exc, ResumeReadError):
        where = getattr(args, "resume", None) or getattr(args, "file", None)
        return (f"{where}: {exc}" if where else str(exc)), EXIT_INPUT
    if isinstance(exc, DatabaseError):
        return str(exc), EXIT_DATABASE
    if isinstance(exc, FileExistsError):
        return (f"{exc.filename or getattr(args, 'output', '')} already exists; add --force "
                "to replace it."), EXIT_INPUT
    if isinstance(exc, UnexpectedError):  # a bug, its stack already logged
        return f"Something went wrong; the details are in {paths.log_dir()}.", EXIT_FAILED
    if isinstance(exc, AppError):
        return str(exc), EXIT_INPUT
    if isinstance(exc, OSError):
        return f"{exc.filename or 'a file'}: {exc.strerror or exc}", EXIT_INPUT
    from .logging_setup import log_exception_privately

    log_exception_privately(log, "unexpected error in `%s`", exc, args.command)
    return (f"Unexpected error ({type(exc).__name__}); the details are in "
            f"{paths.log_dir()}."), EXIT_FAILED


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser().parse_args(argv)
    if args.data_dir is not None:
        os.environ[paths.DATA_DIR_ENV] = str(args.data_dir.expanduser().resolve())
    if getattr(args, "db", None) is not None:
        args.db = args.db.expanduser().resolve()
        os.environ[paths.DB_ENV] = str(args.db)  # the window reads it too
    from .logging_setup import setup_logging

    setup_logging()
    try:
        if args.command is None:
            return _open_window(argv)
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        sys.stderr.write("tailor-app: interrupted.\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `tailor-app jobs | head`: the reader has gone; stop quietly (and keep
        # Python's final flush of stdout from complaining about it).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        line, status = _error_line(exc, args)
        sys.stderr.write(f"tailor-app: {line}\n")
        if getattr(args, "json", False) and args.command == "tailor":
            # A script reading stdout still gets the one object it was promised.
            sys.stdout.write(json.dumps({"job_id": None, "status": None, "error": line}) + "\n")
        return status
