"""Resume import: private copy, duplicates by hash, every read error, nothing left behind."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest
from broken_factories import crash
from factories import make_docx, make_encrypted_pdf, make_image_only_pdf, make_pdf, make_text

from tailor_app import db, importer, job, paths, sandbox
from tailor_app.errors import DatabaseError, StorageError
from tailor_app.tailoring.reading import ResumeReadError

RESUME_TEXT = """Jordan Lee
jordan.lee@example.org | (555) 123-4567

Experience
Staff Accountant, Acme Corp, 2018 - Present
- Reconciled 40 accounts monthly in QuickBooks
- Prepared quarterly tax filings

Skills
QuickBooks, Excel, GAAP, payroll
"""


@pytest.fixture
def user_id(tmp_path: Path) -> Iterator[str]:
    db.init_db(tmp_path / "import.db")
    yield db.get_or_create_local_user()
    db.close_db()


def _stored_files() -> list[Path]:
    return sorted(paths.resumes_dir().iterdir())


def _resume_count() -> int:
    with db.connection_context():
        return db.Resume.select().count()


def test_text_resume_is_copied_hashed_and_parsed(tmp_path: Path, user_id: str) -> None:
    source = make_text(tmp_path / "Jordan CV.txt", RESUME_TEXT)
    record = importer.import_resume(source, user_id)

    assert record["duplicate"] is False
    assert record["display_name"] == "Jordan CV"
    assert record["original_filename"] == "Jordan CV.txt"
    assert record["file_format"] == "txt"
    assert record["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    stored = Path(record["stored_path"])
    assert stored == paths.resumes_dir() / f"{record['id']}.txt"
    assert stored.read_bytes() == source.read_bytes()
    assert "jordan.lee@example.org" in record["parsed_text"]
    assert record["char_count"] == len(record["parsed_text"])
    assert record["parsed"]["contact"]["email"] == "jordan.lee@example.org"
    assert importer.get_resume(record["id"]) == {
        k: v for k, v in record.items() if k not in ("duplicate", "warnings")}
    assert _stored_files() == [stored]


def test_second_import_of_the_same_bytes_is_recognised(tmp_path: Path, user_id: str) -> None:
    first = importer.import_resume(make_text(tmp_path / "a.txt", RESUME_TEXT), user_id)
    again = importer.import_resume(make_text(tmp_path / "copy of a.txt", RESUME_TEXT), user_id)
    assert again["duplicate"] is True
    assert again["id"] == first["id"]
    assert _resume_count() == 1
    assert len(_stored_files()) == 1


def test_utf16_text_with_bom_imports(tmp_path: Path, user_id: str) -> None:
    source = make_text(tmp_path / "cv.txt", RESUME_TEXT, encoding="utf-16-le", bom=True)
    record = importer.import_resume(source, user_id)
    assert "Reconciled 40 accounts" in record["parsed_text"]


def test_docx_keeps_header_table_and_styles(tmp_path: Path, user_id: str) -> None:
    source = make_docx(tmp_path / "cv.docx", [
        ("heading", "Experience", 1),
        ("para", "Staff Accountant, Acme Corp\t2018 - Present"),
        ("bullet", "Reconciled 40 accounts monthly in QuickBooks"),
        ("heading", "Skills", 1),
        ("table", [["QuickBooks", "Excel"], ["GAAP", "Payroll"]]),
    ], header=["Jordan Lee", "jordan.lee@example.org"])
    record = importer.import_resume(source, user_id)
    text = record["parsed_text"]
    assert record["file_format"] == "docx"
    for expected in ("jordan.lee@example.org", "Reconciled 40 accounts", "GAAP", "Payroll"):
        assert expected in text
    document = importer.get_resume_document(record["id"])
    assert document is not None
    styles = {line.text: line.style for line in document.lines}
    assert styles["Experience"] == "Heading 1"


def test_pdf_imports_with_page_count(tmp_path: Path, user_id: str) -> None:
    record = importer.import_resume(make_pdf(tmp_path / "cv.pdf"), user_id)
    assert record["file_format"] == "pdf"
    assert record["page_count"] == 1
    assert "alex.morgan@example.com" in record["parsed_text"]


def _corrupt_docx(path: Path) -> Path:
    """A real .docx cut in half, as an interrupted download leaves it."""
    data = make_docx(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _zip_named_docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    return path


@pytest.mark.parametrize(("make", "code"), [
    (lambda d: make_text(d / "cv.pages", RESUME_TEXT), "unsupported"),
    (lambda d: make_text(d / "cv.doc", RESUME_TEXT), "mismatch"),
    (lambda d: make_text(d / "cv.txt", ""), "empty"),
    (lambda d: make_text(d / "cv.pdf", "%PDF-1.4\nnot really a pdf at all"), "corrupt"),
    (lambda d: _corrupt_docx(d / "cv.docx"), "corrupt"),
    (lambda d: make_encrypted_pdf(d / "cv.pdf"), "encrypted"),
    (lambda d: make_image_only_pdf(d / "cv.pdf"), "no_text"),
    (lambda d: make_text(d / "cv.pdf", RESUME_TEXT), "mismatch"),
    (lambda d: _zip_named_docx(d / "cv.docx"), "mismatch"),
], ids=["pages", "text-as-doc", "empty", "corrupt-pdf", "corrupt-docx", "encrypted",
        "scanned", "text-as-pdf", "zip-as-docx"])
def test_bad_files_fail_clearly_and_leave_nothing(tmp_path: Path, user_id: str, make,
                                                   code: str) -> None:
    source = make(tmp_path)
    with pytest.raises(ResumeReadError) as info:
        importer.import_resume(source, user_id)
    assert info.value.code == code
    assert str(info.value).endswith(".")
    assert _resume_count() == 0
    assert _stored_files() == []


def test_file_over_the_size_limit_is_refused(tmp_path: Path, user_id: str) -> None:
    source = make_text(tmp_path / "cv.txt", RESUME_TEXT * 20)
    with pytest.raises(ResumeReadError, match="limit") as info:
        importer.import_resume(source, user_id, max_bytes=2000)
    assert info.value.code == "too_large"
    assert _resume_count() == 0 and _stored_files() == []


def test_failed_insert_removes_the_copy(tmp_path: Path, user_id: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_create(*args: object, **kwargs: object) -> None:
        cause = sqlite3.OperationalError("database or disk is full")
        cause.sqlite_errorcode, cause.sqlite_errorname = 13, "SQLITE_FULL"
        raise peewee.OperationalError(cause, *cause.args)

    with monkeypatch.context() as patch:  # undo only this patch, not the data isolation
        patch.setattr(db.Resume, "create", broken_create)
        with pytest.raises(DatabaseError, match="full"):
            importer.import_resume(make_text(tmp_path / "cv.txt", RESUME_TEXT), user_id)
    assert _stored_files() == []
    assert _resume_count() == 0


def test_disk_full_while_copying_is_clear_and_leaves_nothing(
        tmp_path: Path, user_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:  # undo only this patch, not the data isolation
        patch.setattr(importer.os, "fsync", full)
        with pytest.raises(StorageError, match="No space left on device"):
            importer.import_resume(make_text(tmp_path / "cv.txt", RESUME_TEXT), user_id)
    assert _stored_files() == []
    assert _resume_count() == 0


@pytest.mark.allow_log("tailor_app.sandbox", "reader child failed")
def test_failed_parse_writes_nothing(tmp_path: Path, user_id: str,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_read(path: object, **kwargs: object) -> None:
        sandbox.run_isolated(crash)  # a reader or parser bug in the child process

    monkeypatch.setattr(importer, "read_resume_isolated", broken_read)
    with pytest.raises(ResumeReadError, match="reader failed") as info:
        importer.import_resume(make_text(tmp_path / "cv.txt", RESUME_TEXT), user_id)
    assert info.value.code == "corrupt"
    assert _stored_files() == []
    assert _resume_count() == 0


def test_list_rename_and_delete(tmp_path: Path, user_id: str) -> None:
    record = importer.import_resume(make_text(tmp_path / "cv.txt", RESUME_TEXT), user_id)
    listed = importer.list_resumes(user_id)
    assert [r["id"] for r in listed] == [record["id"]]
    assert "parsed_text" not in listed[0]

    renamed = importer.rename_resume(record["id"], "  Accounting CV ")
    assert renamed["display_name"] == "Accounting CV"
    with pytest.raises(ValueError, match="needs a name"):
        importer.rename_resume(record["id"], "   ")

    kept = job.create_job(user_id, record["id"], "Accountant wanted")
    job.complete_job(kept["id"], "Tailored text", {"match_after": {"score": 80}})
    assert importer.delete_resume(record["id"])
    assert not Path(record["stored_path"]).exists()
    assert importer.get_resume(record["id"]) is None
    after = job.get_job_by_id(kept["id"])
    assert after is not None
    assert (after["resume_id"], after["resume_name"]) == (None, "Accounting CV")
    assert after["tailored_resume_text"] == "Tailored text"
    assert not importer.delete_resume(record["id"])


def test_each_user_has_their_own_copy(tmp_path: Path, user_id: str) -> None:
    with db.connection_context():
        other = db.User.create(name="Second profile").id
    source = make_text(tmp_path / "cv.txt", RESUME_TEXT)
    mine = importer.import_resume(source, user_id)
    theirs = importer.import_resume(source, other)
    assert theirs["duplicate"] is False and theirs["id"] != mine["id"]
    assert [r["id"] for r in importer.list_resumes(other)] == [theirs["id"]]
