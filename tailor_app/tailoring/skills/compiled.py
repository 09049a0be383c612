"""``generated/compiled.json``: the vocabulary's tables, built once at build time.

Building the tables from the curated ``*.tsv`` and the derived files took ~340 ms
(parsing, merging, the narrower splits, the key tables, and the garbage collector
walking what they made), paid at the start of every process that runs the engine.
``scripts/build_vocabulary.py`` writes the built tables here, and the app reads them
back, about five times faster, when they are current.

Why a file shipped in the repository and read-only, not a cache in the user's folder:
it is built and checked where the sources change (the build script, and a test that
fails when it is stale), so every install reads the same bytes, the first start is as
quick as the next, and nothing is written, locked or invalidated at run time. Why JSON,
one skill a line, not a pickle: a change to the vocabulary shows in review as the
lines of the skills it touched, nothing is bound to the classes' module paths, and
reading it is well within the budget (a pickle of the same tables, measured,
would save some 20-30 ms of a load).

Current means: the file states a digest of the sources it was built from (every
``*.tsv`` and the derived ``generated/*.json``, names and bytes), and the app reads it
only when the sources still give that digest; otherwise (a curated file edited, the
build not run yet) it builds the tables from the sources, as before, and says so in
the log. The digest costs a few milliseconds; it guards against a stale file giving
answers the curated files no longer say. What it cannot see is a change to the
building code itself: ``tests/engine/test_vocabulary_compiled.py`` catches that.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tailor_app.tailoring.skills.entries import Skill
from tailor_app.tailoring.skills.tables import (
    FOLDABLE_KINDS,
    Tables,
    paused_gc,
    tables_from_files,
)

log = logging.getLogger(__name__)

COMPILED_FILE = "compiled.json"  # in generated/
FORMAT = 3  # 3: the resume-only phrases ("shown")
# The word sets of ``Tables`` the file holds after the skills, in ``Tables``' order:
# reading them costs a third of working them out from the keys.
_WORD_SETS = ("ci_prefix", "cs_prefix", "ci_first", "cs_first")
SLICE_CHARS = 200_000  # about what one json.loads parses (see ``loads``): ~2 ms
_SKILLS_OPEN = ', "skills": ['
_SECTION_OPEN = re.compile(r'\n[\]}], "(\w+)": ([\[{])(?=\n)')


def source_paths(folder: Path) -> tuple[list[Path], list[Path]]:
    """The vocabulary's sources in ``folder``: the curated ``*.tsv``, and the derived
    ``generated/*.json`` (the compiled file aside)."""
    curated = sorted(folder.glob("*.tsv"))
    generated = sorted(p for p in (folder / "generated").glob("*.json")
                       if p.name != COMPILED_FILE)
    return curated, generated


def sources_digest(curated: Iterable[Path], generated: Iterable[Path]) -> str:
    """A digest of the sources' names (a curated file's name is its field) and bytes."""
    digest = hashlib.sha256()
    for group in (curated, generated):
        for path in sorted(group):
            data = path.read_bytes()
            digest.update(f"{path.name}\0{len(data)}\0".encode())
            digest.update(data)
        digest.update(b"\1")
    return digest.hexdigest()


def render(curated: Iterable[Path], generated: Iterable[Path]) -> str:
    """The compiled file's text for these sources: a header line, then one skill a
    line, ``[name, kind, fields, aliases, source, broader, keys, exact keys,
    singular keys]``, the keys being those of the matcher's tables that lead to it,
    then the word sets (``_WORD_SETS``), one word a line, then the resume-only phrases
    (``Tables.shown``), one skill a line."""
    curated, generated = sorted(curated), sorted(generated)
    with paused_gc():
        tables = tables_from_files(curated, generated)
    count = len(tables.skills)
    owned: tuple[list[list[str]], ...] = tuple([[] for _ in range(count)] for _ in range(3))
    for table, by_skill in zip((tables.ci, tables.cs, tables.singular), owned, strict=True):
        for key, index in table.items():
            by_skill[index].append(key)
    head = {"format": FORMAT, "generator": "scripts/build_vocabulary.py",
            "about": "the vocabulary's tables, built from the sources the digest names; "
                     "do not edit (see resources/skills/FORMAT.md)",
            "sources": sources_digest(curated, generated), "problems": tables.problems}
    dump = json.dumps
    lines = [dump(head, ensure_ascii=False)[:-1] + ', "skills": [']
    for index, skill in enumerate(tables.skills):
        row = [skill.name, skill.kind, list(skill.fields), list(skill.aliases), skill.source,
               list(skill.broader), owned[0][index], owned[1][index], owned[2][index]]
        lines.append(dump(row, ensure_ascii=False) + ",")
    if count:
        lines[-1] = lines[-1][:-1]
    for name in _WORD_SETS:  # one word a line, sorted: an edit shows as a few lines
        words = sorted(getattr(tables, name))
        lines.append(f'], "{name}": [')
        lines.extend(dump(word, ensure_ascii=False) + "," for word in words)
        if words:
            lines[-1] = lines[-1][:-1]
    lines.append('], "shown": {')  # the resume-only phrases, one skill a line
    lines.extend(f"{dump(name, ensure_ascii=False)}: {dump(phrases, ensure_ascii=False)},"
                 for name, phrases in sorted(tables.shown.items()))
    if tables.shown:
        lines[-1] = lines[-1][:-1]
    lines.append("}}")
    return "\n".join(lines) + "\n"


def read(folder: Path) -> Tables | None:
    """The tables of ``folder``'s compiled file, or None when it has none or when it
    is not current with the sources (then the caller builds them)."""
    path = folder / "generated" / COMPILED_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    with paused_gc():
        try:
            data = loads(text)
            if data["format"] != FORMAT:
                log.warning("%s: format %r, not %r; building the vocabulary from its "
                            "sources", path, data["format"], FORMAT)
                return None
            if data["sources"] != sources_digest(*source_paths(folder)):
                log.warning("%s is older than the vocabulary's sources; building from them "
                            "(run scripts/build_vocabulary.py --splits-only)", path)
                return None
            tables = _tables(data["skills"], data["problems"],
                             *(set(data[name]) for name in _WORD_SETS))
            tables.shown = {name: [(phrase, exact) for phrase, exact in phrases]
                            for name, phrases in data["shown"].items()}
            return tables
        except (ValueError, KeyError, TypeError) as error:
            log.warning("%s: not a compiled vocabulary (%s); building from the sources",
                        path, type(error).__name__)
            return None


def loads(text: str) -> Any:
    """``json.loads(text)``, some :data:`SLICE_CHARS` characters of whole lines at a
    time when the text has :func:`render`'s layout (else in one call).

    Why: one ``json.loads`` of the whole file (3.8 MB) is a single call into C that
    holds the GIL for 30-50 ms. The window loads the vocabulary on a worker thread
    behind its first show, and the GUI thread, which needs the GIL for every call Qt
    makes into Python, waited that long (the longest of its waits in the load
    benchmark once the job threads stopped starving). Between slices the GIL changes
    hands as usual; the whole read costs about the same."""
    head_end = text.find("\n")
    if not text[:head_end].endswith(_SKILLS_OPEN):
        return json.loads(text)
    try:
        data = json.loads(text[: head_end - len(_SKILLS_OPEN)] + "}")
        key, bracket, start = "skills", "[", head_end + 1
        for opens in _SECTION_OPEN.finditer(text, start - 1):
            data[key] = _section(text, start, opens.start() + 1, bracket)
            key, bracket, start = opens.group(1), opens.group(2), opens.end() + 1
        end = text.rfind("\n" + ("]}" if bracket == "[" else "}}"))
        data[key] = _section(text, start, end + 1, bracket)
        if text[end:].strip() in ("]}", "}}"):
            return data
    except (ValueError, TypeError):
        pass
    return json.loads(text)  # not the layout after all: the file decides in one call


def _section(text: str, start: int, end: int, bracket: str) -> Any:
    """The list (``[``) or object (``{``) whose items are the lines of
    ``text[start:end]``, one item a line, parsed a slice of lines at a time."""
    close = "]" if bracket == "[" else "}"
    merged: Any = [] if bracket == "[" else {}
    while start < end:
        cut = text.find("\n", min(start + SLICE_CHARS, end - 1), end)
        cut = end if cut < 0 else cut + 1
        part = json.loads(bracket + text[start:cut].rstrip().rstrip(",") + close)
        if bracket == "[":
            merged.extend(part)
        else:
            merged.update(part)
        start = cut
    return merged


def _tables(rows: list[list[Any]], problems: list[str], ci_prefix: set[str],
            cs_prefix: set[str], ci_first: set[str], cs_first: set[str]) -> Tables:
    """The tables of the compiled rows (a row's place is its skill's number)."""
    skills: list[Skill] = []
    ci: dict[str, int] = {}
    cs: dict[str, int] = {}
    singular: dict[str, int] = {}
    foldable: set[int] = set()
    derived: set[int] = set()
    for index, (name, kind, fields, aliases, source, broader, keys, exact, singulars) in \
            enumerate(rows):
        skills.append(Skill(name, kind, tuple(fields), tuple(aliases), source, tuple(broader)))
        if kind in FOLDABLE_KINDS:
            foldable.add(index)
        if source != "curated":
            derived.add(index)
        for key in keys:
            ci[key] = index
        for key in exact:
            cs[key] = index
        for key in singulars:
            singular[key] = index
    return Tables(skills, ci, cs, singular, list(problems), foldable, derived,
                  ci_prefix, cs_prefix, ci_first, cs_first)
