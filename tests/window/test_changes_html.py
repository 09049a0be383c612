"""What changed, the parts that are not reordering: what the user's facts added and
what was left out to fit the page, each line with its own Put back link."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtGui import QTextDocument
from test_export_fit import LONG
from test_fit import POSTING

from tailor_app.gui.report_html import compare_html
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import ResumeDocument


def _text(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return " ".join(doc.toPlainText().split())


def test_left_out_lines_are_listed_each_with_put_back(qapp: Any) -> None:
    result = tailor(ResumeDocument.from_text(LONG), POSTING, pages=1).to_dict()
    html = compare_html(result)
    text = _text(html)
    left = result["left_out"]
    assert f"Left out to fit 1 page ({len(left)})" in text
    assert "plus lines left out to fit the length you chose" in text
    links = re.findall(r"href='putback:(\d+)'", html)
    assert [int(i) for i in links] == list(range(len(left)))
    assert text.index("Left out to fit") < text.index("Lines moved")  # before the moves
    assert "still runs over" not in text


def test_nothing_about_length_when_everything_is_kept(qapp: Any) -> None:
    result = tailor(ResumeDocument.from_text(LONG), POSTING).to_dict()
    text = _text(compare_html(result))
    assert "Left out to fit" not in text and "putback" not in compare_html(result)
    two = tailor(ResumeDocument.from_text(LONG.split("Volunteering")[0]), POSTING,
                 pages=2).to_dict()
    assert "Nothing had to be left out." in _text(compare_html(two))


def test_what_the_user_told_us_is_listed_apart(qapp: Any) -> None:
    result = {**tailor(ResumeDocument.from_text(LONG), POSTING).to_dict(),
              "added": ["Scheduled crews in ServiceTitan for a 12-truck fleet",
                        "Skill: ServiceTitan"]}
    text = _text(compare_html(result))
    assert "Added from what you told us (2)" in text
    assert "Scheduled crews in ServiceTitan for a 12-truck fleet" in text
    assert text.index("Added from what you told us") < text.index("Lines moved")


def test_a_length_the_rules_cannot_reach_says_so(qapp: Any) -> None:
    over = "\n".join(f"Skill line {n}: WMS, SAP, OSHA, inventory control" for n in range(90))
    result = tailor(ResumeDocument.from_text(
        "Jordan Blake\njordan@example.com\n\nSkills\n" + over), POSTING, pages=1).to_dict()
    text = _text(compare_html(result))
    assert "Left out to fit 1 page (0)" in text
    assert "It still runs over 1 page" in text
