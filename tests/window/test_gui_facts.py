""""I have this" and Your additions, driven with the mouse and keyboard as a person
would: a click on the link in the match report, keys in the dialog, clicks on rows and
buttons; then wait for the job's row to be tailored again and read what it shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fact_samples import LINE, POSTING, RESUME, ROLE
from factories import make_text
from gui_driving import WAIT, click_cell, open_window, proxy_index, wait_shown
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTextBrowser, QTreeWidget, QWidget

from tailor_app import facts, revisions, startup
from tailor_app.db import Status
from tailor_app.gui.job_model import COL_TITLE
from tailor_app.gui.main_window import MainWindow
from tailor_app.gui.report_html import HAVE_TEXT, have_href, skill_of_href
from tailor_app.gui.result_pane import TAB_REPORT, TAB_TEXTS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support raise")


def make_job(db_path: Path, tmp_path: Path,
             fact: tuple[str, str | None, str | None] | None = None) -> dict[str, Any]:
    """Luis's resume (with ``fact`` stored first, if given) and one COMPLETED job."""
    from tailor_app.importer import import_resume
    from tailor_app.job_processor import process_job

    user = startup.open_app_database(db_path)
    resume = import_resume(make_text(tmp_path / "luis.txt", RESUME), user)
    if fact:
        facts.add_fact(resume["id"], *fact)
    done = process_job(user, resume["id"], POSTING, "HVAC Field Technician", "Desert Air")
    assert done["status"] == Status.COMPLETED
    return {"resume_id": resume["id"], "job_id": done["id"], "score": done["score_after"],
            "attempts": done["attempts"]}


def open_job(qtbot: Any, db_path: Path, job_id: str, tab: int) -> MainWindow:
    """The window with the job clicked in the list and one of its tabs clicked."""
    window = open_window(qtbot, db_path)
    window.resize(1500, 950)
    click_cell(window.job_panel.table, proxy_index(window, job_id, COL_TITLE))
    wait_shown(qtbot, window, job_id)
    click_tab(window, tab)
    return window


def click_tab(window: MainWindow, tab: int) -> None:
    bar = window.result.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     bar.tabRect(tab).center())
    assert window.result.tabs.currentIndex() == tab


def anchor_point(browser: QTextBrowser, href: str) -> QPoint:
    """Where the link ``href`` is drawn in the browser's viewport (scrolled into view)."""
    document = browser.document()
    found = document.find(HAVE_TEXT)
    while not found.isNull():
        if found.charFormat().anchorHref() == href:
            cursor = QTextCursor(document)
            cursor.setPosition(found.selectionStart() + 2)
            browser.setTextCursor(cursor)
            browser.ensureCursorVisible()
            point = browser.cursorRect(cursor).center()
            assert browser.anchorAt(point) == href  # what a click there would open
            return point
        found = document.find(HAVE_TEXT, found)
    raise AssertionError(f"no link {href} in the report")


def click_have_this(qtbot: Any, window: MainWindow, skill: str) -> Any:
    """Click "I have this" beside ``skill`` and wait for the dialog."""
    browser = window.result.match_report
    point = anchor_point(browser, have_href(skill))
    QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, point)
    qtbot.waitUntil(lambda: window.have_this.dialog is not None
                    and window.have_this.dialog.isVisible(), timeout=WAIT)
    return window.have_this.dialog


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     widget.rect().center())


def missing_required(window: MainWindow) -> str:
    """The report's "Required but not in your resume" list, as shown ("" while empty)."""
    report = window.result.match_report.toPlainText()
    if "Required but not in your resume" not in report:
        return ""
    return report.split("Required but not in your resume")[1].split("Preferred")[0]


def row_of(window: MainWindow, job_id: str) -> Any:
    return window.model.job(job_id)


