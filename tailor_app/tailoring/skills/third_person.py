"""An alias that opens with a duty's verb, read in the third person too.

Curated aliases tell some skills as a deed in the verb's base form ("carry a
caseload" is Case Management, "respond to crises" Crisis intervention, "complete
intakes" Intake Assessment), as a posting addressed to the reader writes them. Postings
in the "Essential Functions" style tell the same duties of the job in the third person
("Carries a caseload of 25", "Responds to crises"), and the matcher, which folds only
an alias's last word, read none of them.

:func:`third_person_forms` maps the "-s" form of each such opening verb to its base
form, once per vocabulary (a few hundred words); ``Vocabulary`` reads a line again from
such a word with the base form in its place. Only verbs the word lists know as verbs
open such a reading: an alias opening with a noun ("order entry") has no third person.
"""

from __future__ import annotations

from collections.abc import Iterable

from tailor_app.tailoring.skills.phrases import verb_form

__all__ = ["third_person", "third_person_forms"]


def third_person(verb: str) -> str:
    """The "-s" form of a verb's base form: "carry" -> "carries", "teach" -> "teaches",
    "respond" -> "responds"."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "i", "o", "u"):
        return verb[:-1] + "ies"
    return verb + "s"


def _tensed(verb: str) -> tuple[str, ...]:
    """The "-ing" and "-ed" forms a verb's base form may take: "screen" -> "screening",
    "screened"; "stage" -> "staging", "staged"; "plan" -> "planning", "planned"."""
    if verb.endswith("e"):
        return verb[:-1] + "ing", verb + "d"
    doubled = verb + verb[-1]
    return verb + "ing", verb + "ed", doubled + "ing", doubled + "ed"


def third_person_forms(keys: Iterable[str]) -> dict[str, str]:
    """Third-person form -> base form, for the first word of every alias key of two
    words or more that opens with a verb in its base form: a verb the word lists know,
    or one the keys themselves tell in another tense ("~screen applicants" beside
    "~screening applicants" and "~screened applicants": "Screens applicants" is the
    deed too, where "screen" is no duty verb of the lists)."""
    openings = {key.partition(" ")[0] for key in keys if " " in key}
    out: dict[str, str] = {}
    for first in sorted(openings):
        if not first.isalpha() or len(first) < 3 or first.endswith(("s", "ed", "ing")):
            continue
        if verb_form(first) or not openings.isdisjoint(_tensed(first)):
            out.setdefault(third_person(first), first)
    return out
