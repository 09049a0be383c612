"""A .docx whose zip asks for a feature Python's zipfile lacks is damaged, not a crash."""

from __future__ import annotations

from test_fuzz import check_file


def test_unsupported_zip_version_reads_as_a_message() -> None:
    check_file("docx", 2100, False)  # the mutation Hypothesis found: zip version 99
