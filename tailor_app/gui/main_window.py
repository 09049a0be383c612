"""The main window: resumes and the posting editor on the left, jobs and the
selected job's result on the right; menus, toolbar, status bar, notifications.

The window owns two thread pools of its own (never the global one): one for jobs,
sized from Settings, and a small one for quick tasks (imports, Best fit, reading a
job, export), so a long job queue never delays a click. Both are waited for when
the window closes; closing while jobs run asks first, and jobs that did not start
stay PENDING and are queued again at the next start.

A finished job is announced in the status bar, and with a tray notice when the
window is not active. Tray notices are coalesced: jobs finishing less than
:data:`NOTICE_DELAY_MS` apart share one ("12 jobs finished: 11 tailored, 1 failed"),
so a queue of 200 jobs does not pop 200 notices; a long stream still reports once
every :data:`NOTICE_MAX_WAIT_S`. A lone job keeps its own sentence.
"""

from __future__ import annotations

import logging
import time
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QSystemTrayIcon,
    QToolBar,
)

from .. import __version__, db, paths
from ..db import Status
from . import theme
from .best_fit import BestFit, BestFitResult
from .fact_dialog import HaveThis
from .job_actions import JobActions
from .job_model import CANCELLED_MESSAGE, JobTableModel
from .job_panel import JobPanel
from .llm_actions import LlmActions
from .posting_editor import PostingEditor, posting_problem
from .result_pane import ResultPane
from .resume_panel import SUPPORTED_SUFFIXES, ResumePanel
from .runner import JobRunner, ProcessFunction
from .settings import (
    KEY_COLUMNS,
    KEY_GEOMETRY,
    KEY_SPLITTER_PREFIX,
    KEY_STATE,
    app_settings,
    worker_count,
)
from .settings_dialog import SettingsDialog, open_folder
from .tasks import TaskRunner

log = logging.getLogger("tailor_app.gui.main_window")

TASK_THREADS = 2
WARM_UP_DELAY_MS = 300
NOTICE_DELAY_MS = 1500  # jobs finishing closer together than this share one notice
NOTICE_MAX_WAIT_S = 60.0  # ...but a steady stream of jobs still reports this often
TAILOR_KEY = "Ctrl+Return"  # handled by the posting editor's own shortcut


def finished_text(finished: dict[str, Any]) -> str:
    """One finished job in a sentence (the status bar, and a tray notice of one job)."""
    title = finished.get("title") or "Job"
    if finished.get("status") == Status.COMPLETED:
        return (f"\u201c{title}\u201d is tailored: match "
                f"{finished.get('score_before')} \u2192 {finished.get('score_after')}.")
    return f"\u201c{title}\u201d failed: {finished.get('error_message') or ''}"


def batch_text(batch: list[dict[str, Any]]) -> str:
    """One notice for jobs that finished together: '12 jobs finished: 11 tailored,
    1 failed'; a lone job keeps :func:`finished_text`."""
    if len(batch) == 1:
        return finished_text(batch[0])
    tailored = sum(1 for job in batch if job.get("status") == Status.COMPLETED)
    cancelled = sum(1 for job in batch if job.get("status") != Status.COMPLETED
                    and job.get("error_message") == CANCELLED_MESSAGE)
    failed = len(batch) - tailored - cancelled
    counts = [f"{n} {word}" for n, word in ((tailored, "tailored"), (failed, "failed"),
                                             (cancelled, "cancelled")) if n]
    return f"{len(batch)} jobs finished: " + ", ".join(counts)


def workers_text(count: int) -> str:
    """The status line after Preferences changed how many jobs run at once."""
    return "One job runs at a time." if count == 1 else \
        f"Up to {count} jobs run at the same time."


def _warm_engine(freeze: bool) -> int:
    from ..memory import load_without_collections
    from ..tailoring import load_engine

    return load_without_collections(load_engine, freeze=freeze)


