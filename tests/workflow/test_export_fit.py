"""Exports that really fit, and lines that get a bullet only where the source had one.

A job set to 1 page exports as 1 page: the PDF's own pages are counted (pypdf),
and the .docx holds the same lines the PDF does. Plain description lines stay
plain in .md, .docx and .pdf, on our own text and on the corpus files that show
the problem (HackMyResume's Jane, Deedy).
"""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pypdf import PdfReader
from test_fit import POSTING, RESUME, ROLES

from tailor_app.export import export_result
from tailor_app.export.text_writers import escape_markdown
from tailor_app.tailoring.compose import fit
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import ParsedResume, ResumeDocument
from tailor_app.tailoring.reading import read_resume

# Two pages: the roles of test_fit's resume twice over (two teams), and its volunteering.
LONG = RESUME.replace("Experience\n", "Experience\n" + "\n\n".join(
    role.replace("  ", " (north team)  ") + "\n" + "\n".join(f"- {b}" for b in bullets)
    for role, bullets in ROLES) + "\n\n")


def _result(text: str, pages: int | None) -> dict[str, Any]:
    result = tailor(ResumeDocument.from_text(text), POSTING, pages=pages)
    assert result.guard.ok, result.guard.message()
    return result.to_dict()


def _pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def _no_nearly_empty_last_page(pages: list[str]) -> None:
    """Issue 15 point 9: a last page holding a line or two looks like a mistake."""
    if len(pages) > 1:
        assert len(pages[-1]) > 0.2 * len(pages[0]), pages[-1]


def _docx_text(path: Path) -> str:
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def _same_lines(result: dict[str, Any], extra: list[str], docx: Path, pdf_text: str) -> None:
    """The .docx holds the lines the PDF holds, each as often; what was left out is
    in neither (a line written in two roles may stay in one of them)."""
    docx_lines = Counter(p.text for p in Document(str(docx)).paragraphs)
    assert docx_lines["Experience"] == 1
    kept = Counter(b for s in ParsedResume.from_dict(result["tailored"]).sections
                   for e in s.entries for b in e.bullets) - Counter(extra)
    for line, count in kept.items():
        assert docx_lines[line] == count, line
        assert " ".join(line.split())[:40] in pdf_text
    for line in [*result["left_out"], *extra]:
        assert docx_lines[line] == kept[line], line
        if not kept[line]:
            assert " ".join(line.split())[:40] not in pdf_text


def test_a_two_page_resume_set_to_one_page_exports_one_page(tmp_path: Path) -> None:
    full = _result(LONG, None)
    export_result(full, "pdf", tmp_path / "full.pdf")
    before = _pdf_pages(tmp_path / "full.pdf")
    assert len(before) >= 2
    _no_nearly_empty_last_page(before)

    one = _result(LONG, 1)
    extra: list[str] = []
    export_result(one, "pdf", tmp_path / "one.pdf", left_out=extra)
    export_result(one, "docx", tmp_path / "one.docx")
    pages = _pdf_pages(tmp_path / "one.pdf")
    assert len(pages) == 1
    pdf_text = " ".join(pages[0].split())
    assert "jordan.blake@example.com" in pdf_text
    _same_lines(one, extra, tmp_path / "one.docx", pdf_text)


