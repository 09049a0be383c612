"""Makes the committed word-processor fixtures in tests/data/formats/ (run by hand).

One resume of our own written with python-docx (heading styles, a bulleted list, a
table row of title and dates, a page header with the contact line), then saved by
LibreOffice as .odt, .rtf and Word 2003 XML, so the readers are tested on files a
real word processor wrote. Needs `soffice` (Debian: libreoffice-writer).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "formats"


def build_docx(path: Path) -> None:
    doc = Document()
    header = doc.sections[0].header.paragraphs[0]
    header.text = "Renée Okafor · renee.okafor@example.org · (555) 014-2231 · Dayton, OH"
    name = doc.add_paragraph()
    run = name.add_run("Renée Okafor, RN")
    run.bold = True
    run.font.size = Pt(18)
    doc.add_heading("Summary", level=1)
    doc.add_paragraph("Registered nurse with eight years in cardiac step-down and ICU care.")
    doc.add_heading("Experience", level=1)
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Charge Nurse, Miami Valley Hospital"
    table.rows[0].cells[1].text = "2019 – Present"
    for bullet in ("Led a team of 9 nurses on a 32-bed cardiac step-down unit",
                   "Cut telemetry alarm response time by 40% with a new escalation rota",
                   "Trained 14 new graduates in Epic charting and BLS/ACLS protocols"):
        doc.add_paragraph(bullet, style="List Bullet")
    doc.add_paragraph("Staff Nurse, Kettering Health  2015 – 2019")
    doc.add_paragraph("Administered IV therapy and medications for 6 patients per shift",
                      style="List Bullet")
    doc.add_heading("Licences", level=1)
    doc.add_paragraph("RN licence, Ohio Board of Nursing; ACLS; BLS; PALS")
    doc.add_heading("Education", level=1)
    doc.add_paragraph("BSN, Wright State University, 2015")
    doc.save(str(path))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    docx = OUT / "nurse.docx"
    build_docx(docx)
    with tempfile.TemporaryDirectory() as tmp:
        for target, name in (("odt", "nurse.odt"), ("rtf", "nurse.rtf"),
                             ("xml:MS Word 2003 XML", "nurse_word2003.xml")):
            subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", tmp,
                            str(docx)], check=True, capture_output=True)
            produced = Path(tmp) / f"nurse.{target.split(':')[0]}"
            shutil.move(produced, OUT / name)


if __name__ == "__main__":
    main()
