"""Fuzzing: the parser, the posting analyser, the engine and the readers never raise
anything but ``ResumeReadError`` (readers) and finish in bounded time.

Texts come from hypothesis (arbitrary Unicode, and real samples with random edits);
files are real PDFs and DOCX files made by ``tests/factories.py`` with bytes flipped,
cut or inserted, and DOCX packages whose XML is mutated inside a valid zip. Files are
read in the sandbox's child process, so a hang shows as a time-limit answer rather
than a stuck test. ``--hypothesis-show-statistics`` reports how many inputs each
property tried; the ``slow`` variants run ten times more.
"""

from __future__ import annotations

import io
import random
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from broken_factories import classify_read, mutate
from factories import make_docx, make_pdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from posting_samples import POSTINGS
from resume_samples import SAMPLES

from tailor_app import sandbox
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import ResumeDocument
from tailor_app.tailoring.posting.analyse import analyse_posting
from tailor_app.tailoring.resume.parser import parse_resume

# Time is checked in CPU seconds by _timed: a wall-clock deadline fails on a loaded
# machine (CI shares its cores) while a runaway pattern burns CPU either way.
FAST = {"max_examples": 150, "deadline": None,
        "suppress_health_check": [HealthCheck.too_slow]}
FILES = {"max_examples": 100, "deadline": None,
         "suppress_health_check": [HealthCheck.too_slow]}
SLOW_FACTOR = 10
TEXT_BUDGET = 3.0  # CPU seconds for one engine call on a fuzzed text (p50 is ~20 ms)
FILE_TIMEOUT = 15.0

_BASES: dict[str, bytes] = {}


def _base(kind: str) -> bytes:
    """A real PDF or DOCX, made once per run."""
    if kind not in _BASES:
        folder = Path(tempfile.mkdtemp(prefix="fuzz-base-"))
        maker = make_pdf if kind == "pdf" else make_docx
        _BASES[kind] = maker(folder / f"base.{kind}").read_bytes()
    return _BASES[kind]


def _edited(text: str, rng: random.Random) -> str:
    """A sample with random characters inserted, deleted or swapped."""
    chars = list(text)
    for _ in range(rng.randrange(1, 20)):
        at = rng.randrange(len(chars) + 1)
        kind = rng.randrange(3)
        if kind == 0:
            chars[at:at] = chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x80, 0x3000),
                                           0xFB01, 0xAD, 0x200B, 0xE000, 0xFFFD, 10]))
        elif kind == 1:
            del chars[at:at + rng.randrange(1, 40)]
        else:
            chars[at:at] = chars[rng.randrange(len(chars)):][:30]
    return "".join(chars)


texts = st.one_of(
    st.text(max_size=3000),
    st.builds(_edited, st.sampled_from(sorted(SAMPLES.values())), st.randoms()),
    st.builds(_edited, st.sampled_from(sorted(POSTINGS.values())), st.randoms()),
)


def _timed(fn: Callable[[], Any]) -> Any:
    started = time.process_time()
    result = fn()
    assert time.process_time() - started < TEXT_BUDGET
    return result


def check_parse(text: str) -> None:
    parsed = _timed(lambda: parse_resume(ResumeDocument.from_text(text)))
    assert parsed is not None


def check_posting(text: str) -> None:
    analysis = _timed(lambda: analyse_posting(text))
    assert analysis.to_dict() is not None


def check_tailor(resume: str, posting: str) -> None:
    result = _timed(lambda: tailor(ResumeDocument.from_text(resume), posting))
    if result.guard.ok:  # whatever it did, the guard found nothing invented or lost
        assert not result.guard.invented and not result.guard.lost


def check_file(kind: str, seed: int, inner: bool) -> None:
    """Mutate a real file, read it in the child: an answer or a ResumeReadError only."""
    rng = random.Random(seed)
    data = _base(kind)
    if inner:  # a valid zip holding mutated XML, so the XML reader itself is exercised
        source = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
            for item in source.infolist():
                body = source.read(item.filename)
                if item.filename == "word/document.xml":
                    body = mutate(body, rng, edits=rng.randrange(1, 6))
                package.writestr(item, body)
        data = out.getvalue()
    else:
        data = mutate(data, rng, edits=rng.randrange(1, 6))
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        path = Path(folder) / f"cv.{kind}"
        path.write_bytes(data)
        try:
            outcome = sandbox.run_isolated(classify_read, str(path), timeout=FILE_TIMEOUT)
        except sandbox.ReadLimitError:  # bounded: refused with a clear message
            return
    assert outcome[0] in ("ok", "read_error"), outcome


def _slow(options: dict[str, Any]) -> dict[str, Any]:
    return {**options, "max_examples": options["max_examples"] * SLOW_FACTOR}


@settings(**FAST)
@given(texts)
def test_parse_resume_never_raises(text: str) -> None:
    check_parse(text)


@settings(**FAST)
@given(texts)
def test_analyse_posting_never_raises(text: str) -> None:
    check_posting(text)


@settings(**FAST)
@given(texts, texts)
def test_tailor_never_raises(resume: str, posting: str) -> None:
    check_tailor(resume, posting)


@settings(**FILES)
@given(st.sampled_from(["pdf", "docx"]), st.integers(0, 2**32), st.booleans())
def test_mutated_files_give_a_document_or_a_read_error(kind: str, seed: int,
                                                      inner: bool) -> None:
    check_file(kind, seed, inner and kind == "docx")


@pytest.mark.slow
@settings(**_slow(FAST))
@given(texts, texts)
def test_engine_never_raises_long_run(resume: str, posting: str) -> None:
    check_parse(resume)
    check_posting(posting)
    check_tailor(resume, posting)


@pytest.mark.slow
@settings(**_slow(FILES))
@given(st.sampled_from(["pdf", "docx"]), st.integers(0, 2**32), st.booleans())
def test_mutated_files_long_run(kind: str, seed: int, inner: bool) -> None:
    check_file(kind, seed, inner and kind == "docx")
