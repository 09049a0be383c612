"""Length: keep everything / 2 pages / 1 page, per job, and Put back in What changed.

The control sits in the result pane's top row and shows the shown job's length.
Choosing another stores it on the job (``job.set_pages``) and tailors the job
again at once; clicking **Put back** beside a line the fitting left out (an
anchor ``putback:N`` in the What changed tab) keeps that line in the job from then
on (``job.put_back_line``) and tailors again. Both writes run on the task pool
(no write on the GUI thread) through :meth:`JobActions.again`, the path Retry uses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSize, QUrl, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QToolButton,
    QWidget,
)

from .. import job
from ..db import Status

# (pages, button text, its short form for a narrow window, tooltip); None keeps all
CHOICES: tuple[tuple[int | None, str, str, str], ...] = (
    (None, "Keep everything", "All", "Keep every line of your resume"),
    (2, "2 pages", "2", "Leave out the least relevant lines until it fits 2 pages"),
    (1, "1 page", "1", "Leave out the least relevant lines until it fits 1 page"),
)
PUT_BACK_SCHEME = "putback"
EDITED_TIP = ("This tailors the job again from your resume: the new result replaces "
              "your edited text on screen, and your edit stays under Version")


class LengthControl(QWidget):
    """Three linked buttons (a segmented control); emits ``pagesChosen`` on a click
    that changes the shown job's length. Enabled only for a finished job."""

    pagesChosen = Signal(str, object)  # job id, pages (None, 1 or 2)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lengthControl")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.label = label = QLabel("Length:")
        row.addWidget(label)
        row.addSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int | None, QToolButton] = {}
        for pages, text, _short, tip in CHOICES:
            button = QToolButton()
            button.setObjectName(f"length{pages or 'All'}Button")
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setAutoRaise(False)
            self.group.addButton(button)
            self.buttons[pages] = button
            row.addWidget(button)
            button.clicked.connect(lambda _checked=False, p=pages: self._chosen(p))
        label.setBuddy(self.buttons[None])
        # The window may be narrower than the whole control: it never widens the window
        # (no minimum width) and shows short labels when it gets less than it asks.
        self._full = super().sizeHint()
        self._compact = False
        self._job_id: str | None = None
        self._pages: int | None = None
        self._edited = False
        self.show_job(None)

    def sizeHint(self) -> QSize:
        return QSize(self._full)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._full.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        compact = self.width() < self._full.width()
        if compact != self._compact:
            self._compact = compact
            self.label.setVisible(not compact)  # the buttons' tooltips still say it
            for pages, text, short, _tip in CHOICES:
                self.buttons[pages].setText(short if compact else text)
        super().resizeEvent(event)

    def follow(self, widget: QWidget) -> None:
        """Put the three buttons right after ``widget`` in the Tab chain (Copy and Export
        first, so Tab from the job list still reaches the job's actions first). Both
        must already be in one window."""
        previous = widget
        for pages, _text, _short, _tip in CHOICES:
            QWidget.setTabOrder(previous, self.buttons[pages])
            previous = self.buttons[pages]

    def set_edited(self, edited: bool) -> None:
        """Whether the shown job's text is the user's edit: a length fits tailoring's
        result, not the edit, so the buttons say so before a click (the edit stays a
        version the user can choose again)."""
        self._edited = edited
        for pages, _text, _short, tip in CHOICES:
            self.buttons[pages].setToolTip(f"{tip}. {EDITED_TIP}" if edited else tip)

    def edited(self) -> bool:
        """Whether the shown job's text is the user's edit (see :meth:`set_edited`)."""
        return self._edited

    def pages(self) -> int | None:
        """The length the shown job asks for."""
        return self._pages

    def show_job(self, shown: dict[str, Any] | None) -> None:
        """Follow the result pane's job: its length checked, enabled when finished."""
        self._job_id = str(shown["id"]) if shown else None
        pages = shown.get("pages") if shown else None
        self._pages = pages if pages in self.buttons else None
        self.buttons[self._pages].setChecked(True)
        self.setEnabled(bool(shown) and (shown or {}).get("status") == Status.COMPLETED)

    def _chosen(self, pages: int | None) -> None:
        if self._job_id is None or pages == self._pages:
            return
        self._pages = pages
        self.setEnabled(False)  # until the job is tailored again
        self.pagesChosen.emit(self._job_id, pages)


class FitActions(QObject):
    """Carries out Length and Put back for the result pane (see the module docstring).

    ``again(job_id, change, message)`` runs ``change`` and requeues the job on the
    task pool, then queues it (:meth:`JobActions.again`)."""

    message = Signal(str)

    def __init__(self, control: LengthControl, changes_view: QTextBrowser,
                 shown: Callable[[], dict[str, Any] | None],
                 again: Callable[[str, Callable[[], object], str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown, self._again = shown, again
        self._control = control
        control.pagesChosen.connect(self._set_pages)
        changes_view.setOpenLinks(False)
        changes_view.anchorClicked.connect(self._anchor)

    @Slot(str, object)
    def _set_pages(self, job_id: str, pages: object) -> None:
        wanted = pages if isinstance(pages, int) else None
        said = ("Tailoring again, keeping every line." if wanted is None else
                f"Tailoring again to fit {wanted} page{'s' if wanted != 1 else ''}.")
        if self._control.edited():
            said += (" The length applies to tailoring's result, not to your edit; your "
                     "edit is saved and stays under Version.")
        self._again(job_id, lambda: job.set_pages(job_id, wanted), said)

    @Slot(QUrl)
    def _anchor(self, url: QUrl) -> None:
        shown = self._shown()
        if url.scheme() != PUT_BACK_SCHEME or not shown:
            return
        left = (shown.get("result") or {}).get("left_out") or []
        try:
            line = str(left[int(url.path())])
        except (ValueError, IndexError):
            return
        job_id = str(shown["id"])
        said = "Putting the line back and tailoring again."
        if self._control.edited():
            said += " Your edit is saved and stays under Version."
        self._again(job_id, lambda: job.put_back_line(job_id, line), said)
