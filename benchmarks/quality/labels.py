"""The labelled pairs: one TOML file per resume × posting, written by hand.

A label says what a careful reader finds in the two texts, never what the engine
said about them (see ``benchmarks/data/quality/LABELLING.md`` for the rules). Each
asked skill is a canonical name with optional alternatives, ``"PostgreSQL|Postgres"``;
``shown`` and ``missing`` name asked skills by their first spelling and together
cover every asked skill exactly once, which :func:`load_pair` checks so that a typo
in a label fails loudly instead of skewing a figure.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import CORPUS

DATA = Path(__file__).resolve().parents[1] / "data" / "quality"
LABELS = DATA / "labels"
# Pairs labelled by hand and kept out of the default run, so that nobody tunes the
# engine to them: they show whether what was tuned on LABELS generalises.
HELDOUT = DATA / "heldout"
CORPUS_PREFIX = "corpus:"
SHAPES = ("headed", "one-paragraph", "noisy-paste", "company-headings", "hard-wrapped",
          "pdf-paste", "long-federal", "markdown")


class LabelError(ValueError):
    """A label file that contradicts itself or its texts."""


@dataclass(frozen=True)
class Skill:
    """One asked skill: ``names[0]`` is canonical, the rest are other spellings."""

    names: tuple[str, ...]
    required: bool

    @property
    def name(self) -> str:
        return self.names[0]

    @classmethod
    def parse(cls, text: str, required: bool) -> Skill:
        names = tuple(n.strip() for n in text.split("|") if n.strip())
        if not names:
            raise LabelError(f"empty skill label {text!r}")
        return cls(names, required)


@dataclass(frozen=True)
class Role:
    """The graded bullets of one role: (distinctive prefix, relevance 0..3) in source order."""

    role: str
    bullets: tuple[tuple[str, int], ...]


@dataclass
class Pair:
    """One labelled resume × posting pair."""

    id: str
    field: str
    shape: str
    resume: str
    posting: str
    min_years: int | None
    skills: list[Skill]
    shown: set[str]
    missing: set[str]
    neutral: list[Skill] = field(default_factory=list)
    evidence: dict[str, list[str]] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    note: str = ""

    @property
    def uses_corpus(self) -> bool:
        return self.resume.startswith(CORPUS_PREFIX) or self.posting.startswith(CORPUS_PREFIX)

    def available(self) -> bool:
        """False when a corpus file the pair needs is absent (the pair is skipped)."""
        return resolve(self.resume).is_file() and resolve(self.posting).is_file()

    def skill(self, name: str) -> Skill:
        return next(s for s in self.skills if s.name == name)


def resolve(ref: str) -> Path:
    """``corpus:resumes/x.pdf`` -> the shared corpus; anything else -> data/quality/."""
    if ref.startswith(CORPUS_PREFIX):
        return CORPUS / ref[len(CORPUS_PREFIX):]
    return DATA / ref


def _strings(data: dict, key: str, where: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LabelError(f"{where}: {key} must be a list of strings")
    return value


def parse_pair(pair_id: str, data: dict) -> Pair:
    """A :class:`Pair` from the parsed TOML of one label file, checked for consistency."""
    where = pair_id
    for key in ("field", "shape", "resume", "posting"):
        if not isinstance(data.get(key), str):
            raise LabelError(f"{where}: {key} is required")
    if data["shape"] not in SHAPES:
        raise LabelError(f"{where}: shape {data['shape']!r} is not one of {SHAPES}")
    years = data.get("min_years", "absent")
    if years == "absent":
        raise LabelError(f"{where}: min_years is required (write \"none\" when not asked)")
    if years == "none":
        years = None
    if years is not None and not isinstance(years, int):
        raise LabelError(f"{where}: min_years must be a whole number or \"none\"")
    skills = [Skill.parse(t, True) for t in _strings(data, "required", where)]
    skills += [Skill.parse(t, False) for t in _strings(data, "preferred", where)]
    names = [s.name for s in skills]
    if len(set(names)) != len(names):
        raise LabelError(f"{where}: a skill is asked twice")
    shown = set(_strings(data, "shown", where))
    missing = set(_strings(data, "missing", where))
    if shown & missing:
        raise LabelError(f"{where}: both shown and missing: {sorted(shown & missing)}")
    if shown | missing != set(names):
        raise LabelError(
            f"{where}: shown + missing must cover the asked skills exactly; "
            f"unlabelled {sorted(set(names) - shown - missing)}, "
            f"not asked {sorted((shown | missing) - set(names))}")
    evidence = {k: [v] if isinstance(v, str) else list(v)
                for k, v in data.get("evidence", {}).items()}
    if set(evidence) - shown:
        raise LabelError(f"{where}: evidence for skills not shown: {sorted(set(evidence) - shown)}")
    roles = []
    for raw in data.get("roles", []):
        bullets = tuple((str(p), int(g)) for p, g in raw["bullets"])
        if any(g not in (0, 1, 2, 3) for _p, g in bullets):
            raise LabelError(f"{where}: grades are 0..3")
        roles.append(Role(str(raw["role"]), bullets))
    return Pair(
        id=pair_id, field=data["field"], shape=data["shape"], resume=data["resume"],
        posting=data["posting"], min_years=years, skills=skills, shown=shown,
        missing=missing,
        neutral=[Skill.parse(t, False) for t in _strings(data, "neutral", where)],
        evidence=evidence, roles=roles, note=str(data.get("note", "")))


def load_pair(path: Path) -> Pair:
    with path.open("rb") as handle:
        return parse_pair(path.stem, tomllib.load(handle))


def load_pairs(folder: Path = LABELS) -> list[Pair]:
    """Every label file, in file-name order."""
    return [load_pair(p) for p in sorted(folder.glob("*.toml"))]
