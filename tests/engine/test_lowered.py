"""``caseless.lowered`` answers as ``str.lower`` whatever it remembers (it exists for
speed alone: a job lowers the posting's and the resume's whole text many times)."""

from __future__ import annotations

from tailor_app.tailoring.caseless import folded, lowered


def test_lowered_is_lower_for_short_and_long_texts() -> None:
    texts = ["", "ABC", "Managed Payroll • Led Team – O’Neil’s İstanbul ΣΑΣ",
             "Ran the FRONT desk; İ ſ K. " * 40, "plain ascii TEXT " * 30]
    for _ in range(3):  # asked again: the remembered answer is the same
        for text in texts:
            assert lowered(text) == text.lower()
            assert lowered("".join(text)) == text.lower()  # a copy of it too


def test_many_long_texts_and_lines_are_each_lowered_right() -> None:
    texts = [f"Line {n}: Served GUESTS – Café №{n} " * k for n in range(300) for k in (2, 10)]
    for text in texts + texts[::-1]:
        assert lowered(text) == text.lower()


def test_folded_still_refuses_what_lowering_cannot_stand_in_for() -> None:
    long_text = "Istanbul office " * 20
    assert folded(long_text) == long_text.lower()
    assert folded(long_text + "İ") is None  # "İ" lowers to two characters
    assert folded(long_text + "ſ") is None


def test_folded_is_lowered_where_it_stands_in() -> None:
    """``folded`` writes ``lowered`` and ``stands_in`` out: the same answer for short,
    long, ASCII and other texts, and None where lowering cannot stand in."""
    from tailor_app.tailoring.caseless import stands_in

    texts = ["", "A", "Short Line", "• Bullet – dash ’quote’ line that runs past forty chars",
             "X" * 250, "É" * 45, "ı" * 50, "ſ", "İstanbul office", "Straße " * 40]
    for text in texts:
        low = lowered(text)
        assert folded(text) == (low if stands_in(text, low) else None), text
