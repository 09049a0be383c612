"""The engine never fails a job for its own change: a change the guard objects to is
left out, the others kept, and the job completes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tailor_app.tailoring.compose import rename as rename_module
from tailor_app.tailoring.compose import tailor as tailor_module
from tailor_app.tailoring.compose.render import render_text
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.reading import ResumeReadError, read_resume

TODAY = date(2026, 12, 1)

RESUME = """Kim Lee
kim.lee@example.com

EXPERIENCE
Backend Developer, Acme  Jan 2019 – Present
• Organised release notes for each sprint
• Ran k8s clusters and JS frontends
• Tuned Postgres indexes for the billing service

SKILLS
Python, Postgres, JS, k8s, CI/CD
"""

POSTING = """Backend Engineer
Requirements: Python, PostgreSQL, Kubernetes, JavaScript, CI/CD
"""

# A PDF text layer that lost its spaces (XeTeX/LuaTeX output read by pypdf).
GLUED = """KimLee
kim.lee@example.com

EXPERIENCE
SeniorDeveloper,Acme  Jan 2019 – Present
• BuiltRESTAPIsinPythonandDjangoonPostgresandk8s
• Deployed on Amazon AWS + GCP, AWS EC2 and AWS
• Ran k8s clusters and JS frontends

SKILLS
Python,Postgres,JS,k8s,CI/CD,AWS
"""


def test_an_honest_run_drops_nothing() -> None:
    result = tailor(RESUME, POSTING, today=TODAY)
    assert result.guard.ok and result.dropped == []
    assert result.renamed == {"Postgres": "PostgreSQL", "k8s": "Kubernetes",
                              "JS": "JavaScript"}


def test_a_bad_rename_is_left_out_and_the_rest_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    real = rename_module.apply_renames

    def drops_a_word(text: str, renamed: dict[str, str], vocabulary: object) -> str:
        out = real(text, renamed, vocabulary)  # type: ignore[arg-type]
        return out.replace("PostgreSQL indexes", "PostgreSQL")  # loses "indexes"

    monkeypatch.setattr(rename_module, "apply_renames", drops_a_word)
    result = tailor(RESUME, POSTING, today=TODAY)
    assert result.guard.ok
    assert "Postgres \u2192 PostgreSQL" in result.dropped
    assert "Postgres" not in result.renamed
    assert "• Tuned Postgres indexes for the billing service" in result.text
    # The other renames and the new order stay.
    assert result.renamed == {"k8s": "Kubernetes", "JS": "JavaScript"}
    assert "• Ran Kubernetes clusters and JavaScript frontends" in result.text
    assert result.text.index("Ran Kubernetes") < result.text.index("Organised release")


def test_a_rename_to_another_skill_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tailor_module, "choose_renames",
                        lambda *_a: {"Postgres": "MySQL", "k8s": "Kubernetes"})
    result = tailor(RESUME, POSTING, today=TODAY)
    assert result.guard.ok
    assert "MySQL" not in result.text
    assert result.renamed == {"k8s": "Kubernetes"}


def test_a_summary_word_the_resume_lacks_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tailor_module, "build_summary",
                        lambda *_a: "Backend Developer with experience in Terraform.")
    result = tailor(RESUME, POSTING, today=TODAY)
    assert result.guard.ok and result.summary is None
    assert "Terraform" not in result.text
    assert any("summary line" in d for d in result.dropped)


def test_glued_words_complete_with_nothing_invented() -> None:
    result = tailor(GLUED, POSTING + "Amazon Web Services, Django, REST APIs\n", today=TODAY)
    assert result.guard.ok, result.guard.message()
    source = render_text(result.original)
    for line in source.splitlines():
        if "k8s" not in line and "JS" not in line and "Postgres" not in line:
            assert line in result.text  # every other line is there as written


@pytest.mark.corpus
def test_every_corpus_resume_completes_against_every_corpus_posting(corpus_dir: Path) -> None:
    postings = sorted((corpus_dir / "jds").glob("*.txt"))
    done = refused = 0
    for path in sorted((corpus_dir / "resumes").iterdir()):
        try:
            document = read_resume(path)
        except ResumeReadError:
            continue  # a file that cannot be read is the one reason to fail a job
        for posting in postings:
            result = tailor(document, posting.read_text(encoding="utf-8"), today=TODAY)
            done += 1
            refused += not result.guard.ok
            assert result.text == render_text(result.tailored, result.summary)
    assert done >= 15 * len(postings) and refused == 0
