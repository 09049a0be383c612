"""Timing helpers shared by the benchmarks: medians and percentiles, not single runs."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def add_tests_to_path() -> None:
    """The benchmarks reuse the realistic samples the tests keep in tests/."""
    tests = str(ROOT / "tests")
    if tests not in sys.path:
        sys.path.insert(0, tests)


@dataclass
class Row:
    """One measured figure against its budget (both in the same unit)."""

    what: str
    median: float
    budget: float
    unit: str = "ms"
    p95: float | None = None
    p95_budget: float | None = None

    @property
    def ratio(self) -> float:
        return self.median / self.budget if self.budget else float("nan")

    def line(self) -> str:
        text = f"{self.what:<58} median {self.median:9.2f} {self.unit}"
        text += f"  budget {self.budget:g} {self.unit}  ratio {self.ratio:5.2f}"
        if self.p95 is not None:
            text += f"  p95 {self.p95:.2f} {self.unit}"
            if self.p95_budget:
                text += f" (budget {self.p95_budget:g}, ratio {self.p95 / self.p95_budget:.2f})"
        return text + ("" if self.ratio <= 1 else "  OVER BUDGET")


def time_ms(func: Callable[[], object], repeats: int, warmup: int = 2) -> list[float]:
    """Wall-clock times of ``repeats`` calls, after ``warmup`` untimed calls."""
    for _ in range(warmup):
        func()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
