"""The installable app: wheel and sdist, the PyInstaller folder, the Linux launcher.

The slow tests do what a user does: build the wheel, install it into a fresh
virtual environment (dependencies from PyPI; pip's cache keeps a repeat run to
a few seconds), then run ``tailor-app`` from a folder outside the source tree so
nothing can come from the checkout. The built-binary test runs only when
``dist/tailor-app/`` exists (``packaging/build.sh`` makes it); building it here
would take more CI time than the whole suite.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

import tailor_app

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"
APP_ID = "io.github.resume_tailor.ResumeTailor"
BUNDLE = ROOT / "dist" / "tailor-app"
BUNDLE_EXE = BUNDLE / ("tailor-app.exe" if sys.platform == "win32" else "tailor-app")
BIN = "Scripts" if sys.platform == "win32" else "bin"
VERSION_LINE = f"tailor-app {tailor_app.__version__}"

RESUME = """Jane Doe
jane.doe@example.com | 555-0100

Summary
Data engineer with six years of experience building reporting pipelines.

Experience
Senior Data Engineer, Northwind Traders, 2019 - 2024
- Built ETL pipelines in Python and SQL that feed 40 analysts
- Moved the reporting warehouse to PostgreSQL

Data Analyst, Contoso, 2016 - 2019
- Wrote Excel and SQL reports for the finance team

Skills
Python, SQL, PostgreSQL, Docker, Git, Excel

Education
BSc Computer Science, State University, 2016
"""

POSTING = """Data Engineer
Fabrikam Analytics

We are hiring a Data Engineer with 5+ years of experience.

Requirements
- Strong Python and SQL
- PostgreSQL
- Docker

Nice to have: Airflow
"""


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _clean_env(data_dir: Path) -> dict[str, str]:
    """The environment a user's shell would give: no checkout on the path, no display."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"}}
    env.update(TAILOR_APP_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen",
               PIP_DISABLE_PIP_VERSION_CHECK="1", PYTHONDONTWRITEBYTECODE="1")
    return env


def _run(command: list[str | Path], *, cwd: Path, env: dict[str, str],
         timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(part) for part in command], cwd=cwd, env=env, text=True,
                          capture_output=True, timeout=timeout, check=False)


