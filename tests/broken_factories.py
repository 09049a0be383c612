"""Broken and hostile files, made by the tests (nothing is shipped).

- :func:`raw_pdf` writes a minimal PDF by hand (objects, xref, trailer), so a test
  can give a font any character map and a page any content stream.
- :func:`make_truncated_pdf`, :func:`make_pua_pdf`, :func:`make_ligature_pdf`,
  :func:`make_tiny_objects_pdf`, :func:`make_random_zip_docx`,
  :func:`make_zip_bomb_docx`, :func:`make_utf16_no_bom`, :func:`make_binary_txt`:
  one file each, returning its path.
- :func:`mutate` flips, cuts and inserts bytes (the fuzz tests' mutations).
- ``spin``, ``balloon``, ``crash``, ``answer`` are module-level (picklable) functions
  for the sandbox tests: a child that never ends, one that eats memory, one that
  fails with a message quoting "resume text", one that works.
"""

from __future__ import annotations

import random
import zipfile
import zlib
from pathlib import Path

from factories import SAMPLE_RESUME, make_docx, make_pdf

RESUME_LINES = [line if isinstance(line, str) else f"{line[0]}  {line[1]}"
                for line in SAMPLE_RESUME]


def _pdf_string(text: str) -> bytes:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("latin-1", "replace") + b")"


def raw_pdf(path: Path, content: bytes, *, to_unicode: bytes | None = None,
            compress: bool = False) -> Path:
    """A one-page PDF with Helvetica as /F1, ``content`` as its page stream and an
    optional ToUnicode CMap for the font (what text extraction trusts)."""
    stream = zlib.compress(content, 9) if compress else content
    filt = b" /Filter /FlateDecode" if compress else b""
    font_extra = b" /ToUnicode 6 0 R" if to_unicode is not None else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d%s >>\nstream\n" % (len(stream), filt) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica" + font_extra + b" >>",
    ]
    if to_unicode is not None:
        objects.append(b"<< /Length %d >>\nstream\n" % len(to_unicode) + to_unicode
                       + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += (b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, xref))
    path = Path(path)
    path.write_bytes(bytes(out))
    return path


