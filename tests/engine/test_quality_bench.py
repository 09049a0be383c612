"""The quality benchmark's own correctness: its figures on a case small enough to
work out by hand, and the committed labels agreeing with the texts they describe."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from benchmarks.quality.labels import (
    DATA,
    HELDOUT,
    LabelError,
    Pair,
    load_pairs,
    parse_pair,
    resolve,
)
from benchmarks.quality.metrics import EngineView, Judge, fold, ndcg, score_pair
from benchmarks.quality.totals import Totals

TINY = {
    "field": "software", "shape": "headed", "resume": "r.txt", "posting": "p.txt",
    "min_years": 5,
    "required": ["PostgreSQL|Postgres", "Python", "Kubernetes"],
    "preferred": ["Terraform"],
    "shown": ["PostgreSQL", "Python"],
    "missing": ["Kubernetes", "Terraform"],
    "neutral": ["Cloud"],
    "evidence": {"Python": "wrote scripts in py3"},
    "roles": [{"role": "Engineer", "bullets": [["Built the billing", 3], ["Organised the", 0],
                                               ["Tuned slow queries", 1]]}],
}
SOURCE = ("Ada Example\nEngineer, Acme, 2019 - 2024\n- Built the billing service\n"
          "- Organised the office party\n- Tuned slow queries in Postgres\nSkills: Python")
# The engine moved "Tuned slow queries" first: order of grades 1, 3, 0. Python sits in
# the first third (of about 210 characters), Postgres (at about 110) does not.
TAILORED = ("Ada Example. Python\n" + "y " * 40 + "\nEngineer, Acme, 2019 - 2024\n"
            "- Tuned slow queries in Postgres\n- Built the billing service\n"
            "- Organised the office party")


def _judge() -> Judge:
    aliases = {"postgres": "PostgreSQL", "postgresql": "PostgreSQL"}
    return Judge(lambda term: aliases.get(term.casefold()))


def _view(**changes: object) -> EngineView:
    view = EngineView(
        reported=[("Postgres", True), ("Python", False), ("Cloud", True), ("Excel", True)],
        missing=["Python", "Kubernetes", "Excel", "Cloud"],
        min_years=5, source_text=SOURCE, tailored_text=TAILORED,
        invented=["number 7"], lost=[])
    for name, value in changes.items():
        setattr(view, name, value)
    return view


def test_skill_figures_on_a_hand_worked_case() -> None:
    score = score_pair(parse_pair("tiny", TINY), _view(), _judge())
    # Found: PostgreSQL (as "Postgres", through the engine's alias) and Python.
    assert score.found == ["PostgreSQL", "Python"]
    assert score.not_found == ["Kubernetes", "Terraform"]
    # "Cloud" is neutral: neither credited nor blamed; "Excel" was never asked.
    assert score.true_reports == ["Postgres", "Python"]
    assert score.false_reports == ["Excel"]
    # Python is required but reported preferred.
    assert (score.kind_right, score.kind_wrong) == (1, ["Python"])
    # Missing: Kubernetes right; Python (shown) and Excel (not asked) wrong; Terraform overlooked.
    assert score.missing_right == ["Kubernetes"]
    assert score.missing_wrong == ["Python", "Excel"]
    assert score.missing_overlooked == ["Terraform"]
    assert score.years_right

    totals = Totals.of([score])
    assert totals.recall == pytest.approx(0.5)
    assert totals.precision == pytest.approx(2 / 3)
    assert totals.missing_f1 == pytest.approx(2 * 1 / (2 * 1 + 2 + 1))
    assert totals.required_right == pytest.approx(0.5)
    assert totals.years == 1.0
    assert totals.invented == 1 and totals.lost == 0


def test_ordering_and_first_third_on_a_hand_worked_case() -> None:
    score = score_pair(parse_pair("tiny", TINY), _view(), _judge())
    ideal = 7 + 1 / math.log2(3)  # grades 3, 1, 0
    assert score.ndcg == pytest.approx((1 + 7 / math.log2(3)) / ideal)  # 1, 3, 0
    assert score.ndcg_source == pytest.approx((7 + 1 / 2) / ideal)  # 3, 0, 1
    assert score.unplaced_bullets == []
    assert score.first_third == (1, 2)
    assert score.first_third_absent == ["PostgreSQL"]
    # In the source, "Skills: Python" is the last line: nothing in its first third.
    assert score.first_third_source == (0, 2)


def test_a_bullet_the_text_lost_counts_as_placed_last() -> None:
    view = _view(tailored_text=TAILORED.replace("Built the billing", "Made the billing"))
    score = score_pair(parse_pair("tiny", TINY), view, _judge())
    assert score.unplaced_bullets == ["Built the billing"]
    assert score.ndcg == pytest.approx((1 + 0 + 7 / 2) / (7 + 1 / math.log2(3)))  # 1, 0, 3
    assert ndcg([2, 2]) is None  # every order of equal grades is as good


def test_matching_is_fair_not_lenient() -> None:
    judge = _judge()
    pair = parse_pair("tiny", TINY)
    postgres = pair.skill("PostgreSQL")
    assert judge.same("postgresql", postgres)
    assert judge.same("Postgres", postgres)
    assert not judge.same("SQL", postgres)
    assert not judge.same("PostgreSQL administration", postgres)
    assert fold("C++ & CI/CD") == "c++ and ci cd"
    # A licence named with its state is that licence; a licence is not the skill.
    from benchmarks.quality.labels import Skill

    licence = Skill(("Registered Nurse", "RN license"), True)
    assert judge.same("Florida RN license", licence)
    assert judge.same("New York RN licence", Skill(("RN licence",), True))
    operator = Skill(("Water Treatment Operator certificate", "Water Treatment Operator Class D"),
                     True)
    assert judge.same("Colorado Water Treatment Operator Class D certificate", operator)
    assert not judge.same("Nursing license", Skill(("Nursing",), True))
    assert not judge.same("Florida", licence)


@pytest.mark.parametrize("change, message", [
    ({"shown": ["PostgreSQL"]}, "cover the asked skills"),
    ({"missing": ["Kubernetes", "Terraform", "Python"]}, "both shown and missing"),
    ({"min_years": 2.5}, "whole number"),
    ({"shape": "poem"}, "shape"),
])
def test_a_label_that_contradicts_itself_is_refused(change: dict, message: str) -> None:
    with pytest.raises(LabelError, match=message):
        parse_pair("tiny", {**TINY, **change})


def _resume_text(ref: str) -> str | None:
    path = resolve(ref)
    if not path.is_file():
        return None
    if path.suffix in (".txt", ".md"):
        return path.read_text("utf-8")
    from tailor_app.tailoring.reading import read_resume

    return read_resume(path).text


def _assert_agrees_with_texts(pair: Pair) -> None:
    """Every graded bullet is found once in the resume, every piece of evidence in it."""
    if not pair.uses_corpus:
        assert pair.available(), pair.id
    text = _resume_text(pair.resume)
    if text is None:
        return
    folded = fold(text)
    for role in pair.roles:
        for prefix, _grade in role.bullets:
            assert f" {folded} ".count(f" {fold(prefix)} ") == 1, (pair.id, prefix)
    for name, words in pair.evidence.items():
        assert any(f" {fold(w)} " in f" {folded} " for w in words), (pair.id, name)


def test_the_committed_labels_agree_with_their_texts() -> None:
    pairs = load_pairs()
    # The set the issue asks for: 30+ pairs over 12+ fields, with postings of every shape.
    assert len(pairs) >= 36
    assert len({p.field for p in pairs}) >= 12
    shapes = [p.shape for p in pairs]
    assert shapes.count("one-paragraph") >= 3 and shapes.count("noisy-paste") >= 3
    assert sum(bool(p.roles) for p in pairs) >= 12
    for pair in pairs:
        _assert_agrees_with_texts(pair)


def test_the_held_out_pairs_are_new_texts_labelled_like_the_others() -> None:
    """A held-out pair is only held out if neither of its texts is in the tuned-on set."""
    heldout = load_pairs(HELDOUT)
    labelled = load_pairs()
    # Twelve were written blind on Dec 4 evening; one (accounting) was opened on Dec 4
    # night and so moved to labels/; five more were written blind on Dec 4 night, and
    # five on Dec 4 late night when the opened construction pair moved to labels/ (see
    # LABELLING.md). A set smaller than this measures too little.
    assert len(heldout) >= 20
    assert not {p.id for p in heldout} & {p.id for p in labelled}
    tuned_on = {p.resume for p in labelled} | {p.posting for p in labelled}
    for pair in heldout:
        assert pair.resume not in tuned_on and pair.posting not in tuned_on, pair.id
        _assert_agrees_with_texts(pair)
    assert sum(bool(p.roles) for p in heldout) >= 6


def test_own_texts_are_not_copies_of_corpus_files(corpus_dir) -> None:
    """The corpus is referred to by path, never copied into the repository."""
    folders = ("resumes", "postings", "heldout/texts/resumes", "heldout/texts/postings")
    ours = [p for folder in folders
            for p in (DATA / folder).iterdir() if p.suffix in (".txt", ".md")]
    theirs = {fold(p.read_text("utf-8", errors="replace"))[:300]
              for p in corpus_dir.rglob("*") if p.suffix in (".txt", ".md")}
    assert ours
    for path in ours:
        assert fold(path.read_text("utf-8"))[:300] not in theirs, path.name


def test_the_command_prints_figures_for_one_pair(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.quality.cli import main

    assert main(["--pair", "nursing-icu-paragraph", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["overall"]["pairs"] == 1
    assert 0.0 <= figures["overall"]["recall"] <= 1.0
    assert set(figures["pairs"]) == {"nursing-icu-paragraph"}


def test_the_command_measures_held_out_pairs_only_on_request(
        capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.quality.cli import BASELINE, main

    held = load_pairs(HELDOUT)[0].id
    # Held-out pairs are not in the default run, and the default pairs not in --heldout.
    assert main(["--pair", held, "--json"]) == 2
    assert main(["--heldout", "--pair", "nursing-icu-paragraph", "--json"]) == 2
    capsys.readouterr()
    assert main(["--heldout", "--pair", held, "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures["pairs"]) == {held}
    assert figures["baseline"] is None  # the labelled set's baseline is not theirs to compare
    before = BASELINE.read_bytes()
    assert main(["--heldout", "--write-baseline"]) == 2
    assert BASELINE.read_bytes() == before


def test_the_command_measures_a_fresh_batch_from_a_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A batch written and labelled before the engine runs on it is measured where it
    lies, with absolute paths, and never becomes the baseline."""
    from benchmarks.quality.cli import BASELINE, main

    (tmp_path / "r.md").write_text(
        "Dana Reyes\n\n## Experience\nWarehouse Associate, Acme Freight, 2019 - 2024\n"
        "- Drove a forklift to load trailers\n- Counted cycle inventory weekly\n", "utf-8")
    (tmp_path / "p.txt").write_text(
        "Warehouse Lead\n\nRequirements\n- Forklift experience\n- Cycle counting\n"
        "- Warehouse management system (WMS)\n", "utf-8")
    (tmp_path / "batch-warehouse.toml").write_text(
        f'field = "logistics"\nshape = "headed"\nresume = "{tmp_path / "r.md"}"\n'
        f'posting = "{tmp_path / "p.txt"}"\nmin_years = "none"\n'
        'required = ["Forklift", "Cycle counting", "WMS"]\n'
        'shown = ["Forklift", "Cycle counting"]\nmissing = ["WMS"]\n', "utf-8")
    assert main(["--dir", str(tmp_path), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures["pairs"]) == {"batch-warehouse"}
    assert figures["overall"]["recall"] == 1.0
    before = BASELINE.read_bytes()
    assert main(["--dir", str(tmp_path), "--write-baseline"]) == 2
    assert main(["--dir", str(tmp_path / "absent")]) == 2
    assert BASELINE.read_bytes() == before
