"""A resume's catch-all last section: "Other", "Additional".

Many resumes end with a short section under one of these words (languages, a training,
a hobby). Read as no heading, its title and lines were taken for plain lines under the
last role: the tailored text lost the blank line above the title and glued it to that
role's bullets, as if "Other" were something the person did there. Texts are written
for these tests.
"""

from __future__ import annotations

import pytest

from tailor_app.tailoring import tailor
from tailor_app.tailoring.resume.headings import heading_kind
from tailor_app.tailoring.resume.parser import parse_resume

COUNSELOR = """Ana Ruiz
Lexington, KY | ana.ruiz@example.org

Experience
Family Advocate | Bluegrass Head Start | 2019 – Present
• Visit 40 families a month and write family partnership agreements
• Refer families to food banks, housing help and mental health agencies

{title}
Fluent in Spanish. Trained in Motivational Interviewing.
"""

POSTING = """Family Advocate
Requirements:
- Home visits and family partnership agreements
- Community referrals
- Motivational Interviewing
- Spanish
"""

COOK = """Sam Hale
Boise, ID | sam.hale@example.com

Work History
Line Cook | Riverside Grill | 2021 – Present
- Work the saute and grill stations on a 200-cover night
- Prep sauces, proteins and vegetables for the line

Additional
ServSafe Food Handler, 2024. Forklift certified.
"""

COOK_POSTING = """Line Cook
You will work the grill and saute stations and prep for service.
Requirements: ServSafe Food Handler card.
"""


@pytest.mark.parametrize("title", ["Other", "OTHER", "Additional"])
def test_catch_all_title_is_a_section_of_its_own(title: str) -> None:
    resume = parse_resume(COUNSELOR.format(title=title))
    headings = [s.heading for s in resume.sections]
    assert title in headings
    role = next(s for s in resume.sections if s.kind == "experience").entries[0]
    assert title not in role.bullets


@pytest.mark.parametrize(("text", "resume_text", "title"), [
    (POSTING, COUNSELOR.format(title="Other"), "Other"),
    (COOK_POSTING, COOK, "Additional"),
])
def test_tailored_text_keeps_the_title_apart_from_the_last_role(
        text: str, resume_text: str, title: str) -> None:
    tailored = tailor(resume_text, text).text
    lines = tailored.splitlines()
    at = lines.index(title)
    assert lines[at - 1] == ""
    assert lines[-1] == resume_text.rstrip().splitlines()[-1]


def test_other_inside_a_phrase_names_no_section() -> None:
    assert heading_kind("Other duties as assigned") is None
    assert heading_kind("Other Experience") == "experience"
