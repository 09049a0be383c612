"""Credentials the employer will help the hire earn: "you can earn your CDL through our
paid program", "Earn your Class A CDL in four weeks at our company-paid driving school",
"we'll help you get your forklift certification", "we will train you to pass your
state CNA exam".

A licence the hire earns with the employer's means is a path the job offers, not a
credential it asks for; read as an ask it became a false "missing" ("no Class A CDL")
for the very trainees the posting invites. Two shapes, by grammar:

- a verb of earning with "your" and the credential, then a means of the employer's in
  the same clause: "through / with / at / via / in ... our program, school, academy,
  training, course, classes, cohort" or a word of cost ("paid", "company-paid", "free",
  "sponsored");
- the employer helping or training "you" to earn, get, obtain or pass one.

Left asked: a credential to be earned by a deadline with no means of the employer's
("obtain your food handler card within 30 days of hire"), and one the hire must hold
("must have your CDL").
"""

from __future__ import annotations

import re

__all__ = ["earned_spans"]

_W = r"[ \t]+"
_EARN = r"(?:earn|get|obtain|gain|receive|complete)"
_MEANS = (r"(?:program|programs|school|academy|training|course|courses|classes|class"
          r"|cohort|apprenticeship|sponsorship|partnership|university|institute)")
_COST = r"(?:paid|company[- ]paid|employer[- ]paid|free|sponsored|no[- ]cost|tuition[- ]free)"
_EARNED_THROUGH = re.compile(
    rf"\b{_EARN}{_W}(your{_W}[^.;,()\n!?]{{1,50}}?)"
    rf"{_W}(?:through|with|at|via|in|during|from|thanks{_W}to)\b"
    rf"(?=[^.;()\n!?]{{0,50}}?\b(?:(?:our|the{_W}company['’]s){_W}(?:[\w-]+{_W}){{0,3}}?{_MEANS}"
    rf"|{_COST})\b)",
    re.IGNORECASE)
_HELPED = re.compile(
    rf"\b(?:help|helps|train|trains|teach|teaches|prepare|prepares|support|supports|sponsor"
    rf"|sponsors){_W}you{_W}(?:to{_W})?(?:{_EARN}|pass){_W}"
    r"((?:your|the|a|an)[ \t]+[^.;,()\n!?]{1,50}?)(?=[ \t]+(?:in|within|before|by|at|through"
    r"|with|during|after|and|so)\b|[.;,()\n!?]|$)",
    re.IGNORECASE)
# The words each pattern's matches hold, lower-cased: a posting without them (most) is
# not scanned (``str.lower`` keeps offsets for ASCII text, where it stands in).
_EARN_CUES = ("earn", "get", "obtain", "gain", "receiv", "complet")
_HELP_CUES = ("help you", "helps you", "train you", "trains you", "teach you", "teaches you",
              "prepare you", "prepares you", "support you", "supports you", "sponsor you",
              "sponsors you")


def earned_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the credentials ``text`` says the employer will help the hire earn."""
    low = text.lower() if text.isascii() else text.casefold()
    spans = []
    if "your" in low and any(c in low for c in _EARN_CUES):
        spans += [m.span(1) for m in _EARNED_THROUGH.finditer(text)]
    if any(c in low for c in _HELP_CUES):
        spans += [m.span(1) for m in _HELPED.finditer(text)]
    return spans
