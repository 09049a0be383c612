"""LibreOffice .odt, .rtf and Word XML read like the .docx they were saved from.

The fixtures in tests/data/formats/ were written by LibreOffice from our own
nurse.docx (scripts/make_format_fixtures.py), so each reader is tested on what a
real word processor writes; the hand-written RTF below is shaped like Word's own.
"""

from __future__ import annotations

import base64
import io
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tailor_app import db, importer, job_processor
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.reading import ResumeReadError, read_resume
from tailor_app.tailoring.resume.parser import parse_resume

FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"
SAVED_FROM_DOCX = ["nurse.odt", "nurse.rtf", "nurse_word2003.xml"]


def _hints(path: Path) -> list[tuple[str, bool, bool, str]]:
    """What the parser relies on: text, a heading style, a list item, where it was."""
    return [(line.text, (line.style or "").lower().startswith("heading"), line.is_bullet,
             line.source) for line in read_resume(path).lines]


@pytest.mark.parametrize("name", SAVED_FROM_DOCX)
def test_saved_copy_reads_line_for_line_like_the_docx(name: str) -> None:
    assert _hints(FORMATS / name) == _hints(FORMATS / "nurse.docx")


@pytest.mark.parametrize("name", SAVED_FROM_DOCX)
def test_saved_copy_parses_into_the_same_sections_and_roles(name: str) -> None:
    original = parse_resume(read_resume(FORMATS / "nurse.docx"))
    copy = parse_resume(read_resume(FORMATS / name))
    assert [s.kind for s in copy.sections] == [s.kind for s in original.sections]
    assert ([len(s.entries) for s in copy.sections]
            == [len(s.entries) for s in original.sections])
    experience = next(s for s in copy.sections if s.kind == "experience")
    assert "Charge Nurse" in " ".join(experience.entries[0].header)
    assert len(experience.entries[0].bullets) == 3
    assert copy.contact.email == "renee.okafor@example.org"


@pytest.mark.parametrize(("name", "fmt"), [("nurse.rtf", "rtf"),
                                           ("nurse_word2003.xml", "xml"),
                                           ("nurse.docx", "docx")])
def test_a_doc_that_word_saved_as_rtf_xml_or_docx_reads(tmp_path: Path, name: str,
                                                        fmt: str) -> None:
    renamed = tmp_path / "resume.doc"
    shutil.copy(FORMATS / name, renamed)
    doc = read_resume(renamed)
    assert doc.source_format == fmt
    assert "Charge Nurse, Miami Valley Hospital  2019 – Present" in doc.text


def _flat_opc(docx: Path) -> bytes:
    """The .docx as Word's single-file "Word XML Document" (pkg:package): each part
    inline with its content type, and no [Content_Types].xml of its own."""
    parts = []
    with zipfile.ZipFile(docx) as archive:
        types = ElementTree.fromstring(archive.read("[Content_Types].xml"))
        defaults = {d.get("Extension"): d.get("ContentType") for d in types
                    if d.tag.endswith("Default")}
        overrides = {o.get("PartName"): o.get("ContentType") for o in types
                     if o.tag.endswith("Override")}
        for info in archive.infolist():
            if info.filename == "[Content_Types].xml":
                continue
            data = archive.read(info)
            name = "/" + info.filename
            kind = overrides.get(name) or defaults.get(name.rsplit(".", 1)[-1])
            if info.filename.endswith((".xml", ".rels")):
                body = data.decode("utf-8")
                if body.startswith("<?xml"):
                    body = body[body.index("?>") + 2:]
                parts.append(f'<pkg:part pkg:name="{name}" pkg:contentType="{kind}">'
                             f"<pkg:xmlData>{body}</pkg:xmlData></pkg:part>")
            else:
                parts.append(f'<pkg:part pkg:name="{name}" pkg:contentType="{kind}">'
                             f"<pkg:binaryData>{base64.b64encode(data).decode()}"
                             "</pkg:binaryData></pkg:part>")
    return ('<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Word.Document"?>'
            '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
            + "".join(parts) + "</pkg:package>").encode("utf-8")


def test_word_flat_xml_package_reads_like_the_docx(tmp_path: Path) -> None:
    flat = tmp_path / "resume.xml"
    flat.write_bytes(_flat_opc(FORMATS / "nurse.docx"))
    assert _hints(flat) == _hints(FORMATS / "nurse.docx")


# A shape Word itself writes: a stylesheet, a page header, code-page and Unicode
# escapes (an emoji as two UTF-16 surrogates), a field whose result is the text, a
# numbered list item with its \listtext, a table row, and destinations to skip.
WORD_RTF = (
    rb"{\rtf1\ansi\ansicpg1252\deff0\uc1{\fonttbl{\f0 Calibri;}{\f1 Symbol;}}"
    rb"{\colortbl;\red0\green0\blue0;}"
    rb"{\stylesheet{\s0\fs22 Normal;}{\s1\b\fs32 heading 1;}{\*\cs10 Default Paragraph Font;}}"
    rb"{\*\generator Microsoft Word 16;}{\info{\author Someone Else}}"
    rb"{\header\pard\plain\s0 Jos\'e9 Mart\'ednez \u-10179\'3f\u-8994\'3f 555-0100\par}"
    rb"\pard\plain\s0\b\fs36 Jos\'e9 Mart\'ednez\par"
    rb"\pard\plain\s1\b\fs32 Experience\par"
    rb"\trowd\cellx4000\cellx8000\pard\intbl\plain Line Cook, Caf\'e9 Lumi\'e8re\cell"
    rb"\pard\intbl\plain 2020 \endash  2024\cell\row"
    rb"{\listtext\pard\plain\f1 \'b7\tab}\pard\plain\ls1\ilvl0 Prepped 300 covers a night on the"
    rb" line\par"
    rb"{\listtext\pard\plain\f1 \'b7\tab}\pard\plain\ls1\ilvl0 Kept HACCP logs{\*\bkmkstart x}"
    rb"{\*\bkmkend x}\par"
    rb"\pard\plain\s1\b\fs32 Links\par"
    rb"\pard\plain {\field{\*\fldinst HYPERLINK \"https://example.org\"}{\fldrslt portfolio"
    rb"}}\line second line\par"
    rb"{\pict\pngblip 89504e470d0a}"
    rb"}"
)


