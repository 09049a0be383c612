"""Using open-source software is not contributing to it. "Make use of open source tools"
asked Open Source Contribution, and a resume built on open-source libraries showed
it; the two are now apart, contributing showing use and not the reverse."""

from __future__ import annotations

import pytest
from skill_names import names

from tailor_app.tailoring.skills.vocabulary import Vocabulary, load_vocabulary


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def test_using_open_source_shows_no_contribution(vocabulary: Vocabulary) -> None:
    found = names(vocabulary, "Built the service on open source tools (PostgreSQL, Redis)")
    assert "Open Source Software" in found
    assert "Open Source Contribution" not in found


def test_contributing_shows_both(vocabulary: Vocabulary) -> None:
    found = names(vocabulary, "Contributed to open source projects: 14 merged pull requests")
    assert {"Open Source Contribution", "Open Source Software"} <= found


@pytest.mark.parametrize("line", ["React.js, Redux, HTML 5", "Angular 15 and RxJS",
                                  "Vue 3 with Pinia", "jQuery UI widgets"])
def test_a_browser_framework_shows_front_end_development(vocabulary: Vocabulary,
                                                        line: str) -> None:
    assert "Front-End Development" in names(vocabulary, line)


def test_front_end_development_shows_no_framework(vocabulary: Vocabulary) -> None:
    assert "React" not in names(vocabulary, "Five years of front-end development")
