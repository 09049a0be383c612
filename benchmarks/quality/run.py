"""Running the engine on a labelled pair, through its public API only.

The engine is read the way the app reads it: ``read_resume`` for the file, then
``tailor`` with the posting as pasted and no title or company (a new user's first
try). Besides the guard's own findings, the harness checks the result itself
against the source: numbers and vocabulary skills the tailored text has and the
resume lacks, and source lines it lacks. The summary line's "N years of
experience" is the one number allowed (it is computed from the resume's dates).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from benchmarks.quality.labels import Pair, resolve
from benchmarks.quality.metrics import EngineView, Finder, Lookup, fold

# A fixed "today", so that years computed from "Present" do not drift between runs.
TODAY = date(2026, 12, 1)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SUMMARY_YEARS = re.compile(r"\b\d+ years? of experience\b", re.IGNORECASE)


def load_vocabulary() -> Any:
    """The engine's vocabulary, wherever the engine's layout keeps its module."""
    try:
        from tailor_app.tailoring.skills.vocabulary import load_vocabulary as load
    except ImportError:
        from tailor_app.tailoring.vocabulary import load_vocabulary as load
    return load()


def engine_tailor() -> Any:
    """``tailor_app.tailoring.tailor``: the function, whether the package attribute is
    the function itself or (before the engine's move into stages) its module."""
    import tailor_app.tailoring as tailoring

    found = tailoring.tailor
    return getattr(found, "tailor", found)


def vocabulary_tools(vocabulary: Any) -> tuple[Lookup, Finder]:
    """The engine's alias knowledge as two plain functions for the judge."""
    def lookup(term: str) -> str | None:
        skill = vocabulary.lookup(term)
        return skill.name if skill is not None else None

    def finder(text: str) -> list[str]:
        return [hit.skill.name for hit in vocabulary.find(text)]

    return lookup, finder


def _rename(line: str, renamed: dict[str, str]) -> str:
    for old, new in renamed.items():
        line = re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", new, line)
    return line


def _source_lines(result: Any) -> list[str]:
    lines = list(result.original.contact.lines)
    for section in result.original.sections:
        lines.append(section.heading)
        for entry in section.entries:
            lines.extend(entry.header)
            lines.extend(entry.bullets)
    return [line for line in lines if line.strip()]


def _kept(line: str, folded: str, shuffled: set[tuple[str, ...]]) -> bool:
    """A source line is kept when its words are in the tailored text in order, or,
    for a reordered list line ("Skills: a, b, c"), as the same words in one line."""
    words = fold(line)
    return f" {words} " in folded or tuple(sorted(words.split())) in shuffled


def self_check(result: Any, source_text: str, finder: Finder) -> tuple[list[str], list[str]]:
    """(invented, lost) as the harness sees them, beside the guard's own lists."""
    tailored = result.text
    if result.summary:
        tailored = tailored.replace(result.summary, _SUMMARY_YEARS.sub("", result.summary))
    invented = [f"number {n}" for n in sorted(set(_NUMBER.findall(tailored))
                                              - set(_NUMBER.findall(source_text)))]
    # A name the source wraps over two lines ("Natural / Language Processing") is the
    # source's too: look for names in its lines joined as well as one by one.
    known = set(finder(source_text)) | set(finder(" ".join(source_text.split())))
    invented += [f"skill {s}" for s in sorted(set(finder(result.text)) - known)]
    folded = f" {fold(result.text)} "
    shuffled = {tuple(sorted(fold(line).split())) for line in result.text.splitlines()}
    lost = [line for line in _source_lines(result)
            if not (_kept(line, folded, shuffled)
                    or _kept(_rename(line, result.renamed), folded, shuffled))]
    return invented, lost


def run_pair(pair: Pair, vocabulary: Any, finder: Finder) -> EngineView:
    """What the engine says about one pair (an error is recorded, not raised)."""
    from tailor_app.tailoring.reading import read_resume

    tailor = engine_tailor()

    posting = resolve(pair.posting).read_text("utf-8")
    try:
        document = read_resume(resolve(pair.resume))
    except Exception as exc:  # a resume the app refuses is a figure, not a crash
        return EngineView([], [], None, "", "", error=f"reading: {exc}")
    try:
        result = tailor(document, posting, today=TODAY, vocabulary=vocabulary)
    except Exception as exc:
        return EngineView([], [], None, document.text, "", error=f"{type(exc).__name__}: {exc}")
    before = result.match_before
    reported = [(m.name, m.required) for m in before.matched]
    reported += [(n, True) for n in before.missing_required]
    reported += [(n, False) for n in before.missing_preferred]
    # Asks listed to check rather than called missing are still asks the report lists.
    required = {m.name for m in result.analysis.skills if m.required}
    reported += [(n, n in required) for n in getattr(before, "unconfirmed", [])]
    reported += [(n, n in required) for n in getattr(before, "maybe_shown", {})]
    invented, lost = self_check(result, document.text, finder)
    invented += [f"guard: {t}" for t in result.guard.invented]
    lost += [f"guard: {t}" for t in result.guard.lost]
    return EngineView(
        reported=reported, missing=list(result.match_after.missing),
        min_years=result.analysis.min_years, source_text=document.text,
        tailored_text=result.text, renamed=dict(result.renamed), invented=invented, lost=lost,
        guard_refused=not result.guard.ok)
