"""The window's Rewrite bullets and Draft cover letter commands.

Both act on the job the result pane shows, when it is finished. Rewriting needs a
model server (Preferences → Rewrite with a language model); without one it says
where to turn it on and connects to nothing. After the user saves rewrites, the
job's row takes the new score and the pane shows the rewritten text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from ..db import Status
from .edit_session import with_edit
from .llm_settings import llm_config, llm_parallel
from .original_file import job_with_source
from .tasks import readable_error

if TYPE_CHECKING:
    from .letter_dialog import LetterDialog
    from .main_window import MainWindow
    from .rewrite_dialog import RewriteDialog

TURN_ON = ("Rewriting with a language model is off. Turn it on in Preferences → Rewrite "
           "with a language model, and name your model server (Ollama, LM Studio or a "
           "hosted one).")


class LlmActions(QObject):
    """See the module docstring; ``message`` goes to the status bar."""

    message = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: RewriteDialog | LetterDialog | None = None  # the one open (tests)

    def _finished_job(self) -> dict[str, Any] | None:
        job = self._window.result.job()
        if not job or job.get("status") != Status.COMPLETED or not job.get("result"):
            self.message.emit("Select a finished job first.")
            return None
        return job

    def rewrite(self) -> None:
        """Open the Rewrite dialog on the shown job (or say how to turn rewriting on)."""
        job = self._finished_job()
        if job is None:
            return
        config = llm_config()
        if config is None:
            box = QMessageBox(QMessageBox.Icon.Information, "Rewrite bullets", TURN_ON,
                              QMessageBox.StandardButton.Ok, self._window)
            box.setObjectName("rewriteOffNotice")
            box.setModal(False)
            box.show()
            self.dialog = None
            return
        def start() -> None:
            from .rewrite_dialog import RewriteDialog  # with its first use: start-up stays short

            dialog = RewriteDialog(job, config, parallel=llm_parallel(), parent=self._window)
            dialog.saved.connect(self._rewritten)
            self._open(dialog)

        self._after_edits(start)

    def _after_edits(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the user's typing in the pane is saved: the bullets to
        rewrite are read from the job's current revision, which must be that text."""
        edits = self._window.job_actions.edits
        edits.save_now()
        if not edits.pending():
            then()
            return

        def saved(_revision: object) -> None:
            edits.saved.disconnect(saved)
            then()

        edits.saved.connect(saved)

    def letter(self) -> None:
        """Open the cover letter of the shown job."""
        job = self._finished_job()
        if job is not None:
            from .letter_dialog import LetterDialog  # with its first use: start-up stays short

            dialog = LetterDialog(job, llm_config(), parent=self._window)
            dialog.saved.connect(self._letter_saved)
            self._open(dialog)

    def _open(self, dialog: RewriteDialog | LetterDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()  # window-modal; the window keeps painting and running jobs

    @Slot(str, object)
    def _rewritten(self, job_id: str, revision: dict[str, Any] | None) -> None:
        if not revision:
            return
        window = self._window
        window.model.update_job(job_id, score_after=revision["score"],
                                current_revision=revision["number"])
        window.show_message(f"Rewrites saved as revision {revision['number']}: match "
                            f"{revision['score']}.")

        def shown(found: dict[str, Any] | None) -> None:
            if found is not None and window.job_actions.shown.job_id == job_id:
                window.result.show_job(found, reload_text=True)  # the new revision's text

        window.tasks.run(lambda: with_edit(job_with_source(job_id)), shown,
                         lambda exc: self.message.emit(readable_error(exc)))

    @Slot(str, str)
    def _letter_saved(self, job_id: str, text: str) -> None:
        self.message.emit("Cover letter saved with the job.")
        shown = self._window.result.job()
        if shown and str(shown.get("id")) == job_id:
            shown["cover_letter"] = text  # the next Draft cover letter opens on it
