"""A credential the employer's place holds, told of the place: no ask of the hire.

"Our 240,000 sq ft plant runs a Lean, ISO 9001 certified operation", "We run an SQF
Level 2 certified facility", "We are ISO 13485 registered": the company tells what its
plant or its kitchen has been certified to, in its story. Read as asks they became
false "missing" claims in the match report (a millwright does not hold ISO 9001).

Two shapes of the same grammar: the credential as an adjective of a place or an
organisation ("an ISO 9001-certified plant", "a NAEYC-accredited center"), and the
place or "we" as the subject that is certified ("We are ISO 9001 certified", "Our plant
is SQF certified"). A sentence that asks for experience or knowledge of such a place
("Experience in an ISO 9001 certified facility is a plus") keeps its ask, and a person
certified ("AWS certified welder", "ASE certified technicians") is never a place.
"""

from __future__ import annotations

import re

__all__ = ["employer_credential_spans"]

# A credential's name: a capitalised word or letters, then up to four capitalised
# words, numbers or levels ("ISO 9001:2015", "SQF Level 2", "C-TPAT").
_NAME = r"[A-Z][\w.:/&+-]*(?:[ \t]+(?:[A-Z0-9][\w.:/&+-]*|of|and))*?"
# ("compliant" and "approved" are left out: "our OSHA-compliant site safety plan" is a
# standard the hire will keep.)
# Either case: "a Lead-Safe Certified Firm", "an ISO 9001 Registered Facility".
_STATE = r"(?i:certified|accredited|registered|designated)"
_PLACE = (r"(?i:plants?|facilit(?:y|ies)|operations?|sites?|compan(?:y|ies)|cent(?:er|re)s?"
          r"|hospitals?|labs?|laborator(?:y|ies)|shops?|warehouses?|schools?|programs?"
          r"|kitchens?|buildings?|organi[sz]ations?|firms?|manufacturer|suppliers?|business"
          r"|agency|clinics?|campus|dealerships?|practice|distribution[ \t]+cent(?:er|re)s?"
          r"|processor|mill|foundry|bakery|fleet)")
# "an ISO 9001 certified plant", "a Lean, ISO 9001-certified operation": up to two
# words of the place's kind between the state and the place.
# The place ends its noun phrase: a stop, or a word that goes on with the sentence
# ("plant runs six lines", "center serving 90 children"), never a noun it modifies
# ("a certified site safety plan").
_PHRASE_END = (r"(?=[ \t]*(?:[.,;:!?)\n]|\Z|[—–-][ \t]|[ \t](?:in|on|at|of|for|that|which|with"
               r"|where|and|is|are|has|have|had|was|near|since|runs?|makes?|employs?|supplies"
               r"|serves?|[a-z]+ing)\b))")
# The words between the state and the place modify the place; a preposition or an
# article there makes the credential the person's ("Green Belt certified in
# manufacturing operations", "ServSafe certified in a kitchen").
_MODIFIER = (r"(?!(?:in|at|for|with|within|on|by|from|of|to|into|across|a|an|the|any|our"
             r"|your|their)\b)[A-Za-z][\w-]*")
_OF_PLACE = re.compile(
    rf"\b({_NAME})[ \t]*[- \t]({_STATE})[ \t]+(?:{_MODIFIER}[ \t]+){{0,2}}?{_PLACE}"
    rf"{_PHRASE_END}")
# "We are ISO 9001 certified", "Our plant is SQF certified", "the facility is
# FDA-registered".
_PLACE_IS = re.compile(
    rf"\b(?:[Ww]e(?:['’]re|[ \t]+are)|(?:[Oo]ur|[Tt]he)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{_PLACE}"
    rf"[ \t]+(?:is|are))[ \t]+(?:(?:proudly|fully|now)[ \t]+)?(?:an?[ \t]+)?({_NAME})[ \t]*"
    rf"[- \t]({_STATE})\b")
# A sentence asking the hire to know such a place, or to have studied at one ("Graduate
# of a CODA accredited dental hygiene program", "a degree from an ABA-accredited law
# school"): its credential is asked.
_ASKS = re.compile(
    r"\b(?:experience|experienced|familiar|familiarity|knowledge|background|understanding"
    r"|worked|working|exposure|prior|previous|preferred|required|a plus|graduat\w*"
    r"|complet\w*|degree|diploma|enrolled|attend\w*|from|must|should)\b", re.IGNORECASE)
_STOPS = ".;!?\n"


def _sentence(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, at) for c in _STOPS) + 1
    ends = [i for i in (text.find(c, at) for c in _STOPS) if i >= 0]
    return start, min(ends, default=len(text))


def employer_credential_spans(text: str) -> list[tuple[int, int]]:
    """Spans of credentials ``text`` says the employer's place holds."""
    if not any(w in text for w in ("ertified", "ccredited", "egistered", "esignated",
                                   "pproved", "ompliant")):
        return []
    spans = []
    for pattern in (_OF_PLACE, _PLACE_IS):
        for m in pattern.finditer(text):
            start, end = _sentence(text, m.start(1))
            if _ASKS.search(text, start, end):
                continue
            spans.append((m.start(1), m.end(2)))  # to the state word: the certificate
            # finder reads the credential from "certified"; the place's own words stay
    return spans
