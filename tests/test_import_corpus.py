"""Every real resume of the shared corpus imports through the whole import path.

The e-mail addresses are the ones printed on each document (see the corpus
MANIFEST); the wkhtmltopdf export has none in its text layer, and the Chinese XeTeX
PDF has broken font maps, so it must be refused with a clear "unreadable" message
and leave nothing behind.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tailor_app import db, importer, paths
from tailor_app.tailoring.reading import ResumeReadError

pytestmark = pytest.mark.corpus

EMAILS = {
    "altacv_two-column_mmayer.pdf": "mmayer@yahoo-inc.com",
    "awesome-cv_resume.pdf": "posquit0.bj@gmail.com",
    "deedy_two-column_openfonts.pdf": "dd367@cornell.edu",
    "hackmyresume_jane.txt": "jdoe@onecoolstartup.io",
    "hackmyresume_jane_wkhtmltopdf.pdf": None,
    "open-resume_builder_react-pdf.pdf": "hello@openresume.com",
    "open-resume_laverne_word-mac.pdf": "lleopard@laverne.edu",
    "pandoc-resume_johnny_coder.md": "email@example.com",
    "pandoc-resume_johnny_coder_context.pdf": "email@example.com",
    "pandoc-resume_johnny_coder_pandoc.docx": "email@example.com",
    "presume_sample_person_libreoffice.docx": "spi@gmail.com",
    "rendercv_classic_typst.pdf": "john.doe@email.com",
    "resume-maker_python-docx.docx": "mirsadatbinrakib01@gmail.com",
    "resume-matcher_harvey_dent_moderncv.pdf": "hdent@email.com",
    "resume-matcher_modern-two-column_chromium.pdf": "john.doe@email.com",
    "sb2nov_sourabh_bajaj.pdf": "sourabh@sourabhbajaj.com",
}
GARBLED = "billryan_resume_zh-CN_xetex.pdf"


@pytest.fixture
def user_id(tmp_path: Path) -> Iterator[str]:
    db.init_db(tmp_path / "corpus.db")
    yield db.get_or_create_local_user()
    db.close_db()


def test_corpus_list_is_complete(corpus_dir: Path) -> None:
    names = {p.name for p in (corpus_dir / "resumes").iterdir() if p.is_file()}
    assert names == set(EMAILS) | {GARBLED}


@pytest.mark.parametrize("name", sorted(EMAILS))
def test_real_resume_imports_with_its_email(corpus_dir: Path, user_id: str, name: str) -> None:
    source = corpus_dir / "resumes" / name
    record = importer.import_resume(source, user_id)
    assert record["duplicate"] is False
    assert Path(record["stored_path"]).read_bytes() == source.read_bytes()
    assert record["char_count"] > 500
    if EMAILS[name] is not None:
        assert EMAILS[name] in record["parsed_text"]
    assert importer.import_resume(source, user_id)["id"] == record["id"]


def test_garbled_pdf_is_refused_clearly(corpus_dir: Path, user_id: str) -> None:
    with pytest.raises(ResumeReadError, match="garbled") as info:
        importer.import_resume(corpus_dir / "resumes" / GARBLED, user_id)
    assert info.value.code == "unreadable"
    assert importer.list_resumes(user_id) == []
    assert list(paths.resumes_dir().iterdir()) == []
