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
# The credential: a credential's word or a licence's letters in what "your" names ("your
# CDL", "your forklift card", "your CNA certification"); "complete your wound care and
# skin checks" names a duty.
_CREDENTIAL = re.compile(
    r"\b(?:certifications?|certificates?|licen[cs]es?|cards?|credentials?|endorsements?"
    r"|permits?|registrations?|exams?|tests?|degrees?|diplomas?)\b|\b[A-Z]{2,6}s?\b"
    r"|\b[A-Z]+-[A-Z0-9]+\b")
_EARNED_THROUGH = re.compile(
    rf"\b{_EARN}{_W}(your{_W}[^.;,()\n!?]{{1,50}}?)"
    rf"{_W}(?:through|with|at|via|in|during|from|thanks{_W}to)\b"
    # The means is the employer's, or costs the hire nothing: "our ... program",
    # "the company's school", "company-paid driving school", "free classes" (a word of
    # cost alone, "paid weekly", is the pay).
    rf"(?=[^.;()\n!?]{{0,50}}?\b(?:(?:our|the{_W}company['’]s){_W}(?:[\w-]+{_W}){{0,3}}?"
    rf"|{_COST}{_W}(?:[\w-]+{_W}){{0,2}}?){_MEANS}\b)",
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
    return [(a, b) for a, b in spans if _CREDENTIAL.search(text, a, b)]
