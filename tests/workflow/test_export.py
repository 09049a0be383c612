"""Export mechanics: file names, the atomic write, overwrite and symlink refusal, errors.

The round trip of the content itself (every heading and bullet, in order, in each
format) is in test_export_roundtrip.py.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

import tailor_app.export as export
from tailor_app.export import FORMATS, ExportError, export_result, suggested_filename
from tailor_app.export.layout import split_dates
from tailor_app.export.pdf_text_layer import build_cmap, parse_cmap, repair_entry
from tailor_app.export.text_writers import escape_markdown
from tailor_app.tailoring.compose.render import render_text
from tailor_app.tailoring.model import Contact, DateRef, Entry, ParsedResume, Section

ROOT = Path(__file__).resolve().parents[2]


def _result() -> dict:
    resume = ParsedResume(
        contact=Contact(name="Jane Doe", lines=["Jane Doe", "jane@example.com | Boston, MA"]),
        sections=[Section("experience", "Experience", [Entry(
            header=["Senior Accountant, Acme Corp   Jan 2019 – Present"],
            bullets=["Closed the books monthly", "Reconciled 40 bank accounts"],
            title="Senior Accountant", organisation="Acme Corp",
            start=DateRef("Jan 2019", 2019, 1), end=DateRef("Present", present=True))])])
    summary = "Accountant with 6 years of experience."
    return {"text": render_text(resume, summary), "tailored": resume.to_dict(),
            "summary": summary}


# ------------------------------------------------------------------------ file names


@pytest.mark.parametrize(("company", "title", "person", "expected"), [
    ("Acme Corp", "Senior Accountant", "Jane Doe", "Jane Doe - Acme Corp - Senior Accountant"),
    ('A<c>m:e "Corp"', "Dev|Ops? *Lead*", None, "A c m e Corp - Dev Ops Lead"),
    ("Acme", "AP/AR Specialist", None, "Acme - AP-AR Specialist"),
    ("Acme\tCorp\n", "Nurse\x00\x07", None, "Acme Corp - Nurse"),
    ("Société Générale", "Ingénieur d'études", "José Müller",
     "José Müller - Société Générale - Ingénieur d'études"),
    ("腾讯", "高级会计师", "李小龙", "李小龙 - 腾讯 - 高级会计师"),
    ("Acme...", "Clerk.. ", None, "Acme - Clerk"),
    ("Evil\u202ecod", "x", None, "Evilcod - x"),
    ("Acme", "Acme", "acme", "acme"),
])
def test_suggested_filename_is_safe_and_keeps_letters(company: str, title: str,
                                                      person: str | None, expected: str) -> None:
    assert suggested_filename(company, title, "docx", person=person) == expected + ".docx"


def test_suggested_filename_decomposed_accents_become_composed() -> None:
    assert suggested_filename("Cafe\u0301", None, "pdf") == "Caf\u00e9.pdf"


@pytest.mark.parametrize("fmt", FORMATS)
def test_suggested_filename_falls_back_when_nothing_is_left(fmt: str) -> None:
    assert suggested_filename(None, None, fmt) == f"Tailored resume.{fmt}"
    assert suggested_filename("  ", '<>:"/\\|?*', fmt, person="...") == f"Tailored resume.{fmt}"


@pytest.mark.parametrize("name", ["CON", "con", "PRN", "AUX", "NUL", "COM1", "lpt9", "COM¹"])
def test_suggested_filename_avoids_windows_device_names(name: str) -> None:
    result = suggested_filename(name, None, "txt")
    stem = result.rsplit(".", 1)[0]
    assert stem.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT9", "COM¹"}
    assert result.startswith(name)


def test_suggested_filename_is_capped_in_characters_and_bytes() -> None:
    long = suggested_filename("Company " * 40, "Title " * 40, "docx", person="Person " * 10)
    assert len(long) <= 120 and long.endswith(".docx")
    assert not long[:-5].endswith((" ", ".", "-"))
    cjk = suggested_filename("会计" * 100, None, "pdf")
    assert len(cjk.encode("utf-8")) <= 240 and cjk.endswith(".pdf")


def test_suggested_filename_rejects_unknown_format() -> None:
    with pytest.raises(ValueError, match="Unknown export format"):
        suggested_filename("Acme", "Clerk", "rtf")


# ------------------------------------------------------------------------- the write


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_writes_a_file_that_opens(tmp_path: Path, fmt: str) -> None:
    out = export_result(_result(), fmt, tmp_path / f"resume.{fmt}")
    assert out == tmp_path / f"resume.{fmt}"
    if fmt in ("txt", "md"):
        assert "Closed the books monthly" in out.read_text(encoding="utf-8")
    elif fmt == "docx":
        assert any("Reconciled 40 bank accounts" in p.text for p in Document(str(out)).paragraphs)
    else:
        assert "Reconciled 40 bank accounts" in PdfReader(str(out)).pages[0].extract_text()
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left


def test_file_gets_the_users_default_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        out = export_result(_result(), "txt", tmp_path / "r.txt")
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    out.write_text("my notes", encoding="utf-8")
    with pytest.raises(FileExistsError) as caught:
        export_result(_result(), "md", out)
    assert caught.value.filename == str(out)
    assert out.read_text(encoding="utf-8") == "my notes"
    export_result(_result(), "md", out, overwrite=True)
    assert out.read_text(encoding="utf-8").startswith("# Jane Doe")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"]


def test_refuses_a_symlink_even_with_force(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.txt"
    target.write_text("precious", encoding="utf-8")
    link = tmp_path / "r.txt"
    link.symlink_to(target)
    for overwrite in (False, True):
        with pytest.raises(ExportError, match="symbolic link"):
            export_result(_result(), "txt", link, overwrite=overwrite)
    assert target.read_text(encoding="utf-8") == "precious" and link.is_symlink()
    dangling = tmp_path / "d.txt"
    dangling.symlink_to(tmp_path / "missing.txt")
    with pytest.raises(ExportError, match="symbolic link"):
        export_result(_result(), "txt", dangling)
    assert not (tmp_path / "missing.txt").exists()


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_a_failed_write_leaves_nothing_and_keeps_the_old_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    def half_then_crash(path: Path, *args: object, **kwargs: object) -> None:
        path.write_bytes(b"half a resu")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "write_text", half_then_crash)
    import tailor_app.export.docx_writer as docx_writer

    monkeypatch.setattr(docx_writer, "write_docx", half_then_crash)
    fresh = tmp_path / f"new.{fmt}"
    with pytest.raises(ExportError, match="disk is full"):
        export_result(_result(), fmt, fresh)
    assert list(tmp_path.iterdir()) == []

    old = tmp_path / f"old.{fmt}"
    old.write_bytes(b"the previous version")
    with pytest.raises(ExportError):
        export_result(_result(), fmt, old, overwrite=True)
    assert old.read_bytes() == b"the previous version"
    assert [p.name for p in tmp_path.iterdir()] == [old.name]


def test_a_bug_in_a_writer_also_leaves_no_file(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: Path, content: str) -> None:
        path.write_text(content[:10], encoding="utf-8")
        raise RuntimeError("boom")

    monkeypatch.setattr(export, "write_text", broken)
    with pytest.raises(RuntimeError):
        export_result(_result(), "txt", tmp_path / "r.txt")
    assert list(tmp_path.iterdir()) == []


def test_readable_errors(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_result(_result(), "txt", tmp_path / "no" / "such" / "r.txt")
    with pytest.raises(ExportError, match="Unknown export format"):
        export_result(_result(), "rtf", tmp_path / "r.rtf")
    with pytest.raises(ExportError, match="damaged"):
        export_result({"text": "x"}, "docx", tmp_path / "r.docx")
    folder = tmp_path / "a folder.txt"
    folder.mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        export_result(_result(), "txt", folder, overwrite=True)


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="root ignores folder permissions")
def test_read_only_folder_is_a_readable_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="may not write"):
            export_result(_result(), "txt", folder / "r.txt")
    finally:
        folder.chmod(0o700)


@pytest.mark.allow_log("tailor_app.export.docx", "cannot reuse the look of")
def test_unusable_source_docx_falls_back_to_our_look(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    out = export_result(_result(), "docx", tmp_path / "r.docx", source_docx=broken)
    assert Document(str(out)).paragraphs[0].text == "Jane Doe"


def test_pdf_export_from_a_terminal_without_display(tmp_path: Path) -> None:
    """`tailor-app export --format pdf` over SSH: no QGuiApplication, no DISPLAY."""
    out = tmp_path / "r.pdf"
    code = (
        "import json, sys; from pathlib import Path\n"
        "from tailor_app.export import export_result\n"
        "export_result(json.loads(sys.argv[1]), 'pdf', Path(sys.argv[2]))\n"
        "import os; print(os.environ.get('QT_QPA_PLATFORM'))\n"
    )
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    import json

    done = subprocess.run([sys.executable, "-c", code, json.dumps(_result()), str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "offscreen"
    assert "Closed the books monthly" in PdfReader(str(out)).pages[0].extract_text()


# --------------------------------------------------------------------- the helpers


@pytest.mark.parametrize(("text", "expected"), [
    ("C# and C++ on *nix", "C# and C++ on \\*nix"),
    ("# not a heading", "\\# not a heading"),
    ("- not a bullet", "\\- not a bullet"),
    ("2019. Promoted", "2019\\. Promoted"),
    ("snake_case stays, _emphasis_ does not", "snake_case stays, \\_emphasis\\_ does not"),
    ("[link](x) <b>html</b> `code`", "\\[link\\](x) \\<b\\>html\\</b\\> \\`code\\`"),
    ("AT&T &amp; more", "AT&T \\&amp; more"),
    ("---", "\\---"),
])
def test_escape_markdown(text: str, expected: str) -> None:
    assert escape_markdown(text) == expected


@pytest.mark.parametrize(("line", "start", "end", "expected"), [
    ("Senior Accountant, Acme Corp   Jan 2019 – Present", "Jan 2019", "Present",
     ("Senior Accountant, Acme Corp", "Jan 2019 – Present")),
    ("Staff Accountant | Meridian | 2021 – Present", "2021", "Present",
     ("Staff Accountant | Meridian", "2021 – Present")),
    ("Sales Rep, Beta (Mar 2015 - Jun 2018)", "Mar 2015", "Jun 2018",
     ("Sales Rep, Beta", "(Mar 2015 - Jun 2018)")),
    ("Jan 2019 – Present", "Jan 2019", "Present", ("", "Jan 2019 – Present")),
    ("Since 2019 I lead the team", "2019", None, ("Since 2019 I lead the team", "")),
    ("Welder\t2010 – 2014", None, None, ("Welder", "2010 – 2014")),
    ("Skills  Excel, Word", None, None, ("Skills  Excel, Word", "")),
])
def test_split_dates(line: str, start: str | None, end: str | None,
                     expected: tuple[str, str]) -> None:
    entry = Entry(header=[line], start=DateRef(start) if start else None,
                  end=DateRef(end) if end else None)
    assert split_dates(line, entry) == expected


def test_cmap_round_trip_and_repair() -> None:
    qt_style = (b"2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<674E> <2F29> <2EF0> ]\n"
                b"endbfrange\n1 beginbfchar\n<0004> <D83DDE00>\nendbfchar\n"
                b"1 beginbfrange\n<0010> <0012> <0041>\nendbfrange\n")
    mapping = parse_cmap(qt_style)
    assert mapping == {0: "\x00", 1: "李", 2: "\u2f29", 3: "\u2ef0", 4: "\U0001f600",
                       16: "A", 17: "B", 18: "C"}
    assert parse_cmap(build_cmap(mapping)) == mapping
    drawn = set("李小龙 ABC")
    twins = {"\u2ef0": ["龙"]}
    assert repair_entry("\u2f29", drawn, lambda c: []) == "小"  # NFKC
    assert repair_entry("\u2ef0", drawn, lambda c: twins.get(c, [])) == "龙"  # same glyph
    assert repair_entry("\t", drawn, lambda c: []) == " "
    assert repair_entry("李", drawn, lambda c: ["X"]) == "李"  # drawn: never touched
    assert repair_entry("\x00", drawn, lambda c: []) == "\x00"
