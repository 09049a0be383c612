#!/usr/bin/env sh
# One command for the one-folder app: ./packaging/build.sh [--archive]
# Uses .venv (created by `make run`/`make test`) unless PYTHON names another Python;
# installs PyInstaller into it if missing. See packaging/BUILDING.md.
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    "$PYTHON" -m pip install --quiet "pyinstaller>=6.10"
fi
exec "$PYTHON" packaging/build.py "$@"
