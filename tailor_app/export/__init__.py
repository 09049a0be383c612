"""Export of a tailored resume: .txt, .md, .docx and .pdf.

The window's Export button and ``tailor-app export`` both call
:func:`export_result` with a stored job result (``TailorResult.to_dict()``), so
an export never re-runs the engine: it writes the structure the user accepted.
Every format is written to a temporary file and renamed into place
(:func:`~tailor_app.export.common.write_atomically`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .common import FORMATS, ExportError, suggested_filename, uses_letter_paper, write_atomically
from .layout import build_layout, resume_from_result
from .page_fit import fitted_resume
from .text_writers import markdown_text, plain_text, write_text

__all__ = ["FORMATS", "ExportError", "export_result", "suggested_filename"]


def export_result(result: dict[str, Any], fmt: str, out: Path, *, overwrite: bool = False,
                  source_docx: Path | None = None, left_out: list[str] | None = None) -> Path:
    """Write the tailored resume of ``result`` to ``out`` as ``fmt``; returns ``out``.

    ``source_docx`` (the user's original .docx, when it was one) lends its styles
    and page set-up to a .docx export; the other formats ignore it. A .pdf or .docx
    of a job fitted to a page count is checked against the PDF's real page count
    (:mod:`.page_fit`); the lines it leaves out beyond the job's own are appended
    to ``left_out`` when given, so the caller can tell the user.

    Raises ``FileExistsError`` when ``out`` exists and ``overwrite`` is False, and
    :class:`ExportError` (a readable sentence) when the result cannot be used or
    the file cannot be written; ``out`` is then untouched.
    """
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    try:
        resume, summary = resume_from_result(result)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise ExportError("This job's stored result is incomplete or damaged, so it can't be "
                          "exported; run the job again.") from exc
    out = Path(out)

    if fmt == "txt":
        content = plain_text(resume, summary, result.get("text"))
        return write_atomically(out, lambda tmp: write_text(tmp, content), overwrite=overwrite)
    if fmt == "md":
        content = markdown_text(resume, summary)
        return write_atomically(out, lambda tmp: write_text(tmp, content), overwrite=overwrite)

    try:
        fitted = fitted_resume(result)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise ExportError("This job's stored result is incomplete or damaged, so it can't be "
                          "exported; run the job again.") from exc
    if left_out is not None:
        left_out.extend(fitted.left_out)
    layout = build_layout(fitted.resume, fitted.summary)
    if fmt == "docx":
        from .docx_writer import write_docx

        letter = uses_letter_paper()
        return write_atomically(
            out, lambda tmp: write_docx(tmp, layout, source_docx=source_docx, letter=letter),
            overwrite=overwrite)
    from .pdf_writer import write_pdf

    return write_atomically(out, lambda tmp: write_pdf(tmp, layout), overwrite=overwrite)
