"""Every real resume of the shared corpus imports through the whole import path.

What must survive import is in corpus_facts.py (the e-mail printed on each
document, or the name where the text layer has no e-mail); the Chinese XeTeX PDF
has broken font maps, so it must be refused with a clear "unreadable" message and
leave nothing behind.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_facts import EXPECTED, GARBLED

from tailor_app import db, importer, paths
from tailor_app.tailoring.reading import ResumeReadError

pytestmark = pytest.mark.corpus



@pytest.fixture
def user_id(tmp_path: Path) -> Iterator[str]:
    db.init_db(tmp_path / "corpus.db")
    yield db.get_or_create_local_user()
    db.close_db()


def test_corpus_list_is_complete(corpus_dir: Path) -> None:
    names = {p.name for p in (corpus_dir / "resumes").iterdir() if p.is_file()}
    assert names == set(EXPECTED) | {GARBLED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_resume_imports_with_its_owner_details(
        corpus_dir: Path, user_id: str, name: str) -> None:
    source = corpus_dir / "resumes" / name
    record = importer.import_resume(source, user_id)
    assert record["duplicate"] is False
    assert Path(record["stored_path"]).read_bytes() == source.read_bytes()
    assert record["char_count"] > 500
    assert EXPECTED[name] in record["parsed_text"]
    assert importer.import_resume(source, user_id)["id"] == record["id"]


def test_garbled_pdf_is_refused_clearly(corpus_dir: Path, user_id: str) -> None:
    with pytest.raises(ResumeReadError, match="garbled") as info:
        importer.import_resume(corpus_dir / "resumes" / GARBLED, user_id)
    assert info.value.code == "unreadable"
    assert importer.list_resumes(user_id) == []
    assert list(paths.resumes_dir().iterdir()) == []
