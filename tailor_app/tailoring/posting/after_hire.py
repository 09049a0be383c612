"""What the hire is given or goes through after starting: no ask of the applicant.

A posting tells the applicant what comes with the job as well as what it asks, and in
every trade it does so in the same few shapes of wording:

- what new people go through, they being the clause's subject: "New teachers join a
  two-year mentoring program", "all new hires complete our in-house Invisalign clinical
  training" (not "ensure new hires complete I-9 and E-Verify", an HR duty);
- training or courses the job has the hire take, the verb opening the clause: "attend
  our annual safety training", "staff complete district training in the Second Step
  curriculum" (not "plan and attend new-hire orientation", an HR duty);
- gear the hire brings or the employer supplies: "must furnish own hood, gloves and
  hand tools", "bring your own knives", "we supply meters and power tools" (not "provide
  own transportation", which the applicant must have, nor an ask joined after "and a").

In each, the course, program or tool is not something the resume must show: a report
calling it "missing" tells the applicant to have what the employer will teach, give or
lend. The spans join ``noise.not_asked_spans`` (like ``offered``): an ask of the same
skill elsewhere in the posting ("CPR certification required") is still read there.
Past forms are asks and are left alone ("completed a phlebotomy training program"), and
so is a course the applicant "must" complete, unless a deadline after hire is written.

Left as asks on purpose: a credential to obtain by a deadline after hire ("obtain a food
handler card within 30 days of hire", "TWIC card or ability to obtain within 60 days").
Every labelled batch that has one counts it as a required ask (a resume holding it
meets it), so it is read as the posting words it.
"""

from __future__ import annotations

import re

from tailor_app.tailoring.caseless import folded
from tailor_app.tailoring.posting.cue_lines import cue_lines, scan_cued

__all__ = ["after_hire_spans"]

_W = r"[ \t]+"
_NUMBER = (r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen"
           r"|thirty|forty-five|sixty|ninety|a)")
_UNIT = r"(?:days?|weeks?|months?|years?|semesters?)"
# "within 30 days of hire", "within the first six months", "in your first 90 days",
# "during orientation", "during your first semester".
_AFTER_HIRE = (
    r"(?:within" + _W + r"(?:the" + _W + r"first" + _W + r"|your" + _W + r"first" + _W + r")?"
    + _NUMBER + r"(?:[ \t-]+" + _UNIT + r")"
    r"|(?:in|during)" + _W + r"(?:your|their|the)" + _W + r"first" + _W
    + r"(?:" + _NUMBER + _W + r")?" + _UNIT
    + r"|during" + _W + r"(?:your" + _W + r"|their" + _W + r"|the" + _W + r")?"
    r"(?:orientation|onboarding|first" + _W + r"(?:week|month|semester|year)))")
_AFTER_HIRE_RE = re.compile(_AFTER_HIRE, re.IGNORECASE)
# A clause's end: what a span never runs past.
_CLAUSE = r"[^.;!?\n]"
# 1. "New teachers join a two-year mentoring program", "all new hires complete our
# in-house training and receive scrubs": what new people go through, to the clause's end.
_NEW_PEOPLE = re.compile(
    r"\b(?:(?:all|every|each)" + _W + r")?(?:new" + _W + r"(?:hires?|teachers?|employees?|staff"
    r"|nurses?|drivers?|associates?|team" + _W + r"members?|techs?|technicians?|agents?"
    r"|graduates?|grads?|reps?|representatives?)"
    r"|(?:all|every)" + _W + r"(?:staff|employees|hires|team" + _W + r"members))"
    + _W + r"(?:will" + _W + r"|also" + _W + r"|must" + _W + r")?"
    r"(?:completes?|attends?|joins?|receives?|gets?|go(?:es)?" + _W + r"through|takes?|earns?"
    r"|obtains?|(?:are|is)" + _W + r"(?:enrolled|placed|paired|trained)|start(?:s)?" + _W
    + r"(?:with|in))\b" + _CLAUSE + r"*",
    re.IGNORECASE)
