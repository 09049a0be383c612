"""Shared test set-up.

Qt must be told to draw offscreen before it is imported anywhere, so CI (which has
no display) and a developer's desktop behave the same.

The user's real data folder is out of reach for the whole run: the session points
``TAILOR_APP_DATA_DIR`` and ``XDG_DATA_HOME`` at a throw-away folder (so even a test
that undoes its own monkeypatching lands there), ``paths.data_dir()`` refuses to
resolve to the real folder, and every test fails if the real folder's listing or any
modification time changed while it ran. ``HOME`` is left alone on purpose: pip and
fontconfig keep their user configuration there, and the packaging tests need both.

A WARNING or ERROR log record fails the test that caused it (qutebrowser's
``logfail``): a warning nobody expected is a bug or a missing assertion. A test
that expects one names it, ``@pytest.mark.allow_log("tailor_app.db", "part of the
message")``: records of that logger (or a child) whose message contains the part.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


class RealDataDirTouched(RuntimeError):
    """A test made the app resolve the user's real data folder."""


def _real_data_dirs() -> list[Path]:
    """Every folder the app would use as its data folder outside the tests: the
    platform default, and the user's own ``TAILOR_APP_DATA_DIR`` when they set one."""
    from tailor_app import paths

    found: list[Path] = []
    own = os.environ.pop(paths.DATA_DIR_ENV, None)
    try:
        found.append(paths.data_dir(create=False))
    finally:
        if own:
            os.environ[paths.DATA_DIR_ENV] = own
    if own:
        found.append(Path(own))
    return [p.expanduser().resolve() for p in found]


def _snapshot(folders: list[Path], files: list[Path]) -> dict[str, int]:
    """Every path under the real data folders (and the user's own database file) with
    its modification time: a file added, removed or written changes this."""
    seen: dict[str, int] = {}
    for path in files:
        if path.exists():
            seen[str(path)] = path.stat().st_mtime_ns
    for folder in folders:
        if not folder.exists():
            continue
        seen[str(folder)] = folder.stat().st_mtime_ns
        for root, dirs, names in os.walk(folder):
            for name in dirs + names:
                entry = Path(root, name)
                try:
                    seen[str(entry)] = entry.lstat().st_mtime_ns
                except OSError:
                    seen[str(entry)] = -1
    return seen


def _describe_change(before: dict[str, int], after: dict[str, int]) -> str:
    added = sorted(after.keys() - before.keys())
    removed = sorted(before.keys() - after.keys())
    changed = sorted(k for k in before.keys() & after.keys() if before[k] != after[k])
    parts = [f"{label}: {', '.join(items[:5])}" for label, items in
             (("added", added), ("removed", removed), ("modified", changed)) if items]
    return "; ".join(parts)


def _install_data_guard(config: pytest.Config) -> None:
    from tailor_app import paths

    real = _real_data_dirs()
    own_db = os.environ.pop(paths.DB_ENV, None)
    real_files = [Path(own_db).expanduser().resolve()] if own_db else []
    session = Path(tempfile.mkdtemp(prefix="tailor-tests-"))
    os.environ[paths.DATA_DIR_ENV] = str(session / "appdata")
    os.environ["XDG_DATA_HOME"] = str(session / "xdg-data")
    touched: list[str] = []
    original = paths.data_dir

    @functools.wraps(original)
    def guarded_data_dir(create: bool = True) -> Path:
        path = original(create=False).expanduser().resolve()
        if any(path == r or path.is_relative_to(r) for r in real):
            touched.append(str(path))
            raise RealDataDirTouched(f"a test resolved the real data folder {path}")
        return original(create=create)

    paths.data_dir = guarded_data_dir  # type: ignore[assignment]
    config._tailor_guard = {  # type: ignore[attr-defined]
        "real": real, "files": real_files, "session": session, "touched": touched,
        "baseline": _snapshot(real, real_files), "original": original,
    }


def pytest_configure(config: pytest.Config) -> None:
    """Isolate the data folder for the whole run, then make one QApplication for the
    whole run, before any code under test can make a plain QGuiApplication (the PDF
    writer and the test factories do when none exists), which pytest-qt's widget
    fixtures would then refuse."""
    _install_data_guard(config)
    # No test reads or writes the user's real keyring: a test that needs one sets its
    # own fake backend with keyring.set_keyring (and CLI children inherit this).
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        config._tailor_qapp = QApplication([])  # type: ignore[attr-defined]


def pytest_unconfigure(config: pytest.Config) -> None:
    guard = getattr(config, "_tailor_guard", None)
    if guard:
        from tailor_app import paths

        paths.data_dir = guard["original"]
        shutil.rmtree(guard["session"], ignore_errors=True)


@pytest.fixture
def corpus_dir() -> Path:
    """The shared corpus of real resumes and postings; skips the test when absent."""
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not present")
    return CORPUS


@pytest.fixture(autouse=True)
def _real_data_untouched(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail the test that read or wrote the user's real data folder, naming what it
    touched (checked after the test, so a swallowed error cannot hide it)."""
    guard = request.config._tailor_guard  # type: ignore[attr-defined]
    yield
    touched, guard["touched"][:] = list(guard["touched"]), []
    now = _snapshot(guard["real"], guard["files"])
    change = _describe_change(guard["baseline"], now)
    guard["baseline"] = now  # report each change once, in the test that made it
    if touched or change:
        pytest.fail(f"this test touched the real data folder {guard['real'][0]}: "
                    + "; ".join(filter(None, [change, *(f"resolved {t}" for t in touched)])),
                    pytrace=False)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder and no database override (the command line
    sets both in the environment when given --data-dir or --db)."""
    data = tmp_path / "appdata"
    monkeypatch.setenv("TAILOR_APP_DATA_DIR", str(data))
    monkeypatch.delenv("TAILOR_APP_DB", raising=False)
    for name in ("TAILOR_APP_LLM_URL", "TAILOR_APP_LLM_MODEL", "TAILOR_APP_LLM_KEY"):
        monkeypatch.delenv(name, raising=False)  # the user's model server stays theirs
    return data


class _Collector(logging.Handler):
    """Keeps every WARNING-or-worse record that reaches the root logger."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _allowed(record: logging.LogRecord, logger: str, part: str) -> bool:
    return ((record.name == logger or record.name.startswith(logger + "."))
            and part in record.getMessage())


@pytest.fixture(autouse=True)
def _fail_on_unexpected_log(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail the test during which a WARNING or ERROR record was logged, unless an
    ``allow_log(logger, message_part)`` marker of the test names it."""
    allowed = [tuple(marker.args) for marker in request.node.iter_markers("allow_log")]
    collector = _Collector()
    root = logging.getLogger()
    root.addHandler(collector)
    try:
        yield
    finally:
        root.removeHandler(collector)
    unexpected = [r for r in collector.records
                  if not any(_allowed(r, *rule) for rule in allowed)]
    if unexpected:
        pytest.fail("unexpected log records (mark the test "
                    "@pytest.mark.allow_log(logger, message_part) if it expects them):\n"
                    + "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()[:300]}"
                                 for r in unexpected), pytrace=False)