def test_i_have_this_adds_the_line_under_the_role_and_the_score_rises(
        qtbot: Any, tmp_path: Path) -> None:
    db_path = tmp_path / "tailor.db"
    made = make_job(db_path, tmp_path)
    window = open_job(qtbot, db_path, made["job_id"], TAB_REPORT)
    missing = missing_required(window)
    assert "ServiceTitan" in missing and HAVE_TEXT in missing

    dialog = click_have_this(qtbot, window, "ServiceTitan")
    assert dialog.windowTitle() == "I have ServiceTitan"
    assert not dialog.caution.isVisible()  # the job's text was not edited
    place = dialog.place
    assert [place.itemText(i) for i in range(place.count())] == [
        ROLE, "Apprentice Technician, Cool Breeze Heating  2015 - 2018", "Skills list only"]
    # The place has the keyboard when the dialog opens: End picks the last choice.
    qtbot.waitUntil(place.hasFocus, timeout=WAIT)
    QTest.keyClick(place, Qt.Key.Key_End)
    assert place.currentText() == "Skills list only"
    assert not dialog.line_edit.isEnabled()  # a line needs a role to stand under
    QTest.keyClick(place, Qt.Key.Key_Home)
    assert place.currentText() == ROLE and dialog.line_edit.isEnabled()
    click(dialog.line_edit)
    QTest.keyClicks(dialog.line_edit, LINE)

    seen: list[str] = []
    window.model.dataChanged.connect(
        lambda *_: seen.append(str(row_of(window, made["job_id"]).status)))
    QTest.keyClick(dialog.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.have_this.dialog is None, timeout=WAIT)
    qtbot.waitUntil(lambda: row_of(window, made["job_id"]).status == Status.COMPLETED
                    and Status.PENDING in seen, timeout=WAIT * 2)
    assert row_of(window, made["job_id"]).score_after > made["score"]

    stored = facts.list_facts(made["resume_id"])
    assert [(f["skill"], f["entry"], f["line"]) for f in stored] == [
        ("ServiceTitan", ROLE, LINE)]
    qtbot.waitUntil(lambda: window.resumes.additions.button.text()
                    == "Your additions (1)\u2026", timeout=WAIT)
    qtbot.waitUntil(lambda: "NATE" in missing_required(window)
                    and "ServiceTitan" not in missing_required(window), timeout=WAIT)
    click_tab(window, TAB_TEXTS)
    text = window.result.result_view.toPlainText()
    role = text[text.index(ROLE):text.index("Apprentice Technician")]
    assert f"\u2022 {LINE}" in role
    assert "ServiceTitan" in text.split("Skills", 1)[1].split("Experience", 1)[0]


def test_esc_closes_the_dialog_and_nothing_changes(qtbot: Any, tmp_path: Path) -> None:
    db_path = tmp_path / "tailor.db"
    made = make_job(db_path, tmp_path)
    edited = revisions.current(made["job_id"])["text"] + "\nReferences on request\n"
    revisions.save_revision(made["job_id"], edited)  # the user had edited its text
    window = open_job(qtbot, db_path, made["job_id"], TAB_REPORT)
    dialog = click_have_this(qtbot, window, "NATE Certification")
    assert dialog.caution.isVisible() and "your edit stays saved" in dialog.caution.text()
    click(dialog.line_edit)
    QTest.keyClicks(dialog.line_edit, "Passed the NATE core exam")
    QTest.keyClick(dialog.line_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.have_this.dialog is None, timeout=WAIT)
    assert facts.list_facts(made["resume_id"]) == []
    row = row_of(window, made["job_id"])
    assert (row.status, row.score_after) == (Status.COMPLETED, made["score"])
    assert window.runner.active_count() == 0
    assert window.resumes.additions.button.text() == "Your additions\u2026"
    assert revisions.current(made["job_id"])["text"] == edited


SHIPPING = ("Shipping Coordinator\nNorthline Supply\n\nResponsibilities\n"
            "- Book dock appointments with carriers and warehouses\n\n"
            "Requirements\n- 2+ years of shipping experience\n- Microsoft Excel\n")
