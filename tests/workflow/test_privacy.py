"""Nothing let in or out: a private data folder and copies, no resume text in the log
on failure paths, no export through a symlink, no eval or shell in the package."""

from __future__ import annotations

import logging
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from broken_factories import make_pua_pdf, make_zip_bomb_docx
from factories import make_encrypted_pdf

from tailor_app import cli, db, importer, paths
from tailor_app.tailoring.reading import ResumeReadError

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
SECRET = "Zanzibar-Quokka-4417"  # a word only the resume contains
RESUME = (f"Jordan Lee\njordan.lee@example.org\n\nExperience\nAccountant, {SECRET} Corp, "
          "2018 - Present\n- Reconciled 40 accounts monthly\n\nSkills\nExcel, GAAP\n")
PACKAGE = Path(__file__).resolve().parents[2] / "tailor_app"


@pytest.fixture
def user_id(tmp_path: Path) -> Iterator[str]:
    db.init_db(tmp_path / "p.db")
    yield db.get_or_create_local_user()
    db.close_db()


@POSIX
def test_data_folder_is_private_even_with_a_loose_umask(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "fresh"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    old = os.umask(0o022)
    try:
        paths.data_dir()
        resumes, logs = paths.resumes_dir(), paths.log_dir()
    finally:
        os.umask(old)
    for path in (folder, resumes, logs):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700, path


@POSIX
def test_an_existing_open_data_folder_is_made_private(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    os.chmod(folder, 0o755)
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    paths.data_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@POSIX
def test_resume_copies_are_readable_by_the_user_only(tmp_path: Path, user_id: str) -> None:
    source = tmp_path / "cv.txt"
    source.write_text(RESUME, encoding="utf-8")
    os.chmod(source, 0o644)
    old = os.umask(0o000)
    try:
        record = importer.import_resume(source, user_id)
    finally:
        os.umask(old)
    assert stat.S_IMODE(Path(record["stored_path"]).stat().st_mode) == 0o600


@pytest.mark.parametrize("make", [
    lambda d: make_encrypted_pdf(d / "cv.pdf", lines=[SECRET, RESUME]),
    lambda d: make_pua_pdf(d / "cv.pdf"),
    lambda d: make_zip_bomb_docx(d / "cv.docx", unpacked_mb=70),
], ids=["encrypted", "hidden-letters", "zip-bomb"])
@pytest.mark.allow_log("tailor_app.sandbox", "file refused by a reading limit")
def test_failed_imports_log_no_resume_text(tmp_path: Path, user_id: str, make,
                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="tailor_app")
    with pytest.raises(ResumeReadError):
        importer.import_resume(make(tmp_path), user_id)
    assert SECRET not in caplog.text
    assert "alex.morgan" not in caplog.text


def test_import_of_a_text_resume_logs_no_text(tmp_path: Path, user_id: str,
                                              caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="tailor_app")
    source = tmp_path / "cv.txt"
    source.write_text(RESUME, encoding="utf-8")
    importer.import_resume(source, user_id)
    assert "imported resume" in caplog.text
    assert SECRET not in caplog.text and "jordan.lee" not in caplog.text


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_cli_export_does_not_follow_a_symlink_out_of_the_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "cli.db"
    resume = tmp_path / "cv.txt"
    resume.write_text(RESUME, encoding="utf-8")
    posting = tmp_path / "posting.txt"
    posting.write_text("Staff Accountant\nRequirements:\n- Excel and GAAP, two years of month-end "
                       "close\n", encoding="utf-8")
    assert cli.main(["--db", str(database), "tailor", str(resume), "--job", str(posting),
                     "--json"]) == 0
    job_id = __import__("json").loads(capsys.readouterr().out)["job_id"]
    outside = tmp_path / "outside.txt"
    outside.write_text("precious", encoding="utf-8")
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "cv.txt").symlink_to(outside)
    status = cli.main(["--db", str(database), "export", job_id, "--format", "txt",
                       "-o", str(folder / "cv.txt"), "--force"])
    assert status != 0
    assert outside.read_text(encoding="utf-8") == "precious"
    assert "Traceback" not in capsys.readouterr().err
    db.close_db()


def test_no_eval_exec_or_shell_in_the_package() -> None:
    pattern = re.compile(r"\beval\(|(?<![.\w])exec\(|shell\s*=\s*True|os\.system\(|"
                         r"os\.popen\(|\bpickle\.loads?\(")
    found = []
    for path in PACKAGE.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if pattern.search(code):
                found.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert found == []
