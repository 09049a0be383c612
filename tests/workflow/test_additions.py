"""What an edit states that the resume and its facts do not (``compose.additions``),
and the result an edited revision is exported from (``revisions.result_of``)."""

from __future__ import annotations

from pathlib import Path

from posting_samples import SOFTWARE as POSTING
from resume_samples import SOFTWARE as RESUME

from tailor_app.export import export_result
from tailor_app.revisions import result_of
from tailor_app.tailoring.compose.additions import (
    NAME,
    NUMBER,
    SKILL,
    Supported,
    fact_for,
    unsupported,
)
from tailor_app.tailoring.compose.facts import entry_labels
from tailor_app.tailoring.compose.tailor import tailor
from tailor_app.tailoring.model import ResumeDocument, UserFact

TAILORED = tailor(ResumeDocument.from_text(RESUME), POSTING, "Senior Backend Engineer")
ROLE_BULLET = "\u2022 Mentored 3 junior engineers through weekly pairing and design reviews"


def edited(line: str) -> str:
    """The tailored text with ``line`` typed as a new bullet under the first role."""
    assert ROLE_BULLET in TAILORED.text
    return TAILORED.text.replace(ROLE_BULLET, f"{ROLE_BULLET}\n{line}")


def found(text: str, facts: list[UserFact] | None = None) -> list[tuple[str, str]]:
    support = Supported.of(TAILORED.original, facts or [], also=TAILORED.text)
    return [(a.kind, a.text) for a in unsupported(text, support)]


def test_the_engines_own_text_has_no_additions() -> None:
    # Its summary line and renames are the engine's, checked by the guard.
    assert found(TAILORED.text) == []


def test_a_new_number_skill_and_employer_are_additions_with_where_they_are() -> None:
    text = edited("- Led 12 engineers at Google building FedRAMP tools in Rust")
    support = Supported.of(TAILORED.original, also=TAILORED.text)
    additions = unsupported(text, support)
    assert [(a.kind, a.text) for a in additions] == [
        (NUMBER, "12"), (NAME, "Google"), (SKILL, "FedRAMP"), (SKILL, "Rust")]
    for addition in additions:
        assert text[addition.start:addition.end] == addition.text
    twelve = next(a for a in additions if a.text == "12")
    assert twelve.reason == "Not in your resume: a number (\u201c12\u201d)"


def test_what_the_resume_states_anywhere_is_no_addition() -> None:
    # Kafka, Terraform and 14 are in the resume (another role, another line); Led
    # starts the sentence; ordinary words are rewording, not claims.
    assert found(edited("- Led rollout of Kafka and Terraform to 14 services quickly")) == []
    # A skill by another of its names is the same skill: Postgres is PostgreSQL.
    assert found(edited("- Tuned Postgres indexes")) == []


def test_a_fact_of_the_resume_is_no_addition() -> None:
    text = edited("- Passed FedRAMP review for 12 services")
    assert (SKILL, "FedRAMP") in found(text)
    facts = [UserFact("FedRAMP", None, None)]
    assert (SKILL, "FedRAMP") not in found(text, facts)
    assert (NUMBER, "12") in found(text, facts)
    with_line = [UserFact("FedRAMP", None, "Passed FedRAMP review for 12 services")]
    assert found(text, with_line) == []


def test_a_fact_added_while_editing_is_supported_at_once() -> None:
    support = Supported.of(TAILORED.original, also=TAILORED.text)
    text = edited("- Worked under FedRAMP")
    assert [a.text for a in unsupported(text, support)] == ["FedRAMP"]
    support.add_fact("FedRAMP")
    assert unsupported(text, support) == []


def test_an_addition_becomes_a_fact_with_its_sentence_and_role() -> None:
    text = edited("- Readied 12 services for FedRAMP")
    addition = next(a for a in unsupported(text, Supported.of(TAILORED.original,
                                                               also=TAILORED.text))
                    if a.text == "FedRAMP")
    skill, entry, line = fact_for(text, addition, entry_labels(TAILORED.original))
    assert skill == "FedRAMP"
    assert line == "Readied 12 services for FedRAMP"
    assert entry is not None and entry.startswith("Senior Backend Engineer, Harbourline")

    listed = TAILORED.text.replace("Languages: Python, SQL, Go, Java",
                                   "Languages: Python, SQL, Go, Java, Rust")
    rust = next(a for a in unsupported(listed, Supported.of(TAILORED.original,
                                                             also=TAILORED.text))
                if a.text == "Rust")
    assert fact_for(listed, rust, entry_labels(TAILORED.original)) == ("Rust", None, None)

    # A sentence above every role (in the summary) has no place: the skill alone.
    top = TAILORED.text.replace("Technical Skills", "Shipped Rust tools\nTechnical Skills", 1)
    rust = next(a for a in unsupported(top, Supported.of(TAILORED.original,
                                                          also=TAILORED.text))
                if a.text == "Rust")
    assert fact_for(top, rust, entry_labels(TAILORED.original)) == ("Rust", None, None)


def test_an_edited_text_is_exported_whole_in_every_format(tmp_path: Path) -> None:
    text = edited("- Readied 12 services for FedRAMP")
    result = TAILORED.to_dict()
    assert result_of(result, None) is result
    assert result_of(result, result["text"]) is result
    written = result_of(result, text)
    assert written["text"] == text and written["summary"] is None
    for fmt in ("txt", "md", "docx"):
        out = export_result(written, fmt, tmp_path / f"cv.{fmt}")
        if fmt == "docx":
            from docx import Document

            body = "\n".join(p.text for p in Document(str(out)).paragraphs)
        else:
            body = out.read_text(encoding="utf-8")
        assert "Readied 12 services for FedRAMP" in body
        assert "Senior Backend Engineer with" in body  # the summary line, once
        assert body.count("Senior Backend Engineer with") == 1
