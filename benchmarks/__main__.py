"""Run every benchmark and print medians against the budgets of DESIGN.md.

``python -m benchmarks`` (or ``make bench``) runs them all; ``python -m benchmarks
engine extract`` runs the named ones. ``python -m benchmarks quality [options]``
measures the engine's quality on the labelled set instead (benchmarks/quality/).
"""

from __future__ import annotations

import importlib
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NAMES = ("engine", "vocabulary", "extract", "rewrite", "gui", "load", "edit")


def _print(result: object) -> None:
    rows = result if isinstance(result, list) else [result]
    for row in rows:
        line = getattr(row, "line", None)
        if callable(line):
            print(line())
        elif isinstance(row, dict):
            for key, value in row.items():
                print(f"{key:<58} {value}")
        else:
            print(row)


def main(argv: list[str]) -> int:
    if argv[:1] == ["quality"]:
        from benchmarks.quality.cli import main as quality

        return quality(argv[1:])
    # One QApplication for every benchmark, made before any of them can make a plain
    # QGuiApplication (the PDF factory does) that the window benchmark could not use.
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])  # noqa: F841
    for name in argv or NAMES:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        print(f"== {name}")
        _print(module.run())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
