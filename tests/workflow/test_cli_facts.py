"""``tailor-app facts``, ``tailor --pages`` and the job's current revision on export, run
as a user or a script would run them (the same installed command as test_cli.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fact_samples import LINE, POSTING, RESUME, ROLE
from factories import make_text
from test_cli import one_error_line, run

from tailor_app import db, revisions


@pytest.fixture
def setup(tmp_path: Path) -> dict[str, Any]:
    """Two imported resumes (Luis, and Ana with the same text) and a posting."""
    database = tmp_path / "facts.db"
    luis = make_text(tmp_path / "luis.txt", RESUME)
    ana = make_text(tmp_path / "ana.txt", RESUME.replace("Luis Ortega", "Ana Ruiz"))
    ids = {}
    for name, path in (("luis", luis), ("ana", ana)):
        proc = run("import", str(path), "--json", "--db", str(database))
        assert proc.returncode == 0, proc.stderr
        ids[name] = json.loads(proc.stdout)["id"]
    return {"db": str(database), "luis": luis, "ana": ana, "ids": ids,
            "posting": make_text(tmp_path / "posting.txt", POSTING)}


def tailor(setup: dict[str, Any], who: str, *extra: str) -> dict[str, Any]:
    proc = run("tailor", str(setup[who]), "--job", str(setup["posting"]), "--json",
               "--db", setup["db"], *extra)
    assert proc.returncode == 0, proc.stderr
    return dict(json.loads(proc.stdout))


def facts_json(setup: dict[str, Any], *args: str) -> list[dict[str, Any]]:
    proc = run("facts", "list", *args, "--json", "--db", setup["db"])
    assert proc.returncode == 0, proc.stderr
    return list(json.loads(proc.stdout))


def test_a_fact_added_by_prefix_and_heading_part_shows_in_the_next_tailoring(
        setup: dict[str, Any]) -> None:
    before = tailor(setup, "luis")
    assert "ServiceTitan" in before["match"]["missing_required"]
    assert before["facts_used"] == [] and before["left_out"] == []

    added = run("facts", "add", setup["ids"]["luis"][:8], "--skill", "ServiceTitan",
                "--entry", "desert air", "--line", LINE, "--json", "--db", setup["db"])
    assert added.returncode == 0, added.stderr
    fact = json.loads(added.stdout)
    assert (fact["skill"], fact["entry"], fact["line"]) == ("ServiceTitan", ROLE, LINE)
    assert fact["resume_id"] == setup["ids"]["luis"]
    assert [f["id"] for f in facts_json(setup, setup["ids"]["luis"][:8])] == [fact["id"]]

    after = tailor(setup, "luis")
    assert after["facts_used"] == [{"skill": "ServiceTitan", "entry": ROLE, "line": LINE}]
    assert "ServiceTitan" not in after["match"]["missing_required"]
    assert after["match"]["score_after"] > before["match"]["score_after"]
    text = after["tailored_text"]
    role = text[text.index(ROLE):text.index("Apprentice Technician")]
    assert f"\u2022 {LINE}" in role  # under the role the user named
    assert "ServiceTitan" in text.split("Skills", 1)[1].split("Experience", 1)[0]

    people = run("facts", "list", "--db", setup["db"])
    assert fact["id"] in people.stdout and LINE in people.stdout and "[luis]" in people.stdout


def test_a_fact_appears_only_in_jobs_of_its_own_resume(setup: dict[str, Any]) -> None:
    proc = run("facts", "add", setup["ids"]["luis"], "--skill", "ServiceTitan", "--entry",
               "Desert Air", "--line", LINE, "--db", setup["db"])
    assert proc.returncode == 0, proc.stderr
    assert "Added ServiceTitan" in proc.stdout
    other = tailor(setup, "ana")
    assert "ServiceTitan" not in other["tailored_text"] and LINE not in other["tailored_text"]
    assert other["facts_used"] == []
    assert "ServiceTitan" in other["match"]["missing_required"]
    assert facts_json(setup, setup["ids"]["ana"]) == []


def test_a_removed_fact_is_gone_from_the_next_tailoring(setup: dict[str, Any]) -> None:
    added = run("facts", "add", setup["ids"]["luis"], "--skill", "ServiceTitan", "--entry",
                "desert", "--line", LINE, "--json", "--db", setup["db"])
    fact_id = json.loads(added.stdout)["id"]
    assert LINE in tailor(setup, "luis")["tailored_text"]
    removed = run("facts", "remove", fact_id[:8], "--db", setup["db"])
    assert removed.returncode == 0, removed.stderr
    assert "Removed ServiceTitan" in removed.stdout
    again = tailor(setup, "luis")
    assert "ServiceTitan" not in again["tailored_text"] and again["facts_used"] == []
    assert "ServiceTitan" in again["match"]["missing_required"]
    assert "No fact has the id" in one_error_line(run("facts", "remove", fact_id,
                                                      "--db", setup["db"]))


@pytest.mark.parametrize(("args", "expect"), [
    (["--entry", "technician"], "several entries"),  # in both roles' headings
    (["--entry", "Acme Corp"], "Its entries: HVAC Service Technician"),
    (["--line", "Ran the dispatch board"], "needs a place"),  # a line with no role
    (["--skill", " "], "Say which skill"),
])
def test_bad_facts_are_refused_in_one_line_and_nothing_is_stored(
        setup: dict[str, Any], args: list[str], expect: str) -> None:
    skill = [] if "--skill" in args else ["--skill", "NATE"]
    proc = run("facts", "add", setup["ids"]["luis"], *skill, *args, "--db", setup["db"])
    assert proc.returncode == 2
    assert expect in one_error_line(proc)
    assert facts_json(setup) == []


def test_a_resume_id_must_name_one_resume(setup: dict[str, Any]) -> None:
    unknown = run("facts", "add", "zz-not-an-id", "--skill", "NATE", "--db", setup["db"])
    assert unknown.returncode == 2 and "No resume has the id" in one_error_line(unknown)
    assert run("facts", "list", "zz", "--db", setup["db"]).returncode == 2
    empty = run("facts", "list", "--db", setup["db"])
    assert empty.returncode == 0 and "No facts yet" in empty.stdout


LONG_RESUME = RESUME.split("Skills")[0] + "".join(
    f"Technician, Company {n}  {2000 + n} - {2001 + n}\n"
    + "".join(f"- Serviced {n * 10 + k} rooftop units and kept the maintenance log for the "
              f"whole building portfolio of client number {k}\n" for k in range(1, 6)) + "\n"
    for n in range(1, 12)) + "Skills\nEPA 608 Universal, brazing, electrical troubleshooting\n"


def test_pages_one_leaves_lines_out_and_lists_them(setup: dict[str, Any],
                                                   tmp_path: Path) -> None:
    long = make_text(tmp_path / "long.txt", LONG_RESUME)
    full = run("tailor", str(long), "--job", str(setup["posting"]), "--json",
               "--db", setup["db"])
    one = run("tailor", str(long), "--job", str(setup["posting"]), "--json", "--pages", "1",
              "--db", setup["db"])
    assert full.returncode == one.returncode == 0, full.stderr + one.stderr
    kept, fitted = json.loads(full.stdout), json.loads(one.stdout)
    assert (kept["pages"], kept["left_out"]) == (None, [])
    assert fitted["pages"] == 1 and fitted["left_out"]
    for line in fitted["left_out"]:
        assert line not in fitted["tailored_text"]
    assert len(fitted["tailored_text"]) < len(kept["tailored_text"])
    bad = run("tailor", str(long), "--job", str(setup["posting"]), "--pages", "3",
              "--db", setup["db"])
    assert bad.returncode == 2 and "--pages" in one_error_line(bad)


def test_export_writes_the_jobs_current_revision(setup: dict[str, Any],
                                                 tmp_path: Path) -> None:
    done = tailor(setup, "luis")
    edited = done["tailored_text"].replace("Diagnosed and repaired",
                                           "Diagnosed, repaired and documented")
    db.init_db(Path(setup["db"]))
    try:
        revisions.save_revision(done["job_id"], edited)
    finally:
        db.close_db()
    for fmt in ("txt", "md"):
        out = tmp_path / f"current.{fmt}"
        proc = run("export", done["job_id"][:8], "-o", str(out), "--db", setup["db"])
        assert proc.returncode == 0, proc.stderr
        assert "Diagnosed, repaired and documented" in out.read_text(encoding="utf-8")

    db.init_db(Path(setup["db"]))
    try:
        revisions.revert_to_tailored(done["job_id"])
    finally:
        db.close_db()
    out = tmp_path / "tailored.txt"
    assert run("export", done["job_id"], "-o", str(out), "--db", setup["db"]).returncode == 0
    assert out.read_text(encoding="utf-8").strip() == done["tailored_text"].strip()


def test_facts_help_names_the_three_actions() -> None:
    proc = run("facts", "--help")
    assert proc.returncode == 0
    assert all(word in proc.stdout for word in ("add", "list", "remove"))
