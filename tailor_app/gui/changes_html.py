"""The parts of "What changed" that are not reordering: what the user's facts added,
and what was left out to fit the page count, each line with a Put back link.

Pure functions of the stored result (``TailorResult.to_dict()``), like the rest of
:mod:`.report_html`, which places them: the additions first (they are new text,
so they come before the moves), what was left out last.
"""

from __future__ import annotations

from html import escape
from typing import Any

from ..tailoring import Contact, ParsedResume, estimate_pages
from . import theme
from .length_control import PUT_BACK_SCHEME

LIST = "<ul style='margin-left:-20px'>"


def _pages(count: int) -> str:
    return f"{count} page{'s' if count != 1 else ''}"


def intro_extra(result: dict[str, Any]) -> str:
    """What the intro adds to "Only order and wording of what you wrote"."""
    extra = []
    if result.get("added"):
        extra.append("what you told us")
    if result.get("pages"):
        extra.append("lines left out to fit the length you chose")
    return (", plus " + " and ".join(extra)) if extra else ""


def added_html(result: dict[str, Any]) -> str:
    """"Added from what you told us": the lines and skills the user's facts added."""
    added = [str(line) for line in result.get("added") or []]
    if not added:
        return ""
    good = theme.good_colour().name()
    return (f"<h3>Added from what you told us ({len(added)})</h3>" + LIST
            + "".join(f"<li><b style='color:{good}'>{escape(line)}</b></li>" for line in added)
            + "</ul>")


def _still_over(result: dict[str, Any], pages: int) -> bool:
    """Does what is left still run over ``pages`` by the same estimate the fitting
    used (everything it may leave out already gone)?"""
    data = result.get("tailored") or {}
    try:
        tailored = ParsedResume.from_dict({"contact": {}, "sections": [], **data})
    except (KeyError, TypeError, ValueError):
        tailored = ParsedResume(contact=Contact(), sections=[])
    return estimate_pages(tailored, result.get("summary")) > pages


def left_out_html(result: dict[str, Any]) -> str:
    """"Left out to fit N page(s)": each line with a Put back link (``putback:N``, the
    line's index in ``result["left_out"]``); nothing when no length was asked."""
    pages = result.get("pages")
    if not pages:
        return ""
    muted = theme.muted_text().name()
    left = [str(line) for line in result.get("left_out") or []]
    parts = [f"<h3>Left out to fit {_pages(int(pages))} ({len(left)})</h3>"]
    if left:
        parts.append(f"<p style='color:{muted}'>The least relevant lines of your oldest "
                     "roles went first; lines that show a required skill, headings and "
                     "contact details stay, and each role keeps a line. <b>Put back</b> "
                     "keeps a line from now on.</p>")
        parts.append(LIST + "".join(
            f"<li>{escape(line)} &nbsp;<a href='{PUT_BACK_SCHEME}:{i}'>Put back</a></li>"
            for i, line in enumerate(left)) + "</ul>")
    else:
        parts.append(f"<p style='color:{muted}'>Nothing had to be left out.</p>")
    if not result.get("spare") and _still_over(result, int(pages)):
        bad = theme.missing_colour().name()
        parts.append(f"<p style='color:{bad}'>It still runs over {_pages(int(pages))}: "
                     "what is left shows a required skill, heads a section or is a line "
                     "you put back, so it is never left out.</p>")
    return "".join(parts)
