"""Preferences → Rewrite with a language model: which server, which model, the key.

Off by default, and while it is off the app opens no network connection at all.
The server is any OpenAI-compatible chat API (Ollama's is the suggestion); its
models are offered from ``GET {url}/models``, asked off the GUI thread when the
section is turned on, the address is changed or **Test connection** is pressed.
The API key goes to the system keyring when there is one (``tailor_app.llm_keys``),
never into settings.ini; without one it is not stored and ``TAILOR_APP_LLM_KEY``
is the way to give it. When the address is not this computer, one sentence says
that the resume's text will be sent there.
"""

from __future__ import annotations

import urllib.parse
from typing import Any

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import llm_keys as keys
from ..rewriting import (
    DEFAULT_PARALLEL,
    DEFAULT_TIMEOUT,
    DEFAULT_URL,
    ENV_KEY,
    LlmConfig,
    LlmError,
    is_local,
    list_models,
)
from .settings import (
    KEY_LLM_ENABLED,
    KEY_LLM_MODEL,
    KEY_LLM_PARALLEL,
    KEY_LLM_TIMEOUT,
    KEY_LLM_URL,
    app_settings,
    read_str,
)
from .tasks import TaskRunner, readable_error

MAX_PARALLEL = 8
LIST_TIMEOUT = 10.0  # seconds: listing models is quick on any live server


def _int(settings: QSettings, key: str, default: int, low: int, high: int) -> int:
    try:
        value = int(float(read_str(settings, key, str(default))))
    except ValueError:
        value = default
    return max(low, min(high, value))


def llm_enabled(settings: QSettings | None = None) -> bool:
    settings = settings or app_settings()
    return read_str(settings, KEY_LLM_ENABLED, "false").lower() == "true"


def llm_parallel(settings: QSettings | None = None) -> int:
    """Requests sent at the same time (the model runs on the user's machine: 2)."""
    return _int(settings or app_settings(), KEY_LLM_PARALLEL, DEFAULT_PARALLEL, 1,
                MAX_PARALLEL)


def llm_config(settings: QSettings | None = None) -> LlmConfig | None:
    """The server Preferences name, or None while rewriting is off (then nothing
    may connect anywhere). The key: the keyring's, else ``TAILOR_APP_LLM_KEY``."""
    settings = settings or app_settings()
    url = read_str(settings, KEY_LLM_URL, "").strip()
    if not llm_enabled(settings) or not url:
        return None
    timeout = _int(settings, KEY_LLM_TIMEOUT, int(DEFAULT_TIMEOUT), 5, 600)
    return LlmConfig(url=url.rstrip("/"), model=read_str(settings, KEY_LLM_MODEL, "").strip(),
                     api_key=keys.load_key(url) or keys.env_key(), timeout=float(timeout))


def remote_warning(url: str) -> str:
    """One sentence when ``url`` is not this computer; '' when it is."""
    if not url.strip() or is_local(url):
        return ""
    host = urllib.parse.urlsplit(url.strip()).hostname or url.strip()
    return (f"The resume's text will be sent to {host}: each bullet you rewrite and the "
            "cover letter you polish leave this computer.")


def connection_text(config: LlmConfig, models: list[str]) -> str:
    """What Test connection found, said plainly."""
    if not models:
        return (f"Connected to {config.url}. It lists no models: type the model's name "
                "as the server knows it.")
    shown = ", ".join(models[:6]) + (f" and {len(models) - 6} more" if len(models) > 6 else "")
    if config.model and config.model not in models:
        return (f"Connected to {config.url}, but it has no model named “{config.model}”. "
                f"It lists: {shown}.")
    if config.model:
        return f"Connected to {config.url}: “{config.model}” is ready."
    return f"Connected to {config.url}. Choose a model: {shown}."


