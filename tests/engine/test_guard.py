"""The truthfulness guard catches deliberately bad tailorings and lets honest ones pass."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tailor_app.tailoring.compose.guard import check
from tailor_app.tailoring.model import Contact, DateRef, Entry, ParsedResume, Section

TODAY = date(2026, 11, 1)


def _source() -> ParsedResume:
    return ParsedResume(
        contact=Contact(
            name="Dana Whitfield",
            email="dana.whitfield@example.com",
            lines=["Dana Whitfield", "dana.whitfield@example.com · (555) 201-3344"],
        ),
        sections=[
            Section("experience", "EXPERIENCE", [
                Entry(
                    header=["Backend Engineer, Northwind Freight    Mar 2019 – Present"],
                    bullets=[
                        "Cut API latency by 40% by tuning Postgres indexes",
                        "Mentored 3 junior engineers",
                        "Built billing service in Python and Django",
                    ],
                    title="Backend Engineer", organisation="Northwind Freight",
                    start=DateRef("Mar 2019", 2019, 3), end=DateRef("Present", present=True),
                ),
                Entry(
                    header=["Software Developer, Lakeview Bank    Jun 2016 – Feb 2019"],
                    bullets=["Maintained Java batch jobs", "Wrote SQL reports for auditors"],
                    title="Software Developer", organisation="Lakeview Bank",
                    start=DateRef("Jun 2016", 2016, 6), end=DateRef("Feb 2019", 2019, 2),
                ),
            ]),
            Section("skills", "SKILLS", [Entry(header=["Languages: Python, Java, SQL"])]),
        ],
    )


def _bullets(resume: ParsedResume) -> list[str]:
    return resume.sections[0].entries[0].bullets


def test_an_unchanged_copy_passes() -> None:
    source = _source()
    report = check(source, copy.deepcopy(source), None, {}, today=TODAY)
    assert report.ok, report


def test_reordering_bullets_sections_and_skill_items_passes() -> None:
    source = _source()
    tailored = copy.deepcopy(source)
    tailored.sections.reverse()
    _bullets(tailored).reverse()
    tailored.sections[0].entries[0].header = ["Languages: SQL, Python, Java"]
    assert check(source, tailored, None, {}, today=TODAY).ok


def test_an_added_skill_is_caught() -> None:
    source = _source()
    tailored = copy.deepcopy(source)
    _bullets(tailored)[2] = "Built billing service in Python, Django and Kubernetes"
    report = check(source, tailored, None, {}, today=TODAY)
    assert not report.ok
    assert "Kubernetes" in report.invented
    assert "Built billing service in Python and Django" in report.lost
    assert "Kubernetes" in report.message()


def test_an_inflated_number_is_caught() -> None:
    source = _source()
    tailored = copy.deepcopy(source)
    _bullets(tailored)[0] = "Cut API latency by 60% by tuning Postgres indexes"
    report = check(source, tailored, None, {}, today=TODAY)
    assert "60" in report.invented
    assert report.lost == ["Cut API latency by 40% by tuning Postgres indexes"]


def test_a_dropped_bullet_is_caught() -> None:
    source = _source()
    tailored = copy.deepcopy(source)
    del _bullets(tailored)[1]
    report = check(source, tailored, None, {}, today=TODAY)
    assert report.lost == ["Mentored 3 junior engineers"]
    assert "drop" in report.message()


def test_a_changed_date_and_an_invented_employer_are_caught() -> None:
    source = _source()
    tailored = copy.deepcopy(source)
    tailored.sections[0].entries[1].header = [
        "Software Developer, Globex Capital    Jun 2014 – Feb 2019"]
    report = check(source, tailored, None, {}, today=TODAY)
    assert {"globex", "capital", "2014"} <= set(report.invented)
    assert report.lost == ["Software Developer, Lakeview Bank    Jun 2016 – Feb 2019"]


def test_a_lost_contact_detail_is_caught() -> None:
    source = _source()
    tailored = copy.deepcopy(source)
    tailored.contact.lines = ["Dana Whitfield"]
    report = check(source, tailored, None, {}, today=TODAY)
    assert report.lost == ["dana.whitfield@example.com · (555) 201-3344"]


def test_renaming_to_an_alias_of_the_same_skill_passes() -> None:
    source = _source()
    tailored = copy.deepcopy(source)
    _bullets(tailored)[0] = "Cut API latency by 40% by tuning PostgreSQL indexes"
    assert check(source, tailored, None, {"Postgres": "PostgreSQL"}, today=TODAY).ok


def test_renaming_to_a_different_skill_is_caught() -> None:
    source = _source()
    tailored = copy.deepcopy(source)
    _bullets(tailored)[0] = "Cut API latency by 40% by tuning MySQL indexes"
    report = check(source, tailored, None, {"Postgres": "MySQL"}, today=TODAY)
    assert "MySQL" in report.invented
    assert not report.ok


@pytest.mark.parametrize(
    ("summary", "ok"),
    [
        ("Backend Engineer with 10 years of experience in Python and SQL.", True),
        ("Backend Engineer with 12 years of experience in Python and SQL.", False),
        ("Backend Engineer with 10 years of experience in Python and Terraform.", False),
        ("Principal Architect with 10 years of experience in Python.", False),
    ],
)
def test_the_summary_line_may_only_state_resume_facts(summary: str, ok: bool) -> None:
    # Jun 2016 – Nov 2026 spans 10 years and 5 months.
    source = _source()
    report = check(source, copy.deepcopy(source), summary, {}, today=TODAY)
    assert report.ok is ok, report


# ------------------------------------------- the guard's independence (issue 14)

_WORDS = st.sampled_from(["tuned", "indexes", "for", "billing", "reports", "the", "team",
                          "weekly", "service", "built", "on", "fast"])
_ALIASES = {"Postgres": "PostgreSQL", "JS": "JavaScript", "k8s": "Kubernetes"}


def _broken_renames(text: str, renamed: dict[str, str], fault: str) -> str:
    """A rename that does its job and then one thing wrong, as a bug would."""
    words = text.split()
    for k, word in enumerate(words):
        if word in renamed:
            words[k] = renamed[word]
            if fault == "drops the next word" and k + 1 < len(words):
                del words[k + 1]
            elif fault == "doubles the next word" and k + 1 < len(words):
                words.insert(k + 1, words[k + 1])
            elif fault == "another skill":
                words[k] = "MySQL"
            elif fault == "loses a letter":
                words[k] = words[k][:-1]
            break
    return " ".join(words)


@settings(max_examples=60, deadline=None)
@given(before=st.lists(_WORDS, max_size=4), after=st.lists(_WORDS, min_size=1, max_size=4),
       alias=st.sampled_from(sorted(_ALIASES)),
       fault=st.sampled_from(["drops the next word", "doubles the next word", "another skill",
                              "loses a letter"]))
def test_a_broken_rename_is_always_caught(before: list[str], after: list[str], alias: str,
                                          fault: str) -> None:
    line = " ".join([*before, alias, *after])
    source = _source()
    _bullets(source).append(line)
    renamed = {alias: _ALIASES[alias]}
    honest = copy.deepcopy(source)
    honest.sections[0].entries[0].bullets = [b.replace(alias, renamed[alias])
                                             for b in _bullets(source)]
    # The rename done right passes: the guard is not merely strict...
    assert check(source, honest, None, renamed, today=TODAY).ok
    # ...and the same with one line renamed wrongly is caught.
    tailored = copy.deepcopy(honest)
    _bullets(tailored)[-1] = _broken_renames(line, renamed, fault)
    report = check(source, tailored, None, renamed, today=TODAY)
    assert not report.ok, (line, _bullets(tailored)[-1])


def test_the_guard_does_not_use_the_tailoring_steps_rename() -> None:
    from tailor_app.tailoring.compose import guard

    assert not hasattr(guard, "apply_renames")
    assert "rename" not in " ".join(getattr(guard, "__dict__", {}).get("__all__", []))


@pytest.mark.parametrize("line", [
    "DevOps: CI/CD, Docker, TCP/IP",
    "Tools: Git / Docker / CI/CD",
    "Excel (pivot tables, XLOOKUP), SAP; Tableau",
    "Java • Shell • Python",
    "Python  Go  Rust",
])
def test_parser_tailor_and_guard_split_a_skills_line_alike(line: str) -> None:
    from tailor_app.tailoring.compose.guard import skill_items as guard_items
    from tailor_app.tailoring.compose.order import reorder_skill_line
    from tailor_app.tailoring.resume.parser import parse_resume

    parsed = parse_resume(f"Al Bo\nal@example.com\n\nSKILLS\n{line}\n")
    reordered = reorder_skill_line(line, lambda item: float(len(item)))
    _category, items = guard_items(line)
    assert sorted(i.casefold() for i in parsed.skills) == sorted(items.elements())
    assert guard_items(reordered) == guard_items(line)
    assert "ci" not in items and "cd" not in items


def test_reordering_a_skills_line_leaves_its_remembered_split_alone() -> None:
    """The split of a line is remembered and shared by the jobs of one process: the
    tailor's reordering must not change what the next job (or the guard) reads."""
    from tailor_app.tailoring.compose.order import reorder_skill_line
    from tailor_app.tailoring.resume.skill_list import split_skill_line

    line = "Tools: Excel, SAP, Tableau, Power BI"
    before = split_skill_line(line)
    first = reorder_skill_line(line, lambda item: float(len(item)))
    second = reorder_skill_line(line, lambda item: float(len(item)))
    assert first == second == "Tools: Power BI, Tableau, Excel, SAP"
    assert split_skill_line(line) == before
    assert split_skill_line(line).text() == line
