"""A resume-only phrase written in the past tense is said in the present too.

Resumes tell the current job in the present ("Balance the drawer at close", "Book
follow-ups") and past jobs in the past ("Balanced the drawer"), sometimes as a
gerund ("Booking follow-ups"). The curated ``<phrase``s (FORMAT.md) are written as
most resumes write them, in the past: the phrase matcher folds only a phrase's last
word, so without this the present-tense bullet of the same deed showed nothing. The same
holds for the curated aliases that are deeds in the past ("handled reservations",
"drew blood"): their present forms are resume-only phrases too (``Vocabulary.shown_by``),
never a posting's ask, so the posting's asks do not change.

:func:`tense_variants` gives the other forms of a phrase whose first word is a past
tense ("-ed" or an irregular past such as "ran", "kept"). English spelling leaves
the base ambiguous ("booked" -> "book", "welcomed" -> "welcome", "planned" -> "plan"),
so every candidate is given; the ones that are no word ("booke guests") never occur
in a text and cost one table entry each, built once per vocabulary.
"""

from __future__ import annotations

from tailor_app.tailoring.skills.stems import irregular_base

__all__ = ["is_past", "tense_variants"]

_MIN_BASE = 3  # "fed" is irregular; no "-ed" cut leaves fewer letters than this


def _bases(past: str) -> tuple[str, ...]:
    """The base forms a past tense may come from (lower case)."""
    irregular = irregular_base(past)
    if irregular is not None:
        return (irregular,)
    if not past.endswith("ed") or len(past) - 2 < _MIN_BASE or past.endswith("eed"):
        return ()
    if past.endswith("ied"):
        return (past[:-3] + "y",)  # "carried" -> "carry"
    stem = past[:-2]
    if stem[-1] == stem[-2]:
        # "planned" -> "plan"; a doubled s, l, f or z may be the verb's own ("billed"
        # -> "bill") or doubled by the past ("cancelled" -> "cancel"): both.
        return (stem, stem[:-1]) if stem[-1] in "slfz" else (stem[:-1],)
    return (stem, stem + "e")  # "booked" -> "book"; "welcomed" -> "welcome"


def _forms(base: str) -> tuple[str, ...]:
    """The present, third-person and gerund of a base form ("plan" -> "plan", "plans",
    "planning"; "welcome" -> "welcomes", "welcoming"; "carry" -> "carries")."""
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
        return (base, base[:-1] + "ies", base + "ing")
    if base.endswith("e") and not base.endswith("ee"):
        return (base, base + "s", base[:-1] + "ing")
    third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s"
    if (len(base) <= 4 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou"
            and base[-3] not in "aeiou"):
        # "plan" -> "planning", "run" -> "running", but "open" -> "opening": both.
        return (base, third, base + base[-1] + "ing", base + "ing")
    return (base, third, base + "ing")


def is_past(word: str) -> bool:
    """Is ``word`` written as a past tense ("balanced", "planned", "kept")?"""
    return word.isalpha() and bool(_bases(word.lower()))


def tense_variants(phrase: str) -> list[str]:
    """The same phrase with its first word in the present, third person and gerund,
    when that word is a past tense: "balanced the drawer" -> "balance the drawer",
    "balances the drawer", "balancing the drawer" (and "balanc the drawer", no word).
    Other phrases give nothing."""
    first, sep, rest = phrase.partition(" ")
    if not sep or not first.isalpha():
        return []
    low = first.lower()
    out: list[str] = []
    for base in _bases(low):
        for form in _forms(base):
            if form != low:
                word = form[:1].upper() + form[1:] if first[:1].isupper() else form
                out.append(f"{word} {rest}")
    return list(dict.fromkeys(out))