# The new people are the clause's subject only at its start: after a line's start, a
# bullet, a stop, a comma or ", and" ("Design and complete Storyline modules" is a
# trainer's duty: a verb joined to another is the job's own). "Ensure new hires
# complete I-9 and E-Verify", "help new nurses get comfortable with Epic": they are the
# object of the job's own duty.
_SUBJECT_START = re.compile(r"(?:^|[\n•*·.;:,!?-]|[,;][ \t]+and)[ \t]*$", re.IGNORECASE)
# 2. "attend our annual safety training", "staff complete ServSafe Alcohol training",
# "complete district training in the Second Step curriculum": a course the job has the
# hire take. Base forms only ("completed" is an ask); the course's kind words end it,
# then an "in/on X" naming its subject.
_TAKE_COURSE = re.compile(
    r"(?<![\w-])(?:complete|attend|finish|take(?!" + _W + r"ownership)|participate" + _W
    + r"in)" + _W + r"(?:(?!(?:and|or|with)\b)[\w&/'’-]+" + _W + r"){0,4}?"
    r"(?:training|trainings|courses?|classes|modules?|in-?services?|webinars?|workshops?)\b"
    r"(?:" + _W + r"(?:in|on|for|about)" + _W + r"(?:the" + _W + r")?"
    r"(?:[\w&/'’-]+(?:" + _W + r"|(?=[.;,!?)\n]|$))){1,5})?",
    re.IGNORECASE)
# Who takes the course, or a helping word, just before its verb: "staff complete",
# "you will attend", "all new hires must complete".
_HIRE_BEFORE = re.compile(
    r"\b(?:you|you'll|you’ll|staff|hires?|employees|nurses|teachers|drivers|will|also|to"
    r"|must)[ \t]+$", re.IGNORECASE)
# What before a course makes it a requirement to have already done: "must complete a
# state-approved CNA training program", "able to complete", "have to complete".
_BEFORE_START = re.compile(
    r"\b(?:must|required[ \t]+to|have[ \t]+to|has[ \t]+to|need[ \t]+to|able[ \t]+to"
    r"|ability[ \t]+to|should|successfully|have|has|having)[ \t]+$",
    re.IGNORECASE)
# 3. "must furnish own hood, gloves and hand tools", "bring your own knives", "we supply
# meters and power tools": gear, to the clause's end or a bracket.
_GEAR = re.compile(
    r"\b(?:(?:furnish|bring|supply|provide)" + _W + r"(?:your|their|his" + _W + r"or" + _W
    + r"her)?[ \t]*own|we" + _W + r"(?:will" + _W + r")?(?:supply|furnish|issue|lend))\b"
    # Not a way to reach work, which the applicant must have: "provide own
    # transportation", "bring your own vehicle".
    r"(?![ \t]+(?:reliable[ \t]+)?(?:transportation|vehicles?|cars?|trucks?|insurance)\b)"
    # The gear, up to a clause's end or what follows "and a", "and valid", "and current"
    # (another ask joined to it: "… own hand tools and a valid driver's license").
    r"(?:(?![ \t]+and[ \t]+(?:an?|valid|current|active|the|must|be)\b)[^.;!?\n()])*",
    re.IGNORECASE)

# The plain words each pattern's matches hold (``cue_lines``).
_NEW_CUES = ("new ", "all staff", "all employees", "all hires", "all team", "every staff",
             "every employee")
_COURSE_CUES = ("training", "course", "class", "module", "service", "webinar", "workshop")
_COURSE_VERBS = ("complete", "attend", "finish", "take", "participate")
_GEAR_CUES = (" own", "we supply", "we furnish", "we issue", "we lend", "we will")
_GATE = ("orientation", "onboarding", "new ", "all ", "every ",
         "training", "course", "class", "module", "service", "webinar", "workshop",
         " own", "we ")


def after_hire_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` naming what the hire gets, brings or does only after starting."""
    low = folded(text)
    if low is not None and not any(w in low for w in _GATE):
        return []
    size = len(text)
    spans: list[tuple[int, int]] = []
    spans += [m.span() for m in scan_cued(_NEW_PEOPLE, text, cue_lines(low, size, _NEW_CUES))
              if _SUBJECT_START.search(text, max(0, m.start() - 12), m.start()) is not None]
    for m in scan_cued(_TAKE_COURSE, text, cue_lines(low, size, _COURSE_CUES, _COURSE_VERBS)):
        if _SUBJECT_START.search(text, max(0, m.start() - 12), m.start()) is None \
                and _HIRE_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None:
            continue  # "Plan and attend new-hire orientation": the job's own duty
        if _BEFORE_START.search(text, max(0, m.start() - 30), m.start()) is not None:
            # "must complete a CNA training program": done before the job, unless a
            # deadline after hire follows in the clause.
            end = _clause_end(text, m.end())
            if _AFTER_HIRE_RE.search(text, m.end(), end) is None:
                continue
        spans.append(m.span())
    spans += [m.span() for m in scan_cued(_GEAR, text, cue_lines(low, size, _GEAR_CUES))]
    return spans


def _clause_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends (a stop, a semicolon or the line's end)."""
    ends = [i for i in (text.find(c, pos) for c in ".;!?\n") if i >= 0]
    return min(ends) if ends else len(text)
