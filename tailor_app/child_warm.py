"""Imported last by the fork server: the engine and its vocabulary, loaded and run once
there, so that every child forked from it shares them.

Why: each tailoring child used to load the vocabulary itself after the fork (~18,500
skills, their keys and the indexes worked out of them), so four children held four
private copies: ~63 MB of private memory each, 276 MB of PSS for the four at the
load benchmark (budget 250). Loaded in the fork server, those pages are the
server's; a child copies only the pages it writes to. Three kinds of write would
still copy most of them, and are kept off:

- the state the engine builds on its first jobs (indexes worked out on first use,
  cached compilations, and Python's own specialised bytecode of every function a job
  runs): two tailorings of made-up texts here build it once, for every child
  (measured on 4 children after 100 jobs: 217 MB of PSS without them, ~140 with);
- the cyclic garbage collector writes into the header of every object it walks, so
  the server then freezes everything alive (``gc.freeze``, see
  :mod:`tailor_app.memory`): a child's collections never walk the shared objects;
- a child that loaded anything big at its start would set off a full collection
  before its own freeze; with the engine loaded in the server,
  :func:`tailor_app.child_process.start_engine_child` finds it all in place.

Reference counts still copy the pages of the objects a job touches (Python 3.11
has no immortal objects); the rest stays shared.

Importing this module anywhere else loads the engine as well: only the fork server's
preload list names it (:func:`tailor_app.child_process.preload`).
"""

from __future__ import annotations

import contextlib
import os
from typing import Any

from .memory import freeze_startup_objects

# Made-up postings of two shapes (headed, one paragraph), for the warm-up tailorings
# of the app's sample resume; what they match does not matter, only that a whole
# tailoring runs.
WARM_POSTINGS = (
    "Reporting Analyst\nHarbor Lane Outfitters\n\nWhat you will do\n"
    "- Build weekly dashboards in Tableau or Power BI for store and regional leaders\n"
    "- Write SQL against our Postgres warehouse and keep the ETL jobs healthy\n"
    "- Present findings to managers and train staff on reading the reports\n\n"
    "Requirements\n- 3+ years of experience in data analysis\n- Strong Excel and SQL\n"
    "- Bachelor's degree in statistics, economics or a related field\n\n"
    "Nice to have\n- Python (pandas) and A/B testing\n- Forklift certification is a plus",
    "Warehouse lead wanted for our Dayton distribution center: you will schedule a crew "
    "of twelve, run cycle counts, keep the WMS accurate, train new hires on safety and "
    "load trucks to the shipping plan. We ask for two years leading a team, a valid "
    "driver's license and comfort with Microsoft Office; OSHA 10 and bilingual Spanish "
    "preferred. Full time, days, $24 an hour.",
)


WARMED_IN = os.getpid()  # the fork server's: a child that sees another pid inherited it
VOCABULARY: Any = None  # the vocabulary loaded here, the very object every child uses


def warm_and_freeze() -> int:
    """Load every engine stage and the vocabulary, tailor the sample resume to each of
    :data:`WARM_POSTINGS`, then freeze what is alive; returns how many objects the
    collector no longer walks. A failure here is left to the first request, which
    meets it and says so (a fork server that died here would take every child with
    it)."""
    global VOCABULARY
    with contextlib.suppress(Exception):
        from . import paths, tailoring

        tailoring.load_engine()
        VOCABULARY = tailoring.load_vocabulary()
        text = paths.resource_path("sample_resume.txt").read_text(encoding="utf-8")
        document = tailoring.ResumeDocument.from_text(text, "txt")
        for posting in WARM_POSTINGS:
            tailoring.tailor(document, posting)
    return freeze_startup_objects()


FROZEN = warm_and_freeze()
