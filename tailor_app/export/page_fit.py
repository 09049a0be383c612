"""Making a .pdf or .docx export really fit the page count the job asked for.

The engine leaves lines out by an estimate of the page (``compose/fit.py``); here
the PDF writer's own layout (Qt's pagination, with the same page fixes and tighter
spacings :func:`~.pdf_writer.paginate` uses) counts the pages, and while it still
spills over, the next groups of ``result["spare"]`` (the engine's same order,
lines the guard already excuses) are left out. The .docx uses the resume this
confirms: python-docx cannot paginate, and Word lays our page out the same way
(same paper, margins, sizes), so the PDF's count is the best one we have.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..tailoring import ParsedResume, without_group
from .layout import build_layout, resume_from_result


@dataclass
class Fitted:
    """The resume to export, and the lines left out beyond the job's own."""

    resume: ParsedResume
    summary: str | None
    left_out: list[str] = field(default_factory=list)
    pages: int | None = None  # the PDF's page count, when it was counted


def pdf_page_count(resume: ParsedResume, summary: str | None) -> int:
    """Pages the .pdf export of ``resume`` fills (drawn in memory, not written)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF
    from PySide6.QtGui import QPageLayout, QPdfWriter

    from .pdf_glyphs import drawable_layout
    from .pdf_writer import (
        BODY_PT,
        RESOLUTION,
        _font,
        ensure_gui_application,
        page_size_for_locale,
        paginate,
    )

    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(page_size_for_locale(), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    page = QRectF(0, 0, writer.width(), writer.height())
    layout = drawable_layout(build_layout(resume, summary),
                             [_font(BODY_PT, bold=b, italic=i)
                              for b, i in ((False, False), (True, False), (False, True))])
    count = paginate(layout, page, writer).pageCount()
    buffer.close()
    return int(count)


def fitted_resume(result: dict[str, Any]) -> Fitted:
    """The stored result's resume, with more of ``spare`` left out while its PDF
    still runs over ``result["pages"]`` (unchanged when no length was asked)."""
    resume, summary = resume_from_result(result)
    pages = result.get("pages")
    if not pages:
        return Fitted(resume, summary)
    spare = [list(map(str, group)) for group in result.get("spare") or []]
    extra: list[str] = []
    count = pdf_page_count(resume, summary)
    for group in spare:
        if count <= int(pages):
            break
        resume, gone = without_group(resume, group)
        if gone:
            extra.extend(gone)
            count = pdf_page_count(resume, summary)
    return Fitted(resume, summary, extra, count)


def fit_note(extra: list[str], pages: int | None) -> str:
    """One sentence telling what the export left out beyond the job's own lines
    ('' when nothing): the user sees it on the status bar or the command line."""
    if not extra or not pages:
        return ""
    shown = "; ".join(f"\u201c{line}\u201d" for line in extra[:3])
    more = f" and {len(extra) - 3} more" if len(extra) > 3 else ""
    return (f"To fit {pages} page{'s' if pages != 1 else ''}, the file also leaves out "
            f"{len(extra)} line{'s' if len(extra) != 1 else ''}: {shown}{more}.")
