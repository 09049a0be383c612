"""What the employer pays for or leads to: credentials and roles the hire is offered.

"We'll pay for your CDL if you want to move up to driving", "Have your CNA
certification paid for", "free Medication Aide training", "Grow into a Lead Teller
role": the credential or role is a gift or a path, never something the posting asks the
hire to have. Read by grammar (a possessive "your" before what is paid for, a word of
cost before training, a verb of growth before a role), so it holds in any field. The
spans join ``noise.not_asked_spans``; an ask of the same credential elsewhere in the
posting ("STNA certification required") is still read there.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.posting.cue_lines import cue_lines, scan_cued

__all__ = ["offered_spans"]

_W = r"[ \t]+"
# "we'll pay for your CDL", "we cover the cost of your license", "we'll reimburse your
# certification": what follows "your", to the clause's end or an "if".
_WE_PAY = re.compile(
    r"\bwe(?:'ll|’ll|[ \t]+will|[ \t]+also)?" + _W
    + r"(?:pay|cover|reimburse|sponsor|fund)" + _W + r"(?:for" + _W + r")?"
    r"(?:(?:the|all)" + _W + r"(?:costs?|fees?)" + _W + r"(?:of|for)" + _W + r")?"
    r"(?:(?:\d{1,3}[ \t]*%|\d{1,3}[ \t]+percent|half|all|part)" + _W + r"of" + _W + r")?"
    # Up to 100 characters: "We cover your OSHA 10 card and pay for forklift
    # certification after 90 days" pays for both, to the sentence's end.
    r"(your" + _W + r"[^.;,()\n!?]{1,100}?|yours)"
    r"(?=[ \t]+(?:if|when|once|so|and[ \t]+we)\b|[.;,()\n!?]|$)",
    re.IGNORECASE)
# "Have your CNA certification paid for", "get your CDL covered", "your license fees are
# reimbursed", "your CPR class is on us".
_PAID_FOR = re.compile(
    r"\byour" + _W + r"[^.;,()\n!?]{1,60}?" + _W
    + r"(?:(?:is|are|will" + _W + r"be|gets?)" + _W + r")?"
    r"(?:paid" + _W + r"for|covered|reimbursed|sponsored|on" + _W + r"us)\b",
    re.IGNORECASE)
# "free Medication Aide training", "paid CNA classes", "company-paid CDL school": a word
# of cost before what is taught. Its words name the course, not an ask.
_FREE_COURSE = re.compile(
    r"\b(?:free|paid|company[- ]paid|employer[- ]paid|sponsored|no[- ]cost|tuition[- ]free)"
    r"" + _W + r"(?:[\w&/-]+" + _W + r"){0,3}?"
    r"(?:training|classes|class|courses?|certification|certificate|licensing|school|program)\b",
    re.IGNORECASE)
# "Grow into a Medication Aide role", "move up to a lead position", "a path to becoming
# a journeyman", "move up to driving": where the job may lead.
_PATH = re.compile(
    r"\b(?:grow|grows|growing|move|moves|moving|step|steps|stepping|advance|advancing"
    r"|promoted|promotion)" + _W + r"(?:up" + _W + r")?(?:in)?to" + _W
    + r"(?:(?:a|an|the|our)" + _W + r")?(?:(?:[\w&/-]+" + _W + r"){0,4}?"
    r"(?:role|position|job|seat|title)s?\b|[a-z]+ing\b)"
    # "raises as you progress toward your journeyman license": where the job leads.
    # Not "Working toward your CPA would be an advantage", a wish.
    r"|\b(?:as|while)" + _W + r"you" + _W + r"(?:progress|work|advance|move)" + _W
    + r"toward(?:s)?" + _W + r"(?:your|a|an|the)" + _W + r"(?:[\w&/-]+[ \t]*){1,4}"
    r"|\bpath(?:way)?" + _W + r"to" + _W + r"(?:becoming" + _W + r")?(?:an?" + _W + r")?"
    r"(?:[\w&/-]+[ \t]*){1,4}",
    re.IGNORECASE)
# A clause in which the hire receives something from the employer: "Receive free uniforms
# and non-slip shoes", "Have access to our English classes", "Get paid weekly", "Earn a
# $1/hr differential". It opens with a verb of receiving, and the verb's own object (the
# words up to the first "and", comma or preposition: ``_OBJECT``) names a gift
# (``_GIFT_WORD``). "Receive payment for meals", "Access the HRIS to enter PTO changes",
# "Receive uniforms from the laundry vendor" name no gift in their object, and a verb
# joined to another ("Receive and post customer payments") is a duty: all stay read.
_RECEIVING = re.compile(
    r"(?:^|(?<=[\n•*])|(?<=[\n•*-][ \t])|(?<=[.;!][ \t])|(?<=you'll[ \t])|(?<=you’ll[ \t])"
    r"|(?<=will[ \t]))[ \t]*(?:receive|enjoy|get|earn|have[ \t]+access[ \t]+to|access)\b"
    r"(?![ \t]+(?:and|or|&)\b)([^.;!?\n]*)", re.IGNORECASE | re.MULTILINE)
_OBJECT = re.compile(
    r"[ \t]*(.*?)(?=,|[ \t]+(?:and|or|to|from|for|with|in|on|at|by|of|into)\b|$)",
    re.IGNORECASE)
_GIFT_WORD = re.compile(
    r"[$%]|\b(?:free|paid|discount(?:s|ed)?|complimentary|bonus(?:es)?|stipends?|allowances?"
    r"|reimbursed|pto|401\s?\(?k\)?|our[ \t]+(?:[\w-]+"
    r"[ \t]+){0,2}(?:classes|courses|training|program|academy|university))\b",
    re.IGNORECASE)
# The plain words every match of each pattern holds (``cue_lines``): a posting is read
# with a pattern only on the lines holding them; most postings have none for most.
_WE_PAY_CUES = ("pay", "cover", "reimburse", "sponsor", "fund")
_PAID_FOR_CUES = ("paid", "covered", "reimbursed", "sponsored", " us")
_YOUR = ("your",)
_FREE_CUES = ("free", "paid", "sponsored", "cost")
_COURSE_CUES = ("training", "class", "course", "certific", "licensing", "school", "program")
_PATH_CUES = ("grow", "mov", "step", "advanc", "promot", "toward", "path")
_RECEIVING_CUES = ("receive", "enjoy", "get", "earn", "access")
# A text holding none of these words is not read at all (a unit of the certification
# reader is often one short line). Kept as it stood before the cues, so that no text
# reads otherwise: "moving" is none of them.
_GATE = ("pay", "paid", "cover", "reimburs", "sponsor", "fund", "free", "no-cost", "no cost",
         "on us", "grow", "move", "step", "advanc", "promot", "path", "receiv", "enjoy", "get",
         "earn", "access", "toward")
_SLOW_GATE = re.compile("|".join(_GATE), re.IGNORECASE)


def offered_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` naming what the employer pays for or where the job leads."""
    return _offered_spans(text, folded(text))


def _offered_spans(text: str, low: str | None) -> list[tuple[int, int]]:
    """``offered_spans`` with ``folded(text)``; with None, every pattern reads the
    whole text (the scan the cues stand in for)."""
    if low is None:
        if _SLOW_GATE.search(text) is None:
            return []
    elif not any(w in low for w in _GATE):
        return []
    size = len(text)
    spans = [m.span(1) for m in scan_cued(
        _WE_PAY, text, cue_lines(low, size, _WE_PAY_CUES, _YOUR))]
    spans += [m.span() for m in scan_cued(
        _PAID_FOR, text, cue_lines(low, size, _PAID_FOR_CUES, _YOUR))]
    spans += [m.span() for m in scan_cued(
        _FREE_COURSE, text, cue_lines(low, size, _FREE_CUES, _COURSE_CUES))]
    spans += [m.span() for m in scan_cued(_PATH, text, cue_lines(low, size, _PATH_CUES))]
    for m in scan_cued(_RECEIVING, text, cue_lines(low, size, _RECEIVING_CUES)):
        thing = _OBJECT.match(m.group(1))
        if thing is not None and _GIFT_WORD.search(thing.group(1)):
            spans.append(m.span())
    return spans