def _write_job_files(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    resume, posting = folder / "resume.txt", folder / "posting.txt"
    resume.write_text(RESUME, encoding="utf-8")
    posting.write_text(POSTING, encoding="utf-8")
    return resume, posting


def _shipped_resources() -> set[str]:
    """Every file in resources/ as its path relative to that folder."""
    return {p.relative_to(RESOURCES).as_posix() for p in RESOURCES.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def _assert_tailored(result: subprocess.CompletedProcess[str],
                     name: str = "Jane Doe") -> dict[str, object]:
    """The job COMPLETED and its resume still starts with the person's name."""
    assert result.returncode == 0, result.stderr
    job = json.loads(result.stdout)
    assert job["status"] == "COMPLETED", job
    assert str(job["tailored_text"]).startswith(name), job["tailored_text"]
    return job


# ----------------------------------------------------------------------- fast


def test_build_script_and_package_agree_on_the_version() -> None:
    assert _load("build").version() == tailor_app.__version__


def test_bundle_keeps_every_qt_module_the_app_imports() -> None:
    """An excluded Qt module the window imports would crash only the built app."""
    spec = (PACKAGING / "tailor-app.spec").read_text(encoding="utf-8")
    block = re.search(r"QT_EXCLUDES = \[(.*?)\n\]", spec, re.DOTALL)
    assert block, "QT_EXCLUDES list not found in the spec"
    excluded = set(re.findall(r'"(Qt\w+)"', block.group(1)))
    assert {"QtQml", "QtQuick", "QtNetwork"} <= excluded
    used: set[str] = set()
    for path in (ROOT / "tailor_app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used.update(re.findall(r"PySide6\.(Qt\w+)", text))  # import PySide6.QtX, from ...
        for names in re.findall(r"from PySide6 import \(?([\w\s,]+)", text):
            used.update(re.findall(r"Qt\w+", names))
    assert {"QtCore", "QtWidgets"} <= used, "the scan no longer sees the app's Qt imports"
    assert not used & excluded, f"the spec excludes Qt modules the app uses: {used & excluded}"


@pytest.mark.skipif(sys.platform == "win32" or shutil.which("sh") is None,
                    reason="the desktop install script is for Linux")
def test_install_desktop_script_adds_and_removes_the_launcher(tmp_path: Path) -> None:
    app = tmp_path / "my apps" / "tailor-app"  # a space, as in many real paths
    app.parent.mkdir()
    app.write_text("#!/bin/sh\nexit 0\n")
    app.chmod(0o755)
    share = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(share)}
    script = PACKAGING / "install-desktop.sh"
    result = _run(["sh", script, "--exec", app], cwd=tmp_path, env=env, timeout=60)
    assert result.returncode == 0, result.stderr

    desktop = share / "applications" / f"{APP_ID}.desktop"
    lines = desktop.read_text(encoding="utf-8").splitlines()
    assert f'Exec="{app}"' in lines and f"TryExec={app}" in lines
    assert "Icon=resume-tailor" in lines
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (share / f"icons/hicolor/{size}x{size}/apps/resume-tailor.png").is_file()
    assert (share / "icons/hicolor/scalable/apps/resume-tailor.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        check = _run(["desktop-file-validate", desktop], cwd=tmp_path, env=env, timeout=60)
        assert check.returncode == 0, check.stdout

    result = _run(["sh", script, "--uninstall"], cwd=tmp_path, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert not desktop.exists()
    assert not list(share.rglob("resume-tailor.*"))


@pytest.mark.skipif(sys.platform == "win32" or shutil.which("sh") is None,
                    reason="the desktop install script is for Linux")
def test_install_desktop_script_refuses_a_path_it_cannot_quote(tmp_path: Path) -> None:
    app = tmp_path / "a$b" / "tailor-app"
    app.parent.mkdir()
    app.write_text("#!/bin/sh\n")
    app.chmod(0o755)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    result = _run(["sh", PACKAGING / "install-desktop.sh", "--exec", app],
                  cwd=tmp_path, env=env, timeout=60)
    assert result.returncode != 0 and "move the app" in result.stderr
    assert not (tmp_path / "share" / "applications").exists()


# ----------------------------------------------------------------------- slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """``python -m build``: the sdist, then the wheel built from that sdist."""
    work = tmp_path_factory.mktemp("build")
    env = _clean_env(work / "data")
    _run([sys.executable, "-m", "venv", work / "venv"], cwd=work, env=env).check_returncode()
    python = work / "venv" / BIN / "python"
    setup = _run([python, "-m", "pip", "install", "-q", "build"], cwd=work, env=env)
    if setup.returncode != 0:
        pytest.skip(f"can't install the 'build' package (offline?): {setup.stderr[-300:]}")
    result = _run([python, "-m", "build", "--outdir", work / "out", ROOT], cwd=work, env=env)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    (sdist,) = (work / "out").glob("*.tar.gz")
    (wheel,) = (work / "out").glob("*.whl")
    return sdist, wheel


@pytest.mark.slow
def test_sdist_carries_the_sources_and_resources(built: tuple[Path, Path]) -> None:
    sdist, _ = built
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in ("pyproject.toml", "README.md", "tailor_app/__init__.py",
                   "tailor_app/cli.py", "packaging/tailor-app.spec", "packaging/make_icons.py",
                   f"packaging/{APP_ID}.desktop", f"packaging/{APP_ID}.metainfo.xml"):
        assert needed in names
    assert {f"resources/{name}" for name in _shipped_resources()} <= names
    assert not [name for name in names if name.startswith((".venv/", "dist/", "build/"))]


@pytest.mark.slow
def test_wheel_carries_the_package_and_every_resource(built: tuple[Path, Path]) -> None:
    _, wheel = built
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        info = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(info).decode()
        entry_points = archive.read(info.replace("METADATA", "entry_points.txt")).decode()
    assert f"\nVersion: {tailor_app.__version__}\n" in metadata
    assert "tailor-app = tailor_app.__main__:main" in entry_points
    assert {"tailor_app/__init__.py", "tailor_app/cli.py", "tailor_app/paths.py"} <= names
    missing = {f"tailor_app/resources/{n}" for n in _shipped_resources()} - names
    assert not missing, f"resources left out of the wheel: {sorted(missing)}"
    assert any(n.startswith("tailor_app/resources/skills/") and n.endswith(".tsv") for n in names)
    assert "tailor_app/resources/icons/app/resume-tailor-512.png" in names
    if (RESOURCES / "sample_resume.txt").exists():
        assert "tailor_app/resources/sample_resume.txt" in names
    assert not [n for n in names if n.startswith("tests/") or "__pycache__" in n]


@pytest.mark.slow
def test_installed_wheel_runs_from_outside_the_checkout(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    _, wheel = built
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = _clean_env(tmp_path / "data")
    _run([sys.executable, "-m", "venv", tmp_path / "venv"], cwd=outside,
         env=env).check_returncode()
    started = time.monotonic()
    install = _run([tmp_path / "venv" / BIN / "python", "-m", "pip", "install", "-q", wheel],
                   cwd=outside, env=env)
    assert install.returncode == 0, install.stderr[-2000:]
    sys.stderr.write(f"wheel install with dependencies: {time.monotonic() - started:.1f} s\n")
    app = tmp_path / "venv" / BIN / "tailor-app"

    version = _run([app, "--version"], cwd=outside, env=env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == VERSION_LINE

    def installed(name: str) -> Path | None:
        code = f"from tailor_app.paths import resource_path as r; print(r({name!r}))"
        where = _run([tmp_path / "venv" / BIN / "python", "-c", code], cwd=outside, env=env)
        return Path(where.stdout.strip()) if where.returncode == 0 else None

    skills = installed("skills")
    assert skills is not None and skills.is_relative_to(tmp_path / "venv"), skills

    resume, posting = _write_job_files(outside)
    name = "Jane Doe"
    sample = installed("sample_resume.txt")
    if (RESOURCES / "sample_resume.txt").exists():  # the shipped sample, as a new user tries it
        assert sample is not None and sample.is_relative_to(tmp_path / "venv")
        resume = sample
        name = sample.read_text(encoding="utf-8").strip().splitlines()[0]
    _assert_tailored(_run([app, "tailor", resume, "--job", posting, "--json"],
                          cwd=outside, env=env), name)


@pytest.mark.slow
@pytest.mark.skipif(not BUNDLE_EXE.exists(), reason="no PyInstaller build in dist/ "
                    "(make one with packaging/build.sh)")
def test_built_bundle_runs_a_job(tmp_path: Path) -> None:
    env = _clean_env(tmp_path / "data")
    version = _run([BUNDLE_EXE, "--version"], cwd=tmp_path, env=env, timeout=60)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == VERSION_LINE, "the bundle is older than the sources"

    internal = BUNDLE / "_internal"
    assert (internal / "docx" / "templates" / "default.docx").is_file()
    bundled = {p.relative_to(internal / "tailor_app" / "resources").as_posix()
               for p in (internal / "tailor_app" / "resources").rglob("*") if p.is_file()}
    assert _shipped_resources() <= bundled

    resume, posting = _write_job_files(tmp_path / "files")
    job = _assert_tailored(_run([BUNDLE_EXE, "tailor", resume, "--job", posting, "--json"],
                                cwd=tmp_path, env=env, timeout=120))
    if (ROOT / "tailor_app" / "export" / "__init__.py").exists():
        for fmt in ("docx", "pdf"):
            out = tmp_path / f"tailored.{fmt}"
            result = _run([BUNDLE_EXE, "export", str(job["job_id"]), "--format", fmt,
                           "-o", out], cwd=tmp_path, env=env, timeout=120)
            assert result.returncode == 0, result.stderr
            assert out.stat().st_size > 1000


@pytest.mark.slow
@pytest.mark.skipif(not BUNDLE_EXE.exists(), reason="no PyInstaller build in dist/ "
                    "(make one with packaging/build.sh)")
@pytest.mark.skipif(not (ROOT / "tailor_app" / "gui" / "app.py").exists(),
                    reason="the window is not written yet")
def test_built_bundle_opens_the_window(tmp_path: Path) -> None:
    """The window starts (Qt plugins and every GUI module were bundled) and keeps running."""
    env = _clean_env(tmp_path / "data")
    process = subprocess.Popen([str(BUNDLE_EXE)], cwd=tmp_path, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        process.wait(timeout=8)
    except subprocess.TimeoutExpired:
        pass  # still running after 8 s: the window is up
    else:
        _, err = process.communicate()
        pytest.fail(f"the bundled window exited with {process.returncode}: {err[-2000:]}")
    finally:
        if process.poll() is None:
            process.terminate()
            process.communicate(timeout=30)


@pytest.mark.slow
@pytest.mark.skipif(not BUNDLE_EXE.exists(), reason="no PyInstaller build in dist/ "
                    "(make one with packaging/build.sh)")
def test_built_bundle_window_tailors_in_its_child_processes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's jobs tailor in child processes, which a bundle starts by running
    itself again (spawn + freeze_support): a job left waiting is finished by them."""
    import sqlite3

    from tailor_app import db, paths, startup
    from tailor_app.importer import import_resume
    from tailor_app.job_processor import process_job

    data = tmp_path / "data"
    monkeypatch.setenv("TAILOR_APP_DATA_DIR", str(data))
    user = startup.open_app_database(paths.default_db_path())
    resume, posting = _write_job_files(tmp_path / "files")
    job = process_job(user, import_resume(resume, user)["id"],
                      posting.read_text(encoding="utf-8"), process_immediately=False)
    db.close_db()

    def status() -> str:
        with sqlite3.connect(paths.default_db_path(), timeout=5) as conn:
            row = conn.execute("SELECT status FROM job WHERE id = ?", (job["id"],)).fetchone()
        return str(row[0])

    process = subprocess.Popen([str(BUNDLE_EXE)], cwd=tmp_path, env=_clean_env(data),
                               text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 90
        while status() in ("PENDING", "PROCESSING") and time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()[1][-2000:]
            time.sleep(0.2)
        assert status() == "COMPLETED"
    finally:
        process.terminate()
        process.communicate(timeout=30)
