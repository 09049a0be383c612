"""``tailor-app facts add|list|remove``: the user's own facts from a terminal.

A fact is what the user confirmed having for one resume (a skill, where they used
it, one line in their own words; see :mod:`tailor_app.facts`); every later job of
that resume shows it. The window's "I have this" and "Your additions" store the
same records. Kept apart from :mod:`tailor_app.cli` so that module stays a map of
the commands; the exit codes and the one-line errors are the same.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

EXIT_OK = 0


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """The ``facts`` command and its three subcommands."""
    facts = sub.add_parser("facts", parents=[common],
                           help="what you told the app you have (per resume)")
    verbs = facts.add_subparsers(dest="facts_command", metavar="ACTION", required=True)

    p = verbs.add_parser("add", parents=[common],
                         help="say you have a skill the resume does not show")
    p.add_argument("resume_id", metavar="RESUME_ID",
                   help="the resume's id or a unique start of it")
    p.add_argument("--skill", required=True, metavar="NAME",
                   help="the skill, best in the posting's own word")
    p.add_argument("--entry", metavar="TEXT",
                   help="a unique part of the heading of the role, project or school where "
                        "you used it (default: the skills list only)")
    p.add_argument("--line", metavar="TEXT",
                   help="one line in your own words, shown as a bullet under --entry")
    p.add_argument("--json", action="store_true", help="print the stored fact as JSON")

    p = verbs.add_parser("list", parents=[common], help="list facts, oldest first")
    p.add_argument("resume_id", nargs="?", metavar="RESUME_ID",
                   help="only this resume's (its id or a unique start of it)")
    p.add_argument("--json", action="store_true", help="print a JSON list")

    p = verbs.add_parser("remove", parents=[common], help="forget a fact")
    p.add_argument("fact_id", metavar="FACT_ID", help="the fact's id or a unique start of it")
    p.add_argument("--json", action="store_true", help="print what was removed as JSON")


def _print_json(data: Any) -> None:
    import json

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _where(fact: dict[str, Any]) -> str:
    return f"under \u201c{fact['entry']}\u201d" if fact.get("entry") else "skills list only"


def cmd_facts(args: argparse.Namespace, open_database: Any) -> int:
    """Run ``facts add|list|remove``; errors are raised for the caller's one line."""
    from . import facts

    open_database(args)
    if args.facts_command == "add":
        resume_id = facts.find_resume_id(args.resume_id)
        entry = facts.find_entry(resume_id, args.entry) if args.entry else None
        fact = facts.add_fact(resume_id, args.skill, entry, args.line)
        if args.json:
            _print_json(fact)
        else:
            sys.stdout.write(f"Added {fact['skill']} ({_where(fact)}) to "
                             f"\u201c{fact['resume_name']}\u201d as {fact['id']}.\n"
                             "Jobs tailored from now on show it.\n")
        return EXIT_OK
    if args.facts_command == "list":
        of_resume = facts.find_resume_id(args.resume_id) if args.resume_id else None
        listed = facts.list_facts(of_resume)
        if args.json:
            _print_json(listed)
            return EXIT_OK
        if not listed:
            sys.stdout.write("No facts yet. Add one: tailor-app facts add RESUME_ID "
                             "--skill NAME [--entry TEXT] [--line TEXT]\n")
        for fact in listed:
            line = f"\n    \u2022 {fact['line']}" if fact.get("line") else ""
            sys.stdout.write(f"{fact['id']}  {fact['skill']}  ({_where(fact)})  "
                             f"[{fact['resume_name']}]{line}\n")
        return EXIT_OK
    removed = facts.get_fact(args.fact_id)
    if removed is None:
        raise facts.FactError(f"No fact has the id {args.fact_id!r}; `tailor-app facts "
                              "list` lists them.")
    facts.remove_fact(removed["id"])
    if args.json:
        _print_json(removed)
    else:
        sys.stdout.write(f"Removed {removed['skill']} from \u201c{removed['resume_name']}\u201d; "
                         "jobs tailored from now on leave it out.\n")
    return EXIT_OK