class LlmSettingsSection(QGroupBox):
    """The section of the Preferences dialog; :meth:`save` writes it on OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Rewrite with a language model", parent)
        self.setObjectName("llmSection")
        self.setCheckable(True)
        settings = app_settings()
        # Its own one-thread pool (the one task API, TaskRunner): a slow server never
        # holds up the window's task pool. Made before the runner so it is deleted
        # first, waiting for a running request while the runner's signals still live.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._tasks = TaskRunner(self._pool, self)
        self._asked = 0  # the newest request: older answers are dropped

        layout = QVBoxLayout(self)
        intro = QLabel("Off unless you turn it on. Each bullet is sent on its own to the "
                       "server you name; the guard refuses any rewrite that adds or drops a "
                       "fact, and you accept each one.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url_edit = QLineEdit(read_str(settings, KEY_LLM_URL, DEFAULT_URL) or DEFAULT_URL)
        self.url_edit.setObjectName("llmUrlEdit")
        self.url_edit.setPlaceholderText(DEFAULT_URL)
        self.url_edit.setToolTip("Any OpenAI-compatible API: Ollama http://localhost:11434/v1, "
                                 "LM Studio http://localhost:1234/v1, or a hosted provider's.")
        form.addRow("Server address:", self.url_edit)
        self.model_combo = QComboBox()
        self.model_combo.setObjectName("llmModelCombo")
        self.model_combo.setEditable(True)
        self.model_combo.setMinimumContentsLength(18)
        saved_model = read_str(settings, KEY_LLM_MODEL, "")
        if saved_model:
            self.model_combo.addItem(saved_model)
        self.model_combo.setCurrentText(saved_model)
        line = self.model_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText("e.g. llama3.2")
        form.addRow("Model:", self.model_combo)
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("llmKeyEdit")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_note = QLabel()
        self.key_note.setObjectName("llmKeyNote")
        self.key_note.setWordWrap(True)
        form.addRow("API key:", self.key_edit)
        form.addRow(self.key_note)
        self.timeout_spin = QSpinBox()
        self.timeout_spin.setObjectName("llmTimeoutSpin")
        self.timeout_spin.setRange(5, 600)
        self.timeout_spin.setSuffix(" s")
        self.timeout_spin.setValue(_int(settings, KEY_LLM_TIMEOUT, int(DEFAULT_TIMEOUT), 5, 600))
        self.timeout_spin.setToolTip("How long to wait for one answer; a large model on a "
                                     "laptop may need a minute or more.")
        form.addRow("Wait at most:", self.timeout_spin)
        self.parallel_spin = QSpinBox()
        self.parallel_spin.setObjectName("llmParallelSpin")
        self.parallel_spin.setRange(1, MAX_PARALLEL)
        self.parallel_spin.setValue(llm_parallel(settings))
        self.parallel_spin.setToolTip("Bullets asked about at the same time.")
        form.addRow("Requests at once:", self.parallel_spin)
        layout.addLayout(form)

        self.remote_label = QLabel()
        self.remote_label.setObjectName("llmRemoteLabel")
        self.remote_label.setWordWrap(True)
        layout.addWidget(self.remote_label)
        row = QHBoxLayout()
        self.test_button = QPushButton("Test connection")
        self.test_button.setObjectName("llmTestButton")
        self.test_button.clicked.connect(self.test_connection)
        self.status_label = QLabel()
        self.status_label.setObjectName("llmStatusLabel")
        self.status_label.setWordWrap(True)
        row.addWidget(self.test_button)
        row.addWidget(self.status_label, 1)
        layout.addLayout(row)

        self._keyring = keys.has_backend()
        self._key_url = self.url_edit.text().strip()  # the server the stored key is for
        self._stored_key = keys.load_key(self._key_url) if self._keyring else None
        self.key_edit.setText(self._stored_key or "")
        self._explain_key()
        self.setChecked(llm_enabled(settings))
        self.toggled.connect(self._turned)
        self.url_edit.textChanged.connect(self._show_remote)
        self.url_edit.editingFinished.connect(self._address_done)
        self._show_remote()

    # ------------------------------------------------------------------ display

    def _explain_key(self) -> None:
        if self._keyring:
            self.key_edit.setPlaceholderText("only if the server asks for one")
            self.key_note.setText(f"Kept in the system keyring ({keys.backend_name()}), "
                                  "never in the settings file.")
            return
        self.key_edit.setEnabled(False)
        self.key_edit.setPlaceholderText(f"set {ENV_KEY} instead")
        set_now = " It is set now and will be used." if keys.env_key() else ""
        self.key_note.setText(f"This computer has no system keyring, so a key is not stored: "
                              f"give it in the environment variable {ENV_KEY}.{set_now}")

    def _show_remote(self) -> None:
        text = remote_warning(self.url_edit.text())
        self.remote_label.setText(f"⚠ {text}" if text else "")
        self.remote_label.setVisible(bool(text))

    # ------------------------------------------------------------------- models

    def config(self) -> LlmConfig:
        """The server as the fields say now (for Test connection)."""
        url = self.url_edit.text().strip() or DEFAULT_URL
        key = (self.key_edit.text().strip() if self._keyring else "") or keys.env_key()
        return LlmConfig(url=url.rstrip("/"), model=self.model_combo.currentText().strip(),
                         api_key=key or None,
                         timeout=min(float(self.timeout_spin.value()), LIST_TIMEOUT))

    def _turned(self, on: bool) -> None:
        if on:
            self._ask_models(report=False)

    def _address_done(self) -> None:
        if self.isChecked():
            self._ask_models(report=False)

    def test_connection(self) -> None:
        """Ask the server for its models and say what happened."""
        self._ask_models(report=True)

    def _ask_models(self, *, report: bool) -> None:
        config = self.config()
        self._asked += 1
        asked = self._asked
        if report:
            self.status_label.setText(f"Asking {config.url}\u2026")
            self.test_button.setEnabled(False)

        def done(models: list[str]) -> None:
            if asked != self._asked:
                return
            self.test_button.setEnabled(True)
            self._offer(models)
            if report:
                self.status_label.setText(connection_text(config, models))

        def failed(exc: Exception) -> None:
            if asked != self._asked:
                return
            self.test_button.setEnabled(True)
            if report:
                self.status_label.setText(str(exc) if isinstance(exc, LlmError)
                                          else readable_error(exc))

        self._tasks.run(lambda: list_models(config), done, failed)

    def _offer(self, models: list[str]) -> None:
        typed = self.model_combo.currentText().strip()
        self.model_combo.clear()
        self.model_combo.addItems(models)
        if typed:
            self.model_combo.setCurrentText(typed)
        elif len(models) == 1:
            self.model_combo.setCurrentIndex(0)

    def busy(self) -> bool:
        return self._tasks.pending() > 0

    # --------------------------------------------------------------------- save

    def save(self, settings: QSettings) -> str:
        """Write the section; the key goes to the keyring (or nowhere). Returns a
        sentence for the status bar when the key could not be kept, else ''."""
        url = self.url_edit.text().strip() or DEFAULT_URL
        values: dict[str, Any] = {
            KEY_LLM_ENABLED: "true" if self.isChecked() else "false",
            KEY_LLM_URL: url, KEY_LLM_MODEL: self.model_combo.currentText().strip(),
            KEY_LLM_TIMEOUT: self.timeout_spin.value(),
            KEY_LLM_PARALLEL: self.parallel_spin.value(),
        }
        for key, value in values.items():
            settings.setValue(key, value)
        typed = self.key_edit.text().strip()
        if self._keyring and (typed != (self._stored_key or "") or url != self._key_url):
            if not keys.save_key(url, typed):
                return ("The system keyring did not keep the API key; set "
                        f"{ENV_KEY} instead.")
            self._stored_key, self._key_url = typed or None, url
        return ""
