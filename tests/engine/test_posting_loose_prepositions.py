"""Prepositions the stop words leave out ("around", "depending") end a term and are never
its last word, and a situation is no skill: "move crates around the floor" asks for no
"Crates around", "hats depending on the day" for no "Hats depending"."""

from __future__ import annotations

from tailor_app.tailoring.posting.analyse import analyse_posting


def names(text: str) -> set[str]:
    return {s.name for s in analyse_posting(text).skills}


def test_a_place_after_around_ends_no_term() -> None:
    found = names("Duties\n- Stack, wrap and carry crates around the warehouse floor\n")
    assert not any(n.lower().endswith("around") for n in found)


def test_hats_depending_on_the_situation_are_no_asks() -> None:
    found = names("Duties\n- Build tools that fit the context. You may need to wear "
                  "different, non-sales (support, product) hats depending on the week "
                  "and situation.\n")
    assert "Hats depending" not in found
    assert "Situation" not in found


def test_the_term_before_such_a_preposition_is_still_read() -> None:
    found = names("Duties\n- Print shipping labels along with packing slips\n")
    assert "Shipping labels" in found
    assert not any(n.lower().endswith("along") for n in found)
