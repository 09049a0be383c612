""""What changed" lists every moved line, renamed word and reordered skills line.

The change list is checked against an independent diff written here: for each
entry (and each skills section) the lines the list does not mention must be a
longest common subsequence of source and tailored lines, computed by the textbook
dynamic programme, and every line whose text changed must be listed.
"""

from __future__ import annotations

import difflib
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from tailor_app.tailoring.compose.changes import Changes, describe_changes
from tailor_app.tailoring.compose.render import render_text
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import ParsedResume, Section, TailorResult
from tailor_app.tailoring.reading import ResumeReadError, read_resume

TODAY = date(2026, 12, 1)

RESUME = """Ana Ruiz
ana.ruiz@example.com

SKILLS
Languages: Java, Go, Python, SQL

EXPERIENCE
Data Engineer, Fernhill Analytics    Jan 2020 – Present
• Organised the team's weekly demo sessions
• Mentored two junior analysts
• Built Python pipelines loading SQL warehouses with Airflow
"""

POSTING = """Data Engineer
Requirements:
- Python and SQL
- Airflow
"""


def lcs(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence (independent of the engine's code)."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            table[i + 1][j + 1] = table[i][j] + 1 if x == y else max(table[i][j + 1],
                                                                      table[i + 1][j])
    return table[-1][-1]


def _groups(section: Section) -> list[list[str]]:
    if section.kind == "skills":
        return [[t for e in section.entries for t in (*e.header, *e.bullets)]]
    return [list(e.bullets) for e in section.entries]


def assert_change_list_is_complete(result: TailorResult) -> Changes:
    changes = describe_changes(result.original, result.tailored, result.summary,
                               result.renamed)
    sources = {(s.kind, s.heading): s for s in result.original.sections}
    for section in result.tailored.sections:
        source = sources[(section.kind, section.heading)]
        name = section.heading.strip() or section.kind
        for group, (old, new) in enumerate(zip(_groups(source), _groups(section),
                                               strict=True)):
            back = {r.after: r.before for r in changes.reworded if r.section == name}
            # Every line whose text changed is listed with what it was.
            restored = [back.get(t, t) for t in new]
            assert Counter(restored) == Counter(old), (name, old, new)
            moves = [m for m in changes.moves if m.section == name and m.group == group]
            # The moves listed are exactly what an LCS diff needs: no more, no fewer...
            assert len(moves) == len(new) - lcs(old, restored), (name, old, new, moves)
            # ...and the lines not listed kept their relative order.
            moved_at = {m.after for m in moves}
            still = [t for k, t in enumerate(restored) if k not in moved_at]
            assert lcs(still, old) == len(still)
    # Every section that difflib sees moving is in the section order shown.
    if changes.sections_before == changes.sections_after:
        assert [s.heading for s in result.original.sections] == [
            s.heading for s in result.tailored.sections]
    return changes


def test_a_bullet_moved_from_third_to_first_is_listed_once() -> None:
    result = tailor(RESUME, POSTING, today=TODAY)
    changes = assert_change_list_is_complete(result)
    moved = [m for m in changes.moves if m.section == "EXPERIENCE"]
    assert [(m.text[:18], m.before, m.after) for m in moved] == [
        ("Built Python pipel", 2, 0)]
    # The independent text diff agrees: that is the one experience line inserted.
    old = render_text(result.original).splitlines()
    new = render_text(result.tailored).splitlines()
    inserted = [line[2:] for line in difflib.ndiff(old, new) if line.startswith("+ ")]
    assert "• Built Python pipelines loading SQL warehouses with Airflow" in inserted
    assert "• Mentored two junior analysts" not in inserted


def test_items_reordered_within_a_skills_line_are_listed() -> None:
    result = tailor(RESUME, POSTING, today=TODAY)
    changes = assert_change_list_is_complete(result)
    [line] = [r for r in changes.reworded if r.section == "SKILLS"]
    assert line.items_only
    assert line.before == "Languages: Java, Go, Python, SQL"
    assert line.after.startswith("Languages: Python, SQL")


def test_a_renamed_word_is_listed_with_its_line() -> None:
    resume = RESUME.replace("Python pipelines", "Python pipelines on Postgres")
    posting = POSTING + "- PostgreSQL\n"
    result = tailor(resume, posting, today=TODAY)
    assert result.renamed == {"Postgres": "PostgreSQL"}
    changes = assert_change_list_is_complete(result)
    assert changes.renamed == {"Postgres \u2192 PostgreSQL": 1}
    [line] = [r for r in changes.reworded if not r.items_only]
    assert "Postgres " not in line.after and "PostgreSQL" in line.after


def test_nothing_changed_lists_nothing() -> None:
    resume = "Ana Ruiz\nana@example.com\n\nEXPERIENCE\nCook, Diner  2019 – 2021\n• Grilled\n"
    result = tailor(resume, "Chef wanted. Requirements: knife skills, food safety, HACCP.",
                    today=TODAY)
    changes = describe_changes(result.original, result.tailored, None, {})
    assert changes.moves == [] and changes.reworded == []


def _corpus_results(corpus: Path) -> list[TailorResult]:
    postings = sorted((corpus / "jds").glob("*.txt"))[:4]
    results = []
    for path in sorted((corpus / "resumes").iterdir()):
        try:
            document = read_resume(path)
        except ResumeReadError:  # a file the reader refuses has no changes to list
            continue
        results.extend(tailor(document, p.read_text(encoding="utf-8"), today=TODAY)
                       for p in postings)
    return results


@pytest.mark.corpus
def test_change_list_matches_an_independent_diff_on_the_corpus(corpus_dir: Path) -> None:
    results = _corpus_results(corpus_dir)
    assert results
    moved = 0
    for result in results:
        moved += len(assert_change_list_is_complete(result).moves)
    assert moved > 0  # the corpus does move lines: the check above was exercised


def test_the_change_list_survives_a_round_trip_through_json() -> None:
    result = tailor(RESUME, POSTING, today=TODAY)
    data = result.to_dict()
    again = describe_changes(ParsedResume.from_dict(data["original"]),
                             ParsedResume.from_dict(data["tailored"]), data["summary"],
                             data["renamed"])
    assert again == describe_changes(result.original, result.tailored, result.summary,
                                     result.renamed)
