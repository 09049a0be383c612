"""The tailoring engine: pure functions on text and small dataclasses.

``tailor(resume_document, job_text, title=None, company=None) -> TailorResult`` is
the one entry point the workflow needs; the parts (readers, parser, posting
analyser, vocabulary, matching, guard) are usable alone.

This module is the engine's public surface: the app's modules (workflow, window,
command line) import the engine only from here, never from its subpackages, so the
stages can move inside the engine without touching the app (``tests/packaging/test_layers.py``
holds both to it). A new public name is one line in ``_WHERE`` and one import under
``TYPE_CHECKING`` (so mypy checks callers against the real signature). Names are
imported lazily (PEP 562) so that importing ``tailoring.model`` or
``tailoring.reading`` alone, as the reading sandbox's child does, stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tailor_app.tailoring.compose.addition import REASONS as REASONS
    from tailor_app.tailoring.compose.addition import SKILL as SKILL
    from tailor_app.tailoring.compose.addition import Addition as Addition
    from tailor_app.tailoring.compose.addition import fact_for as fact_for
    from tailor_app.tailoring.compose.additions import Supported as Supported
    from tailor_app.tailoring.compose.additions import unsupported as unsupported
    from tailor_app.tailoring.compose.changes import Changes as Changes
    from tailor_app.tailoring.compose.changes import Move as Move
    from tailor_app.tailoring.compose.changes import describe_changes as describe_changes
    from tailor_app.tailoring.compose.facts import entry_label_of_line as entry_label_of_line
    from tailor_app.tailoring.compose.facts import entry_labels as entry_labels
    from tailor_app.tailoring.compose.facts import with_facts as with_facts
    from tailor_app.tailoring.compose.fit import estimate_pages as estimate_pages
    from tailor_app.tailoring.compose.fit import without_group as without_group
    from tailor_app.tailoring.compose.render import render_text as render_text
    from tailor_app.tailoring.compose.render import summary_place as summary_place
    from tailor_app.tailoring.compose.rescore import score_text as score_text
    from tailor_app.tailoring.compose.tailor import score_before as score_before
    from tailor_app.tailoring.compose.tailor import tailor as tailor
    from tailor_app.tailoring.model import UNSURE_REASONS as UNSURE_REASONS
    from tailor_app.tailoring.model import Contact as Contact
    from tailor_app.tailoring.model import Entry as Entry
    from tailor_app.tailoring.model import MatchReport as MatchReport
    from tailor_app.tailoring.model import ParsedResume as ParsedResume
    from tailor_app.tailoring.model import PostingAnalysis as PostingAnalysis
    from tailor_app.tailoring.model import ResumeDocument as ResumeDocument
    from tailor_app.tailoring.model import TailorResult as TailorResult
    from tailor_app.tailoring.model import TextLine as TextLine
    from tailor_app.tailoring.model import UserFact as UserFact
    from tailor_app.tailoring.posting.analyse import analyse_posting as analyse_posting
    from tailor_app.tailoring.posting.analyse import (
        gives_nothing_to_match as gives_nothing_to_match,
    )
    from tailor_app.tailoring.posting.language import language_notice as language_notice
    from tailor_app.tailoring.reading import DEFAULT_MAX_BYTES as DEFAULT_MAX_BYTES
    from tailor_app.tailoring.reading import SUPPORTED_EXTENSIONS as SUPPORTED_EXTENSIONS
    from tailor_app.tailoring.reading import ResumeReadError as ResumeReadError
    from tailor_app.tailoring.reading import read_resume as read_resume
    from tailor_app.tailoring.reading.plain import decode_text as decode_text
    from tailor_app.tailoring.resources import resource_path as resource_path
    from tailor_app.tailoring.resume.parser import parse_resume as parse_resume
    from tailor_app.tailoring.skills.vocabulary import VOCABULARY_CREDITS as VOCABULARY_CREDITS
    from tailor_app.tailoring.skills.vocabulary import Vocabulary as Vocabulary
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary as load_vocabulary

# Public name -> the module under tailor_app.tailoring that defines it.
_WHERE: dict[str, str] = {
    "Addition": "compose.addition",
    "REASONS": "compose.addition",
    "SKILL": "compose.addition",
    "Supported": "compose.additions",
    "fact_for": "compose.addition",
    "unsupported": "compose.additions",
    "Changes": "compose.changes",
    "Move": "compose.changes",
    "describe_changes": "compose.changes",
    "entry_label_of_line": "compose.facts",
    "entry_labels": "compose.facts",
    "with_facts": "compose.facts",
    "estimate_pages": "compose.fit",
    "without_group": "compose.fit",
    "render_text": "compose.render",
    "summary_place": "compose.render",
    "score_text": "compose.rescore",
    "score_before": "compose.tailor",
    "tailor": "compose.tailor",
    "Contact": "model",
    "Entry": "model",
    "MatchReport": "model",
    "ParsedResume": "model",
    "PostingAnalysis": "model",
    "ResumeDocument": "model",
    "TailorResult": "model",
    "TextLine": "model",
    "UNSURE_REASONS": "model",
    "UserFact": "model",
    "analyse_posting": "posting.analyse",
    "gives_nothing_to_match": "posting.analyse",
    "language_notice": "posting.language",
    "DEFAULT_MAX_BYTES": "reading",
    "ResumeReadError": "reading",
    "SUPPORTED_EXTENSIONS": "reading",
    "read_resume": "reading",
    "decode_text": "reading.plain",
    "resource_path": "resources",
    "parse_resume": "resume.parser",
    "VOCABULARY_CREDITS": "skills.vocabulary",
    "Vocabulary": "skills.vocabulary",
    "load_vocabulary": "skills.vocabulary",
}

__all__ = sorted([*_WHERE, "load_engine", "stage_modules"])


def __getattr__(name: str) -> Any:
    try:
        module = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # looked up once
    return value


def stage_modules(*, readers: bool = False) -> list[str]:
    """Every module behind the public names (and, with ``readers``, the file-format
    readers): what a process that will run the engine imports at its start."""
    from tailor_app.tailoring.reading import READER_MODULES

    found = sorted({f"{__name__}.{module}" for module in _WHERE.values()})
    return found + list(READER_MODULES) if readers else found


def load_engine() -> None:
    """Import every stage and load the vocabulary, once per process.

    The app's modules reach the engine lazily (the names above), so the window
    shows before the engine is loaded; a long-lived process then calls this behind
    its start-up (the window on a worker thread, each engine child before its first
    request), so that no request pays for imports or for the vocabulary's indexes.
    The file-format readers, with pypdf and python-docx, stay unloaded until a file
    is read.
    """
    for module in stage_modules():
        importlib.import_module(module)
    from tailor_app.tailoring.posting import gapped_deeds
    from tailor_app.tailoring.posting.duties import activity_namer
    from tailor_app.tailoring.posting.hit_filters import name_edges
    from tailor_app.tailoring.posting.object_work import work_namer
    from tailor_app.tailoring.skills.alias_deeds import light_verbs
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary as load

    vocabulary = load()
    # What the engine otherwise works out of the vocabulary on the first job (the deed
    # and duty indexes, the last words of its names, its activity nouns: ~180 ms, ten
    # times a job) is worked out here, so that job costs what the next ones do.
    vocabulary.prepare()
    name_edges(vocabulary)
    activity_namer(vocabulary)
    light_verbs(vocabulary)  # the verbs of many skills' names (~90 ms)
    work_namer(vocabulary)("", ("",))  # the work named on a duty's object (~100 ms)
    gapped_deeds.prepare(vocabulary)  # deeds with describing words before the object
