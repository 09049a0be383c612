"""The cover letter is drafted from the resume's own evidence, and only from it."""

from __future__ import annotations

import re

from tailor_app.tailoring.compose.letter import draft_letter
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import ResumeDocument

RESUME = """Priya Raman
priya.raman@example.com | (555) 013-4477 | Columbus, OH

Experience
Senior Accountant, Northwind Foods  2019 - Present
- Cut month-end close from 10 to 6 days by automating reconciliations in Excel and SAP
- Prepared quarterly GAAP financial statements for a $40M division

Staff Accountant, Buckeye Supply  2016 - 2019
- Managed accounts payable for 300 vendors in QuickBooks

Skills
SAP, Excel, QuickBooks, GAAP, reconciliations
"""
POSTING = """Accounting Manager
Company: Lakeview Health
Requirements: CPA preferred; 5+ years of accounting; GAAP; month-end close;
account reconciliation; SAP. Nice to have: NetSuite."""


def _letter():  # type: ignore[no-untyped-def]
    result = tailor(ResumeDocument.from_text(RESUME), POSTING, title="Accounting Manager",
                    company="Lakeview Health")
    return draft_letter(result.tailored, result.analysis, result.match_after,
                        title="Accounting Manager", company="Lakeview Health")


def test_letter_names_the_job_and_quotes_the_resumes_evidence() -> None:
    letter = _letter()
    assert letter.text.startswith("Priya Raman\npriya.raman@example.com")
    assert "Dear Lakeview Health hiring team," in letter.text
    assert "apply for the Accounting Manager position at Lakeview Health" in letter.text
    assert letter.evidence, "the matched required skills give the evidence"
    for skill, role, line in letter.evidence:
        assert line in RESUME  # word for word from the resume
        assert f"• {skill}, {role}: {line}" in letter.text
    assert any(role == "as Senior Accountant at Northwind Foods"
               for _, role, _ in letter.evidence)
    assert letter.text.rstrip().endswith("Sincerely,\nPriya Raman")


def test_letter_invents_nothing() -> None:
    text = _letter().text
    source = RESUME + " Accounting Manager Lakeview Health"
    for number in re.findall(r"\d[\d,.]*", text):
        assert number.rstrip(".,") in source
    assert "NetSuite" not in text  # asked for, not shown: never claimed
    assert "CPA" not in text


def test_letter_is_the_same_every_time() -> None:
    assert _letter().text == _letter().text


def test_evidence_is_a_used_skill_in_its_own_sentence() -> None:
    """A skills-list line names a skill without showing it used: never quoted as
    evidence. A summary paragraph is quoted by the sentence that names the skill."""
    from dataclasses import replace

    from tailor_app.tailoring.model import SkillMatch

    paragraph = ("Accountant with 8 years in manufacturing. Closed the books monthly in "
                 "NetSuite for a $40M division.")
    resume_text = RESUME.replace("Experience\n", f"Summary\n{paragraph}\n\nExperience\n")
    result = tailor(ResumeDocument.from_text(resume_text), POSTING)
    skills_line = next(line for section in result.tailored.sections
                       if section.kind == "skills" for line in section.entries[0].header)
    assert "QuickBooks" in skills_line
    matched = [SkillMatch("NetSuite", "tool", True, paragraph, "NetSuite"),
               SkillMatch("QuickBooks", "tool", True, skills_line, "QuickBooks")]
    letter = draft_letter(result.tailored, result.analysis,
                          replace(result.match_after, matched=matched))
    assert [line for _, _, line in letter.evidence] == [
        "Closed the books monthly in NetSuite for a $40M division."]
    assert "QuickBooks" not in letter.text


def test_a_roles_title_line_is_not_evidence() -> None:
    """A role's header names a skill in its title ("DevOps Engineer  Sep. 2023")
    without showing it used; quoted, it read as the title twice and a stray month."""
    from dataclasses import replace

    from tailor_app.tailoring.model import SkillMatch

    result = tailor(ResumeDocument.from_text(RESUME), POSTING)
    header = next(line for section in result.tailored.sections
                  if section.kind == "experience" for entry in section.entries
                  for line in entry.header if "Senior Accountant" in line)
    bullet = "Managed accounts payable for 300 vendors in QuickBooks"
    matched = [SkillMatch("Accounting", "skill", True, header, "Accountant"),
               SkillMatch("QuickBooks", "tool", True, bullet, "QuickBooks")]
    letter = draft_letter(result.tailored, result.analysis,
                          replace(result.match_after, matched=matched))
    assert [line for _, _, line in letter.evidence] == [bullet]
    assert "2019 - Present" not in letter.text
