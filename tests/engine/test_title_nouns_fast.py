"""The lower-cased job-noun tests answer as the IGNORECASE patterns do (posting/title.py)."""

from __future__ import annotations

from tailor_app.tailoring.posting import title

WORDS = ["Nurse", "NURSES", "nurse-led", "Développeuse", "developpeur", "Ingénieur", "counsellor",
         "Conseillère", "labourer", "RN", "rns", "CNAs", "Lead", "leads", "Caseworker", "K",
         "İnspector", "ſtocker", "Chefs", "sous-chef", "Techs", "x-ray", "", "s", "engineers's"]
LINES = ["Registered Nurse (RN) - Night Shift", "Line Cook at Saltgrass Kitchen", "About us",
         "We are hiring!", "Sr. Software Engineer, Platform", "Développeur Python", "İnspector",
         "Come work with our chefs", "Managerial roles", "pre-engineered metal buildings"]


def test_same_answers_as_the_patterns() -> None:
    for word in WORDS:
        assert title.is_person_noun(word) == (title.TITLE_NOUNS.fullmatch(word) is not None)
        assert title._is_title_noun(word) == (title._TITLE_NOUNS.fullmatch(word) is not None)
    for line in LINES + WORDS:
        assert title._title_noun_in(line) == (title._TITLE_NOUNS.search(line) is not None)
