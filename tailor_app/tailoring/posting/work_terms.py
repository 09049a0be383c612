"""The terms a job is offered on, told in its title's brackets or a header line.

"Pharmacy Technician - Infusion Center (Full Time, Days)", "Medical Receptionist
(Temp-to-Hire, Day Shift)", "Line Cook - Banquets (PRN, Weekends)": the bracket tells
the hours, the schedule, the kind of employment, the place of work or the pay band, and
nothing the person must know. When the title line stands apart it is never read; glued
to the posting's first sentence (a one-paragraph posting) or listed among other jobs,
its bracket's capitalised items were read as named things ("Full Time", "Days",
"Temp-to-Hire") and became false "missing" skills.

A term is the job's terms when every word of it is a word of hours, days, shifts,
employment, place of work or pay, or a number ("2nd Shift", "0.9 FTE", "Pay Grade 12",
"Mon-Fri"), and at least one word is no mere number or joiner. The words are plain and
few; a product or skill name holds some other word ("Epic", "Kronos", "Day Surgery").
"""

from __future__ import annotations

import re

from tailor_app.tailoring.text import word_set

__all__ = ["is_term_of_work"]

# Words of a job's hours, schedule, employment, place of work and pay.
_TERM_WORDS = word_set(
    """
    full part time fulltime parttime day days night nights evening evenings morning
    mornings afternoon afternoons overnight overnights weekend weekends weekday weekdays
    weekly daily monday tuesday wednesday thursday friday saturday sunday mondays
    tuesdays wednesdays thursdays fridays saturdays sundays mon tue tues wed thu thurs fri
    sat sun shift shifts rotating rotation rotate swing graveyard prn per diem on-call
    call remote hybrid onsite on-site site in-person temp temporary hire
    contract contractor seasonal permanent regular internship intern exempt non-exempt
    nonexempt fte benefits benefited benefitted eligible grade band pay salary salaried
    hourly hour hours hr hrs flexible flex schedule schedules variable availability
    available overtime ot sign-on signing bonus relocation travel traveling
    """)
# Words that join others or only count: never a term's word on their own.
_JOINERS = word_set("and or to & plus with every other only per a an the of in on at")
_NUMBER = re.compile(r"(?:[$€£]?\d[\d,.:]*(?:k|st|nd|rd|th|s|am|pm|a|p|x)?%?|[ivx]+)")
_WORDS = re.compile(r"[A-Za-z0-9$€£][\w$€£,.:'’%]*")


def is_term_of_work(name: str) -> bool:
    """Is ``name`` (one bracketed item or header piece) a term the job is offered on:
    its hours, schedule, kind of employment, place of work or pay ("Full Time",
    "Rotating Nights", "Temp-to-Hire", "3rd Shift", "Pay Grade 12")?"""
    words = [w.rstrip(".,:").lower() for w in _WORDS.findall(name.replace("-", " ")
                                                             .replace("/", " "))]
    words = [w for w in words if w]
    if not words or len(words) > 5:
        return False
    own = False
    for word in words:
        if word in _TERM_WORDS:
            own = True
        elif not (word in _JOINERS or _NUMBER.fullmatch(word)):
            return False
    return own
