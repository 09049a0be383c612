"""Resume readers on the shared corpus of real files (skipped when it is absent).

What each file makes hard is in the corpus's MANIFEST.md; the checks here are
the ones a user would make on the imported text: is my e-mail there, are my two
columns still two separate columns, are dates on their role's line, are words
whole (no "ﬁ", no soft hyphens, no words glued together).
"""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest
from corpus_facts import EXPECTED, GARBLED

from tailor_app.tailoring.reading import ResumeReadError, read_resume
from tailor_app.tailoring.text import normalize_text

pytestmark = pytest.mark.corpus



def _lines(corpus_dir: Path, name: str) -> list[str]:
    return [line.text for line in read_resume(corpus_dir / "resumes" / name).lines]


def test_every_expected_file_is_listed(corpus_dir: Path) -> None:
    on_disk = {p.name for p in (corpus_dir / "resumes").iterdir()}
    assert on_disk == set(EXPECTED) | {GARBLED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_resume_reads_and_keeps_its_owner(corpus_dir: Path, name: str) -> None:
    doc = read_resume(corpus_dir / "resumes" / name)
    assert EXPECTED[name] in doc.text
    assert doc.text == "\n".join(line.text for line in doc.lines)
    # Normalised: no ligatures, soft hyphens, tabs, NBSPs or icon code points left.
    assert not re.search("[\ufb00-\ufb06\u00ad\t\u00a0\ue000-\uf8ff]", doc.text)
    assert doc.source_format == name.rsplit(".", 1)[1]
    if doc.source_format == "pdf":
        assert doc.page_count == len(pypdf.PdfReader(corpus_dir / "resumes" / name).pages)


def test_chinese_xetex_pdf_with_broken_font_maps_is_unreadable(corpus_dir: Path) -> None:
    with pytest.raises(ResumeReadError) as info:
        read_resume(corpus_dir / "resumes" / GARBLED)
    assert info.value.code == "unreadable"


def _assert_in_order(lines: list[str], markers: list[str]) -> None:
    positions = [lines.index(m) for m in markers]
    assert positions == sorted(positions), list(zip(markers, positions, strict=True))


def test_deedy_two_columns_are_not_interleaved(corpus_dir: Path) -> None:
    lines = _lines(corpus_dir, "deedy_two-column_openfonts.pdf")
    left = ["EDUCATION", "LINKS", "COURSEWORK", "SKILLS", "Java • Shell • Python • Javascript"]
    right = ["EXPERIENCE", "RESEARCH", "AWARDS", "PUBLICATIONS",
             "• I created the Meme generator and more in PHP and Shell."]
    _assert_in_order(lines, left)
    _assert_in_order(lines, right[:4])
    assert max(lines.index(m) for m in left) < min(lines.index(m) for m in right)


def test_altacv_main_column_before_sidebar(corpus_dir: Path) -> None:
    lines = _lines(corpus_dir, "altacv_two-column_mmayer.pdf")
    _assert_in_order(lines, [
        "EXPERIENCE",
        "• Acquired Tumblr for $1.1 billion and moved the company’s blog there",
        "A DAY OF MY LIFE", "LIFE PHILOSOPHY", "MOST PROUD OF", "STRENGTHS", "LANGUAGES",
        "EDUCATION", "PUBLICATIONS", "REFEREES",
    ])


def test_chromium_sidebar_comes_after_the_main_column(corpus_dir: Path) -> None:
    lines = _lines(corpus_dir, "resume-matcher_modern-two-column_chromium.pdf")
    assert lines[0] == "John Doe"  # the name is drawn last, but sits at the top
    _assert_in_order(lines, [
        "SUMMARY", "EXPERIENCE", "Senior Software Engineer  Jan 2023 - Present",
        "PROJECTS", "EDUCATION", "SKILLS", "LINKS",
    ])
    assert not any("EDUCATION" in line and line != "EDUCATION" for line in lines)


def test_dates_stay_on_their_role_line(corpus_dir: Path) -> None:
    moderncv = _lines(corpus_dir, "resume-matcher_harvey_dent_moderncv.pdf")
    # The margin cell "2021 –" / "Present" is one date range on the role's line.
    assert "2021 – Present Machine Learning Engineer, OpenAI, San Francisco, USA" in moderncv
    assert not any(line.startswith("Present") for line in moderncv)
    assert moderncv[:2] == ["Harvey Dent", "Machine Learning Engineer"]
    typst = _lines(corpus_dir, "rendercv_classic_typst.pdf")
    # The place and the dates below it in the right column belong to the heading row.
    assert ("PhD Princeton University, Computer Science  Princeton, NJ  "
            "Sept 2018 – May 2023") in typst
    assert ("• Thesis: Efficient Neural Architecture Search for Resource-Constrained "
            "Deployment") in typst
    awesome = _lines(corpus_dir, "awesome-cv_resume.pdf")
    assert "DevOps Engineer  Sep. 2023 - Mar. 2024" in awesome


def test_lost_spaces_and_hyphenation_are_repaired(corpus_dir: Path) -> None:
    awesome = read_resume(corpus_dir / "resumes" / "awesome-cv_resume.pdf").text
    assert "“Be the change that you want to see in the world.”" in awesome
    assert "seeking high-impact opportunities" in awesome
    context = read_resume(corpus_dir / "resumes" / "pandoc-resume_johnny_coder_context.pdf")
    assert "Self-Awesomeness Estimation Problem" in context.text
    deedy = read_resume(corpus_dir / "resumes" / "deedy_two-column_openfonts.pdf").text
    assert "QuickTongue" in deedy and "T ongue" not in deedy


def _glued(text: str) -> int:
    return sum(1 for w in text.split()
               if len(w) >= 25 and not re.search(r"https?:|www\.|@|/|\.com", w))


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if n.endswith(".pdf")))
def test_pdf_reader_is_at_least_as_good_as_plain_extraction(corpus_dir: Path,
                                                           name: str) -> None:
    path = corpus_dir / "resumes" / name
    plain = normalize_text("\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages))
    ours = read_resume(path).text
    assert _glued(ours) <= _glued(plain)
    # Every word plain extraction finds is found by us too (glued ones as text with
    # the spaces taken out), except the broken pieces plain extraction itself makes
    # ("T echnology") and icon names we remove.
    words = [w for w in re.findall(r"[^\W\d_]+", plain.lower()) if len(w) >= 4]
    found = set(re.findall(r"[^\W\d_]+", ours.lower()))
    squashed = re.sub(r"[\W_]+", "", ours.lower())
    missing = [w for w in words if w not in found and w not in squashed]
    assert len(missing) <= 0.1 * len(words) + 3, sorted(set(missing))[:20]


def test_docx_header_holds_the_contact_block(corpus_dir: Path) -> None:
    doc = read_resume(corpus_dir / "resumes" / "presume_sample_person_libreoffice.docx")
    assert doc.lines[0].text == "Sample Person"
    assert doc.lines[0].source == "header"
    assert any("(416) 000 – 0000" in line.text for line in doc.lines[:5])
    headings = [line.text for line in doc.lines if line.style == "Heading 1"]
    assert "Relevant Work Experience" in headings


def test_pandoc_docx_keeps_styles_and_numbered_bullets(corpus_dir: Path) -> None:
    doc = read_resume(corpus_dir / "resumes" / "pandoc-resume_johnny_coder_pandoc.docx")
    by_text = {line.text: line for line in doc.lines}
    assert by_text["Education"].style == "Heading 2"
    assert by_text["First item"].is_bullet
    assert not by_text["Education"].is_bullet


def test_python_docx_soft_breaks_become_lines(corpus_dir: Path) -> None:
    lines = _lines(corpus_dir, "resume-maker_python-docx.docx")
    assert lines[:2] == ["MIR SADAT BIN RAKIB", "Front End Developer"]
    assert "• Mentored and assisted 50+ students in understanding programming concepts." in lines


def test_text_and_markdown_lose_their_markup(corpus_dir: Path) -> None:
    txt = read_resume(corpus_dir / "resumes" / "hackmyresume_jane.txt")
    assert "SKILLS" in [line.text for line in txt.lines]
    assert "=====" not in txt.text and "**" not in txt.text
    md = read_resume(corpus_dir / "resumes" / "pandoc-resume_johnny_coder.md")
    assert md.lines[0].text == "Johnny Coder" and md.lines[0].style == "Heading 1"
    assert "PhD, Computer Science; Awesome University (MyTown)" in md.text
    assert not re.search(r"\*\*|^>|^:\s", md.text, re.M)


@pytest.mark.parametrize("name", sorted(n for n in [*EXPECTED, GARBLED] if n.endswith(".pdf")))
def test_fast_content_parser_equals_pypdf_on_corpus(corpus_dir: Path, name: str) -> None:
    from test_reading import assert_fast_parse_matches_pypdf

    assert assert_fast_parse_matches_pypdf(corpus_dir / "resumes" / name) >= 1