def test_word_style_rtf(tmp_path: Path) -> None:
    path = tmp_path / "cook.rtf"
    path.write_bytes(WORD_RTF)
    lines = read_resume(path).lines
    texts = [line.text for line in lines]
    assert texts == [
        "José Martínez 📞 555-0100",
        "José Martínez",
        "Experience",
        "Line Cook, Café Lumière  2020 – 2024",
        "Prepped 300 covers a night on the line",
        "Kept HACCP logs",
        "Links",
        "portfolio",
        "second line",
    ]
    assert lines[0].source == "header"
    heading = lines[2]
    assert heading.style == "heading 1" and heading.bold and heading.size == 16
    assert lines[1].size == 18 and lines[1].style is None  # Normal is no style hint
    assert lines[3].source == "table"
    assert [line.is_bullet for line in lines[4:7]] == [True, True, False]
    assert "Someone Else" not in " ".join(texts)  # document info is not the resume


def test_rtf_in_another_code_page(tmp_path: Path) -> None:
    path = tmp_path / "cv.rtf"
    path.write_bytes(rb"{\rtf1\ansi\ansicpg1251 \'c8\'e2\'e0\'ed \'cf\'e5\'f2\'f0\'ee\'e2"
                     rb"\par Python, SQL\par}")
    assert read_resume(path).text == "Иван Петров\nPython, SQL"


def _odt_with(content: bytes, mimetype: bytes = b"application/vnd.oasis.opendocument.text"
              ) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", mimetype)
        archive.writestr("content.xml", content)
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "data", "code", "words"), [
    ("cv.odt", b"just some text, not a zip", "mismatch", ".odt"),
    ("cv.odt", _odt_with(b"<x/>", b"application/vnd.oasis.opendocument.spreadsheet"),
     "mismatch", "spreadsheet"),
    ("cv.odt", _odt_with(b"<office:document-content"), "corrupt", "damaged"),
    ("cv.rtf", b"Plain words in a file named .rtf", "mismatch", "Rich Text"),
    ("cv.xml", b"<?xml version='1.0'?><rss><channel/></rss>", "mismatch", "not a Word"),
    ("cv.xml", b"<?xml version='1.0'?><w:wordDocument xmlns:w='x'/>", "mismatch",
     "not a Word"),
    ("cv.xml", b"<?xml version='1.0'?><w:wordDocument xmlns:w='x'><w:body>", "corrupt",
     "damaged"),
    ("cv.doc", b"Plain words in a file named .doc", "mismatch", "not a Word"),
    ("cv.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "unsupported", "old Word"),
])
def test_bad_files_say_what_to_do(tmp_path: Path, name: str, data: bytes, code: str,
                                  words: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ResumeReadError) as info:
        read_resume(path)
    assert info.value.code == code
    assert words in str(info.value)


def test_truncated_odt_is_damaged_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "cut.odt"
    path.write_bytes((FORMATS / "nurse.odt").read_bytes()[:4000])
    with pytest.raises(ResumeReadError) as info:
        read_resume(path)
    assert info.value.code in ("corrupt", "mismatch")


@pytest.fixture
def user_id(tmp_path: Path) -> Iterator[str]:
    db.init_db(tmp_path / "formats.db")
    yield db.get_or_create_local_user()
    db.close_db()


@pytest.mark.parametrize("name", SAVED_FROM_DOCX)
def test_import_and_tailor_each_format(tmp_path: Path, user_id: str, name: str) -> None:
    source = tmp_path / name
    shutil.copy(FORMATS / name, source)
    record = importer.import_resume(source, user_id)
    assert "Kettering Health" in record["parsed_text"]
    job = job_processor.process_job(
        user_id, record["id"],
        "ICU Registered Nurse. Requirements: active RN licence, BLS and ACLS, Epic charting, "
        "3+ years of acute care nursing. Preferred: PALS, telemetry experience.")
    assert job["status"] == "COMPLETED", job["error_message"]
    assert "Kettering Health" in job["tailored_resume_text"]


def test_tailoring_an_odt_keeps_every_bullet() -> None:
    result = tailor(read_resume(FORMATS / "nurse.odt"),
                    "Charge nurse. Must have BLS, ACLS and Epic. Telemetry a plus.")
    assert result.guard.ok
    for bullet in ("Led a team of 9 nurses", "Cut telemetry alarm response time",
                   "Administered IV therapy"):
        assert bullet in result.text


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([b"{\\rtf1 ", b"{\\rtf1{\\stylesheet",
                                                 b"{\\rtf1\\ansicpg1251{\\header "]))
def test_any_rtf_bytes_read_or_fail_with_a_message(tail: bytes, head: bytes) -> None:
    from tailor_app.tailoring.reading.rtf_reader import read_rtf

    try:
        lines = read_rtf(head + tail)
    except ResumeReadError as exc:
        assert str(exc).endswith(".")
    else:
        assert all("\n" not in line.text for line in lines)


def test_deeply_nested_rtf_groups_read(tmp_path: Path) -> None:
    path = tmp_path / "deep.rtf"
    path.write_bytes(b"{\\rtf1 " + b"{" * 50_000 + b"Nurse" + b"}" * 50_000 + b"}")
    assert read_resume(path).text == "Nurse"
