"""The match report and the "what changed" list, as HTML for QTextBrowser.

Pure functions of the stored result JSON (``TailorResult.to_dict()``), so they
are tested without widgets and work for any finished job, however old. Colours
come from the palette helpers in ``theme`` so the report reads in dark mode.
"""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import quote, unquote

from .. import tailoring
from ..tailoring import Changes, Contact, Move, ParsedResume, describe_changes, language_notice
from . import changes_html, theme

DETAIL_LIMIT = 160
EMPTY_POSTING_HEADLINE = "The posting gave nothing to match against."
EMPTY_POSTING_DETAIL = ("No skills, certifications, years of experience or degree were found "
                        "in it. Paste the whole posting, requirements included, and tailor "
                        "again.")


HAVE_SCHEME = "have"  # the "I have this" links of the match report: have:<skill>
HAVE_TEXT = "I have this"


def have_href(skill: str) -> str:
    """The link of a missing skill's "I have this" (percent-encoded: any skill name)."""
    return f"{HAVE_SCHEME}:{quote(skill, safe='')}"


def skill_of_href(href: str) -> str | None:
    """The skill an "I have this" link names, or None for any other link."""
    prefix = f"{HAVE_SCHEME}:"
    return unquote(href[len(prefix):]) or None if href.startswith(prefix) else None


def _has_resume(result: dict[str, Any]) -> bool:
    """A fact belongs to a resume: a job tailored without one offers no "I have this"."""
    return bool((result.get("original") or {}).get("sections"))


def posting_gave_nothing(result: dict[str, Any]) -> bool:
    """True when the job's posting gave nothing to match (see ``gives_nothing_to_match``)."""
    return tailoring.gives_nothing_to_match(result.get("analysis"))


def _colour(name: str) -> str:
    return {"bad": theme.missing_colour().name(), "good": theme.good_colour().name(),
            "muted": theme.muted_text().name()}[name]


def _score(report: dict[str, Any] | None) -> str:
    if not report or report.get("score") is None:
        return "\u2013"
    return str(int(report["score"]))


