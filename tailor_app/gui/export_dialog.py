"""Exporting the shown job: the save dialog, then the writing on the task pool.

The dialog remembers the last folder and format (Settings); a name typed without a
suffix gets the chosen format's. A failure is shown in a non-modal box naming the
file that was not saved, and on the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..db import Status
from .settings import KEY_EXPORT_DIR, KEY_EXPORT_FORMAT, app_settings, read_str
from .tasks import TaskRunner, readable_error

FORMAT_FILTERS = {"docx": "Word document (*.docx)", "pdf": "PDF document (*.pdf)",
                  "txt": "Plain text (*.txt)", "md": "Markdown (*.md)"}


def export_target(path_text: str, chosen_filter: str, default: str) -> tuple[Path, str]:
    """The file and format the save dialog's answer means (a missing suffix is added)."""
    path = Path(path_text)
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMAT_FILTERS:
        return path, suffix
    fmt = next((f for f, label in FORMAT_FILTERS.items() if label == chosen_filter), default)
    return path.with_name(f"{path.name}.{fmt}"), fmt


def _ask_target(owner: QWidget, shown: dict[str, Any]) -> tuple[Path, str] | None:
    """The save dialog, opened at the last folder with a suggested name; None if
    cancelled. The answer's folder and format become the next defaults."""
    from ..export import suggested_filename

    settings = app_settings()
    fmt = read_str(settings, KEY_EXPORT_FORMAT, "docx")
    fmt = fmt if fmt in FORMAT_FILTERS else "docx"
    result = shown["result"]
    person = ((result.get("original") or {}).get("contact") or {}).get("name")
    name = suggested_filename(shown.get("company_name"), shown.get("title"), fmt,
                              person=person)
    folder = read_str(settings, KEY_EXPORT_DIR, str(Path.home()))
    ordered = [FORMAT_FILTERS[fmt]] + [v for k, v in FORMAT_FILTERS.items() if k != fmt]
    path_text, chosen = QFileDialog.getSaveFileName(
        owner, "Export tailored resume", str(Path(folder) / name), ";;".join(ordered),
        FORMAT_FILTERS[fmt])
    if not path_text:
        return None
    target, fmt = export_target(path_text, chosen, fmt)
    settings.setValue(KEY_EXPORT_DIR, str(target.parent))
    settings.setValue(KEY_EXPORT_FORMAT, fmt)
    return target, fmt


def export_shown_job(owner: QWidget, tasks: TaskRunner, shown: dict[str, Any] | None,
                     say: Callable[[str], None], text: str | None = None,
                     structure: dict[str, Any] | None = None) -> None:
    """Ask where, then write the shown job's tailored resume on the task pool;
    ``say`` puts a line on the status bar. ``text`` is the text the job shows when the
    user edited it (its current revision): that text is what is written, laid out
    from ``structure`` when the revision has one (an accepted rewrite)."""
    if not shown or shown.get("status") != Status.COMPLETED or not shown.get("result"):
        say("Select a completed job to export its tailored resume.")
        return
    answer = _ask_target(owner, shown)
    if answer is None:
        return
    target, fmt = answer
    result, resume_id = shown["result"], shown.get("resume_id")

    from ..export import export_result
    from ..export.page_fit import fit_note
    from ..importer import get_resume

    extra: list[str] = []  # lines the page count still needed left out (a .pdf, .docx)

    def work() -> Path:
        from ..revisions import result_of

        written = result_of(result, text, structure)
        resume = get_resume(resume_id) if resume_id else None
        source = (Path(resume["stored_path"]) if resume and resume["file_format"] == "docx"
                  and Path(resume["stored_path"]).exists() else None)
        # The save dialog has already asked before replacing a file.
        return export_result(written, fmt, target, overwrite=True, source_docx=source,
                             left_out=extra)

    def failed(exc: Exception) -> None:
        text = readable_error(exc)
        box = QMessageBox(QMessageBox.Icon.Warning, "Export failed",
                          f"{target.name} was not saved.\n\n{text}",
                          QMessageBox.StandardButton.Ok, owner)
        box.setModal(False)
        box.show()
        say(f"Export failed: {text}")

    say(f"Exporting {target.name}\u2026")
    tasks.run(work, lambda written: say(" ".join(filter(None, (
        f"Exported to {written}.", fit_note(extra, result.get("pages")))))), failed)