CLERK_ROLE = "Shipping Clerk, Lakeside Paper, Duluth, MN  2021 – Present"
CLERK_LINE = "Set appointments with trucking companies every morning"
CLERK = ("Ana Cruz\nana.cruz@example.com\n\nEXPERIENCE\n"
         "Receiving Helper, Lakeside Paper, Duluth, MN    2019 – 2021\n"
         "- Unloaded trucks\n\n"
         f"{CLERK_ROLE}\n- {CLERK_LINE}\n- Called customers when a truck ran late\n")


def test_a_skill_a_line_may_show_opens_at_that_lines_role_and_quotes_it(
        qtbot: Any, tmp_path: Path) -> None:
    from tailor_app.importer import import_resume
    from tailor_app.job_processor import process_job

    db_path = tmp_path / "tailor.db"
    user = startup.open_app_database(db_path)
    resume = import_resume(make_text(tmp_path / "ana.txt", CLERK), user)
    done = process_job(user, resume["id"], SHIPPING, "Shipping Coordinator", "Northline")
    window = open_job(qtbot, db_path, done["id"], TAB_REPORT)
    report = window.result.match_report.toPlainText()
    group = report.split("Maybe in your resume, in other words (1)")[1]
    assert "Dock appointments" in group and CLERK_LINE in group
    assert "Dock appointments" not in missing_required(window)

    dialog = click_have_this(qtbot, window, "Dock appointments")
    assert CLERK_LINE in dialog.intro.text()
    # the role that holds the line is chosen, not the first role of the list
    assert dialog.place.currentText() == CLERK_ROLE != dialog.place.itemText(0)
    QTest.keyClick(dialog.place, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.have_this.dialog is None, timeout=WAIT)
    assert [(f["skill"], f["entry"]) for f in facts.list_facts(resume["id"])] == [
        ("Dock appointments", CLERK_ROLE)]
    qtbot.waitUntil(lambda: row_of(window, done["id"]).status == Status.COMPLETED
                    and row_of(window, done["id"]).attempts > done["attempts"],
                    timeout=WAIT * 2)
    qtbot.waitUntil(lambda: "Maybe in your resume" not in
                    window.result.match_report.toPlainText(), timeout=WAIT)
    assert row_of(window, done["id"]).score_after > done["score_after"]


def test_links_carry_any_skill_name_through_a_url() -> None:
    from PySide6.QtCore import QUrl

    for skill in ("C++", "C#", "CI/CD", "Node.js", "Apache Spark", "R&D", "100% uptime"):
        href = have_href(skill)
        assert skill_of_href(QUrl(href).toString(QUrl.ComponentFormattingOption
                                                 .FullyEncoded)) == skill
    assert skill_of_href("https://example.com") is None


def additions_row(tree: QTreeWidget, skill: str) -> Any:
    for number in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(number)
        if item.text(0) == skill:
            return item
    raise AssertionError(skill)


