"""Fixtures shared by the engine's tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BUILD_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_vocabulary.py"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    """``scripts/build_vocabulary.py`` loaded as a module (it is a script, not part of
    the package), so tests can call its rules on entries of their own."""
    spec = importlib.util.spec_from_file_location("build_vocabulary", BUILD_SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_vocabulary"] = module
    spec.loader.exec_module(module)
    return module