def text_content(lines: list[str]) -> bytes:
    """A page stream drawing ``lines`` top-down in 11 pt Helvetica."""
    ops = [b"BT /F1 11 Tf 14 TL 72 720 Td"]
    for line in lines:
        ops.append(_pdf_string(line) + b" Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def _cmap(target_for_code: dict[int, int]) -> bytes:
    """A ToUnicode CMap sending each one-byte code to the given code point."""
    pairs = b"\n".join(b"<%02X> <%04X>" % (code, cp) for code, cp in target_for_code.items())
    return (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CMapName /Broken def /CMapType 2 def\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"%d beginbfchar\n" % len(target_for_code) + pairs + b"\nendbfchar\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end")


def make_pua_pdf(path: Path) -> Path:
    """Every character maps to the Private Use Area: the letters are hidden."""
    cmap = _cmap({code: 0xE000 + code for code in range(0x20, 0x7F)})
    return raw_pdf(path, text_content(RESUME_LINES), to_unicode=cmap)


def make_ligature_pdf(path: Path) -> Path:
    """Every character maps to a ligature code point (ﬁ ﬂ ﬀ ﬃ ﬄ), spaces kept."""
    ligatures = (0xFB01, 0xFB02, 0xFB00, 0xFB03, 0xFB04)
    mapping = {code: ligatures[code % len(ligatures)] for code in range(0x21, 0x7F)}
    mapping[0x20] = 0x20
    return raw_pdf(path, text_content(RESUME_LINES), to_unicode=_cmap(mapping))


def make_tiny_objects_pdf(path: Path, count: int = 1_000_000) -> Path:
    """``count`` one-letter text objects in one compressed page stream (a few MB)."""
    rng = random.Random(7)
    parts = [b"BT /F1 1 Tf %d %d Td (%c) Tj ET" % (rng.randrange(600), rng.randrange(780),
                                                    97 + n % 26) for n in range(count)]
    return raw_pdf(path, b"\n".join(parts), compress=True)


def make_truncated_pdf(path: Path) -> Path:
    """A real PDF cut short, as an interrupted download leaves it."""
    data = make_pdf(Path(path)).read_bytes()
    Path(path).write_bytes(data[: len(data) // 3])
    return Path(path)


def make_random_zip_docx(path: Path) -> Path:
    """A zip of random files and bytes named .docx."""
    rng = random.Random(11)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for n in range(5):
            archive.writestr(f"folder{n}/blob{n}.bin", rng.randbytes(2000))
    return Path(path)


def make_zip_bomb_docx(path: Path, unpacked_mb: int = 100) -> Path:
    """A real .docx whose ``word/document.xml`` unpacks to ``unpacked_mb`` MB.

    The part is streamed into the zip in 1 MB pieces, so nothing of that size is
    ever held in memory or written uncompressed; the file is about 100 KB.
    """
    source = make_docx(Path(path).with_name("bomb-source.docx"))
    with zipfile.ZipFile(source) as original, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in original.infolist():
            if item.filename == "word/document.xml":
                continue
            bomb.writestr(item, original.read(item.filename))
        body = original.read("word/document.xml")
        cut = body.rindex(b"</w:body>")
        piece = b"<w:p><w:r><w:t>" + b"A" * (1024 * 1024 - 30) + b"</w:t></w:r></w:p>"
        with bomb.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(body[:cut])
            for _ in range(unpacked_mb):
                part.write(piece)
            part.write(body[cut:])
    source.unlink()
    return Path(path)


def make_utf16_no_bom(path: Path, text: str) -> Path:
    """UTF-16 (little-endian) text without a byte-order mark."""
    Path(path).write_bytes(text.encode("utf-16-le"))
    return Path(path)


def make_binary_txt(path: Path, size: int = 4096) -> Path:
    """Random bytes (with NULs and control codes) named .txt."""
    Path(path).write_bytes(random.Random(3).randbytes(size))
    return Path(path)


def mutate(data: bytes, rng: random.Random, edits: int = 3) -> bytes:
    """Flip bits, cut the tail or insert random bytes, ``edits`` times."""
    out = bytearray(data)
    for _ in range(edits):
        if not out:
            break
        kind = rng.randrange(4)
        at = rng.randrange(len(out))
        if kind == 0:
            out[at] ^= 1 << rng.randrange(8)
        elif kind == 1:
            del out[at:]
        elif kind == 2:
            out[at:at] = rng.randbytes(rng.randrange(1, 64))
        else:
            del out[at:at + rng.randrange(1, 256)]
    return bytes(out)


# ------------------------------------------------------- children for the sandbox


def spin() -> None:
    """Never returns (a reader stuck in a loop)."""
    while True:
        pass


def balloon() -> int:
    """Allocates 50 MB at a time until memory runs out (a reader ballooning)."""
    held = []
    while True:
        held.append(bytearray(50 * 1024 * 1024))
        if len(held) > 400:  # 20 GB: the limit should have stopped us long before
            return len(held)


SECRET_LINE = "SECRET-RESUME-LINE jordan.lee@example.org"


def crash() -> None:
    """Fails with a message that quotes the resume (which must not reach the log)."""
    raise KeyError(SECRET_LINE)


def answer(value: int) -> int:
    """Works: returns its argument doubled."""
    return value * 2


def die() -> None:
    """The child ends abruptly without an answer (a crash in C code)."""
    import os

    os._exit(3)


def classify_read(path: str) -> tuple[str, ...]:
    """For the fuzz tests, in the child: what reading and parsing gave, never raising."""
    import traceback

    from tailor_app.sandbox import read_and_parse
    from tailor_app.tailoring.reading import ResumeReadError

    try:
        read_and_parse(path)
    except ResumeReadError as exc:
        return ("read_error", exc.code)
    except BaseException as exc:  # what the fuzz property forbids
        return ("uncaught", type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__)))
    return ("ok",)
