"""A finished job's cover letter: drafted, polished by the stub model under the guard,
saved with the job, exported in the four formats; and the window's letter dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document
from llm_stub import faithful_letter, stub_server
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from test_rewriting import POSTING, RESUME

from tailor_app import startup
from tailor_app.gui.letter_dialog import LetterDialog
from tailor_app.job import get_job_by_id
from tailor_app.letters import export_letter, letter_layout, save_letter
from tailor_app.rewriting import draft_for_job, polish_letter, sender_of
from tailor_app.rewriting.client import LlmConfig

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT = 15_000


@pytest.fixture
def job(tmp_path: Path) -> dict[str, Any]:
    from tailor_app.importer import import_resume
    from tailor_app.job_processor import process_job

    user = startup.open_app_database(tmp_path / "letters.db")
    resume_file = tmp_path / "dana.txt"
    resume_file.write_text(RESUME, encoding="utf-8")
    resume = import_resume(resume_file, user)
    return process_job(user, resume["id"], POSTING, "Warehouse Operations Lead",
                       "Harbor Freight Logistics")


def test_the_draft_quotes_the_resume_and_names_the_job(job: dict[str, Any]) -> None:
    letter = draft_for_job(job)
    assert letter.startswith("Dana Whitfield\ndana.whitfield@example.com")
    assert "apply for the Warehouse Operations Lead position at Harbor Freight Logistics" \
        in letter
    bullets = [line for line in letter.splitlines() if line.startswith("• ")]
    assert bullets and all(line.rstrip(".").split(": ", 1)[1] in RESUME for line in bullets)
    assert letter == draft_for_job(job)  # deterministic


def test_a_faithful_polish_passes_and_a_fabricated_one_is_refused(job: dict[str, Any]) -> None:
    draft = draft_for_job(job)
    with stub_server(lambda text: "faithful") as stub:
        config = LlmConfig(url=stub.url, model="llama3.2", timeout=5)
        polished = polish_letter(config, draft, job)
        assert polished.passed, polished.reason
        assert polished.text == faithful_letter(draft)  # the "Here is…" line is gone
        stub.behaviour = lambda text: "number"
        refused = polish_letter(config, draft, job)
        stub.behaviour = lambda text: "employer"
        named = polish_letter(config, draft, job)
    assert (refused.passed, refused.text, refused.reason) == (False, draft,
                                                            "adds a number: 45%")
    assert not named.passed and named.reason == "adds a name: Google"
    assert named.text == draft


def test_saved_with_the_job_and_exported_in_every_format(job: dict[str, Any],
                                                         tmp_path: Path) -> None:
    letter = draft_for_job(job) + "\nP.S. Edited by me.\n"
    save_letter(job["id"], letter)
    assert get_job_by_id(job["id"])["cover_letter"] == letter
    sender = sender_of(job)
    assert sender == "Dana Whitfield"
    for fmt in ("txt", "md", "docx", "pdf"):
        out = export_letter(letter, fmt, tmp_path / f"letter.{fmt}", sender=sender)
        assert out.stat().st_size > 0
    assert (tmp_path / "letter.txt").read_text(encoding="utf-8") == letter
    markdown = (tmp_path / "letter.md").read_text(encoding="utf-8")
    assert markdown.count("\n- ") == letter.count("\n• ") > 0  # the evidence as a list
    assert "Dear Harbor Freight Logistics hiring team," in markdown
    paragraphs = [p.text for p in Document(str(tmp_path / "letter.docx")).paragraphs]
    assert paragraphs[0] == "Dana Whitfield"
    assert any(p.startswith("Dear Harbor Freight Logistics hiring team") for p in paragraphs)
    assert "P.S. Edited by me." in paragraphs
    pdf_text = "".join(page.extract_text() for page in PdfReader(tmp_path / "letter.pdf").pages)
    assert "Dana Whitfield" in pdf_text and "Sincerely," in pdf_text
    with pytest.raises(FileExistsError):
        export_letter(letter, "txt", tmp_path / "letter.txt", sender=sender)


def test_the_layout_keeps_paragraphs_and_bullets() -> None:
    layout = letter_layout("Ana Ruiz\nana@example.com\n\nDear team,\n\nI apply.\n\n"
                           "• SQL: Wrote reports.\n• Excel: Built models.\n\nSincerely,\nAna Ruiz",
                           "Ana Ruiz")
    assert (layout.name, layout.contact) == ("Ana Ruiz", ["ana@example.com"])
    blocks = layout.sections[0].blocks
    assert [b.bullets for b in blocks if b.bullets] == [["SQL: Wrote reports.",
                                                         "Excel: Built models."]]
    texts = [h.text for b in blocks for h in b.header]
    assert texts == ["", "Dear team,", "", "I apply.", "", "", "Sincerely,", "Ana Ruiz"]


def click(widget: QWidget) -> None:
    assert widget.isEnabled(), widget.objectName()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_letter_dialog_drafts_polishes_refuses_and_saves(qtbot: Any,
                                                            job: dict[str, Any],
                                                            tmp_path: Path) -> None:
    with stub_server(lambda text: "number") as stub:
        config = LlmConfig(url=stub.url, model="llama3.2", timeout=5)
        dialog = LetterDialog(job, config)
        qtbot.addWidget(dialog)
        dialog.show()
        draft = draft_for_job(job)
        qtbot.waitUntil(lambda: dialog.text() == draft, timeout=WAIT)
        click(dialog.polish_button)
        qtbot.waitUntil(lambda: "refused" in dialog.status.text(), timeout=WAIT)
        assert dialog.status.text() == ("The model's polish was refused (adds a number: 45%); "
                                        "your letter is kept as it was.")
        assert dialog.text() == draft
        stub.behaviour = lambda text: "faithful"
        click(dialog.polish_button)
        qtbot.waitUntil(lambda: dialog.status.text().startswith("Polished"), timeout=WAIT)
        assert dialog.text() == faithful_letter(draft)
        dialog.edit.undo()  # the polish is one edit: Undo brings the draft back
        assert dialog.text() == draft
        dialog.edit.redo()
        with qtbot.waitSignal(dialog.saved, timeout=WAIT):
            click(dialog.save_button)
    assert get_job_by_id(job["id"])["cover_letter"] == faithful_letter(draft)
    assert not dialog.save_button.isEnabled()  # nothing new to save
    dialog.export_to(tmp_path / "letter.docx", "docx")
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Exported to"), timeout=WAIT)
    assert (tmp_path / "letter.docx").exists()


def test_without_a_model_polish_is_off_and_the_saved_letter_opens(qtbot: Any,
                                                                 job: dict[str, Any]) -> None:
    save_letter(job["id"], "Dear team,\n\nMy own words.\n")
    dialog = LetterDialog(get_job_by_id(job["id"]) or {}, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.text() == "Dear team,\n\nMy own words.\n"
    assert not dialog.polish_button.isEnabled()
    assert "Preferences" in dialog.polish_button.toolTip()


def test_closing_keeps_an_edited_letter(qtbot: Any, job: dict[str, Any]) -> None:
    dialog = LetterDialog(job, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.text().startswith("Dana Whitfield"), timeout=WAIT)
    dialog.edit.moveCursor(dialog.edit.textCursor().MoveOperation.End)
    QTest.keyClicks(dialog.edit, "P.S. Typed here.")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        QTest.mouseClick(dialog.findChild(QWidget, "letterCloseButton"),
                         Qt.MouseButton.LeftButton)
    assert saved.args[1].endswith("P.S. Typed here.")
    assert get_job_by_id(job["id"])["cover_letter"] == saved.args[1]