def test_the_pdf_leaves_out_the_next_spare_lines_when_the_estimate_was_short(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An engine estimate that thinks a page holds far more: its result still runs
    over, so the writer leaves out ``spare`` in order, lists it, and the .docx
    follows the PDF's count."""
    monkeypatch.setattr(fit, "TEXT_HEIGHT", 2000.0)
    short = _result(LONG, 1)
    assert not short["left_out"] and short["spare"]
    extra: list[str] = []
    export_result(short, "pdf", tmp_path / "one.pdf", left_out=extra)
    assert len(_pdf_pages(tmp_path / "one.pdf")) == 1
    assert extra and extra[:len(short["spare"][0])] == short["spare"][0]
    docx_extra: list[str] = []
    export_result(short, "docx", tmp_path / "one.docx", left_out=docx_extra)
    assert docx_extra == extra
    pdf_text = " ".join(_pdf_pages(tmp_path / "one.pdf")[0].split())
    _same_lines(short, extra, tmp_path / "one.docx", pdf_text)


def test_keep_everything_exports_every_line(tmp_path: Path) -> None:
    full = _result(RESUME, None)
    extra: list[str] = []
    export_result(full, "docx", tmp_path / "all.docx", left_out=extra)
    assert extra == []
    assert "Food bank volunteer, shift 15" in _docx_text(tmp_path / "all.docx")


# ------------------------------------------------------- bullets only where written

OWN = """Sam Rivera
sam.rivera@example.com

Experience
Site Lead, Harbor Builders  2019 - Present
Runs the north yard's crews and their schedule.
- Cut rework by 20% with a daily punch list
- Trained 12 apprentices on framing and safety

Projects
Harbor Library Renovation  2021
A two-storey timber extension, delivered on budget.
"""


def _check_marks(resume: ParsedResume, tmp_path: Path, result: dict[str, Any]) -> int:
    """Each line under an entry: a bullet in .md/.docx/.pdf iff the source had one.
    Returns how many plain lines were checked."""
    export_result(result, "md", tmp_path / "r.md")
    export_result(result, "docx", tmp_path / "r.docx")
    export_result(result, "pdf", tmp_path / "r.pdf")
    md_lines = (tmp_path / "r.md").read_text(encoding="utf-8").splitlines()
    styles = {p.text: p.style.name for p in Document(str(tmp_path / "r.docx")).paragraphs}
    pdf_lines = [" ".join(line.split()) for page in _pdf_pages(tmp_path / "r.pdf")
                 for line in page.splitlines()]
    plain_count = 0
    for section in resume.sections:
        for entry in section.entries:
            for i, line in enumerate(entry.bullets):
                plain = entry.is_plain(i)
                plain_count += plain
                escaped = escape_markdown(line)
                assert (f"- {escaped}" in md_lines) != plain, line
                if plain:
                    assert any(m.startswith(escaped[:30]) for m in md_lines), line
                assert styles.get(line) == ("Normal" if plain else "List Bullet"), line
                start = " ".join(line.split())[:25]
                drawn = [k for k, p in enumerate(pdf_lines)
                         if p.lstrip("\u2022 ").startswith(start)]
                if drawn and len(start) > 12:  # a line the PDF drew (emoji-free)
                    k = drawn[0]  # pypdf gives the "•" its own line or the same one
                    marked = pdf_lines[k].startswith("\u2022") or (
                        k > 0 and pdf_lines[k - 1] == "\u2022")
                    assert marked != plain, (line, pdf_lines[max(0, k - 1):k + 1])
    return plain_count


def test_plain_description_lines_get_no_bullet_in_any_export(tmp_path: Path) -> None:
    result = tailor(ResumeDocument.from_text(OWN), "Site lead: framing, safety, scheduling.")
    resume = ParsedResume.from_dict(result.to_dict()["tailored"])
    assert _check_marks(resume, tmp_path, result.to_dict()) == 2
    md = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "Runs the north yard's crews" in md and "- Runs the north" not in md


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["hackmyresume_jane.txt", "deedy_two-column_openfonts.pdf"])
def test_corpus_lines_keep_their_bullets_or_none_in_exports(name: str, tmp_path: Path,
                                                            corpus_dir: Path) -> None:
    path = corpus_dir / "resumes" / name
    result = tailor(read_resume(path), POSTING).to_dict()
    resume = ParsedResume.from_dict(result["tailored"])
    assert _check_marks(resume, tmp_path, result) > 0


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_docx_set_to_one_page_opens_as_one_page_in_libreoffice(tmp_path: Path) -> None:
    """python-docx cannot count pages; a word processor can. The .docx holds what the
    PDF that fits one page holds, and LibreOffice lays it out on one page too."""
    one = _result(LONG, 1)
    export_result(one, "docx", tmp_path / "one.docx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"),
                    str(tmp_path / "one.docx")], check=True, capture_output=True, timeout=180)
    assert len(_pdf_pages(tmp_path / "lo" / "one.pdf")) == 1
