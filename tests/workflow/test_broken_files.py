"""A corpus of broken files, made here: each one fails its import with its own clear
message and leaves nothing behind (or, for an empty PDF password, just imports)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from broken_factories import (
    make_binary_txt,
    make_ligature_pdf,
    make_pua_pdf,
    make_random_zip_docx,
    make_truncated_pdf,
    make_utf16_no_bom,
    make_zip_bomb_docx,
)
from factories import make_encrypted_pdf, make_image_only_pdf

from tailor_app import db, importer, paths
from tailor_app.tailoring.reading import ResumeReadError

RESUME = ("Jordan Lee\njordan.lee@example.org\n\nExperience\n"
          "Staff Accountant, Acme Corp, 2018 - Present\n- Reconciled 40 accounts monthly\n\n"
          "Skills\nQuickBooks, Excel, GAAP\n")


@pytest.fixture
def user_id(tmp_path: Path) -> Iterator[str]:
    db.init_db(tmp_path / "broken.db")
    yield db.get_or_create_local_user()
    db.close_db()


def _nothing_stored() -> bool:
    with db.connection_context():
        rows = db.Resume.select().count()
    return rows == 0 and list(paths.resumes_dir().iterdir()) == []


CASES: list[tuple[str, Callable[[Path], Path], str, tuple[str, ...]]] = [
    ("truncated pdf", lambda d: make_truncated_pdf(d / "cv.pdf"), "corrupt",
     ("PDF is damaged",)),
    ("encrypted pdf", lambda d: make_encrypted_pdf(d / "cv.pdf"), "encrypted",
     ("protected by a password",)),
    ("image-only pdf", lambda d: make_image_only_pdf(d / "cv.pdf"), "no_text",
     ("looks scanned", "no text layer")),
    ("private-use font pdf", lambda d: make_pua_pdf(d / "cv.pdf"), "unreadable",
     ("private symbol codes", ".docx or .txt")),
    ("ligature-only pdf", lambda d: make_ligature_pdf(d / "cv.pdf"), "unreadable",
     ("jumble of a few letters", "fonts hide")),
    ("random zip as docx", lambda d: make_random_zip_docx(d / "cv.docx"), "mismatch",
     ("zip archive", "not a Word document")),
    ("zip bomb docx", lambda d: make_zip_bomb_docx(d / "cv.docx"), "too_complex",
     ("unpacks to 101 MB", "far more than any resume")),
    ("binary junk as txt", lambda d: make_binary_txt(d / "cv.txt"), "mismatch",
     ("binary data",)),
]


@pytest.mark.parametrize(("make", "code", "words"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
@pytest.mark.allow_log("tailor_app.sandbox", "file refused by a reading limit")
def test_broken_file_fails_with_its_own_message(tmp_path: Path, user_id: str,
                                                make: Callable[[Path], Path], code: str,
                                                words: tuple[str, ...]) -> None:
    source = make(tmp_path)
    with pytest.raises(ResumeReadError) as info:
        importer.import_resume(source, user_id)
    error = info.value
    assert error.code == code, (code, str(error))
    for word in words:
        assert word in str(error)
    assert str(error).endswith(".")
    assert _nothing_stored()


@pytest.mark.allow_log("tailor_app.sandbox", "file refused by a reading limit")
def test_each_broken_file_has_a_different_message(tmp_path: Path, user_id: str) -> None:
    messages = set()
    for name, make, _code, _words in CASES:
        folder = tmp_path / name.replace(" ", "_")
        folder.mkdir()
        with pytest.raises(ResumeReadError) as info:
            importer.import_resume(make(folder), user_id)
        messages.add(str(info.value))
    assert len(messages) == len(CASES)


@pytest.mark.allow_log("tailor_app.sandbox", "file refused by a reading limit")
def test_zip_bomb_is_small_on_disk_and_refused_fast(tmp_path: Path, user_id: str) -> None:
    import time

    bomb = make_zip_bomb_docx(tmp_path / "cv.docx")
    assert bomb.stat().st_size < 1024 * 1024
    started = time.monotonic()
    with pytest.raises(ResumeReadError, match="unpacks to"):
        importer.import_resume(bomb, user_id)
    assert time.monotonic() - started < 5


def test_pdf_with_an_empty_user_password_just_opens(tmp_path: Path, user_id: str) -> None:
    record = importer.import_resume(make_encrypted_pdf(tmp_path / "cv.pdf", password=""),
                                    user_id)
    assert "alex.morgan@example.com" in record["parsed_text"]
    assert record["page_count"] == 1


def test_utf16_without_bom_imports_its_text(tmp_path: Path, user_id: str) -> None:
    record = importer.import_resume(make_utf16_no_bom(tmp_path / "cv.txt", RESUME), user_id)
    assert "jordan.lee@example.org" in record["parsed_text"]
    assert "Reconciled 40 accounts monthly" in record["parsed_text"]


def test_size_limits_of_the_readme_are_enforced(tmp_path: Path, user_id: str) -> None:
    """README: resume files up to 10 MB, postings up to 100,000 characters."""
    from tailor_app.job_processor import ValidationError, process_job

    big = tmp_path / "cv.txt"
    big.write_bytes(RESUME.encode() * (10 * 1024 * 1024 // len(RESUME) + 1))
    with pytest.raises(ResumeReadError, match="over the 10 MB limit") as info:
        importer.import_resume(big, user_id)
    assert info.value.code == "too_large"
    with pytest.raises(ValidationError, match="100,000 limit"):
        process_job(user_id, None, "x" * 100_001, process_immediately=False)
    assert process_job(user_id, None, "Nurse " * 16_666, process_immediately=False)["id"]
    assert _nothing_stored()