def test_your_additions_edits_then_removes_a_fact_and_retailors_the_job(
        qtbot: Any, tmp_path: Path) -> None:
    db_path = tmp_path / "tailor.db"
    made = make_job(db_path, tmp_path, ("ServiceTitan", ROLE, LINE))
    window = open_job(qtbot, db_path, made["job_id"], TAB_TEXTS)
    assert LINE in window.result.result_view.toPlainText()
    additions = window.resumes.additions
    qtbot.waitUntil(lambda: additions.button.text() == "Your additions (1)\u2026",
                    timeout=WAIT)
    click(additions.button)
    qtbot.waitUntil(lambda: additions.dialog is not None and additions.dialog.isVisible(),
                    timeout=WAIT)
    listing = additions.dialog.list
    item = additions_row(listing, "ServiceTitan")
    assert (item.text(1), item.text(2)) == (ROLE, LINE)
    QTest.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, listing.visualItemRect(item).center())
    click(additions.dialog.edit_button)
    qtbot.waitUntil(lambda: additions.editor is not None and additions.editor.isVisible(),
                    timeout=WAIT)
    editor = additions.editor
    assert editor.place.currentText() == ROLE
    new_line = "Dispatched crews and invoiced jobs in ServiceTitan"
    click(editor.line_edit)
    QTest.keySequence(editor.line_edit, "Ctrl+A")
    QTest.keyClicks(editor.line_edit, new_line)
    QTest.keyClick(editor.line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: additions.editor is None, timeout=WAIT)
    qtbot.waitUntil(lambda: additions_row(listing, "ServiceTitan").text(2) == new_line,
                    timeout=WAIT)
    assert facts.list_facts(made["resume_id"])[0]["line"] == new_line

    # The window offers to tailor the shown job again; the row runs and shows the edit.
    retailor = additions.dialog.retailor_button
    qtbot.waitUntil(retailor.isVisible, timeout=WAIT)
    assert "HVAC Field Technician" in retailor.text()
    click(retailor)
    qtbot.waitUntil(lambda: row_of(window, made["job_id"]).status == Status.COMPLETED
                    and new_line in window.result.result_view.toPlainText(),
                    timeout=WAIT * 2)
    assert LINE not in window.result.result_view.toPlainText()

    item = additions_row(listing, "ServiceTitan")
    QTest.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, listing.visualItemRect(item).center())
    click(additions.dialog.remove_button)
    qtbot.waitUntil(lambda: listing.topLevelItemCount() == 0
                    and additions.dialog.empty.isVisible(), timeout=WAIT)
    assert facts.list_facts(made["resume_id"]) == []
    assert additions.button.text() == "Your additions\u2026"
    click(additions.dialog.retailor_button)
    qtbot.waitUntil(lambda: row_of(window, made["job_id"]).status == Status.COMPLETED
                    and "ServiceTitan" not in window.result.result_view.toPlainText(),
                    timeout=WAIT * 2)
    assert row_of(window, made["job_id"]).score_after < made["score"]


def test_the_report_offers_i_have_this_only_when_there_is_a_resume_to_add_to(
        qapp: Any) -> None:
    from test_gui_match_report import RESULT, plain

    from tailor_app.gui.report_html import match_report_html

    html = match_report_html(RESULT)
    assert f"href='{have_href('Kubernetes')}'" in html and have_href("Airflow") in html
    assert "counts only what your resume states." in plain(html)
    no_resume = {**RESULT, "original": {}}
    assert HAVE_TEXT not in plain(match_report_html(no_resume))
    assert "Kubernetes" in plain(match_report_html(no_resume))  # still listed as missing
    told = {**RESULT, "facts_used": [{"skill": "SQL", "entry": None, "line": None}]}
    assert "and what you told us you have." in plain(match_report_html(told))


def test_the_link_is_reached_and_opened_from_the_keyboard(qtbot: Any, tmp_path: Path) -> None:
    """Tab moves from link to link in the report (past the earlier links), Enter opens."""
    db_path = tmp_path / "tailor.db"
    made = make_job(db_path, tmp_path)
    window = open_job(qtbot, db_path, made["job_id"], TAB_REPORT)
    browser = window.result.match_report
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus, timeout=WAIT)
    focused: list[str] = []
    while have_href("Invoicing") not in focused and len(focused) < 10:
        QTest.keyClick(browser, Qt.Key.Key_Tab)
        cursor = browser.textCursor()  # Tab selects the next link's text
        assert cursor.selectedText() == HAVE_TEXT
        focused.append(cursor.charFormat().anchorHref())
    assert focused[:2] == [have_href("ServiceTitan"), have_href("Invoicing")]
    QTest.keyClick(browser, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.have_this.dialog is not None, timeout=WAIT)
    assert window.have_this.dialog.windowTitle() == "I have Invoicing"
