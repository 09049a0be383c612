"""Shared test set-up.

Qt must be told to draw offscreen before it is imported anywhere, so CI (which has
no display) and a developer's desktop behave the same.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def pytest_configure(config: pytest.Config) -> None:
    """One QApplication for the whole run, made before any code under test can make a
    plain QGuiApplication (the PDF writer and the test factories do when none exists),
    which pytest-qt's widget fixtures would then refuse."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        config._tailor_qapp = QApplication([])  # type: ignore[attr-defined]


@pytest.fixture
def corpus_dir() -> Path:
    """The shared corpus of real resumes and postings; skips the test when absent."""
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not present")
    return CORPUS


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder, so nothing touches the user's real data."""
    data = tmp_path / "appdata"
    monkeypatch.setenv("TAILOR_APP_DATA_DIR", str(data))
    return data