def _short(text: str, limit: int = DETAIL_LIMIT) -> str:
    """A breakdown detail cut at a comma near ``limit`` (the lists below are complete)."""
    if len(text) <= limit:
        return text
    cut = text.rfind(",", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip() + " \u2026"


def _years(value: Any) -> str:
    if value is None:
        return "not stated"
    number = float(value)
    return f"{number:.0f}" if number == int(number) else f"{number:.1f}"


def _skill_list(items: list[str], offer: bool, colour: str = "",
                lines: dict[str, str] | None = None, whose: str = "your line") -> str:
    """One group of the report's unmet skills: with a resume to add to, a list with
    "I have this" beside each (missing ones and ones to check alike); without, a line.
    ``lines`` quotes a line under a skill: the resume's that may already show it, or
    the posting's that asks it (``whose`` names which)."""
    style = f" style='color:{colour}'" if colour else ""
    lines = lines or {}

    def quoted(item: str) -> str:
        line = lines.get(item)
        return (f"<br><span style='color:{_colour('muted')}'>{escape(whose)}: "
                f"<i>\u201c{escape(line)}\u201d</i></span>" if line else "")
    if offer or lines:
        return "<ul style='margin-left:-20px'>" + "".join(
            f"<li><b{style}>{escape(item)}</b>"
            + (f" &nbsp;<a href='{escape(have_href(item), quote=True)}'>{HAVE_TEXT}</a>"
               if offer else "") + quoted(item) + "</li>"
            for item in items) + "</ul>"
    return f"<p{style}>" + ", ".join(escape(i) for i in items) + "</p>"


def _asked_in(result: dict[str, Any], names: list[str]) -> dict[str, str]:
    """The posting's line each of ``names`` was read from, as the stored analysis keeps
    it: "Age Verification" means little until one reads "Check IDs for every guest"."""
    wanted = set(names)
    lines: dict[str, str] = {}
    for skill in (result.get("analysis") or {}).get("skills") or []:
        if not isinstance(skill, dict):
            continue
        name, snippet = str(skill.get("name") or ""), str(skill.get("snippet") or "")
        if name in wanted and snippet and name not in lines:
            lines[name] = snippet
    return lines


def match_report_html(result: dict[str, Any]) -> str:
    """Score before/after, breakdown, matched skills with evidence, missing, years, degree."""
    before = result.get("match_before") or {}
    after = result.get("match_after") or {}
    muted, good, bad = _colour("muted"), _colour("good"), _colour("bad")
    parts = []
    if posting_gave_nothing(result):
        parts.append(f"<p style='color:{bad}'><b>{escape(EMPTY_POSTING_HEADLINE)}</b> "
                     f"{escape(EMPTY_POSTING_DETAIL)}</p>")
    notice = language_notice(result.get("analysis"))
    if notice:
        parts.append(f"<p style='color:{bad}'>{escape(notice)}</p>")
    parts += [
        f"<h2 style='margin-bottom:0'>Match score: {_score(before)} \u2192 "
        f"<span style='color:{good}'>{_score(after)}</span> "
        f"<span style='font-size:small; color:{muted}'>of 100</span></h2>",
        f"<p style='color:{muted}; margin-top:2px'>Before tailoring \u2192 after. "
        "The score counts only what your resume states"
        + (" and what you told us you have" if result.get("facts_used") else "") + ".</p>",
    ]
    breakdown = after.get("breakdown") or []
    if breakdown:
        parts.append("<h3>Breakdown</h3><table cellspacing='0' cellpadding='3' width='100%'>")
        for item in breakdown:
            parts.append(
                f"<tr><td><b>{escape(str(item.get('category', '')))}</b></td>"
                f"<td align='right' style='white-space:nowrap'>"
                f"{float(item.get('earned', 0)):.1f} / {float(item.get('possible', 0)):.0f}</td>"
                f"<td style='color:{muted}'>{escape(_short(str(item.get('detail', ''))))}"
                "</td></tr>")
        parts.append("</table>")

    matched = after.get("matched") or []
    parts.append(f"<h3>Skills the posting asks for that your resume shows ({len(matched)})</h3>")
    if matched:
        parts.append("<ul style='margin-left:-20px'>")
        for skill in matched:
            name = escape(str(skill.get("name", "")))
            own = str(skill.get("resume_term") or "")
            alias = (f" <span style='color:{muted}'>(you wrote \u201c{escape(own)}\u201d)</span>"
                     if own and own.casefold() != str(skill.get("name", "")).casefold() else "")
            need = "required" if skill.get("required") else "preferred"
            evidence = escape(str(skill.get("evidence") or ""))
            parts.append(f"<li><b style='color:{good}'>{name}</b>{alias} "
                         f"<span style='color:{muted}'>\u00b7 {need}</span>"
                         f"<br><i>{evidence}</i></li>")
        parts.append("</ul>")
    else:
        parts.append(f"<p style='color:{muted}'>None of the posting's skills were found.</p>")

    offer = _has_resume(result)
    for key, label in (("missing_required", "Required but not in your resume"),
                       ("missing_preferred", "Preferred but not in your resume")):
        items = [str(i) for i in after.get(key) or []]
        parts.append(f"<h3>{label} ({len(items)})</h3>")
        if items:
            parts.append(_skill_list(items, offer, bad))
        else:
            parts.append(f"<p style='color:{muted}'>Nothing missing.</p>")
    unsure = [str(i) for i in after.get("unconfirmed") or []]
    if unsure:
        # Duties in the posting's everyday words: too often shown in other words to
        # call missing (skills/uncertain_gaps.py), so they are offered to check.
        parts.append(f"<h3>In the posting's words, not in yours ({len(unsure)})</h3>"
                     f"<p style='color:{muted}'>The posting describes these duties in its "
                     "own words and your resume does not use them. You may well have done "
                     "them under other words; check before adding one.</p>")
        parts.append(_skill_list(unsure, offer, lines=_asked_in(result, unsure),
                                 whose="the posting"))
    maybe = {str(k): str(v) for k, v in (after.get("maybe_shown") or {}).items()}
    if maybe:
        # Required skills whose words a resume line uses: that line tells the work in a
        # form the engine does not read more often than not (skills/uncertain_gaps.py).
        parts.append(f"<h3>Maybe in your resume, in other words ({len(maybe)})</h3>"
                     f"<p style='color:{muted}'>The posting requires these, and a line of "
                     "your resume uses their words, but not in a way the app can be sure "
                     "of. Read the line" + (f": if it shows the skill, press <i>{HAVE_TEXT}"
                                            "</i> to say so in the posting's words."
                                            if offer else ".") + "</p>")
        parts.append(_skill_list(list(maybe), offer, lines=maybe))
    if after.get("missing_required") or after.get("missing_preferred"):
        parts.append(f"<p style='color:{muted}'>Missing skills are never added on their own. "
                     + (f"If you have one, press <i>{HAVE_TEXT}</i>: say where you used it "
                        "(and, if you like, one line in your own words), and the job is "
                        "tailored again with it. It is kept under Your additions for this "
                        "resume's later jobs.</p>" if offer else
                        "Tailor with a resume to add the ones you have.</p>"))

    parts.append("<h3>Experience and education</h3><table cellpadding='3'>")
    parts.append(f"<tr><td>Years of experience</td><td>asked: <b>"
                 f"{_years(after.get('years_required'))}</b></td>"
                 f"<td>found: <b>{_years(after.get('years_found'))}</b></td></tr>")
    parts.append(f"<tr><td>Degree</td><td>asked: <b>"
                 f"{escape(str(after.get('degree_required') or 'not stated'))}</b></td>"
                 f"<td>found: <b>{escape(str(after.get('degree_found') or 'none found'))}"
                 "</b></td></tr></table>")
    return "".join(parts)


def _changes(result: dict[str, Any]) -> Changes:
    """The change list of a stored result (an old or partial one included)."""
    def parsed(key: str) -> ParsedResume:
        data = result.get(key) or {}
        if not data.get("sections") and not data.get("contact"):
            return ParsedResume(contact=Contact(), sections=[])
        return ParsedResume.from_dict({"contact": {}, "sections": [], **data})
    return describe_changes(parsed("original"), parsed("tailored"), result.get("summary"),
                            {str(a): str(b) for a, b in (result.get("renamed") or {}).items()})


def _places(move: Move) -> str:
    steps = move.before - move.after
    arrow = "\u2191" if steps > 0 else "\u2193"
    return f"{arrow}{abs(steps)}"


def compare_html(result: dict[str, Any]) -> str:
    """What tailoring changed: the summary line, each renamed word, the section
    order, every line that moved and every line whose words or items changed."""
    muted, good = _colour("muted"), _colour("good")
    changes = _changes(result)
    none = f"<p style='color:{muted}'>None.</p>"
    parts = ["<h2>What tailoring changed</h2>",
             f"<p style='color:{muted}'>Only order and wording of what you wrote"
             f"{changes_html.intro_extra(result)}; nothing is invented.</p>",
             changes_html.added_html(result), changes_html.left_out_html(result)]
    summary = changes.summary
    parts.append("<h3>Summary line (added)</h3>" if summary else "<h3>Summary line</h3>")
    parts.append(f"<p><i>{escape(summary)}</i></p>" if summary else
                 f"<p style='color:{muted}'>No summary was added.</p>")
    renamed = result.get("renamed") or {}
    parts.append(f"<h3>Words changed to the posting's own ({len(renamed)})</h3>")
    if renamed:
        items = []
        for old, new in renamed.items():
            count = changes.renamed.get(f"{old} \u2192 {new}", 0)
            where = (f" <span style='color:{muted}'>({count} line{'s' if count != 1 else ''})"
                     "</span>" if count else "")
            items.append(f"<li>{escape(str(old))} \u2192 <b style='color:{good}'>"
                         f"{escape(str(new))}</b>{where}</li>")
        parts.append("<ul style='margin-left:-20px'>" + "".join(items) + "</ul>")
    else:
        parts.append(none)
    parts.append("<h3>Section order</h3>")
    if changes.sections_before == changes.sections_after:
        parts.append(f"<p style='color:{muted}'>Unchanged: "
                     + escape(" \u00b7 ".join(changes.sections_after)) + "</p>")
    else:
        parts.append("<p>Before: " + escape(" \u00b7 ".join(changes.sections_before))
                     + "<br>After: <b>" + escape(" \u00b7 ".join(changes.sections_after))
                     + "</b></p>")
    parts.append(f"<h3>Lines moved ({len(changes.moves)})</h3>")
    if changes.moves:
        parts.append("<ul style='margin-left:-20px'>" + "".join(
            f"<li><span style='color:{good}'>{_places(m)}</span> {escape(m.text)} "
            f"<span style='color:{muted}'>\u00b7 {escape(m.section)}</span></li>"
            for m in changes.moves) + "</ul>")
    else:
        parts.append(none)
    parts.append(f"<h3>Lines reworded or reordered within ({len(changes.reworded)})</h3>")
    if changes.reworded:
        parts.append("<ul style='margin-left:-20px'>" + "".join(
            f"<li>{escape(r.before)}<br>\u2192 <b>{escape(r.after)}</b> "
            f"<span style='color:{muted}'>\u00b7 "
            f"{'items reordered' if r.items_only else 'words renamed'}</span></li>"
            for r in changes.reworded) + "</ul>")
    else:
        parts.append(none)
    dropped = [str(d) for d in result.get("dropped") or []]
    if dropped:
        parts.append(f"<h3>Left out by the truthfulness check ({len(dropped)})</h3>"
                     f"<p style='color:{muted}'>These changes could not be shown to keep "
                     "your words exactly, so your resume keeps its own wording there.</p>"
                     "<ul style='margin-left:-20px'>"
                     + "".join(f"<li>{escape(d)}</li>" for d in dropped) + "</ul>")
    return "".join(parts)


def highlight_terms(result: dict[str, Any]) -> list[str]:
    """The words to highlight: the posting's skill names and the resume's own words."""
    terms: list[str] = []
    analysis = result.get("analysis") or {}
    terms.extend(str(s.get("name", "")) for s in analysis.get("skills", [])
                 if s.get("kind") != "phrase")
    for report in (result.get("match_before") or {}, result.get("match_after") or {}):
        terms.extend(str(m.get("resume_term") or "") for m in report.get("matched", []))
    terms.extend(str(v) for v in (result.get("renamed") or {}).values())
    return [t for t in terms if len(t) > 1]
