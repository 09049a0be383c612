"""Resume readers on files the tests make themselves (see tests/factories.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from factories import (
    SAMPLE_RESUME,
    make_docx,
    make_encrypted_pdf,
    make_image_only_pdf,
    make_pdf,
    make_text,
    make_two_column_pdf,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from tailor_app.tailoring.model import ResumeDocument
from tailor_app.tailoring.reading import ResumeReadError, read_resume
from tailor_app.tailoring.text import (
    looks_garbled,
    normalize_line,
    normalize_text,
    strip_icon_names,
)


def _consistent(doc: ResumeDocument) -> ResumeDocument:
    assert doc.text == "\n".join(line.text for line in doc.lines)
    return doc


def _code(path: Path, **kwargs: int) -> str:
    with pytest.raises(ResumeReadError) as info:
        read_resume(path, **kwargs)
    message = str(info.value)
    assert message.endswith("."), message  # one sentence for the user
    assert isinstance(info.value, ValueError)
    return info.value.code


# ------------------------------------------------------------------ error codes


def test_unsupported_extension_names_the_supported_formats(tmp_path: Path) -> None:
    path = tmp_path / "resume.pages"
    path.write_bytes(b"anything")
    with pytest.raises(ResumeReadError) as info:
        read_resume(path)
    assert info.value.code == "unsupported"
    for fmt in ("PDF", "docx", ".odt", ".rtf", "txt", "md"):
        assert fmt in str(info.value)


def test_old_word_doc_is_unsupported_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "resume.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert _code(path) == "unsupported"
    renamed = tmp_path / "renamed.docx"
    renamed.write_bytes(path.read_bytes())
    with pytest.raises(ResumeReadError, match=r"\.docx") as info:
        read_resume(renamed)
    assert info.value.code == "unsupported"


def test_empty_file(tmp_path: Path) -> None:
    for name in ("a.pdf", "a.docx", "a.txt"):
        (tmp_path / name).write_bytes(b"")
        assert _code(tmp_path / name) == "empty"


def test_too_large_says_the_limit(tmp_path: Path) -> None:
    path = make_text(tmp_path / "big.txt", "word " * 1000)
    with pytest.raises(ResumeReadError, match=r"4\.9 KB, over the 1 KB limit") as info:
        read_resume(path, max_bytes=1024)
    assert info.value.code == "too_large"
    huge = make_text(tmp_path / "huge.txt", "x" * (2 * 1024 * 1024))
    with pytest.raises(ResumeReadError, match="2 MB, over the 1 MB limit"):
        read_resume(huge, max_bytes=1024 * 1024)
    assert read_resume(huge, max_bytes=3 * 1024 * 1024).text.startswith("xxx")


@pytest.mark.allow_log("pypdf", "EOF marker not found")
def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage")
    assert _code(path) == "corrupt"


def test_corrupt_docx(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx").read_bytes()
    path = tmp_path / "broken.docx"
    path.write_bytes(good[: len(good) // 2])
    assert _code(path) == "corrupt"


def test_encrypted_pdf(tmp_path: Path) -> None:
    with pytest.raises(ResumeReadError, match="password") as info:
        read_resume(make_encrypted_pdf(tmp_path / "locked.pdf", "s3cret"))
    assert info.value.code == "encrypted"


def test_scanned_pdf_is_no_text(tmp_path: Path) -> None:
    with pytest.raises(ResumeReadError, match="scanned") as info:
        read_resume(make_image_only_pdf(tmp_path / "scan.pdf", pages=2))
    assert info.value.code == "no_text"


def test_extension_mismatch(tmp_path: Path) -> None:
    docx_bytes = make_docx(tmp_path / "real.docx").read_bytes()
    pdf_bytes = make_pdf(tmp_path / "real.pdf").read_bytes()
    cases = {
        "docx_as.pdf": docx_bytes,
        "pdf_as.docx": pdf_bytes,
        "pdf_as.txt": pdf_bytes,
        "binary.txt": bytes(range(256)) * 8,
        "plain.docx": b"Just some text, not a Word file.\n" * 5,
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        assert _code(tmp_path / name) == "mismatch", name
    archive = tmp_path / "not_word.docx"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(ResumeReadError, match="Excel"):
        read_resume(archive)


def test_document_without_text_is_no_text(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "blank.docx", [("para", ""), ("para", "   ")])
    assert _code(path) == "no_text"
    assert _code(make_text(tmp_path / "blank.txt", "\n \n\t\n")) == "no_text"


def test_garbled_text_is_unreadable(tmp_path: Path) -> None:
    # The shape of the corpus's Chinese XeTeX PDF: glyphs mapped to random scripts.
    garbled = "୆֥ն଀ ࢝ტМࣟ ഈࢌݚ๙ն࿐ ᄝ؀ණൖ࿹࣮ള ྐ༏ა๙ྐ۽ӱ ༆ν׈ሰ॓࠯ն࿐\n" * 5
    path = make_text(tmp_path / "garbled.txt", "Name xxx@example.com\n" + garbled)
    assert _code(path) == "unreadable"


def test_missing_file_is_reported_not_raised_raw(tmp_path: Path) -> None:
    assert _code(tmp_path / "gone.pdf") == "unreadable"


# ------------------------------------------------------------------------- PDF


def test_pdf_lines_hints_and_page_count(tmp_path: Path) -> None:
    doc = _consistent(read_resume(make_pdf(tmp_path / "r.pdf", [SAMPLE_RESUME] * 2)))
    assert doc.source_format == "pdf"
    assert doc.page_count == 2
    assert doc.lines[0].text == "Alex Morgan"
    assert doc.lines[0].bold is True
    assert doc.lines[0].size and doc.lines[0].size > doc.lines[1].size  # type: ignore[operator]
    # The right-aligned dates stay on their role's line.
    assert "Registered Nurse, St. Mary Hospital  Jan 2019 - Present" in doc.text.splitlines()
    assert {line.page for line in doc.lines} == {0, 1}


def test_two_column_pdf_reads_column_by_column(tmp_path: Path) -> None:
    # Ragged lines like real columns; both columns share every baseline, so reading
    # by height alone would interleave them.
    left = ["# Skills", "Sidebar: IV therapy", "Sidebar: wound care", "Sidebar: BLS",
            "Sidebar: ACLS certified", "Sidebar: Epic charting", "Sidebar: triage",
            "Sidebar: patient education", "Sidebar: Spanish", "# Education",
            "Sidebar: BSN, Oregon State", "Sidebar: 2016"]
    right = ["# Experience", "Main: Registered Nurse, St. Mary Hospital",
             "Main: cared for 6 patients per shift", "Main: trained 12 new nurses",
             "Main: cut charting errors by 30% with checklists",
             "Main: Nursing Assistant, Green Valley Clinic", "Main: recorded vital signs",
             "Main: supported daily living activities", "# Volunteering",
             "Main: Red Cross blood drives, 2015 - 2019", "Main: first aid instructor"]
    doc = _consistent(read_resume(make_two_column_pdf(
        tmp_path / "two.pdf", left, right, header=["# Jordan Lee"])))
    lines = [line.text for line in doc.lines if line.text]
    assert lines[0] == "Jordan Lee"
    left_pos = [lines.index(t.removeprefix("# ")) for t in left]
    right_pos = [lines.index(t.removeprefix("# ")) for t in right]
    assert left_pos == sorted(left_pos) and right_pos == sorted(right_pos)
    assert max(left_pos) < min(right_pos), "columns were interleaved"
    assert not any("Sidebar" in t and "Main:" in t for t in lines)


def test_single_column_pdf_is_not_split_into_columns(tmp_path: Path) -> None:
    rows = [(f"Project manager role {i}, Company {i}", f"{2000 + i} - {2001 + i}")
            for i in range(12)]
    doc = read_resume(make_pdf(tmp_path / "rows.pdf", [["# Experience", *rows]]))
    for title, dates in rows:
        assert f"{title}  {dates}" in doc.text.splitlines()


def test_pdf_hyphenated_line_end_is_rejoined(tmp_path: Path) -> None:
    lines = ["# Summary", "Solved a hard scheduling prob-", "lem for 40 nurses in the ward,",
             "and a self-", "driven rota for the team.", *SAMPLE_RESUME]
    doc = read_resume(make_pdf(tmp_path / "hy.pdf", [lines]))
    assert "Solved a hard scheduling problem" in doc.text
    assert "for 40 nurses in the ward," in doc.text
    assert "self-driven" in doc.text


# ------------------------------------------------------------------------ DOCX


def test_docx_styles_bullets_and_order(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "r.docx", [
        ("heading", "Sam Rivera", 0),
        ("heading", "Experience", 1),
        ("para", "Teacher, Lincoln High\tSep 2018 - Present"),
        ("bullet", "Raised reading scores by 15%"),
        ("numbered", "Led the science club"),
        ("bold", "Certifications"),
        ("breaks", ["Line one of a paragraph", "Line two after a break"]),
    ])
    doc = _consistent(read_resume(path))
    by_text = {line.text: line for line in doc.lines}
    assert by_text["Sam Rivera"].style == "Title"
    assert by_text["Experience"].style == "Heading 1"
    assert by_text["Raised reading scores by 15%"].is_bullet
    assert by_text["Raised reading scores by 15%"].style == "List Bullet"
    assert by_text["Led the science club"].is_bullet
    assert not by_text["Sam Rivera"].is_bullet
    assert by_text["Certifications"].bold is True
    assert "Teacher, Lincoln High  Sep 2018 - Present" in by_text
    texts = [line.text for line in doc.lines]
    assert texts.index("Line one of a paragraph") + 1 == texts.index("Line two after a break")


def test_docx_tables_in_reading_order_and_headers_first(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "t.docx",
        [
            ("para", "Before the table"),
            ("table", [["Nurse, City Clinic", "2019 - 2021"],
                       [["Left cell para 1", "Left cell para 2"], "Right cell"],
                       ["Outer", ("table", [["Nested A", "Nested B"]])]]),
            ("para", "After the table"),
        ],
        header=["Pat Quinn", "pat.quinn@example.com"],
        footer=["References on request", "3"],
        first_page_header=["Pat Quinn - first page"],
    )
    doc = _consistent(read_resume(path))
    texts = [line.text for line in doc.lines]
    assert texts[0] == "Pat Quinn - first page"
    assert {"Pat Quinn", "pat.quinn@example.com"} <= set(texts[:3])
    assert doc.lines[0].source == "header"
    order = ["Before the table", "Nurse, City Clinic  2019 - 2021", "Left cell para 1",
             "Left cell para 2", "Right cell", "Outer", "Nested A  Nested B",
             "After the table", "References on request"]
    assert [texts.index(t) for t in order] == sorted(texts.index(t) for t in order)
    assert texts[-1] == "References on request"
    assert "3" not in texts  # a bare page number in the footer is dropped
    assert next(li for li in doc.lines if li.text == "Right cell").source == "table"


# ------------------------------------------------------------------- TXT and MD


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-8", False), ("utf-8", True), ("utf-16-le", True), ("utf-16-be", True),
    ("utf-16-le", False), ("cp1252", False),
])
def test_text_encodings(tmp_path: Path, encoding: str, bom: bool) -> None:
    text = "José Müller — Café manager\nSkills: café operations, “customer service”\n"
    doc = _consistent(read_resume(make_text(tmp_path / "r.txt", text, encoding, bom)))
    assert doc.lines[0].text == "José Müller — Café manager"
    assert "“customer service”" in doc.text
    assert "\ufeff" not in doc.text


def test_plain_text_rules_and_markdown_leftovers(tmp_path: Path) -> None:
    text = ("Jane Doe\nEmail: jane@example.com\n" + "=" * 40 + "\n\n"
            "**Seasoned nurse** with 8 years\n\nSKILLS " + "-" * 30 + "\n\n"
            "- Triage: BLS ACLS\nSee [my site](https://jane.example.com)\n")
    doc = _consistent(read_resume(make_text(tmp_path / "r.txt", text)))
    texts = [line.text for line in doc.lines]
    assert not any(set(t) <= {"=", "-"} and t for t in texts)
    skills = next(line for line in doc.lines if line.text == "SKILLS")
    assert skills.style == "Heading 1"
    assert "Seasoned nurse with 8 years" in texts
    assert "See my site (https://jane.example.com)" in texts
    assert next(line for line in doc.lines if "Triage" in line.text).is_bullet


def test_markdown_is_stripped_to_text_with_hints(tmp_path: Path) -> None:
    md = ("Johnny Coder\n============\n\n> Quote line one\\\n> line two\n\n----\n\n"
          "## Skills\n\n* **Python**, `SQL` and [Docs](http://docs.example.com)\n"
          "1. Numbered item\n*Thesis: Deep Learning for\n Estimation*\n\n"
          "2010-2014\n:   **PhD, Computer Science**; Uni\n"
          "\nContact <me@example.com>\n")
    doc = _consistent(read_resume(make_text(tmp_path / "r.md", md)))
    by_text = {line.text: line for line in doc.lines}
    assert by_text["Johnny Coder"].style == "Heading 1"
    assert by_text["Skills"].style == "Heading 2"
    assert by_text["Python, SQL and Docs (http://docs.example.com)"].is_bullet
    assert by_text["Numbered item"].is_bullet
    assert "Thesis: Deep Learning for" in by_text and "Estimation" in by_text
    assert "Quote line one" in by_text and "line two" in by_text
    assert "PhD, Computer Science; Uni" in by_text
    assert "Contact me@example.com" in by_text
    assert not any(c in doc.text for c in "*#`>")
    assert doc.source_format == "md"


# ---------------------------------------------------------------- normalisation


def test_normalisation_of_real_world_characters() -> None:
    assert normalize_line("ﬁxed classiﬁcation ﬂoat") == "fixed classification float"
    assert normalize_line("Mar. 2010\u00adAug. 2017") == "Mar. 2010-Aug. 2017"
    assert normalize_line("high\u00adimpact") == "high-impact"
    assert normalize_line("hyphen\u00ad") == "hyphen"
    assert normalize_line("(909)\t\r \u00a0555-\u00ad\u20105555") == "(909) 555-5555"
    assert normalize_line("Leo\t\r \u00a0Leopard") == "Leo Leopard"
    assert normalize_line("\uf0e0 john@example.com \uf0c1 site.com") == \
        "john@example.com site.com"
    assert normalize_line("zero\u200bwidth\ufeff non\u2011breaking \u22125") == \
        "zerowidth non-breaking -5"
    assert normalize_line("Engineer    2019 - 2021   ") == "Engineer  2019 - 2021"
    # A lone CR is Word-for-Mac layout noise inside a line ("Leo\t\r Leopard").
    assert normalize_text("a\r\nb\rc") == "a\nb c"


def test_icon_names_are_stripped_but_words_are_not() -> None:
    assert strip_icon_names("♂¶obile-alt (123) 456-7891") == "(123) 456-7891"
    assert strip_icon_names("/linkedin-in hdent") == "hdent"
    assert strip_icon_names("/linkedin marissamayer /xicon @mm /gl⌢be mm.tumblr.com") == \
        "marissamayer @mm mm.tumblr.com"
    assert strip_icon_names("a | HOUSE-CHIMNEY www.site.com | LINKEDIN me") == \
        "a | www.site.com | LINKEDIN me"
    assert strip_icon_names("/heartbeatPersistence & Loyalty") == "Persistence & Loyalty"
    for keep in ("see /home for details", "I like /github", "Cross-functional lead",
                 "Used /usr/bin tools", "Phone: 555-0100", "github.com/linkedin"):
        assert strip_icon_names(keep) == keep


def test_looks_garbled() -> None:
    assert not looks_garbled("Jane Doe, nurse. Speaks Español, Русский и 日本語を話します.")
    assert not looks_garbled("")
    assert looks_garbled("ഈࢌݚ๙ն࿐ ᄝ؀ණൖ࿹࣮ള ྐ༏ა๙ྐ۽ӱ ༆ν׈ሰ॓࠯ն࿐ ࿐ൖ ๙ྐ۽ӱ golang")
    assert looks_garbled("Name " + "\ufffd" * 40)


@given(st.text())
def test_normalize_text_never_raises_and_is_idempotent(s: str) -> None:
    once = normalize_text(s)
    assert normalize_text(once) == once
    assert normalize_line(normalize_line(s)) == normalize_line(s)
    strip_icon_names(once)
    looks_garbled(s)


# ------------------------------------------------------------ fast tokenizer


def _same(a: object, b: object) -> bool:
    """Equal values of the same pypdf types, recursively."""
    if type(a) is not type(b):
        return False
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return a == b


def assert_fast_parse_matches_pypdf(path: Path) -> int:
    """Every page's operations from our tokenizer equal pypdf's own parse."""
    import pypdf
    from pypdf.generic import ContentStream

    from tailor_app.tailoring.reading.pdf_fastparse import parse_operations

    reader = pypdf.PdfReader(path)
    for page in reader.pages:
        stream = ContentStream(page["/Contents"], reader, "bytes")
        ours = parse_operations(stream.get_data())
        assert ours is not None
        theirs = stream.operations
        assert len(ours) == len(theirs)
        for (ops_a, name_a), (ops_b, name_b) in zip(ours, theirs, strict=True):
            assert name_a == name_b and _same(ops_a, ops_b), (name_a, ops_a, ops_b)
    return len(reader.pages)


def test_fast_content_parser_equals_pypdf(tmp_path: Path) -> None:
    assert assert_fast_parse_matches_pypdf(make_pdf(tmp_path / "a.pdf", [SAMPLE_RESUME] * 2)) == 2
    assert assert_fast_parse_matches_pypdf(
        make_two_column_pdf(tmp_path / "b.pdf", ["a (b) \\ c"], ["x"], header=["é ü"]))


def test_fast_content_parser_handles_pdf_syntax_and_declines_the_rest() -> None:
    from pypdf.generic import ArrayObject, ByteStringObject, DictionaryObject

    from tailor_app.tailoring.reading.pdf_fastparse import parse_operations

    ops = parse_operations(
        b"BT /F1 12 Tf 1 0 0 1 72.5 -3 Tm [(a\\(b\\)\\\\c\\101\\\nd) -250 <48 65>] TJ ET "
        b"/P <</MCID 0>> BDC (x (nested) y) Tj EMC % comment\n"
    )
    assert ops is not None
    assert [name for _, name in ops] == [b"BT", b"Tf", b"Tm", b"TJ", b"ET", b"BDC", b"Tj", b"EMC"]
    tj = ops[3][0][0]
    assert isinstance(tj, ArrayObject)
    assert tj[0] == ByteStringObject(b"a(b)\\cAd") and tj[1] == -250
    assert tj[2] == ByteStringObject(b"He")
    assert isinstance(ops[5][0][1], DictionaryObject)
    assert ops[6][0][0] == ByteStringObject(b"x (nested) y")
    for declined in (b"BI /W 1 /H 1 ID \x00 EI", b"/Na#20me Do", b"[(a) Tj", b"(open"):
        assert parse_operations(declined) is None


@given(st.text(alphabet=st.sampled_from(
    list(" \t\u00a0\u00ad\u2010ﬁAbz19-–\ue001\u200b\r\x07é李.,")), max_size=30))
@settings(max_examples=300, deadline=None)
def test_fast_path_of_normalize_line_agrees_with_the_full_pass(line: str) -> None:
    from tailor_app.tailoring import text

    full = text._normalize_once(line)
    for _ in range(3):
        again = text._normalize_once(full)
        if again == full:
            break
        full = again
    assert text.normalize_line(line) == full