class MainWindow(QMainWindow):
    """See the module docstring; built by :func:`tailor_app.gui.create_main_window`."""

    # The skills vocabulary is loaded and the window's start-up is over: what is alive
    # now lives as long as the window (``tailor-app`` then freezes it, see app.py).
    warmedUp = Signal()

    def __init__(self, user_id: str, *, process: ProcessFunction | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Resume Tailor")
        self.setWindowIcon(theme.app_icon())
        self.setAcceptDrops(True)
        self.user_id = user_id
        # Whether the warm-up freezes what is alive when done (the app's one window:
        # app.settle_when_warm); never in a process that makes many windows (tests).
        self.freeze_when_warm = False
        db.hold_connection()  # see its docstring: the workers' closes stay cheap
        self.job_pool = QThreadPool(self)
        self.job_pool.setMaxThreadCount(worker_count())
        self.task_pool = QThreadPool(self)
        self.task_pool.setMaxThreadCount(TASK_THREADS)
        self.runner = JobRunner(self.job_pool, process, self)
        self.tasks = TaskRunner(self.task_pool, self)
        self.model = JobTableModel(self)
        self._tray: QSystemTrayIcon | None = None
        # True once quitting with jobs running is agreed to: by the user in the Quit
        # question, or up front by whoever closes the window itself (the tests'
        # teardown, the benchmarks, the screenshot script), so it never asks them.
        self.closing_confirmed = False
        self._icons: dict[QAction, str] = {}
        self._finished: list[dict[str, Any]] = []  # waiting for one tray notice
        self._batch_started = 0.0
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_DELAY_MS)
        self._notice_timer.timeout.connect(self._flush_notice)

        self.resumes = ResumePanel(user_id, self.tasks)
        self.editor = PostingEditor()
        self.job_panel = JobPanel(self.model)
        self.result = ResultPane()
        self.best_fit = BestFit(user_id, self.tasks, self)
        self.job_actions = JobActions(self, user_id, self.model, self.runner, self.tasks,
                                   self.job_panel, self.editor, self.resumes, self.result,
                                   self.best_fit)
        self.have_this = HaveThis(self, self.tasks, self.result, self.job_actions, self.resumes)
        self.llm_actions = LlmActions(self)
        self._layout()
        self._make_actions()
        self._connect()
        self.resize(1320, 860)
        self.restore_layout()
        self.resumes.reload()
        self.job_actions.load()
        self._update_actions()
        # Load the skills vocabulary off the GUI thread once the window is up, so the
        # first Best fit and the first job don't pay for it.
        QTimer.singleShot(WARM_UP_DELAY_MS, self, self._warm_up)  # dies with the window

    # ----------------------------------------------------------------------- build

    def _layout(self) -> None:
        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.setObjectName("leftSplitter")
        self.left.addWidget(self.resumes)
        self.left.addWidget(self.editor)
        self.left.setSizes([380, 440])
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setObjectName("rightSplitter")
        self.right.addWidget(self.job_panel)
        self.right.addWidget(self.result)
        self.right.setSizes([300, 520])
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.setObjectName("mainSplitter")
        self.main_split.addWidget(self.left)
        self.main_split.addWidget(self.right)
        # A wider window widens both sides, the right (list and result) twice as much:
        # at 2560 pixels the left column kept 440 and its texts looked squeezed.
        self.main_split.setStretchFactor(0, 1)
        self.main_split.setStretchFactor(1, 2)
        self.main_split.setSizes([440, 880])
        for widget in (self.left, self.right, self.main_split):
            widget.setChildrenCollapsible(False)
            widget.setHandleWidth(8)
        self.main_split.setContentsMargins(8, 4, 8, 4)
        self.setCentralWidget(self.main_split)
        self.running_label = QLabel()
        self.statusBar().addPermanentWidget(self.running_label)

    def _action(self, text: str, icon: str | None, shortcut: Any, slot: Any,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(theme.icon(icon))
            self._icons[action] = icon
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        commands, panel = self.job_actions, self.job_panel
        self.import_action = self._action("&Import resume\u2026", "import",
                                          QKeySequence.StandardKey.Open,
                                          self.resumes.choose_files,
                                          "Import a resume file (PDF, Word, ODT, RTF, TXT, MD)")
        self.sample_action = self._action("Import the &sample resume", "sample", None,
                                          self.resumes.import_sample)
        self.export_action = self._action("&Export\u2026", "export", "Ctrl+E",
                                          commands.export_selected,
                                          "Save the selected job's tailored resume")
        self.prefs_action = self._action("&Preferences\u2026", "settings",
                                         QKeySequence.StandardKey.Preferences,
                                         self.open_settings)
        if self.prefs_action.shortcut().isEmpty():
            self.prefs_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = self._action("&Quit", "quit", QKeySequence.StandardKey.Quit,
                                        self.close)
        if self.quit_action.shortcut().isEmpty():  # desktops without a standard key
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        # The editor owns Ctrl+Return (a second shortcut on the same key would make both
        # ambiguous, and neither would fire): the menu shows the key after a tab, Qt's
        # way of naming a shortcut that another object handles.
        tailor_keys = QKeySequence(TAILOR_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        self.tailor_action = self._action(f"&Tailor\t{tailor_keys}", "tailor", None,
                                          self.editor.tailor_button.click,
                                          f"Tailor the chosen resume to the posting "
                                          f"({tailor_keys})")
        self.tailor_action.setEnabled(self.editor.tailor_button.isEnabled())
        self.editor.tailor_button.installEventFilter(self)  # the action follows the button
        self.retry_action = self._action("&Retry", "retry", "Ctrl+R",
                                         lambda: commands.retry(panel.selected_retryable()),
                                         "Run the selected failed jobs again")
        self.cancel_action = self._action("&Cancel", "cancel", None,
                                          lambda: commands.cancel(self._selected(
                                              Status.PENDING, Status.PROCESSING)),
                                          "Stop the selected waiting or running jobs")
        self.delete_action = self._action("&Delete\u2026", "delete",
                                          QKeySequence.StandardKey.Delete,
                                          lambda: commands.delete(panel.selected_job_ids()),
                                          "Delete the selected jobs")
        self.duplicate_action = self._action("D&uplicate into editor", "duplicate", "Ctrl+D",
                                             lambda: commands.duplicate(
                                                 self.job_panel.current_job_id()),
                                             "Put the job's posting back in the editor")
        self.copy_action = self._action("Copy tailored te&xt", "copy", "Ctrl+Shift+C",
                                        self.result.copy)
        self.rewrite_action = self._action("Re&write bullets\u2026", None, None,
                                           self.llm_actions.rewrite, "Reword the bullets with "
                                           "your language model; you accept each one")
        self.letter_action = self._action("Draft cover &letter\u2026", None, None,
                                          self.llm_actions.letter, "A cover letter from the "
                                          "resume's own evidence for this posting")
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.job_panel.table.addAction(self.delete_action)
        about = self._action("&About Resume Tailor", None, None, self.about)
        data = self._action("Open &data folder", None, None,
                            lambda: open_folder(paths.data_dir()))
        logs = self._action("Open &log folder", None, None, lambda: open_folder(paths.log_dir()))

        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        for action in (self.import_action, self.sample_action, None, self.export_action, None,
                       self.prefs_action, None, self.quit_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        edit_menu = menus.addMenu("&Edit")  # the tailored text's; the editor owns the keys
        for action in self.result.edit_actions(self):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
        job_menu = menus.addMenu("&Job")
        for action in (self.tailor_action, None, self.retry_action, self.cancel_action,
                       self.duplicate_action, self.copy_action, None, self.rewrite_action,
                       self.letter_action, None, self.delete_action):
            job_menu.addSeparator() if action is None else job_menu.addAction(action)
        help_menu = menus.addMenu("&Help")
        for action in (data, logs, None, about):
            help_menu.addSeparator() if action is None else help_menu.addAction(action)

        toolbar = QToolBar("Main toolbar")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.import_action, None, self.retry_action, self.cancel_action,
                       self.duplicate_action, self.delete_action, None, self.export_action,
                       None, self.prefs_action):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar
        for action, name in ((self.retry_action, "retryButton"),
                             (self.export_action, "exportToolButton"),
                             (self.import_action, "importToolButton")):
            widget = toolbar.widgetForAction(action)
            if widget is not None:
                widget.setObjectName(name)
        self.job_panel.menu_actions = [self.retry_action, self.cancel_action, self.duplicate_action,
                                  self.export_action, self.copy_action, None,
                                  self.rewrite_action, self.letter_action, None,
                                  self.delete_action]
        for action in self._icons:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and not action.toolTip().endswith(f"({keys})"):  # the tip names it too
                action.setToolTip(f"{action.toolTip()} ({keys})")

    def _connect(self) -> None:
        commands = self.job_actions
        self.editor.tailorRequested.connect(commands.tailor)
        self.resumes.resumeSelected.connect(
            lambda resume_id: self.editor.set_resume_chosen(resume_id is not None))
        self.resumes.resumesChanged.connect(self._posting_changed)
        self.resumes.resumesChanged.connect(self._resumes_changed)
        self.editor.postingChanged.connect(self._posting_changed)
        self.best_fit.updated.connect(self._show_best_fit)
        self.best_fit.cleared.connect(lambda: self._show_best_fit(None))
        for facts_changed in (self.have_this.factsChanged, commands.edits.factAdded,
                              self.resumes.additions.changed):  # Fit counts facts
            facts_changed.connect(self.best_fit.facts_changed)
        for source in (self.resumes, self.result, commands, self.have_this,
                       self.llm_actions):
            source.message.connect(self.show_message)
        commands.jobDone.connect(self._notify)
        self.job_panel.selectionChanged.connect(self._update_actions)
        # Row changes arrive a batch at a time (gui/job_updates.py): the actions and
        # the running count follow once per batch, after the event loop's current pass.
        self._actions_timer = QTimer(self)
        self._actions_timer.setSingleShot(True)
        self._actions_timer.setInterval(0)
        self._actions_timer.timeout.connect(self._update_actions)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.modelReset):
            signal.connect(self._schedule_actions)

    # ----------------------------------------------------------------- reactions

    def _warm_up(self) -> None:
        if self.isVisible():  # not after close (the pools have been drained)
            # A failure is shown to the user by the runner.
            freeze = self.freeze_when_warm
            self.tasks.run(lambda: _warm_engine(freeze), self._warmed)

    def _warmed(self, _result: object) -> None:
        self.warmedUp.emit()
        if self.isVisible():
            # One tailoring child now, so the first job starts at once; the others start
            # when jobs need them (each costs memory while the app is open). After the
            # engine's warm-up, not beside it: starting a child imports multiprocessing's
            # fork server on the task thread, and a collection it set off there walked
            # the warm-up's new objects before they were frozen.
            self.tasks.run(lambda: self.runner.warm_up(1), lambda _result: None)

    def _schedule_actions(self, *_args: Any) -> None:
        if not self._actions_timer.isActive():
            self._actions_timer.start()

    def _selected(self, *statuses: str) -> list[str]:
        return [job_id for job_id, status in self.job_panel.selected_statuses().items()
                if status in statuses]

    def _update_actions(self, *_args: Any) -> None:
        chosen = self.job_panel.selected_statuses()
        states = set(chosen.values())
        self.retry_action.setEnabled(bool(self.job_panel.selected_retryable()))
        self.cancel_action.setEnabled(bool(states & {Status.PENDING, Status.PROCESSING}))
        self.delete_action.setEnabled(bool(chosen))
        self.duplicate_action.setEnabled(len(chosen) == 1)
        self.export_action.setEnabled(states == {Status.COMPLETED} and len(chosen) == 1)
        self.copy_action.setEnabled(states == {Status.COMPLETED} and len(chosen) == 1)
        for action in (self.rewrite_action, self.letter_action):
            action.setEnabled(states == {Status.COMPLETED} and len(chosen) == 1)
        running = self.model.count_by_status((Status.PENDING, Status.PROCESSING))
        self.running_label.setText(f"{running} job{'s' if running != 1 else ''} waiting or "
                                   "running" if running else "")

    def _resumes_changed(self) -> None:
        """A removed resume's jobs stop offering Retry now (their rows and, if one is
        shown, its banner), not at the next start."""
        gone = self.model.forget_resumes(set(self.resumes.resume_ids()))
        if self.result.job_id() in gone:
            self.job_actions.shown.show(self.result.job_id())

    def _posting_changed(self) -> None:
        text = self.editor.posting()
        if not text.strip() or posting_problem(text):
            # No posting (or "hi", a link): no guesses about it and no fit score for it.
            self.editor.apply_analysis(None, None)
            text = ""
        self.best_fit.schedule(text, self.editor.typed_title(), self.editor.typed_company())

    def _show_best_fit(self, result: BestFitResult | None) -> None:
        if result is None:
            self.resumes.set_fit_scores({}, None)
            self.resumes.best_fit_label.setText("")
            return
        best = result.best
        self.resumes.set_fit_scores({s.resume_id: s.score for s in result.scores},
                                    best.resume_id if best else None)
        if best is not None and len(result.scores) > 1:
            self.resumes.best_fit_label.setText(
                f"Best fit: <b>{escape(best.name)}</b> ({best.score}/100)")
        elif best is not None:
            self.resumes.best_fit_label.setText(f"Fit for this posting: <b>{best.score}</b>/100")
        self.editor.apply_analysis(result.title, result.company)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _notify(self, finished: dict[str, Any]) -> None:
        """Status bar at once; the tray notice waits for the burst to end (see the
        module docstring). Jobs that finish while the user is looking are not queued."""
        self.show_message(finished_text(finished))
        if not self.wants_tray_notice():
            return
        if not self._finished:
            self._batch_started = time.monotonic()
        self._finished.append(finished)
        if time.monotonic() - self._batch_started < NOTICE_MAX_WAIT_S:
            self._notice_timer.start()  # (re)start: wait until jobs stop finishing

    def notice_pending(self) -> bool:
        """Finished jobs are waiting for the end of their burst to get a tray notice."""
        return self._notice_timer.isActive() or bool(self._finished)

    # The two platform calls of the tray notice, public so that a test can stand in
    # for the window's activation and the system tray (which offscreen Qt lacks).
    def wants_tray_notice(self) -> bool:
        """The user is elsewhere and the desktop has a tray to show a notice in."""
        return not self.isActiveWindow() and QSystemTrayIcon.isSystemTrayAvailable()

    def _flush_notice(self) -> None:
        batch, self._finished = self._finished, []
        if batch and self.wants_tray_notice():  # not if the user came back meanwhile
            self.show_tray_notice(batch_text(batch))

    def _come_back(self, *_: object) -> None:
        """A click on the tray notice's icon brings the window back."""
        self.showNormal()
        self.activateWindow()

    def show_tray_notice(self, text: str) -> None:
        if self._tray is None:
            self._tray = QSystemTrayIcon(theme.app_icon(), self)
            self._tray.activated.connect(self._come_back)
        self._tray.show()
        self._tray.showMessage("Resume Tailor", text, theme.app_icon(), 6000)

    def open_settings(self) -> None:
        dialog = SettingsDialog(self)
        if dialog.exec():
            self.runner.set_workers(worker_count())
            self.show_message(dialog.notice or workers_text(worker_count()))

    def about(self) -> None:
        from ..tailoring import VOCABULARY_CREDITS

        QMessageBox.about(
            self, "About Resume Tailor",
            f"<h3>Resume Tailor {__version__}</h3><p>Tailors your resume to a job posting "
            "on this computer, truthfully: it reorders and rewords what you wrote and "
            "never adds a skill, employer, date or number you did not state.</p>"
            f"<p>Your data: {paths.data_dir()}</p><p><small>{VOCABULARY_CREDITS}</small></p>")

    # ------------------------------------------------------------- drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(Path(u.toLocalFile()).suffix.lower() in SUPPORTED_SUFFIXES for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.resumes.import_files(files)
            event.acceptProposedAction()

    # ------------------------------------------------------------------- layout

    def _splitters(self) -> list[QSplitter]:
        return [self.main_split, self.left, self.right, self.resumes.splitter,
                self.result.side_by_side]

    def restore_layout(self) -> None:
        settings = app_settings()
        geometry = settings.value(KEY_GEOMETRY)
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        state = settings.value(KEY_STATE)
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state))
        for splitter in self._splitters():
            saved = settings.value(KEY_SPLITTER_PREFIX + splitter.objectName())
            if isinstance(saved, QByteArray | bytes):
                splitter.restoreState(QByteArray(saved))
        widths = settings.value(KEY_COLUMNS)
        if isinstance(widths, list):
            self.job_panel.set_column_widths([int(w) for w in widths if str(w).isdigit()])

    def save_layout(self) -> None:
        settings = app_settings()
        settings.setValue(KEY_GEOMETRY, self.saveGeometry())
        settings.setValue(KEY_STATE, self.saveState())
        for splitter in self._splitters():
            settings.setValue(KEY_SPLITTER_PREFIX + splitter.objectName(), splitter.saveState())
        settings.setValue(KEY_COLUMNS, self.job_panel.column_widths())
        settings.sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor.tailor_button and event.type() == QEvent.Type.EnabledChange:
            self.tailor_action.setEnabled(self.editor.tailor_button.isEnabled())
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            for action, name in self._icons.items():
                action.setIcon(theme.icon(name))
            self.result.refresh_colours()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        busy = self.runner.active_count()
        if busy and not self.closing_confirmed:
            answer = QMessageBox.question(
                self, "Jobs are still running",
                f"{busy} job{'s are' if busy != 1 else ' is'} waiting or running.\n\n"
                "Quit anyway? Unfinished jobs continue the next time you open Resume Tailor.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.closing_confirmed = True
        self.editor.save_draft()
        self.job_actions.edits.save_now()  # written before the task pool is waited for
        self.save_layout()
        # Gone from the screen at once: the waits below can take a second or more
        # (start-up still loading the engine, an export being written).
        self.hide()
        self.tasks.close()  # what is queued (the saves above) runs; nothing new starts
        self.runner.shutdown()
        self.task_pool.waitForDone(10_000)
        self.job_actions.edits.close()  # the edit checker's child process
        db.close_db()
        self._notice_timer.stop()
        self._finished.clear()
        if self._tray is not None:
            self._tray.hide()
        event.accept()
