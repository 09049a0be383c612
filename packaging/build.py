"""Build the one-folder app for the current platform, in one command.

    python packaging/build.py [--archive]

Run it with the Python of an environment that has the app's dependencies and
PyInstaller (``pip install -e . pyinstaller``). It regenerates stale icons, runs
PyInstaller on ``packaging/tailor-app.spec``, adds the Linux desktop files to
the folder, then starts the built program with ``--version`` so a broken bundle
fails here and not on a user's machine. ``--archive`` also packs the folder as
``dist/resume-tailor-<version>-<platform>-<arch>.tar.gz`` (``.zip`` on Windows).
It is a Python script rather than a shell script so the same command works on
Windows, macOS and Linux.
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_ID = "io.github.resume_tailor.ResumeTailor"
LINUX_EXTRAS = (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", "install-desktop.sh")


def version() -> str:
    """The app's version, read from its one source, ``tailor_app/__init__.py``."""
    text = (ROOT / "tailor_app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("build: no __version__ in tailor_app/__init__.py")
    return found.group(1)


def app_folder() -> Path:
    """The folder holding the built executable (inside the .app on macOS)."""
    if sys.platform == "darwin":
        return DIST / "Resume Tailor.app" / "Contents" / "MacOS"
    return DIST / "tailor-app"


def executable() -> Path:
    return app_folder() / ("tailor-app.exe" if sys.platform == "win32" else "tailor-app")


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def regenerate_icons() -> None:
    """Rewrite the generated icons if the SVG changed since they were made."""
    spec = importlib.util.spec_from_file_location("make_icons", HERE / "make_icons.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if module.main(["--check"]) != 0:
        module.main([])


def smoke_test(expected: str) -> None:
    """Start the built program once; the build fails unless it reports our version."""
    result = subprocess.run([str(executable()), "--version"], capture_output=True,
                            text=True, timeout=120, check=False)
    if result.returncode != 0 or expected not in result.stdout:
        raise SystemExit(f"build: {executable()} --version failed "
                         f"(exit {result.returncode}): {result.stdout}{result.stderr}")


def archive(ver: str) -> Path:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    base = DIST / f"resume-tailor-{ver}-{system}-{platform.machine().lower()}"
    if sys.platform == "darwin":
        root, folder, fmt = DIST, "Resume Tailor.app", "zip"
    else:
        root, folder, fmt = DIST, "tailor-app", "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), fmt, root_dir=root, base_dir=folder))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the one-folder app with PyInstaller.")
    parser.add_argument("--archive", action="store_true",
                        help="also pack the built folder into one file in dist/")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        sys.stderr.write(f"build: PyInstaller is not installed; run: "
                         f"{sys.executable} -m pip install 'pyinstaller>=6.10'\n")
        return 2
    ver = version()
    regenerate_icons()
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(DIST), "--workpath", str(WORK),
                    str(HERE / "tailor-app.spec")], check=True, cwd=ROOT)
    if sys.platform.startswith("linux"):
        for name in LINUX_EXTRAS:
            shutil.copy2(HERE / name, app_folder() / name)
    smoke_test(ver)
    elapsed = time.monotonic() - started
    size = folder_size(DIST / ("Resume Tailor.app" if sys.platform == "darwin" else "tailor-app"))
    sys.stdout.write(f"built {executable()} (version {ver}) in {elapsed:.0f} s; "
                     f"{size / 1048576:.0f} MB\n")
    if args.archive:
        sys.stdout.write(f"archive: {archive(ver)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
