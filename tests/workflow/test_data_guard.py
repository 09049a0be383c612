"""The test run itself never reads or writes the user's real data folder.

Each case runs pytest in a child process whose HOME holds a populated, real-looking
data folder (a database and an imported resume), as on a machine where the app has
been used, and reads the child's JUnit report.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
REPO = TESTS.parent

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    sys.platform in {"win32", "darwin"}, reason="the fake home uses the Linux data folder")]

PROBES = '''
import os
from pathlib import Path

from tailor_app import paths

REAL = Path(os.environ["HOME"]) / ".local" / "share" / "resume-tailor"


def test_writes_into_the_real_folder():
    (REAL / "resumes" / "planted.txt").write_text("x")


def test_points_the_app_at_the_real_folder(monkeypatch):
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(REAL))
    try:
        paths.resumes_dir()
    except Exception:
        pass  # a swallowed error must not hide the attempt


def test_undo_falls_back_to_an_isolated_folder(monkeypatch):
    monkeypatch.setattr(paths, "APP_NAME", "x")
    monkeypatch.undo()  # undoes the per-test data folder too
    assert list(paths.resumes_dir().iterdir()) == []


def test_minds_its_own_business(tmp_path):
    assert paths.data_dir() != REAL
'''


def _used_home(tmp_path: Path) -> tuple[Path, Path]:
    """A home folder whose data folder looks like a real user's."""
    home = tmp_path / "home"
    real = home / ".local" / "share" / "resume-tailor"
    (real / "resumes").mkdir(parents=True)
    (real / "resumes" / "0f3c.pdf").write_bytes(b"%PDF-1.4 imported resume")
    (real / "tailor.db").write_bytes(b"SQLite format 3\x00")
    (real / "logs").mkdir()
    return home, real


def _run_pytest(args: list[str], cwd: Path, home: Path, report: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"TAILOR_APP_DATA_DIR", "TAILOR_APP_DB", "XDG_DATA_HOME",
                        "PYTEST_ADDOPTS", "PYTEST_CURRENT_TEST"}}
    env.update(HOME=str(home), PYTHONPATH=str(TESTS), QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
                    f"--junitxml={report}", *args],
                   cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False)
    outcomes: dict[str, str] = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        problems = [*case.iter("failure"), *case.iter("error")]
        problem = problems[0] if problems else None
        outcomes[case.get("name", "")] = ("passed" if problem is None
                                          else problem.get("message", "failed"))
    return outcomes


def test_a_test_that_touches_the_real_data_folder_fails_the_run(tmp_path: Path) -> None:
    home, real = _used_home(tmp_path)
    suite = tmp_path / "suite"
    suite.mkdir()
    shutil.copy(TESTS / "conftest.py", suite / "conftest.py")
    (suite / "test_probes.py").write_text(PROBES, encoding="utf-8")

    outcomes = _run_pytest(["test_probes.py"], suite, home, tmp_path / "report.xml")

    assert "real data folder" in outcomes["test_writes_into_the_real_folder"]
    assert "planted.txt" in outcomes["test_writes_into_the_real_folder"]
    assert "real data folder" in outcomes["test_points_the_app_at_the_real_folder"]
    assert outcomes["test_undo_falls_back_to_an_isolated_folder"] == "passed"
    assert outcomes["test_minds_its_own_business"] == "passed"
    assert sorted(p.name for p in (real / "resumes").iterdir()) == ["0f3c.pdf", "planted.txt"]


def test_the_importer_tests_pass_on_a_machine_where_the_app_was_used(tmp_path: Path) -> None:
    home, real = _used_home(tmp_path)
    before = sorted(str(p.relative_to(real)) for p in real.rglob("*"))

    outcomes = _run_pytest(
        [str(TESTS / "workflow" / "test_importer.py"),
         "-k", "failed_insert or disk_full or list_rename"],
        REPO, home, tmp_path / "report.xml")

    assert outcomes == {
        "test_failed_insert_removes_the_copy": "passed",
        "test_disk_full_while_copying_is_clear_and_leaves_nothing": "passed",
        "test_list_rename_and_delete": "passed",
    }
    assert sorted(str(p.relative_to(real)) for p in real.rglob("*")) == before
