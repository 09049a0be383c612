"""Render the .pdf export of two tailored sample resumes to PNG for the docs.

Tailors the accountant and the mechanical-engineer samples (``tests/resume_samples``)
to the postings of their field (``tests/posting_samples``) with the real engine,
exports each as .pdf and rasterises page 1 with ``pdftoppm -png -r 80`` (Debian:
``apt-get install poppler-utils``) into ``docs/screenshots/export-<name>.png``.
With ``--docx`` the .docx export is also converted by LibreOffice (when
installed) and saved as ``export-<name>-docx.png``, to compare the two looks.

With ``--app-sample DIR`` it instead exports the app's own sample resume
(``resources/sample_resume.txt``, what a first run offers) tailored to the software
posting, as ``DIR/<stem>.pdf`` and its page 1 as ``DIR/<stem>.png`` (``--stem``),
to look at the export a new user sees first.

Run from the repository root: ``.venv/bin/python scripts/render_export_samples.py``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from posting_samples import POSTINGS  # noqa: E402
from resume_samples import ACCOUNTANT, MECHANICAL  # noqa: E402  (after the path set-up)

from tailor_app.export import export_result  # noqa: E402
from tailor_app.paths import resource_path  # noqa: E402
from tailor_app.tailoring.compose.tailor import tailor  # noqa: E402
from tailor_app.tailoring.model import ResumeDocument  # noqa: E402
from tailor_app.tailoring.reading import read_resume  # noqa: E402

SAMPLES = {"accountant": ACCOUNTANT, "mechanical": MECHANICAL}
OUT_DIR = ROOT / "docs" / "screenshots"


def rasterise(pdf: Path, png: Path, dpi: int) -> None:
    """Page 1 of ``pdf`` as ``png`` (pdftoppm appends "-1" unless -singlefile)."""
    stem = png.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(pdf), str(stem)],
                   check=True)


def docx_to_pdf(docx: Path, folder: Path) -> Path | None:
    """The .docx converted by LibreOffice, or None when it is not installed."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return None
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                    str(docx)], check=True, capture_output=True, timeout=180)
    converted = folder / (docx.stem + ".pdf")
    return converted if converted.exists() else None


def app_sample(folder: Path, stem: str, dpi: int) -> int:
    """The app's sample resume tailored and exported; see the module docstring."""
    result = tailor(read_resume(resource_path("sample_resume.txt")), POSTINGS["software"])
    if not result.guard.ok:
        sys.stderr.write(f"sample: {result.guard.message()}\n")
        return 1
    folder.mkdir(parents=True, exist_ok=True)
    pdf = export_result(result.to_dict(), "pdf", folder / f"{stem}.pdf", overwrite=True)
    rasterise(pdf, folder / f"{stem}.png", dpi)
    sys.stdout.write(f"wrote {pdf} and {folder / f'{stem}.png'}\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--docx", action="store_true", help="also render the .docx export")
    parser.add_argument("--app-sample", type=Path, metavar="DIR",
                        help="export the app's sample resume into DIR instead")
    parser.add_argument("--stem", default="sample", help="file name for --app-sample")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        sys.stderr.write("pdftoppm is missing: apt-get install -y poppler-utils\n")
        return 1
    if args.app_sample:
        return app_sample(args.app_sample, args.stem, args.dpi)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, resume_text in SAMPLES.items():
            result = tailor(ResumeDocument.from_text(resume_text), POSTINGS[name])
            if not result.guard.ok:
                sys.stderr.write(f"{name}: {result.guard.message()}\n")
                return 1
            stored = result.to_dict()
            pdf = export_result(stored, "pdf", folder / f"{name}.pdf")
            rasterise(pdf, OUT_DIR / f"export-{name}.png", args.dpi)
            sys.stdout.write(f"wrote {OUT_DIR / f'export-{name}.png'}\n")
            if args.docx:
                docx = export_result(stored, "docx", folder / f"{name}.docx")
                converted = docx_to_pdf(docx, folder / "office")
                if converted is None:
                    sys.stdout.write("LibreOffice is not installed; skipped the .docx\n")
                    continue
                rasterise(converted, OUT_DIR / f"export-{name}-docx.png", args.dpi)
                sys.stdout.write(f"wrote {OUT_DIR / f'export-{name}-docx.png'}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
