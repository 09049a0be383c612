""""No coding experience needed" says what the job does not ask; it is no "no-code" tool
ask. The tools are still asked where a posting names them ("no-code tools like Zapier")."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _asked(line: str) -> set[str]:
    return {s.name for s in analyse_posting(f"Operations Analyst\nRequirements\n- {line}\n").skills}


def test_no_coding_needed_asks_no_no_code_tools() -> None:
    assert not any("code" in name.lower() for name in _asked(
        "Advanced Excel; no coding background required for this role"))


def test_no_code_tools_named_are_still_asked() -> None:
    assert any("code" in name.lower() for name in _asked(
        "Build simple workflows with no-code tools such as Airtable"))
    assert any("code" in name.lower() for name in _asked("No-code platforms a plus"))
