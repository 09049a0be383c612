"""Words of a people that name kinds of a thing, not languages asked (Dec 6,
precision10). Each test is on text written for it."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def _names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_a_bracketed_list_of_styles_names_no_language() -> None:
    text = ("Sous Chef\n\nRequirements\n- 3 years cooking regional cuisines (Thai, "
            "Vietnamese, Cajun) in a scratch kitchen\n- Food handler card\n")
    names = _names(text)
    assert not {"Thai", "Vietnamese", "Cajun"} & names


def test_people_words_before_a_kitchen_kind_name_no_language() -> None:
    text = ("Server\n\nWhat you need\n- Fine dining experience with French and Italian "
            "wines and regional cuisines\n- Spanish is a plus\n")
    names = _names(text)
    assert not {"French", "Italian"} & names
    assert "Spanish" in names  # a language before any other word stays asked
    # Service in a language is that language asked.
    assert "Spanish" in _names("Call Center Agent\n\nDuties\n- Give English and Spanish "
                               "service to callers\n")


def test_languages_under_a_word_of_speech_stay_asked() -> None:
    text = ("Patient Access Representative\n\nRequirements\n- Fluent in two languages "
            "(English and Spanish)\n- Bilingual (Spanish, Hmong) candidates encouraged\n")
    names = _names(text)
    assert "Spanish" in names


def test_service_in_a_language_is_that_language_asked() -> None:
    # Review finding: "service" after a language is no dining room's style.
    assert "Spanish" in _names("Teller\n\nDuties\n- Provide Spanish service to walk-in "
                               "customers\n")
    assert "English" in _names("Agent\n\nDuties\n- Answer Spanish and English service calls\n")
