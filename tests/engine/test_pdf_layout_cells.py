"""Side cells stacked over several rows and wrapped list items, in PDF reading.

Three levels: the layout functions on hand-placed text runs (the geometry of the
templates that broke), a PDF drawn here with Qt in the same geometry, read and
parsed end to end, and the real corpus files the user trial found damaged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import _font, _writer, ensure_gui_app

from tailor_app.tailoring.model import ResumeDocument
from tailor_app.tailoring.reading import read_resume
from tailor_app.tailoring.reading.pdf_layout import Line, Run, order_page
from tailor_app.tailoring.resume.parser import invariant_problems, parse_resume


def _lines(runs: list[Run]) -> list[Line]:
    return [line for block in order_page(runs) for line in block]


def _run(text: str, x: float, y: float, size: float = 10.0) -> Run:
    return Run(text, x, y, size, False, True)


# --------------------------------------------------------------- left margin

def _moderncv_runs() -> list[Run]:
    """A moderncv entry: dates right-aligned in a left margin, body at x=146."""
    return [
        _run("Experience", 146, 480, 14),
        _run("2021 –", 107, 458),
        _run("Machine Learning Engineer, OpenAI, San Francisco", 146, 458),
        _run("Present", 103, 444),
        _run("Leading a team of AI engineers. Designed and implemented models for", 146, 444),
        _run("language processing tasks. Improved the efficiency of model training.", 146, 432),
        _run("2018 – 2021", 81, 405),
        _run("Data Scientist, Uber, San Francisco", 146, 405),
        _run("Developed and deployed machine learning models for ride allocation.", 146, 392),
    ]


def test_an_open_date_range_in_the_margin_is_completed_on_its_role_line() -> None:
    texts = [line.text for line in _lines(_moderncv_runs())]
    assert "2021 – Present Machine Learning Engineer, OpenAI, San Francisco" in texts
    assert ("Leading a team of AI engineers. Designed and implemented models for"
            in texts)
    assert not any("Present" in t and "Leading" in t for t in texts)


def test_two_margin_dates_on_neighbouring_rows_stay_apart() -> None:
    """Two one-line entries: each keeps its own date (no range is left open)."""
    runs = [
        _run("Education", 146, 300, 14),
        _run("2014 – 2016", 81, 280),
        _run("Master of Science in Computer Science, MIT", 146, 280),
        _run("2010 – 2014", 81, 267),
        _run("Bachelor of Science in Computer Science, UC San Diego", 146, 267),
        _run("Minor in Mathematics and a thesis on planning", 146, 254),
    ]
    texts = [line.text for line in _lines(runs)]
    assert "2014 – 2016 Master of Science in Computer Science, MIT" in texts
    assert "2010 – 2014 Bachelor of Science in Computer Science, UC San Diego" in texts


# -------------------------------------------------------------- right column

def test_dates_stacked_under_a_place_join_the_heading_row() -> None:
    """RenderCV: place on the heading's row, dates and duration on the bullets' rows."""
    runs = [
        _run("Nexus AI, Co-Founder & CTO", 56, 432),
        _run("San Francisco, CA", 483, 432),
        _run("• Built model infrastructure serving 2M+ monthly API requests with", 60, 419),
        _run("June 2023 – present", 473, 419),
        _run("uptime", 68, 407),
        _run("2 years 10 months", 481, 407),
        _run("• Raised $18M Series A led by Sequoia Capital", 60, 394),
        _run("NVIDIA Research, Research Intern", 56, 369),
        _run("Santa Clara, CA", 493, 369),
        _run("• Designed sparse attention reducing memory by 4.2x", 60, 356),
        _run("May 2022 – Aug 2022", 470, 356),
    ]
    texts = [line.text for line in _lines(runs)]
    assert ("Nexus AI, Co-Founder & CTO  San Francisco, CA  June 2023 – present  "
            "2 years 10 months") in texts
    assert "• Built model infrastructure serving 2M+ monthly API requests with" in texts
    assert "NVIDIA Research, Research Intern  Santa Clara, CA  May 2022 – Aug 2022" in texts
    assert "• Designed sparse attention reducing memory by 4.2x" in texts


def test_a_table_of_two_header_rows_keeps_its_cells() -> None:
    """sb2nov: employer and place, then title and dates; both rows are headers."""
    runs = [
        _run("• Google", 36, 600),
        _run("Mountain View, CA", 474, 600),
        _run("Software Engineer", 47, 586),
        _run("Oct 2016 – Present", 470, 586),
        _run("• Coursera", 36, 560),
        _run("Mountain View, CA", 474, 560),
        _run("Senior Software Engineer", 47, 546),
        _run("Jan 2014 – Oct 2016", 468, 546),
        _run("◦ Notifications: a service for sending email and push notifications", 60, 532),
    ]
    texts = [line.text for line in _lines(runs)]
    assert "• Google  Mountain View, CA" in texts
    assert "Software Engineer  Oct 2016 – Present" in texts
    assert "Senior Software Engineer  Jan 2014 – Oct 2016" in texts


def test_a_short_row_under_a_bullet_with_a_place_stays_its_own_line() -> None:
    """sb2nov: "• Lucena Research ... Atlanta, GA" over "Data Scientist Summer 2012":
    the employer is no margin cell, so the title below is not folded into it."""
    runs = [
        _run("◦ Course Dashboards: instructor dashboards and learner surveying tools", 60, 287),
        _run("better by providing data on Assignments and Learner Activity.", 71, 275),
        _run("• Lucena Research", 36, 259, 10.9),
        _run("Atlanta, GA", 511, 259, 10.9),
        _run("Data Scientist Summer 2012 and 2013", 47, 246),
        _run("◦ Portfolio Management: created models for portfolio hedging", 60, 232),
        _run("◦ QuantDesk: Python backend for a web application", 60, 220),
        _run("• Georgia Institute of Technology", 36, 204, 10.9),
        _run("Atlanta, GA", 511, 204, 10.9),
    ]
    texts = [line.text for line in _lines(runs)]
    assert "• Lucena Research  Atlanta, GA" in texts
    assert "Data Scientist Summer 2012 and 2013" in texts


def test_a_run_of_tabs_is_a_column_gap() -> None:
    """Word for Mac: every word ends in tab-CR-space-NBSP; a tab stop is many of them."""
    word = "\t\r \xa0"
    text = f"Dean’s{word}List{word}" + word * 12 + f"Fall{word}2013{word}–{word}Spring{word}2014"
    lines = _lines([_run(text, 36, 518, 12)])
    assert lines[0].gapped
    assert lines[0].text.split("  ")[0].split() == ["Dean’s", "List"]
    assert lines[0].text.split("  ")[-1].split() == ["Fall", "2013", "–", "Spring", "2014"]


# ---------------------------------------------------------------- list items

def test_lines_at_a_bullets_hanging_indent_continue_it() -> None:
    runs = [
        _run("• Oversaw 1000+ engineers and product managers working on Google", 35.4, 444, 9),
        _run("Maps, Google Places and Google Earth", 45.1, 433, 9),
        _run("• Position Google Maps as the world leader in mobile apps", 35.4, 420, 9),
        _run("Vice President of Search Products", 35.4, 398, 12),
        _run("Google", 35.4, 384, 10),
    ]
    lines = _lines(runs)
    marks = {line.text: line.continues for line in lines}
    assert marks["Maps, Google Places and Google Earth"] is True
    assert marks["• Position Google Maps as the world leader in mobile apps"] is False
    assert marks["Vice President of Search Products"] is False
    assert marks["Google"] is False


def test_a_line_under_a_bullet_row_with_a_side_cell_is_not_a_continuation() -> None:
    """sb2nov puts each employer in a bullet; the title row below is not its wrap."""
    runs = [
        _run("• Georgia Institute of Technology", 36, 687, 10.9),
        _run("Atlanta, GA", 511, 687, 10.9),
        _run("Master of Science in Computer Science; GPA: 4.00  Aug 2012 – Dec 2013", 47, 674),
    ]
    assert not any(line.continues for line in _lines(runs))


# ------------------------------------------------------------ drawn with Qt

def _draw(path: Path, items: list[tuple[str, float, float, float, bool]]) -> Path:
    """(text, x, baseline y from the top, size, bold) drawn on one Letter page."""
    from PySide6.QtGui import QPainter

    ensure_gui_app()
    writer = _writer(path)
    painter = QPainter(writer)
    try:
        for text, x, y, size, bold in items:
            painter.setFont(_font(size, bold))
            painter.drawText(int(x), int(y), text)
    finally:
        painter.end()
    return path


def _margin_resume(path: Path) -> Path:
    body, margin = 150.0, 60.0
    items = [
        ("Dana Whitfield", body, 60, 20, True),
        ("dana.whitfield@example.com | (555) 010-7788", body, 84, 10, False),
        ("Experience", body, 120, 13, True),
        ("2019 –", margin + 20, 142, 10, False),
        ("Staff Nurse, Riverside General Hospital, Tacoma", body, 142, 10, False),
        ("Present", margin + 14, 155, 10, False),
        ("• Led a team of six nurses on a 32-bed cardiac unit and cut handover", body, 155,
         10, False),
        ("Errors by a third with a structured bedside checklist", body + 10, 168, 10, False),
        ("• Trained new graduates in telemetry monitoring", body, 181, 10, False),
        ("2015 – 2019", margin, 204, 10, False),
        ("Nurse, Lakeside Clinic, Olympia", body, 204, 10, False),
        ("• Triaged walk-in patients and managed vaccination records", body, 217, 10, False),
        ("Education", body, 250, 13, True),
        ("2011 – 2015", margin, 272, 10, False),
        ("Bachelor of Science in Nursing, University of Washington", body, 272, 10, False),
    ]
    return _draw(path, items)


def test_a_drawn_margin_resume_reads_and_parses_whole(tmp_path: Path) -> None:
    doc = read_resume(_margin_resume(tmp_path / "margin.pdf"))
    texts = [line.text for line in doc.lines]
    # The margin is wider than moderncv's, so the cell is set off by a column gap.
    assert "2019 – Present  Staff Nurse, Riverside General Hospital, Tacoma" in texts
    parsed = parse_resume(doc)
    assert invariant_problems(doc, parsed) == []
    experience = next(s for s in parsed.sections if s.kind == "experience")
    first, second = experience.entries
    assert first.start is not None and first.start.year == 2019
    assert first.end is not None and first.end.present
    # The wrapped bullet stays one item although its second line starts with a capital.
    assert first.bullets == [
        "Led a team of six nurses on a 32-bed cardiac unit and cut handover Errors by a "
        "third with a structured bedside checklist",
        "Trained new graduates in telemetry monitoring",
    ]
    assert second.start is not None and second.start.year == 2015
    assert second.end is not None and second.end.year == 2019


# ------------------------------------------------------------------ corpus

@pytest.mark.corpus
def test_altacv_roles_keep_their_titles_and_whole_bullets(corpus_dir: Path) -> None:
    doc = read_resume(corpus_dir / "resumes" / "altacv_two-column_mmayer.pdf")
    parsed = parse_resume(doc)
    assert invariant_problems(doc, parsed) == []
    roles = next(s for s in parsed.sections if s.kind == "experience").entries
    assert [(r.title, r.organisation) for r in roles] == [
        ("President & CEO", "Yahoo!"),
        ("Vice President of Location & Services", "Google"),
        ("Vice President of Search Products & UX", "Google"),
        ("Product Manager & UI Lead", "Google"),
    ]
    assert all(r.start is not None and r.end is not None for r in roles)
    bullets = [b for r in roles for b in r.bullets]
    assert ("Oversaw 1000+ engineers and product managers working on Google Maps, "
            "Google Places and Google Earth") in bullets
    assert ("Appointed by the founder Larry Page in 2001 to lead the Product Management "
            "and User Interaction teams") in bullets
    # No fragment of a wrapped sentence is a bullet of its own.
    assert not any(b[0].islower() or b.startswith(("Maps,", "Management")) for b in bullets)
    publications = next(s for s in parsed.sections if s.kind == "publications")
    assert "E. Someone and T. Lim, A Fictional Research. Somewhere, Some Place, 2010." in [
        e.header[0] for e in publications.entries]


@pytest.mark.corpus
def test_moderncv_present_stays_with_its_role(corpus_dir: Path) -> None:
    doc = read_resume(corpus_dir / "resumes" / "resume-matcher_harvey_dent_moderncv.pdf")
    parsed = parse_resume(doc)
    assert invariant_problems(doc, parsed) == []
    for kind in ("experience", "projects"):
        first = next(s for s in parsed.sections if s.kind == kind).entries[0]
        assert first.start is not None and first.start.year == 2021
        assert first.end is not None and first.end.present
        assert not any(b.startswith("Present") for b in first.bullets)


def test_continued_style_joins_only_the_item_it_continues() -> None:
    """The hint works from any reader: a DOCX "List Continue" paragraph too."""
    from tailor_app.tailoring.model import TextLine

    lines = [
        TextLine("Experience", style="Heading 1"),
        TextLine("Pharmacist, Northside Pharmacy  2018 – 2022"),
        TextLine("Reviewed 300 prescriptions a day", style="List Bullet", is_bullet=True),
        TextLine("Counselled patients on new medication", style="List Continue"),
        TextLine("Ran the flu vaccination clinic", style="List Bullet", is_bullet=True),
    ]
    doc = ResumeDocument(text="\n".join(t.text for t in lines), lines=lines,
                         source_format="docx")
    parsed = parse_resume(doc)
    role = next(s for s in parsed.sections if s.kind == "experience").entries[0]
    assert role.bullets == [
        "Reviewed 300 prescriptions a day Counselled patients on new medication",
        "Ran the flu vaccination clinic",
    ]
    assert invariant_problems(doc, parsed) == []
