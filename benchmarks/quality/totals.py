"""Adding pair scores up into the figures the benchmark prints (micro-averaged:
every asked skill counts once, whichever pair it belongs to)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from benchmarks.quality.metrics import PairScore


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


@dataclass
class Totals:
    """The figures of a set of pairs (one field, or all of them)."""

    pairs: int
    recall: float | None
    precision: float | None
    missing_f1: float | None
    required_right: float | None
    years: float | None
    ndcg: float | None
    ndcg_source: float | None
    ndcg_pairs: int
    first_third: float | None
    first_third_source: float | None
    invented: int
    lost: int
    guard_refusals: int
    errors: int

    @classmethod
    def of(cls, scores: Iterable[PairScore]) -> Totals:
        scores = list(scores)
        found = sum(len(s.found) for s in scores)
        asked = found + sum(len(s.not_found) for s in scores)
        true = sum(len(s.true_reports) for s in scores)
        reported = true + sum(len(s.false_reports) for s in scores)
        tp = sum(len(s.missing_right) for s in scores)
        fp = sum(len(s.missing_wrong) for s in scores)
        fn = sum(len(s.missing_overlooked) for s in scores)
        graded = [s for s in scores if s.ndcg is not None]
        return cls(
            pairs=len(scores),
            recall=_ratio(found, asked),
            precision=_ratio(true, reported),
            missing_f1=_ratio(2 * tp, 2 * tp + fp + fn),
            required_right=_ratio(sum(s.kind_right for s in scores), found),
            years=_ratio(sum(s.years_right for s in scores), len(scores)),
            ndcg=_mean([s.ndcg for s in graded if s.ndcg is not None]),
            ndcg_source=_mean([s.ndcg_source for s in graded if s.ndcg_source is not None]),
            ndcg_pairs=len(graded),
            first_third=_ratio(sum(s.first_third[0] for s in scores),
                               sum(s.first_third[1] for s in scores)),
            first_third_source=_ratio(sum(s.first_third_source[0] for s in scores),
                                      sum(s.first_third_source[1] for s in scores)),
            invented=sum(len(s.invented) for s in scores),
            lost=sum(len(s.lost) for s in scores),
            guard_refusals=sum(s.guard_refused for s in scores),
            errors=sum(s.error is not None for s in scores),
        )

    def as_dict(self) -> dict[str, float | int | None]:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in vars(self).items()}
