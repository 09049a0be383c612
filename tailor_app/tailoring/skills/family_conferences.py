"""Parent-teacher conferences told as a teacher tells them: "fall and spring
conferences", "Meet with every family in fall and spring", "Sit down with each family
twice a year to go over progress".

Teachers rarely write the compound; they write the season, or the meeting with the
families. Either is the conference only in a teacher's work: a caseworker who meets
families twice a year holds no parent-teacher conference, so the line must stand in an
entry whose title or employer is a school's or a teacher's. A meeting needs its season
or what it goes over (progress, grades, goals, report cards), or it is any meeting
("Met with parents about a field trip"); a conference needs its season or its people
("attended two conferences" is a teacher's own learning).
"""

from __future__ import annotations

import re

from tailor_app.tailoring.model import SkillMatch, SkillMention
from tailor_app.tailoring.skills.evidence import ResumeLine
from tailor_app.tailoring.skills.head_in_entry import entries
from tailor_app.tailoring.skills.writers_own import by_another

__all__ = ["family_conference"]

# An ask of conferences with parents or families ("Parent-teacher conferences",
# "Family conferences").
_ASK = re.compile(r"\b(?:parent|family|families|guardian)\b.*\bconferences?\b"
                  r"|\bconferences?\b.*\b(?:parents?|famil(?:y|ies))\b", re.IGNORECASE)
_SEASON = (r"(?:fall|spring|winter|autumn|mid-?year|end-of-year|quarterly|twice\s+a\s+year"
           r"|(?:each|every)\s+(?:term|semester|quarter|trimester)|student-led)")
_FAMILIES = r"(?:(?:each|every|all|the|our|my)\s+)?(?:(?:student'?s?|child'?s?)\s+)?" \
            r"(?:famil(?:y|ies)|parents?|guardians?|parents/guardians)"
_HELD = re.compile(
    # "fall and spring conferences", "student-led conferences", "conferences with parents"
    rf"\b{_SEASON}(?:\s+(?:and|&|/)\s+{_SEASON})?\s+(?:(?:family|parent)\s+)?conferences\b"
    rf"|\bconferences\s+with\s+{_FAMILIES}\b"
    # "Meet with every family in fall and spring", "sit down with each family twice a
    # year to go over progress"
    rf"|\b(?:meet|met|meets|meeting|sit|sat|sits|sitting)\s+(?:down\s+)?with\s+{_FAMILIES}\b"
    rf"(?=[^.;]{{0,50}}?(?:\b{_SEASON}|\bprogress\b|\bgrades\b|\bgoals\b|\breport\s+cards?\b))",
    re.IGNORECASE)
# A teacher's entry: its title or its employer.
# (Not a bare "academy" or "grade": a soccer academy is no school.)
_TEACHING = re.compile(
    r"\b(?:teach(?:er|ing)|educator|paraeducator|paraprofessional|classroom"
    r"|school|elementary|preschool|pre-k|kindergarten|montessori|head\s+start"
    r"|early\s+learning|child\s+care|childcare|daycare)\b",
    re.IGNORECASE)


def family_conference(mention: SkillMention, lines: list[ResumeLine]
                      ) -> tuple[float, SkillMatch | None]:
    """(1.0, match) when a bullet of a teacher's entry tells conferences with families
    by their season or their people, or a meeting with the families by its season or
    what it goes over; else (0.0, None)."""
    if mention.kind != "hard" or not _ASK.search(mention.name):
        return 0.0, None
    for entry in entries(lines):
        if not any(ln.part == "header" and _TEACHING.search(ln.text) for ln in entry):
            continue
        for line in entry:
            if line.part != "bullet":
                continue
            found = _HELD.search(line.text)
            if found is not None and not _anothers(line.text, found.start()) \
                    and not _FOR_OTHERS.match(line.text, found.end()):
                return 1.0, SkillMatch(mention.name, mention.kind, mention.required,
                                       line.text, found.group())
    return 0.0, None


# A verb before the conferences that does not hold them: watching, sitting in, arranging
# them for others, helping or preparing, interpreting at them.
_NOT_HELD = re.compile(
    r"\b(?:observ\w*|shadow\w*|sat\s+in|sit\s+in|sits\s+in|watch\w*|schedul\w*|book\w*"
    r"|organi[sz]\w*|arrang\w*|coordinat\w*|set\s+up|sets\s+up|help\w*|assist\w*|prepar\w*"
    r"|translat\w*|interpret\w*|support\w*|cover\w*|attend\w*|plan\w*|remind\w*|print\w*"
    r"|send|sent|mail\w*|present\w*|spoke|speak\w*)\b", re.IGNORECASE)
# Conferences held for others ("for 30 teachers", "for the staff").
_FOR_OTHERS = re.compile(r"\s+for\s+(?:the\s+|all\s+|our\s+|\d+\s+)?(?:[\w-]+\s+)?"
                         r"(?:teachers|staff|faculty|school|principal|counselors?)\b",
                         re.IGNORECASE)


# A clause opened by another school person ("My co-teacher led ...", "Our counselor ran").
_OTHERS_OPEN = re.compile(r"\s*(?:my|our|the|a|an)\s+(?:[\w'’-]+\s+)?(?:co-?teachers?|teachers?"
                          r"|mentors?|aides?|paras?|paraprofessionals?|principals?|colleagues?"
                          r"|counselors?|team)\b", re.IGNORECASE)


_CLAUSE = re.compile(r"[;.:,]|\band\b|&")


def _anothers(text: str, at: int) -> bool:
    """Is the conference at ``text[at]`` someone else's, by a verb before it in its
    clause ("My mentor teacher led fall conferences", "Observed spring conferences",
    "Scheduled fall conferences", "Helped my cooperating teacher prepare for ...")?"""
    # The clause: after the last stop, comma or "and" ("Send home a daily sheet and meet
    # with each family ..." holds its own meeting).
    start = max((m.end() for m in _CLAUSE.finditer(text, 0, at)), default=0)
    before = text[start:at]
    if _NOT_HELD.search(before) or _OTHERS_OPEN.match(before):
        return True
    return any(by_another(text, start + m.start()) for m in re.finditer(r"[A-Za-z]+", before))
