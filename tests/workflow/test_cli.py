"""The installed ``tailor-app`` command, run as a user or a script would run it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from factories import make_image_only_pdf, make_text

from tailor_app import __version__, db, job
from tailor_app.posting_check import posting_problem

APP = Path(sys.executable).parent / "tailor-app"

RESUME = """Sam Rivera
sam.rivera@example.com | (555) 444-1212

Experience
Senior Accountant, Northwind Traders, 2016 - Present
- Closed the books monthly and reconciled 60 accounts in QuickBooks
- Prepared financial statements under GAAP for the audit

Education
Bachelor of Science in Accounting, City College, 2015

Skills
QuickBooks, Excel, GAAP, reconciliation, payroll
"""

POSTING = """Senior Accountant
Requirements:
- 5+ years of accounting experience
- Strong Excel and QuickBooks skills; knowledge of GAAP
Nice to have: CPA, NetSuite
"""


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    if not APP.exists():
        pytest.skip("tailor-app is not installed in this environment")
    return subprocess.run([str(APP), *args], input=stdin, capture_output=True, text=True,
                          timeout=120, check=False)


def one_error_line(proc: subprocess.CompletedProcess[str]) -> str:
    """Bad input must give a non-zero exit and exactly one line on stderr."""
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    return lines[0]


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    return {"resume": make_text(tmp_path / "sam.txt", RESUME),
            "posting": make_text(tmp_path / "posting.txt", POSTING),
            "db": tmp_path / "cli.db"}


def test_version() -> None:
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"tailor-app {__version__}"


def test_tailor_json_contract_and_job_recorded(files: dict[str, Path]) -> None:
    proc = run("tailor", str(files["resume"]), "--job", str(files["posting"]), "--json",
               "--title", "Senior Accountant", "--db", str(files["db"]))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert {"job_id", "status", "error", "tailored_text", "analysis", "match"} <= set(data)
    assert {"skills", "required_skills", "preferred_skills", "keywords", "min_years"} <= set(
        data["analysis"])
    assert {"score_before", "score_after", "matched", "missing"} <= set(data["match"])
    # asks in the posting's everyday words, listed to check rather than called missing
    assert isinstance(data["match"]["unconfirmed"], list)
    # required skills whose words a resume line uses, each to that line: to check
    assert all(isinstance(k, str) and isinstance(v, str)
               for k, v in data["match"]["maybe_shown"].items())
    assert (data["status"], data["error"]) == ("COMPLETED", None)
    assert "sam.rivera@example.com" in data["tailored_text"]
    assert "QuickBooks" in data["match"]["matched"]
    assert all(isinstance(name, str) for name in data["analysis"]["skills"])
    assert data["analysis"]["min_years"] == 5
    assert 0 <= data["match"]["score_before"] <= data["match"]["score_after"] <= 100

    listed = run("jobs", "--json", "--db", str(files["db"]))
    assert listed.returncode == 0
    rows = json.loads(listed.stdout)
    assert [(r["id"], r["status"]) for r in rows] == [(data["job_id"], "COMPLETED")]


def test_tailor_reads_the_posting_from_stdin_and_reuses_the_import(
        files: dict[str, Path]) -> None:
    first = run("--db", str(files["db"]), "tailor", str(files["resume"]), "--job", "-",
                "--json", stdin=POSTING)
    second = run("--db", str(files["db"]), "tailor", str(files["resume"]), "--job", "-",
                 "--json", stdin=POSTING)
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    with sqlite3.connect(files["db"]) as conn:
        assert conn.execute("SELECT count(*) FROM resume").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM job").fetchone()[0] == 2
    conn.close()


def test_tailor_prints_the_text_for_people(files: dict[str, Path]) -> None:
    proc = run("tailor", str(files["resume"]), "--job", str(files["posting"]),
               "--db", str(files["db"]))
    assert proc.returncode == 0
    assert "Northwind Traders" in proc.stdout
    assert "COMPLETED" in proc.stderr


@pytest.mark.parametrize("case", ["missing-resume", "missing-posting", "empty-posting",
                                  "scanned-resume", "no-job-option", "unknown-command"])
def test_bad_input_gives_one_clear_line(files: dict[str, Path], tmp_path: Path,
                                        case: str) -> None:
    resume, posting, database = str(files["resume"]), str(files["posting"]), str(files["db"])
    if case == "missing-resume":
        args, expect = ["tailor", str(tmp_path / "nope.pdf"), "--job", posting], "nope.pdf"
    elif case == "missing-posting":
        args, expect = ["tailor", resume, "--job", str(tmp_path / "nope.txt")], "nope.txt"
    elif case == "empty-posting":
        args, expect = ["tailor", resume, "--job", str(make_text(tmp_path / "e.txt", " \n"))], \
            "empty"
    elif case == "scanned-resume":
        scan = str(make_image_only_pdf(tmp_path / "scan.pdf"))
        args, expect = ["tailor", scan, "--job", posting], "looks scanned"
    elif case == "no-job-option":
        args, expect = ["tailor", resume], "--job"
    else:
        args, expect = ["frobnicate"], "frobnicate"
    proc = run(*args, "--db", database) if case != "unknown-command" else run(*args)
    line = one_error_line(proc)
    assert expect in line
    assert proc.returncode == 2
    if case in ("empty-posting", "scanned-resume"):
        with sqlite3.connect(database) as conn:
            assert conn.execute("SELECT count(*) FROM job").fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM resume").fetchone()[0] == 0
        conn.close()


def test_import_prints_the_record(files: dict[str, Path]) -> None:
    proc = run("import", str(files["resume"]), "--json", "--db", str(files["db"]))
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert {"id", "name", "format", "characters"} <= set(record)
    assert (record["name"], record["format"], record["duplicate"]) == ("sam", "txt", False)
    assert record["characters"] > 200
    again = run("import", str(files["resume"]), "--db", str(files["db"]))
    assert again.returncode == 0
    assert again.stdout.startswith(f"Already imported as {record['id']}")


def _failed_job(database: Path) -> str:
    """A FAILED job made through the library, as a crash or a cancel would leave it."""
    db.init_db(database)
    try:
        user_id = db.get_or_create_local_user()
        created = job.create_job(user_id, None, POSTING, title="Senior Accountant")
        job.mark_job_as_failed(created["id"], "Cancelled by you.")
        return str(created["id"])
    finally:
        db.close_db()


def test_retry_completes_a_failed_job_and_refuses_a_completed_one(
        files: dict[str, Path]) -> None:
    job_id = _failed_job(files["db"])
    proc = run("retry", job_id[:8], "--json", "--db", str(files["db"]))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert (data["job_id"], data["status"], data["attempts"]) == (job_id, "COMPLETED", 1)

    again = run("retry", job_id, "--db", str(files["db"]))
    assert "already COMPLETED" in one_error_line(again)
    unknown = run("retry", "00000000-dead", "--db", str(files["db"]))
    assert "No job has the id" in one_error_line(unknown)


def test_jobs_lists_for_people(files: dict[str, Path]) -> None:
    job_id = _failed_job(files["db"])
    proc = run("jobs", "--db", str(files["db"]))
    assert proc.returncode == 0
    assert job_id in proc.stdout and "FAILED" in proc.stdout
    assert "Cancelled by you." in proc.stdout


def test_newer_database_is_refused_with_exit_3(files: dict[str, Path]) -> None:
    conn = sqlite3.connect(files["db"])
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    proc = run("jobs", "--db", str(files["db"]))
    assert proc.returncode == 3
    assert "newer version" in one_error_line(proc)


def test_export_writes_the_file_and_protects_an_existing_one(files: dict[str, Path],
                                                             tmp_path: Path) -> None:
    export = pytest.importorskip("tailor_app.export")
    if not hasattr(export, "export_result"):
        pytest.skip("export not written yet")
    proc = run("tailor", str(files["resume"]), "--job", str(files["posting"]), "--json",
               "--db", str(files["db"]))
    data = json.loads(proc.stdout)
    out = tmp_path / "tailored.txt"
    first = run("export", data["job_id"], "--format", "txt", "-o", str(out),
                "--db", str(files["db"]))
    assert first.returncode == 0, first.stderr
    assert "sam.rivera@example.com" in out.read_text(encoding="utf-8")
    clash = run("export", data["job_id"], "--format", "txt", "-o", str(out),
                "--db", str(files["db"]))
    assert "--force" in one_error_line(clash)
    forced = run("export", data["job_id"], "--format", "txt", "-o", str(out), "--force",
                 "--db", str(files["db"]))
    assert forced.returncode == 0, forced.stderr
    # The format follows the file name; a name that says another format is refused.
    inferred = run("export", data["job_id"], "-o", str(tmp_path / "tailored.md"),
                   "--db", str(files["db"]))
    assert inferred.returncode == 0, inferred.stderr
    assert (tmp_path / "tailored.md").read_text(encoding="utf-8").startswith("# ")
    mismatch = run("export", data["job_id"], "--format", "docx", "-o",
                   str(tmp_path / "resume.pdf"), "--db", str(files["db"]))
    assert "ends in .pdf" in one_error_line(mismatch)
    assert not (tmp_path / "resume.pdf").exists()


def test_command_line_never_loads_qt_widgets() -> None:
    code = ("import sys; import tailor_app.cli, tailor_app.job_processor, tailor_app.importer; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert proc.stdout.strip() == "[]"


def test_python_dash_m_runs_the_same_command_line() -> None:
    proc = subprocess.run([sys.executable, "-m", "tailor_app", "--version"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert (proc.returncode, proc.stdout.strip()) == (0, f"tailor-app {__version__}")


def test_tailor_json_still_prints_one_object_on_bad_input(files: dict[str, Path],
                                                          tmp_path: Path) -> None:
    result = run("tailor", str(tmp_path / "missing.pdf"), "--job", str(files["posting"]),
                 "--db", str(files["db"]), "--json")
    assert result.returncode == 2
    data = json.loads(result.stdout)
    assert data["status"] is None and data["job_id"] is None
    assert "missing.pdf" in data["error"]
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_damaged_pdf_gives_one_line_not_the_readers_own_warnings(files: dict[str, Path],
                                                                  tmp_path: Path) -> None:
    """pypdf warns "EOF marker not found" in the reading child; only our line shows."""
    from broken_factories import make_truncated_pdf

    damaged = make_truncated_pdf(tmp_path / "damaged.pdf")
    line = one_error_line(run("tailor", str(damaged), "--job", str(files["posting"]),
                              "--db", str(tmp_path / "t.db")))
    assert "damaged" in line and "EOF" not in line


@pytest.mark.parametrize("text", [
    "https://jobs.example.com/careers/senior-accountant-12345",
    "https://jobs.example.com/careers/senior-accountant-12345 Senior Accountant apply here",
    "hi",
    "12345 67890",
])
def test_tailor_refuses_what_the_window_refuses_with_its_words(
        files: dict[str, Path], tmp_path: Path, text: str) -> None:
    """A link, a link and a few words, a greeting, numbers: exit 2 with the sentence the
    window shows under its editor, and nothing imported or recorded."""
    posting = make_text(tmp_path / "link.txt", text + "\n")
    for extra in ([], ["--json"]):
        proc = run("tailor", str(files["resume"]), "--job", str(posting),
                   "--db", str(files["db"]), *extra)
        assert proc.returncode == 2
        assert one_error_line(proc) == f"tailor-app: {posting_problem(text)}"
    assert json.loads(proc.stdout)["error"] == posting_problem(text)
    with sqlite3.connect(files["db"]) as conn:
        assert conn.execute("SELECT count(*) FROM job").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM resume").fetchone()[0] == 0
    conn.close()


def test_a_link_inside_a_real_posting_is_fine(files: dict[str, Path]) -> None:
    posting = files["posting"]
    posting.write_text(POSTING + "Apply at https://jobs.example.com/careers/12345\n",
                       encoding="utf-8")
    proc = run("tailor", str(files["resume"]), "--job", str(posting), "--db", str(files["db"]))
    assert proc.returncode == 0, proc.stderr


def test_a_posting_with_nothing_to_match_says_so(files: dict[str, Path],
                                                 tmp_path: Path) -> None:
    """Words but no skill, tool, licence, years or degree: it completes (the engine never
    refuses a posting) but is not reported as a match of 0 → 0."""
    vague = make_text(tmp_path / "vague.txt", "We are looking for a great person to join "
                      "our friendly team soon.\n")
    proc = run("tailor", str(files["resume"]), "--job", str(vague),
               "--db", str(tmp_path / "t.db"))
    assert proc.returncode == 0, proc.stderr
    assert "nothing to match" in proc.stderr and "missing: nothing" not in proc.stderr
    normal = run("tailor", str(files["resume"]), "--job", str(files["posting"]),
                 "--db", str(tmp_path / "t.db"))
    assert "COMPLETED: match" in normal.stderr
