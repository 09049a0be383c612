"""Preferences → Rewrite with a language model, and the window's Rewrite command.

The machine has no system keyring, so tests that keep a key use a fake backend
defined here (``keyring.set_keyring``); every other test runs with keyring's
'fail' backend (conftest), as a machine without a keyring does. The model server
is tests/llm_stub.py on 127.0.0.1.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from gui_driving import click_cell, make_completed_jobs, open_window, proxy_index, wait_shown
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from llm_stub import faithful, stub_server
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGroupBox,
    QMessageBox,
    QStyle,
    QStyleOptionGroupBox,
    QWidget,
)

from tailor_app import revisions
from tailor_app.gui import settings as keys_of
from tailor_app.gui.llm_settings import llm_config
from tailor_app.gui.settings_dialog import SettingsDialog
from tailor_app.llm_keys import SERVICE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT = 15_000


class FakeKeyring(KeyringBackend):
    """A keyring in a dict: stands in for the Keychain or the Secret Service."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def fake_keyring() -> Iterator[FakeKeyring]:
    backend = FakeKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(fail.Keyring())


def click(widget: QWidget) -> None:
    assert widget.isEnabled(), widget.objectName()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(box: QGroupBox) -> None:
    """Click the section's own check box, as a person turns it on."""
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    rect = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                      QStyle.SubControl.SC_GroupBoxCheckBox, box)
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=rect.center())


def type_into(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    QTest.keyClicks(widget, text)


def ok_button(dialog: SettingsDialog) -> QWidget:
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Ok)


def open_preferences(qtbot: Any) -> SettingsDialog:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # Tab moves the focus (and ends an edit) in the active window
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    return dialog


def test_off_by_default_and_nothing_connects(qtbot: Any) -> None:
    with stub_server() as stub:
        dialog = open_preferences(qtbot)
        assert not dialog.llm.isChecked()
        assert not dialog.llm.url_edit.isEnabled()  # nothing to fill in while off
        assert dialog.llm.url_edit.text() == "http://localhost:11434/v1"
        click(ok_button(dialog))
        assert llm_config() is None
        assert stub.log == []


def test_turn_on_pick_a_listed_model_and_keep_the_key_in_the_keyring(
        qtbot: Any, fake_keyring: FakeKeyring, tmp_path: Path) -> None:
    with stub_server() as stub:
        dialog = open_preferences(qtbot)
        section = dialog.llm
        assert section.key_note.text().startswith("Kept in the system keyring (")
        tick(section)
        assert section.isChecked()
        type_into(section.url_edit, stub.url)
        QTest.keyClick(section.url_edit, Qt.Key.Key_Tab)  # leaving the field asks for models
        qtbot.waitUntil(lambda: section.model_combo.count() == 2, timeout=WAIT)
        assert [section.model_combo.itemText(i) for i in range(2)] == ["llama3.2",
                                                                       "qwen2.5:7b"]
        assert not section.remote_label.isVisible()  # 127.0.0.1 is this machine
        type_into(section.model_combo.lineEdit(), "qwen2.5:7b")
        type_into(section.key_edit, "sk-local-123")
        click(section.test_button)
        qtbot.waitUntil(lambda: section.status_label.text().startswith("Connected"),
                        timeout=WAIT)
        assert section.status_label.text() == f"Connected to {stub.url}: “qwen2.5:7b” is ready."
        assert stub.log[-1]["auth"] == "Bearer sk-local-123"
        assert dialog.isVisible()
        click(ok_button(dialog))

    config = llm_config()
    assert config is not None
    assert (config.url, config.model, config.api_key) == (stub.url, "qwen2.5:7b",
                                                          "sk-local-123")
    assert fake_keyring.store == {(SERVICE, stub.url.lower()): "sk-local-123"}
    settings_file = Path(keys_of.app_settings().fileName())
    assert "sk-local-123" not in settings_file.read_text(encoding="utf-8")


def test_without_a_keyring_the_key_comes_from_the_environment(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_preferences(qtbot)
    tick(dialog.llm)
    assert not dialog.llm.key_edit.isEnabled()
    assert "TAILOR_APP_LLM_KEY" in dialog.llm.key_note.text()
    assert "no system keyring" in dialog.llm.key_note.text()
    click(ok_button(dialog))
    config = llm_config()
    assert config is not None and config.api_key is None
    monkeypatch.setenv("TAILOR_APP_LLM_KEY", "sk-from-env")
    assert llm_config().api_key == "sk-from-env"  # type: ignore[union-attr]


def test_a_remote_host_is_named_in_one_sentence(qtbot: Any) -> None:
    dialog = open_preferences(qtbot)
    tick(dialog.llm)
    type_into(dialog.llm.url_edit, "https://api.example.com/v1")
    assert dialog.llm.remote_label.isVisible()
    assert dialog.llm.remote_label.text().startswith(
        "⚠ The resume's text will be sent to api.example.com:")
    type_into(dialog.llm.url_edit, "http://localhost:1234/v1")
    assert not dialog.llm.remote_label.isVisible()


def test_test_connection_says_when_no_server_answers(qtbot: Any) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/v1"
    dialog = open_preferences(qtbot)
    tick(dialog.llm)
    type_into(dialog.llm.url_edit, url)
    click(dialog.llm.test_button)
    qtbot.waitUntil(lambda: "answered" in dialog.llm.status_label.text(), timeout=WAIT)
    assert dialog.llm.status_label.text() == (
        f"No model server answered at {url}: start Ollama (or your server), or turn "
        "rewriting off in Preferences.")


# ------------------------------------------------------------------ the window


def _window_on_a_finished_job(qtbot: Any, tmp_path: Path) -> tuple[Any, str]:
    db_path = tmp_path / "window.db"
    _, ids = make_completed_jobs(db_path, tmp_path, ("Zeta Health",))
    window = open_window(qtbot, db_path)
    click_cell(window.job_panel.table, proxy_index(window, ids[0], 0))
    wait_shown(qtbot, window, ids[0])
    return window, ids[0]


def test_rewrite_is_off_until_preferences_turn_it_on(qtbot: Any, tmp_path: Path) -> None:
    with stub_server() as stub:
        window, _ = _window_on_a_finished_job(qtbot, tmp_path)
        assert window.rewrite_action.isEnabled()
        window.rewrite_action.trigger()
        notice = window.findChild(QMessageBox, "rewriteOffNotice")
        assert notice is not None and notice.isVisible()
        assert "Turn it on in Preferences" in notice.text()
        assert stub.log == []  # no connection at all


def test_rewrites_saved_in_the_window_show_in_the_pane_and_the_list(
        qtbot: Any, tmp_path: Path) -> None:
    with stub_server() as stub:
        settings = keys_of.app_settings()
        for key, value in ((keys_of.KEY_LLM_ENABLED, "true"), (keys_of.KEY_LLM_URL, stub.url),
                           (keys_of.KEY_LLM_MODEL, "llama3.2")):
            settings.setValue(key, value)
        settings.sync()
        window, job_id = _window_on_a_finished_job(qtbot, tmp_path)
        window.rewrite_action.trigger()
        dialog = window.llm_actions.dialog
        qtbot.waitUntil(lambda: dialog.state == "finished", timeout=WAIT)
        first = dialog.table.item(0, 0).text()
        click(dialog.accept_all_button)
        click(dialog.save_button)
        qtbot.waitUntil(lambda: revisions.current(job_id)["kind"] == "rewritten",
                        timeout=WAIT)
        qtbot.waitUntil(lambda: faithful(first) in window.result.result_view.toPlainText(),
                        timeout=WAIT)
        row = window.model.job(job_id)
        assert row is not None and row.score_after == revisions.current(job_id)["score"]


def test_rewrite_asks_about_the_text_as_edited_and_later_edits_are_new(
        qtbot: Any, tmp_path: Path) -> None:
    with stub_server() as stub:
        settings = keys_of.app_settings()
        for key, value in ((keys_of.KEY_LLM_ENABLED, "true"), (keys_of.KEY_LLM_URL, stub.url),
                           (keys_of.KEY_LLM_MODEL, "llama3.2")):
            settings.setValue(key, value)
        settings.sync()
        window, job_id = _window_on_a_finished_job(qtbot, tmp_path)
        view = window.result.result_view
        bullet = next(line for line in view.toPlainText().splitlines()
                      if line.startswith("• "))
        cursor = view.document().find(bullet)
        cursor.clearSelection()
        view.setTextCursor(cursor)  # the end of that bullet, as a click there puts it
        view.setFocus()
        QTest.keyClicks(view, " daily")  # typed, and the Rewrite comes before its save
        window.rewrite_action.trigger()
        qtbot.waitUntil(lambda: window.llm_actions.dialog is not None
                        and window.llm_actions.dialog.state == "finished", timeout=WAIT)
        edited = bullet.removeprefix("• ") + " daily"
        assert edited in stub.bullets_asked()  # the edit was saved first, then read
        dialog = window.llm_actions.dialog
        click(dialog.accept_all_button)
        click(dialog.save_button)
        qtbot.waitUntil(lambda: faithful(edited) in view.toPlainText(), timeout=WAIT)
        assert [r["kind"] for r in revisions.list_revisions(job_id)] == ["edited",
                                                                        "rewritten"]
        view.moveCursor(view.textCursor().MoveOperation.End)
        QTest.keyClicks(view, "More.")
        qtbot.waitUntil(lambda: len(revisions.list_revisions(job_id)) == 3, timeout=WAIT)
        kinds = [r["kind"] for r in revisions.list_revisions(job_id)]
        assert kinds == ["edited", "rewritten", "edited"]  # the rewrite stays as it was
        assert faithful(edited) in revisions.list_revisions(job_id)[1]["text"]
